import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { connect } from '@nats-io/transport-node';
import { DEV_SECRETS } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@houqin/auth';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { demoDirectoryEvents } from '@houqin/finance';
import { EVENT_TOKEN_HEADER, EVENTS_PATH, NatsEvents, SERVICE_PORTS, signEventToken } from '@houqin/events';
import { createDatabase, dropDatabase, withDatabase } from '@houqin/persistence';
import { demoViewer, graphqlClient, REPO_ROOT } from '@houqin/testing';
import { fmt, mib, table } from './format';
import { type BenchService, readCpuMs, readMemory, startBenchService } from './service';
import type { FromWorker, ToWorker, WorkerStart } from './events-worker';

/**
 * The events figures of `npm run bench` (all of it, or alone with `npm run bench -- events`); see
 * docs/benchmarks.md#events.
 *
 * 1. Delivery, per path (NATS JetStream on MariaDB; internal HTTP on sql.js, the `npm start`
 *    default; internal HTTP on MariaDB): a publisher process commits events with `publishEvent`, one
 *    transaction each, and runs the real relay (`startEvents`); a consumer process applies them with the
 *    real `EventConsumer` behind the real transport, its handler writing one row per event. The delay of
 *    an event runs from its publishing transaction's commit to the moment the consumer's transaction
 *    committed and it would ack. First a paced run (open loop, well below capacity: the delay without
 *    queueing), then the burst of BENCH_EVENTS committed as fast as one publisher can (throughput, and
 *    the delay with the queue that builds). The relay process's resident memory is sampled meanwhile.
 * 2. The outbox's cost on a finance mutation: two finance subgraph processes on databases of their
 *    own, the real one and the same code with `publishEvent` stubbed out (tools/bench/finance-without-outbox.ts),
 *    take the same `submitPurchaseRequest`, one at a time, in alternating blocks.
 */

/** The delivery paths the bench can measure; `EVENT_PATHS_DEFAULT` keeps the events part within a few minutes. */
export const EVENT_PATHS = ['nats', 'sqljs', 'mariadb-http'] as const;
export type EventPath = (typeof EVENT_PATHS)[number];
export const EVENT_PATHS_DEFAULT: EventPath[] = ['nats', 'sqljs'];

export interface EventsBenchOptions {
  /** `mysql://…` of a MariaDB/MySQL server, or null when none answers (its rows are skipped). */
  serverUrl: string | null;
  natsUrl: string;
  paths: EventPath[];
  events: number;
  /**
   * The burst on sql.js. Smaller: the embedded database writes its whole file at every commit, so the
   * cost of an event grows with the events before it (10,000 events write tens of GB and take many minutes).
   */
  sqljsEvents: number;
  pacedEvents: number;
  pacedRate: number;
  financeRequests: number;
  /** Pause after each mutation in the spaced run, so the relay has finished before the next one. */
  financeGapMs: number;
  say: (text?: string) => void;
}

const WARMUP_EVENTS = 50;
const FINANCE_WARMUP = 20;
const FINANCE_BLOCK = 50;
/** A run stops waiting when no effect arrived for this long. */
const STALL_MS = 30_000;
const SAMPLE_MS = 50;

const secret = DEV_SECRETS.INTERNAL_TOKEN_SECRET;
const quiet = pino({ level: 'silent' });

// ---------------------------------------------------------------------------------------------
// What the run started, so cleanup can undo it whatever happens (run.ts calls cleanupEvents).

const workers = new Set<Worker>();
const services = new Set<BenchService>();
const databases = new Set<string>();
const folders = new Set<string>();
/** Stream prefix → NATS server, for the streams to delete. */
const natsPrefixes = new Map<string, string>();
const servers = new Set<Server>();

