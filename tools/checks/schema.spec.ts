import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeSupergraph, currentSubgraphSdls, sdlPath, SUPERGRAPH_PATH } from '../schema/supergraph';
import { SUBGRAPHS } from '../subgraphs';

describe('checked-in schemas', () => {
  it('match what the code generates for every subgraph, and compose into the checked-in supergraph', async () => {
    const subgraphs = await currentSubgraphSdls();
    expect(subgraphs.map((s) => s.entry.name)).toEqual(SUBGRAPHS.map((s) => s.name));
    for (const { entry, sdl } of subgraphs) {
      // On failure: run `npm run schema` and commit the result.
      expect({ file: sdlPath(entry), sdl: readFileSync(sdlPath(entry), 'utf8') }).toEqual({ file: sdlPath(entry), sdl });
    }
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toEqual(composeSupergraph(subgraphs));
  });

  it('fail composition loudly when subgraphs disagree', () => {
    const [directory] = SUBGRAPHS;
    // A second subgraph redefining the directory's School with a conflicting field type cannot compose.
    const conflicting = {
      entry: { ...directory, name: 'rogue', port: 4999 },
      sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype School @key(fields: "id") { id: ID! studentCount: String }\ntype Query { rogue: School }',
    };
    const directorySdl = readFileSync(sdlPath(directory), 'utf8');
    expect(() => composeSupergraph([{ entry: directory, sdl: directorySdl }, conflicting])).toThrow(/composition failed/i);
  });

  it('give every type, field, argument and enum value a description (brief §6)', async () => {
    const missing: string[] = [];
    for (const { entry, sdl } of await currentSubgraphSdls()) {
      for (const def of parse(sdl).definitions) {
        if (!('name' in def) || !def.name) continue; // the schema block and its @link extension have no name
        const typeName = def.name.value;
        const isRoot = typeName === 'Query' || typeName === 'Mutation';
        if (!isRoot && !('description' in def && def.description)) missing.push(`${entry.name}: ${typeName}`);
        const members = [...('fields' in def && def.fields ? def.fields : []), ...('values' in def && def.values ? def.values : [])];
        for (const member of members) {
          if (!member.description && !SELF_EXPLANATORY.has(member.name.value))
            missing.push(`${entry.name}: ${typeName}.${member.name.value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

/** Field names whose meaning no description would add to. */
const SELF_EXPLANATORY = new Set(['id', 'createdAt', 'updatedAt', 'name', 'node', 'edges', 'nodes', 'pageInfo', 'cursor']);
