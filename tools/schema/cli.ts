import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { composeSupergraph, currentSubgraphSdls, readChecked, ROOT, sdlPath, SUPERGRAPH_PATH } from './supergraph';

/** `write`: regenerate every subgraph SDL and the supergraph. `check`: fail when they drift. */
async function main(mode: string) {
  const subgraphs = await currentSubgraphSdls();
  const supergraph = composeSupergraph(subgraphs);
  const files = [...subgraphs.map(({ entry, sdl }) => ({ path: sdlPath(entry), text: sdl })), { path: SUPERGRAPH_PATH, text: supergraph }];
  let drift = 0;
  for (const { path, text } of files) {
    const same = readChecked(path) === text;
    if (mode === 'write') {
      if (!same) writeFileSync(path, text);
      console.log(`${same ? 'unchanged' : 'written  '} ${relative(ROOT, path)}`);
    } else if (!same) {
      drift += 1;
      console.error(`drift: ${relative(ROOT, path)} differs from the code; run \`npm run schema\` and commit it`);
    }
  }
  if (drift) process.exit(1);
  if (mode === 'check') console.log('schemas match the code and compose');
}

main(process.argv[2] ?? 'check').catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
