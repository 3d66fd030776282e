import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `apps/<name>/src/main.ts` as `npm start` does, or, given the folder of a compiled build
 * (`compiledBuild()`), its `dist/apps/<name>/src/main.js` as production does; output piped to this process.
 */
function spawnApp(name: string, env: NodeJS.ProcessEnv, compiled?: string): ChildProcessWithoutNullStreams {
  const args = compiled
    ? [join(compiled, 'dist', 'apps', name, 'src', 'main.js')]
    : ['-r', '@swc-node/register', join('apps', name, 'src', 'main.ts')];
  return spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env,
    stdio: 'pipe',
  });
}

/** How much of a service's output is kept. */
const OUTPUT_TAIL_CHARS = 256 * 1024;

export interface ServiceProcess {
  name: string;
  port: number;
  baseUrl: string;
  child: ChildProcess;
  /** The last 256 KiB the process printed (JSON log lines). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts an app (`apps/<name>/src/main.ts`) as its own Node process, as `npm start` does, and waits
 * until its `/health` answers.
 */
export async function startServiceProcess(
  name: string,
  env: Record<string, string>,
  options: {
    port?: number;
    timeoutMs?: number;
    /** The folder of a compiled build (`compiledBuild()`) to run instead of the sources. */
    compiled?: string;
  } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawnApp(
    name,
    { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
    options.compiled,
  );
  let output = '';
  // Only the tail is kept (for failure messages): a service under load logs a line per request.
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-OUTPUT_TAIL_CHARS));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    port,
    baseUrl,
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10000).unref();
      }),
  };
}

/** Runs an app's main and returns how it exited and what it printed (for start-up failures). */
export function runToExit(name: string, env: Record<string, string>, timeoutMs = 30000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnApp(name, env);
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
