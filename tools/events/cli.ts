import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { EVENTS_DOC, generatedSection, readEventsDoc, ROOT, spliceSection } from './catalogue-docs';

/** `write`: regenerate the catalogue section of docs/events.md. `check`: fail when it differs from the code. */
async function main(mode: string) {
  const doc = readEventsDoc();
  const next = spliceSection(doc, await generatedSection());
  const path = relative(ROOT, EVENTS_DOC);
  if (mode === 'write') {
    if (next !== doc) writeFileSync(EVENTS_DOC, next);
    console.log(`${next === doc ? 'unchanged' : 'written  '} ${path} (event catalogue)`);
  } else if (next !== doc) {
    console.error(`drift: the event catalogue in ${path} differs from the code; run \`npm run events:docs\` and commit it`);
    process.exit(1);
  } else {
    console.log(`the event catalogue in ${path} matches the code`);
  }
}

main(process.argv[2] ?? 'check').catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
