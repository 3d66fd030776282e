import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { SUBGRAPHS, type SubgraphEntry } from '../subgraphs';

export const ROOT = join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'apps', 'gateway', 'supergraph.graphql');
export const sdlPath = (entry: SubgraphEntry) => join(ROOT, entry.appDir, 'schema.graphql');

const HEADER = '# Generated from code by `npm run schema`; do not edit. A test fails when it drifts from the code.\n';

/** Each subgraph's SDL as its code builds it now. */
export async function currentSubgraphSdls(): Promise<{ entry: SubgraphEntry; sdl: string }[]> {
  const out = [];
  for (const entry of SUBGRAPHS) {
    const { sdl } = await buildFederatedSchema(entry.definition());
    out.push({ entry, sdl: HEADER + sdl });
  }
  return out;
}

/** Composes the supergraph; throws with every composition error listed. */
export function composeSupergraph(subgraphs: { entry: SubgraphEntry; sdl: string }[]): string {
  const result = composeServices(
    subgraphs.map(({ entry, sdl }) => ({ name: entry.name, url: `http://localhost:${entry.port}/graphql`, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${HEADER}${result.supergraphSdl.trim()}\n`;
}

export function readChecked(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
