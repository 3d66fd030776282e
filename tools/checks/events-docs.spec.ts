import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Prettier (which formats the section) cannot load its plugins inside jest, so the check runs as its own process. */
describe('docs/events.md', () => {
  it('holds the event catalogue the code generates (on failure: run `npm run events:docs` and commit)', () => {
    const root = join(__dirname, '..', '..');
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join('tools', 'events', 'cli.ts'), 'check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
