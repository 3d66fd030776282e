import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// swc strips types without checking them, so the type checker runs as part of the suite.
it('the whole workspace type-checks', () => {
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 180000);
