import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimFlow } from '../src/claim/claim.flow';
import { purchaseFlow } from '../src/purchase/purchase.flow';

/**
 * docs/finance.md shows each workflow's transition table as a Mermaid diagram printed from the code
 * (`flow.diagram()`). On failure: paste the diagram the code prints now into the Workflows section.
 */
const DOC = join(__dirname, '..', '..', '..', 'docs', 'finance.md');

describe('the workflow diagrams in docs/finance.md', () => {
  const doc = readFileSync(DOC, 'utf8');

  it.each([
    ['purchase requests', purchaseFlow],
    ['expense claims', claimFlow],
  ])('show the current table of %s', (_name, flow) => {
    expect(doc).toContain(['```mermaid', flow.diagram(), '```'].join('\n'));
  });
});
