import 'reflect-metadata';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { SUBGRAPHS } from '../subgraphs';
import { checkedInSqlFiles, currentSqlFiles, ROOT } from './statements';

/** `write`: print every named statement to apps/<service>/sql/<concept>.sql. `check`: fail on drift. */
async function main(mode: string) {
  const current = await currentSqlFiles();
  const checkedIn = new Map(SUBGRAPHS.flatMap(checkedInSqlFiles).map((f) => [f.path, f.text]));
  let drift = 0;
  for (const { path, text } of current) {
    const same = checkedIn.get(path) === text;
    checkedIn.delete(path);
    if (mode === 'write') {
      mkdirSync(dirname(path), { recursive: true });
      if (!same) writeFileSync(path, text);
      console.log(`${same ? 'unchanged' : 'written  '} ${relative(ROOT, path)}`);
    } else if (!same) {
      drift += 1;
      console.error(`drift: ${relative(ROOT, path)} differs from the code; run \`npm run sql\` and commit it`);
    }
  }
  for (const stale of checkedIn.keys()) {
    if (mode === 'write') {
      rmSync(stale);
      console.log(`removed   ${relative(ROOT, stale)}`);
    } else {
      drift += 1;
      console.error(`drift: ${relative(ROOT, stale)} names a store the code no longer has; run \`npm run sql\``);
    }
  }
  if (drift) process.exit(1);
  if (mode === 'check') console.log('sql files match the code');
}

main(process.argv[2] ?? 'check').catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
