import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, REPO_ROOT } from '@houqin/testing';

/**
 * A service process for the benchmark, with bounded log memory.
 *
 * Why not `startServiceProcess` from @houqin/testing: that keeps only a tail of the output as text,
 * while the bench must read every request-log line (counters, SQL statements per request id).
 * Here the logs stay at LOG_LEVEL=info for the whole run (that is what a district runs in production,
 * so logging cost belongs in the measurement) and are parsed line by line as they arrive: only
 * per-phase counters, the last {@link TAIL_LINES} lines (for failure messages) and the request-log
 * lines of request ids the bench asked to keep are held in memory.
 */

const TAIL_LINES = 80;
const MAX_LINE_CHARS = 2000;

/** One `graphql request` log line (see requestLogPlugin in @houqin/common). */
export interface RequestLogLine {
  requestId?: string;
  operationName?: string | null;
  ms?: number;
  status?: number;
  errors?: string[];
  sqlStatements?: number;
}

/** What the request-log lines said since the last `resetCounters()`. */
export interface RequestCounters {
  requests: number;
  /** Requests whose log line lists GraphQL error codes. */
  withErrors: number;
  /** Sum of `sqlStatements` (subgraphs only). */
  sqlStatements: number;
}

export interface Memory {
  rssKiB: number;
  peakKiB: number;
}

export interface BenchService {
  name: string;
  port: number;
  baseUrl: string;
  graphqlUrl: string;
  child: ChildProcess;
  counters: RequestCounters;
  resetCounters(): void;
  /** Also keep the request-log lines of request ids starting with `prefix` (the bench's own probes). */
  keepRequestIds(prefix: string): void;
  /** The (first) kept log line of a request id, waiting up to `timeoutMs` for it to arrive. */
  requestLine(requestId: string, timeoutMs?: number): Promise<RequestLogLine | undefined>;
  /**
   * Every kept log line of a request id so far: one gateway request can reach a subgraph several
   * times (e.g. finance, then the directory for `_entities`, then finance again for `@requires` fields).
   */
  requestLines(requestId: string): RequestLogLine[];
  /** The last lines the process printed. */
  tail(): string;
  /** VmRSS and VmHWM from /proc/<pid>/status. */
  memory(): Memory | undefined;
  /** CPU time used so far (ms). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** VmRSS (resident now) and VmHWM (resident peak) of a process, in KiB (Linux only). */
export function readMemory(pid: number | undefined): Memory | undefined {
  if (!pid) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKiB: field('VmRSS'), peakKiB: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system) a process has used so far, in milliseconds, from /proc/<pid>/stat
 * (fields 14 and 15, in clock ticks of 10 ms on Linux). CPU time per request moves less than
 * requests per second when other work shares the cores (cache and frequency effects remain).
 */
export function readCpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the ")" the fields start at number 3 (state): utime is field 14, stime 15.
    return (Number(fields[14 - 3]) + Number(fields[15 - 3])) * 10;
  } catch {
    return NaN;
  }
}

export interface BenchServiceOptions {
  /** Listen here instead of a free port (when another service must know the address before this one starts). */
  port?: number;
  /** Node options before the entry, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

/**
 * Starts `apps/<name>/src/main.ts` (or another `entry` that runs that service) in its own Node
 * process on a free loopback port and waits for `/health`. A `.ts` entry runs through
 * @swc-node/register (the development path); a `.js` entry (a compiled build's
 * `dist/apps/<name>/src/main.js`) runs under plain node, as production does. (The ports come from
 * `freePort()`; `PORT=0` would avoid the small race between probing and binding, but the services'
 * env validation rejects 0.)
 */
export async function startBenchService(
  name: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
  entry = join('apps', name, 'src', 'main.ts'),
  options: BenchServiceOptions = {},
): Promise<BenchService> {
  // Other processes on this machine (test runs) also take free ports: if ours is taken between the
  // probe and the bind, the service exits with EADDRINUSE and we try another port.
  for (let attempt = 1; ; attempt += 1) {
    try {
      const args = [...(entry.endsWith('.ts') ? ['-r', '@swc-node/register'] : []), ...(options.nodeArgs ?? []), entry];
      return await startOnce(name, env, options.port ?? (await freePort()), timeoutMs, args);
    } catch (error) {
      if (attempt >= 3 || options.port !== undefined || !(error instanceof PortTakenError)) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startOnce(
  name: string,
  env: Record<string, string>,
  port: number,
  timeoutMs: number,
  args: string[],
): Promise<BenchService> {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const tail: string[] = [];
  const counters: RequestCounters = { requests: 0, withErrors: 0, sqlStatements: 0 };
  const kept = new Map<string, RequestLogLine[]>();
  const waiters = new Map<string, (line: RequestLogLine) => void>();
  const keepPrefixes: string[] = [];

  let announced = false;
  const onLine = (line: string) => {
    tail.push(line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line);
    if (tail.length > TAIL_LINES) tail.shift();
    if (!announced && line.includes(' ready at ')) {
      // "<name> subgraph ready at …" / "gateway ready at …" with the port it bound: proof that
      // what answers on this port is our child, not another process that took the port.
      try {
        const entry = JSON.parse(line) as { port?: number };
        if (entry.port === port) announced = true;
      } catch {
        // not a JSON line
      }
    }
    // Cheap test before parsing: only request-log lines matter on the hot path.
    if (!line.includes('"graphql request"')) return;
    let entry: RequestLogLine & { msg?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.msg !== 'graphql request') return;
    counters.requests += 1;
    if (entry.errors?.length) counters.withErrors += 1;
    counters.sqlStatements += entry.sqlStatements ?? 0;
    const requestId = entry.requestId;
    if (requestId && keepPrefixes.some((prefix) => requestId.startsWith(prefix))) {
      const lines = kept.get(requestId);
      if (lines) lines.push(entry);
      else kept.set(requestId, [entry]);
      waiters.get(requestId)?.(entry);
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
  }

  // 'close' (not 'exit'): fires once the child's output has been read to the end.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const tailText = () => tail.join('\n');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await exited;
      const message = `${name} exited with code ${child.exitCode} while starting on port ${port}:\n${tailText()}`;
      throw tailText().includes('EADDRINUSE') ? new PortTakenError(message) : new Error(message);
    }
    const ok =
      announced &&
      (
        (await fetch(`${baseUrl}/health`)
          .then((r) => (r.ok ? r.json() : null))
          .catch(() => null)) as { service?: string } | null
      )?.service === name;
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer /health within ${timeoutMs / 1000} s:\n${tailText()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    name,
    port,
    baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    child,
    counters,
    resetCounters() {
      counters.requests = 0;
      counters.withErrors = 0;
      counters.sqlStatements = 0;
    },
    keepRequestIds(prefix) {
      if (!keepPrefixes.includes(prefix)) keepPrefixes.push(prefix);
    },
    requestLines(requestId) {
      return kept.get(requestId) ?? [];
    },
    requestLine(requestId, waitMs = 5000) {
      const found = kept.get(requestId)?.[0];
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(requestId);
          resolve(undefined);
        }, waitMs);
        waiters.set(requestId, (line) => {
          clearTimeout(timer);
          waiters.delete(requestId);
          resolve(line);
        });
      });
    },
    tail: tailText,
    memory: () => readMemory(child.pid),
    cpuMs: () => readCpuMs(child.pid),
    stop,
  };
}
