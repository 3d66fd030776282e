// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('the console’s operations against the checked-in supergraph', () => {
  it('every operation validates against the graph and the checked-in types are current (npm run console:codegen)', async () => {
    // codegen refuses an operation that no longer matches the graph (a field removed or renamed, a
    // wrong argument), so a schema change that breaks a page fails here, not in a user's browser.
    const files = await generate({ ...config, cwd: repoRoot, silent: true, errorsOnly: true }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const { filename, content } of files) {
      const checkedIn = readFileSync(join(repoRoot, filename), 'utf8');
      expect({ filename, stale: checkedIn !== content }).toEqual({ filename, stale: false });
    }
  }, 60_000);
});
