import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@houqin/testing';

/**
 * Log lines are written to standard output in batches (libs/common/src/logger.ts): none may be lost
 * when the process ends, and none may wait long while it runs.
 */
const REPO_ROOT = join(__dirname, '..', '..', '..');

function runLogging(then: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const script = `const { createLogger } = require('./libs/common/src/logger.ts'); createLogger('t', 'info').info('the last words'); ${then}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output: () => output, exited };
}

jest.setTimeout(60000);

describe('log lines', () => {
  it('are all written when the process exits at once, as after a fatal start-up error', async () => {
    const run = runLogging('process.exit(3);');
    expect(await run.exited).toBe(3);
    expect(run.output()).toContain('"msg":"the last words"');
  });

  it('are all written when the process dies of an uncaught exception', async () => {
    const run = runLogging("setTimeout(() => { throw new Error('boom'); }, 10);");
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('"msg":"the last words"');
  });

  it('reach the output of a running process within a fraction of a second, without waiting for 4 KiB', async () => {
    const run = runLogging('setInterval(() => {}, 1000);');
    try {
      // Without the periodic flush the line would sit in the buffer until exit: the process is killed below.
      await waitFor('the log line', () => run.output().includes('"msg":"the last words"'), 20000);
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
    }
  });
});