export async function cleanupEvents(): Promise<void> {
  await Promise.allSettled([...workers].map((w) => w.stop()));
  await Promise.allSettled([...services].map((s) => s.stop()));
  services.clear();
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  servers.clear();
  for (const [prefix, url] of natsPrefixes) {
    await deleteStreams(url, prefix).catch((error: unknown) =>
      console.error(`could not delete NATS streams ${prefix}_*: ${message(error)}`),
    );
  }
  natsPrefixes.clear();
  for (const url of databases) await dropDatabase(url).catch((error: unknown) => console.error(`could not drop ${url}: ${message(error)}`));
  databases.clear();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function deleteStreams(url: string, prefix: string): Promise<void> {
  const nats = await NatsEvents.connect({ url, logger: quiet, prefix, name: 'bench-cleanup' });
  try {
    await nats.deleteStreams();
  } finally {
    await nats.close();
  }
}

/** The NATS server's version if it answers with JetStream, else why not. */
async function natsStatus(url: string): Promise<{ version: string } | { error: string }> {
  try {
    const nc = await connect({ servers: url, timeout: 2000, reconnect: false });
    const info = nc.info;
    await nc.close();
    if (!info?.jetstream) return { error: `NATS ${info?.version ?? '?'} runs without JetStream` };
    return { version: info.version };
  } catch (error) {
    return { error: message(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// Worker processes (tools/bench/events-worker.ts)

class Worker {
  readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private readonly waiters = new Map<string, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  private exited: Promise<void>;
  /** Effects reported by a consumer: event id → when its transaction committed. */
  readonly effects = new Map<string, number>();

  constructor(readonly label: string) {
    this.child = fork(join(REPO_ROOT, 'tools', 'bench', 'events-worker.ts'), [], {
      cwd: REPO_ROOT,
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    workers.add(this);
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.tail.push(...chunk.split('\n').filter(Boolean));
        this.tail.splice(0, Math.max(0, this.tail.length - 30));
      });
    }
    this.child.on('message', (m: FromWorker) => {
      if (m.kind === 'effects') {
        for (const [id, at] of m.effects) this.effects.set(id, at);
        return;
      }
      if (m.kind === 'error') {
        this.fail(new Error(`${label} worker: ${m.message}`));
        return;
      }
      const waiter = this.waiters.get(m.kind);
      this.waiters.delete(m.kind);
      waiter?.resolve(m);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.child.once('exit', (code, signal) => this.fail(new Error(`${label} worker exited (${code ?? signal})`)));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  lastLines(): string {
    return this.tail.join('\n');
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.values()) waiter.reject(error);
    this.waiters.clear();
  }

  /** Sends a command and waits for the answer of `kind`. */
  ask<K extends FromWorker['kind']>(command: ToWorker, kind: K, timeoutMs = 120_000): Promise<Extract<FromWorker, { kind: K }>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(kind);
        reject(new Error(`${this.label} worker did not answer ${command.cmd} within ${timeoutMs / 1000} s:\n${this.lastLines()}`));
      }, timeoutMs);
      this.waiters.set(kind, {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<FromWorker, { kind: K }>);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(new Error(`${e.message}\n${this.lastLines()}`));
        },
      });
      this.child.send(command);
    });
  }

  check(): void {
    if (this.failure) throw new Error(`${this.failure.message}\n${this.lastLines()}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      if (this.child.connected && !this.failure) await this.ask({ cmd: 'stop' }, 'stopped', 20_000).catch(() => undefined);
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      if (this.child.exitCode === null) this.child.kill('SIGTERM');
      await this.exited;
      clearTimeout(killer);
    }
    workers.delete(this);
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Delays {
  count: number;
  lost: number;
  p50: number;
  p99: number;
  max: number;
  /** Events per second from the first commit to the last effect. */
  perSecond: number;
  /** Commits per second the publisher managed. */
  commitsPerSecond: number;
}

function delays(commits: [string, number][], effects: Map<string, number>): Delays {
  const values: number[] = [];
  let lastEffect = -Infinity;
  for (const [id, committedAt] of commits) {
    const effectAt = effects.get(id);
    if (effectAt === undefined) continue;
    values.push(effectAt - committedAt);
    lastEffect = Math.max(lastEffect, effectAt);
  }
  values.sort((a, b) => a - b);
  const first = commits[0]?.[1] ?? NaN;
  const lastCommit = commits[commits.length - 1]?.[1] ?? NaN;
  return {
    count: values.length,
    lost: commits.length - values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values[values.length - 1] ?? NaN,
    perSecond: (values.length / (lastEffect - first)) * 1000,
    commitsPerSecond: ((commits.length - 1) / (lastCommit - first)) * 1000,
  };
}

/** Waits until the consumer reported an effect for every commit, or none came for STALL_MS. */
async function allApplied(consumer: Worker, commits: [string, number][], what: string): Promise<void> {
  let seen = -1;
  let progressAt = Date.now();
  for (;;) {
    consumer.check();
    const missing = commits.filter(([id]) => !consumer.effects.has(id)).length;
    if (missing === 0) return;
    if (missing !== seen) {
      seen = missing;
      progressAt = Date.now();
    } else if (Date.now() - progressAt > STALL_MS) {
      throw new Error(`${what}: ${missing} of ${commits.length} events had no effect after ${STALL_MS / 1000} s without progress`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Delivery

interface PathSpec {
  path: EventPath;
  label: string;
  storage: 'mariadb' | 'sqljs';
  nats: boolean;
}

interface PathResult {
  label: string;
  skipped?: string;
  paced?: Delays;
  burst?: Delays;
  rss?: { idleKiB: number; peakKiB: number; afterKiB: number };
  cpuMsPerEvent?: { publisher: number; consumer: number };
  /** Events in the burst. */
  events?: number;
  /** sql.js: the database files at the end (each commit writes its whole file). */
  filesKiB?: { publisher: number; consumer: number };
  problems: string[];
}

const fileKiB = (path: string) => {
  try {
    return statSync(path).size / 1024;
  } catch {
    return NaN;
  }
};

async function storageFor(spec: PathSpec, serverUrl: string | null, service: string): Promise<{ databaseUrl: string; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), `houqin-bench-events-${service}-`));
  folders.add(dataDir);
  if (spec.storage === 'sqljs' || !serverUrl) return { databaseUrl: '', dataDir };
  const databaseUrl = withDatabase(serverUrl, `houqin_bench_events_${service}`);
  await dropDatabase(databaseUrl);
  databases.add(databaseUrl);
  await createDatabase(databaseUrl);
  return { databaseUrl, dataDir };
}

async function runPath(spec: PathSpec, options: EventsBenchOptions): Promise<PathResult> {
  const problems: string[] = [];
  const prefix = `houqin_bench_${process.pid}`;
  const natsUrl = spec.nats ? options.natsUrl : '';
  if (natsUrl) natsPrefixes.set(prefix, natsUrl);
  const consumer = new Worker(`${spec.label} consumer`);
  const publisher = new Worker(`${spec.label} publisher`);
  try {
    const base = { natsUrl, natsPrefix: prefix, secret };
    const count = spec.storage === 'sqljs' ? options.sqljsEvents : options.events;
    const consumerStart: WorkerStart = { role: 'consumer', ...base, ...(await storageFor(spec, options.serverUrl, 'consumer')) };
    const started = await consumer.ask({ cmd: 'start', start: consumerStart }, 'started');
    const publisherStart: WorkerStart = {
      role: 'publisher',
      ...base,
      ...(await storageFor(spec, options.serverUrl, 'publisher')),
      consumerUrl: started.url,
    };
    await publisher.ask({ cmd: 'start', start: publisherStart }, 'started');

    const publish = async (n: number, intervalMs: number, tag: string) =>
      (await publisher.ask({ cmd: 'publish', count: n, intervalMs, tag }, 'published', Math.max(600_000, n * 200))).commits;

    // Warm-up (JIT, pools, the JetStream consumer), then the paced run: no queue, so the delay is the path's own.
    await allApplied(consumer, await publish(WARMUP_EVENTS, 0, 'warm-up'), 'warm-up');
    const interval = 1000 / options.pacedRate;
    const pacedCommits = await publish(options.pacedEvents, interval, 'paced');
    await allApplied(consumer, pacedCommits, 'paced run');
    const paced = delays(pacedCommits, consumer.effects);

    // Idle: the relay running with an empty outbox, after the warm-up.
    const idle = readMemory(publisher.pid);
    let peakKiB = idle?.rssKiB ?? NaN;
    const sampler = setInterval(() => {
      const rss = readMemory(publisher.pid)?.rssKiB;
      if (rss !== undefined && Number.isFinite(rss)) peakKiB = Math.max(peakKiB, rss);
    }, SAMPLE_MS);
    const cpuBefore = { publisher: readCpuMs(publisher.pid), consumer: readCpuMs(consumer.pid) };
    let burstCommits: [string, number][];
    try {
      burstCommits = await publish(count, 0, 'burst');
      await allApplied(consumer, burstCommits, 'burst');
    } finally {
      clearInterval(sampler);
    }
    const cpuMsPerEvent = {
      publisher: (readCpuMs(publisher.pid) - cpuBefore.publisher) / count,
      consumer: (readCpuMs(consumer.pid) - cpuBefore.consumer) / count,
    };
    const burst = delays(burstCommits, consumer.effects);
    const after = readMemory(publisher.pid);

    // Exactly one effect per event, and nothing left in the outbox.
    const total = WARMUP_EVENTS + options.pacedEvents + count;
    const counted = await consumer.ask({ cmd: 'count' }, 'count');
    if (counted.effects !== total || counted.distinct !== total || counted.handled !== total) {
      problems.push(
        `${spec.label}: ${counted.effects} effects (${counted.distinct} distinct, ${counted.handled} handled) for ${total} events committed`,
      );
    }
    const { pending } = await publisher.ask({ cmd: 'pending' }, 'pending');
    if (pending) problems.push(`${spec.label}: ${pending} events still in the outbox`);
    if (burst.lost || paced.lost) problems.push(`${spec.label}: ${burst.lost + paced.lost} events without an effect`);
    return {
      label: spec.label,
      paced,
      burst,
      rss: { idleKiB: idle?.rssKiB ?? NaN, peakKiB, afterKiB: after?.rssKiB ?? NaN },
      cpuMsPerEvent,
      events: count,
      filesKiB:
        spec.storage === 'sqljs'
          ? {
              publisher: fileKiB(join(publisherStart.dataDir, 'finance.sqlite')),
              consumer: fileKiB(join(consumerStart.dataDir, 'bench.sqlite')),
            }
          : undefined,
      problems,
    };
  } finally {
    await Promise.allSettled([publisher.stop(), consumer.stop()]);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The outbox's cost on a finance mutation

interface FinanceFigures {
  p50: number;
  p99: number;
  /** SQL statements per request (request log). */
  sql: number;
  /** CPU of the finance process per request, its relay included. */
  cpuMs: number;
  errors: number;
  n: number;
}

interface FinanceResult {
  label: string;
  mode: string;
  skipped?: string;
  with?: FinanceFigures;
  without?: FinanceFigures;
}

const SUBMIT = `mutation BenchSubmit($input: SubmitPurchaseRequestInput!) {
  submitPurchaseRequest(input: $input) { request { id status } }
}`;

/** Answers every internal event delivery with 200, so a finance relay never reaches a real service on this machine. */
async function deliverySink(): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"outcome":"handled","ok":true}');
    });
  });
  servers.add(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the delivery sink has no port');
  return `http://127.0.0.1:${address.port}`;
}

async function runFinance(
  storage: 'sqljs' | 'mariadb',
  options: EventsBenchOptions,
  sinkUrl: string,
  problems: string[],
): Promise<FinanceResult[]> {
  const label = storage === 'sqljs' ? 'sql.js' : 'MariaDB';
  const internalUrls = Object.fromEntries(Object.keys(SERVICE_PORTS).map((s) => [`${s.toUpperCase()}_INTERNAL_URL`, sinkUrl]));
  const start = async (variant: 'with' | 'without') => {
    const dataDir = mkdtempSync(join(tmpdir(), `houqin-bench-finance-${variant}-`));
    folders.add(dataDir);
    let databaseUrl = '';
    if (storage === 'mariadb' && options.serverUrl) {
      databaseUrl = withDatabase(options.serverUrl, `houqin_bench_events_finance_${variant}`);
      await dropDatabase(databaseUrl);
      databases.add(databaseUrl);
      await createDatabase(databaseUrl);
    }
    const env = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      INTERNAL_TOKEN_SECRET: secret,
      USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      NATS_URL: '',
      ...internalUrls,
    };
    const entry = variant === 'with' ? undefined : join('tools', 'bench', 'finance-without-outbox.ts');
    const service = await startBenchService('finance', env, 90_000, entry);
    services.add(service);
    return service;
  };
  const [withOutbox, withoutOutbox] = await Promise.all([start('with'), start('without')]);
  try {
    const token = async (username: 'admin' | 'teacher') =>
      signGatewayToken({ viewer: demoViewer(username), requestId: `bench-finance-${username}` }, secret, 3600);
    const admin = { [GATEWAY_TOKEN_HEADER]: await token('admin') };
    const teacher = { [GATEWAY_TOKEN_HEADER]: await token('teacher') };
    const school = DEMO_SCHOOLS.firstPrimary.id;
    const fiscalYear = new Date().getUTCFullYear();

    // The same budget in both: a WARN category with room for every request.
    const categories = new Map<BenchService, string>();
    for (const service of [withOutbox, withoutOutbox]) {
      // Finance checks the school against its copy of the directory: deliver it the demo district's facts, as the directory would.
      for (const event of demoDirectoryEvents()) {
        const delivered = await fetch(`${service.baseUrl}${EVENTS_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: await signEventToken(event, 'finance', secret) },
          body: JSON.stringify(event),
        });
        if (!delivered.ok) throw new Error(`finance (${label}) refused the directory fact ${event.type}: HTTP ${delivered.status}`);
      }
      const client = graphqlClient(service.graphqlUrl, admin);
      const created = await client.request<{ createBudgetCategory: { id: string } }>(
        'mutation($input: CreateBudgetCategoryInput!) { createBudgetCategory(input: $input) { id } }',
        { input: { code: 'BENCH', name: 'Bench supplies (基准测试)', fund: 'SCHOOL', overrunPolicy: 'WARN' } },
      );
      const categoryId = created.data?.createBudgetCategory.id;
      if (!categoryId) throw new Error(`createBudgetCategory on finance (${label}): ${JSON.stringify(created.errors)}`);
      const budget = await client.request('mutation($input: SetBudgetInput!) { setBudget(input: $input) { __typename } }', {
        input: { schoolId: school, categoryId, fiscalYear, allocated: '100000000.00' },
      });
      if (budget.errors?.length) throw new Error(`setBudget on finance (${label}): ${JSON.stringify(budget.errors)}`);
      categories.set(service, categoryId);
    }

    let sequence = 0;
    const submit = async (service: BenchService) => {
      sequence += 1;
      const input = {
        schoolId: school,
        categoryId: categories.get(service),
        fiscalYear,
        reason: `Bench request ${sequence} (基准测试)`,
        lines: [{ description: 'Chalk (粉笔)', quantity: 2, unit: 'box', estimatedUnitPrice: '12.50' }],
      };
      const begin = performance.now();
      const response = await graphqlClient(service.graphqlUrl, teacher).request<{ submitPurchaseRequest: { request: { id: string } } }>(
        SUBMIT,
        { input },
      );
      const ms = performance.now() - begin;
      if (response.errors?.length || !response.data) {
        const lines = service.tail().split('\n').slice(-8).join('\n');
        throw new Error(
          `submitPurchaseRequest (${label}, ${service === withOutbox ? 'with' : 'without'} the outbox): ${JSON.stringify(response.errors)}\nfinance's last log lines:\n${lines}`,
        );
      }
      return ms;
    };
    for (let i = 0; i < FINANCE_WARMUP; i++) {
      await submit(withOutbox);
      await submit(withoutOutbox);
    }

    /** `count` mutations per variant in alternating blocks, so load from elsewhere on the machine falls on both alike. */
    const measure = async (count: number, gapMs: number) => {
      const timings = new Map<BenchService, number[]>([
        [withOutbox, []],
        [withoutOutbox, []],
      ]);
      const cpu = new Map<BenchService, number>([
        [withOutbox, 0],
        [withoutOutbox, 0],
      ]);
      withOutbox.resetCounters();
      withoutOutbox.resetCounters();
      for (let done = 0; done < count; done += FINANCE_BLOCK) {
        const n = Math.min(FINANCE_BLOCK, count - done);
        for (const service of [withOutbox, withoutOutbox]) {
          const before = service.cpuMs();
          for (let i = 0; i < n; i++) {
            timings.get(service)?.push(await submit(service));
            if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
          }
          // The relay's work after the block's last commit belongs to the block.
          if (!gapMs) await new Promise((resolve) => setTimeout(resolve, 50));
          cpu.set(service, (cpu.get(service) ?? 0) + service.cpuMs() - before);
        }
      }
      // Let the last request-log lines arrive before reading the counters.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const summary = (service: BenchService): FinanceFigures => {
        const sorted = [...(timings.get(service) ?? [])].sort((a, b) => a - b);
        return {
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          sql: service.counters.requests ? service.counters.sqlStatements / service.counters.requests : NaN,
          cpuMs: (cpu.get(service) ?? NaN) / sorted.length,
          errors: service.counters.withErrors,
          n: sorted.length,
        };
      };
      return { with: summary(withOutbox), without: summary(withoutOutbox) };
    };

    const rows: FinanceResult[] = [
      { label, mode: 'back to back', ...(await measure(options.financeRequests, 0)) },
      {
        label,
        mode: `spaced ${options.financeGapMs} ms`,
        ...(await measure(Math.ceil(options.financeRequests / 2), options.financeGapMs)),
      },
    ];
    for (const row of rows) {
      // The stand-in must change nothing but the outbox: exactly one statement fewer per mutation.
      if (!row.with || !row.without) continue;
      if (Math.abs(row.with.sql - row.without.sql - 1) > 0.01) {
        problems.push(
          `finance (${label}, ${row.mode}): ${fmt(row.with.sql, 2)} SQL statements per mutation with the outbox, ${fmt(row.without.sql, 2)} without (expected exactly one more)`,
        );
      }
      const errors = row.with.errors + row.without.errors;
      if (errors) problems.push(`finance (${label}, ${row.mode}): ${errors} logged requests had errors`);
    }
    return rows;
  } finally {
    await Promise.allSettled([withOutbox.stop(), withoutOutbox.stop()]);
    services.delete(withOutbox);
    services.delete(withoutOutbox);
  }
}

// ---------------------------------------------------------------------------------------------

/** Runs both parts, prints their tables, and returns what failed (empty when all passed). */
export async function runEventsBench(options: EventsBenchOptions): Promise<string[]> {
  const { say } = options;
  const began = Date.now();
  const results: PathResult[] = [];
  // `BENCH_EVENTS_PATHS=none`: only the finance part.
  if (options.paths.length) {
    const nats = await natsStatus(options.natsUrl);
    say(`=== events: delay from the publishing commit to the consumer's committed effect, per delivery path ===`);
    say(
      `NATS: ${'version' in nats ? `${nats.version} with JetStream at ${new URL(options.natsUrl).host}, streams ${`houqin_bench_${process.pid}`.toUpperCase()}_* (deleted after)` : `none (${nats.error}); the NATS row is skipped`}`,
    );
    say(
      `each path: ${WARMUP_EVENTS} events warm-up; paced: ${options.pacedEvents} events at ${options.pacedRate}/s (no queue); burst: ${options.events} events (${options.sqljsEvents} on sql.js) committed back to back by one publisher, one transaction each`,
    );
    const paths = (
      [
        { path: 'nats', label: 'NATS JetStream, MariaDB', storage: 'mariadb', nats: true },
        { path: 'sqljs', label: 'internal HTTP, sql.js', storage: 'sqljs', nats: false },
        { path: 'mariadb-http', label: 'internal HTTP, MariaDB', storage: 'mariadb', nats: false },
      ] satisfies PathSpec[]
    ).filter((spec) => options.paths.includes(spec.path));
    for (const spec of paths) {
      if (spec.nats && !('version' in nats)) {
        results.push({ label: spec.label, skipped: 'no NATS server', problems: [] });
        continue;
      }
      if (spec.storage === 'mariadb' && !options.serverUrl) {
        results.push({ label: spec.label, skipped: 'no MariaDB/MySQL server', problems: [] });
        continue;
      }
      const t0 = Date.now();
      results.push(await runPath(spec, options));
      say(`  ${spec.label}: done in ${fmt((Date.now() - t0) / 1000, 1)} s`);
    }
    say('');
    say(
      table(
        [
          'path',
          'events',
          'events/s',
          'commits/s',
          'p50 ms',
          'p99 ms',
          'max ms',
          'paced p50',
          'paced p99',
          'relay RSS idle MiB',
          'peak MiB',
          'CPU ms/event pub+relay',
          'consumer',
        ],
        results.map((r) =>
          r.skipped || !r.burst || !r.paced
            ? [r.label, `skipped: ${r.skipped ?? '?'}`, '', '', '', '', '', '', '', '', '', '', '']
            : [
                r.label,
                String(r.events ?? '-'),
                fmt(r.burst.perSecond),
                fmt(r.burst.commitsPerSecond),
                fmt(r.burst.p50, 1),
                fmt(r.burst.p99, 1),
                fmt(r.burst.max, 0),
                fmt(r.paced.p50, 1),
                fmt(r.paced.p99, 1),
                mib(r.rss?.idleKiB),
                mib(r.rss?.peakKiB),
                fmt(r.cpuMsPerEvent?.publisher ?? NaN, 2),
                fmt(r.cpuMsPerEvent?.consumer ?? NaN, 2),
              ],
        ),
      ),
    );
    say(
      `events/s: burst events ÷ (last effect − first commit); commits/s: what the one publisher committed; p50/p99/max: delay in the burst (queueing included); paced: delay at ${options.pacedRate}/s.`,
    );
    say(
      'relay RSS: VmRSS of the publishing process (it commits the events and runs the relay, as a service does), idle = outbox empty after the warm-up, peak = highest 50 ms sample during the burst.',
    );
    for (const r of results) {
      if (r.burst && r.burst.perSecond >= 0.95 * r.burst.commitsPerSecond) {
        say(`  ${r.label}: delivery kept up with the publisher; its capacity is higher than the events/s shown.`);
      }
      if (r.filesKiB) {
        say(
          `  ${r.label}: database files at the end ${mib(r.filesKiB.publisher)} MiB (publisher) and ${mib(r.filesKiB.consumer)} MiB (consumer); sql.js writes the whole file at every commit.`,
        );
      }
    }
  }

  // 2. Finance
  say('');
  say(
    `=== the outbox's cost on a finance mutation: submitPurchaseRequest straight at the finance subgraph, one at a time, after ${FINANCE_WARMUP} warm-up, in alternating blocks of ${FINANCE_BLOCK} per variant ===`,
  );
  say(
    '"with": the finance subgraph as it runs (the outbox row in the mutation\'s transaction, its relay woken by the commit, delivering over internal HTTP); "without": the same process with publishEvent stubbed out (tools/bench/finance-without-outbox.ts), so no payload check, no outbox row, no relay work.',
  );
  const sinkUrl = await deliverySink();
  const financeProblems: string[] = [];
  const finance: FinanceResult[] = [];
  for (const storage of ['sqljs', 'mariadb'] as const) {
    if (storage === 'mariadb' && !options.serverUrl) {
      finance.push({ label: 'MariaDB', mode: '-', skipped: 'no MariaDB/MySQL server' });
      continue;
    }
    const t0 = Date.now();
    finance.push(...(await runFinance(storage, options, sinkUrl, financeProblems)));
    say(`  finance on ${storage === 'sqljs' ? 'sql.js' : 'MariaDB'}: done in ${fmt((Date.now() - t0) / 1000, 1)} s`);
  }
  say('');
  say(
    table(
      [
        'storage',
        'run',
        'n',
        'p50 with',
        'p50 without',
        'p50 +ms',
        'p99 with',
        'p99 without',
        'SQL with/without',
        'CPU ms with',
        'without',
      ],
      finance.map((f) =>
        f.skipped || !f.with || !f.without
          ? [f.label, `skipped: ${f.skipped ?? '?'}`, '', '', '', '', '', '', '', '', '']
          : [
              f.label,
              f.mode,
              String(f.with.n),
              fmt(f.with.p50, 1),
              fmt(f.without.p50, 1),
              `${f.with.p50 >= f.without.p50 ? '+' : ''}${fmt(f.with.p50 - f.without.p50, 1)}`,
              fmt(f.with.p99, 1),
              fmt(f.without.p99, 1),
              `${fmt(f.with.sql, 1)} / ${fmt(f.without.sql, 1)}`,
              fmt(f.with.cpuMs, 2),
              fmt(f.without.cpuMs, 2),
            ],
      ),
      [false, false, true, true, true, true, true, true, true, true, true],
    ),
  );
  say(
    `back to back: the next mutation starts when the last one answered, so it shares the process with the relay's round for the last one; spaced: ${options.financeGapMs} ms pause after each, so the relay is done and only the mutation's own outbox work remains.`,
  );
  say(
    'ms: client-side latency of the HTTP request; SQL: statements per request (request log); CPU ms: the finance process per request, its relay included.',
  );
  say(`events part: ${fmt((Date.now() - began) / 1000, 0)} s`);
  return [...results.flatMap((r) => r.problems), ...financeProblems];
}
