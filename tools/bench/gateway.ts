import { join } from 'node:path';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { createConnection } from 'mysql2/promise';
import { DEV_SECRETS } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@houqin/auth';
import { DEMO_PASSWORD } from '@houqin/demo';
import { createDatabase, dropDatabase, withDatabase } from '@houqin/persistence';
import {
  compiledBuild,
  demoViewer,
  freePort,
  graphqlClient,
  type GraphQLResponse,
  PRODUCTION_NODE_ARGS,
  productionNodeArgs,
  SUBGRAPH_NODE_ARGS,
} from '@houqin/testing';
import { timeCostRefusal } from './cost';
import { fmt, mib, table } from './format';
import { type BenchService, startBenchService } from './service';

/**
 * The gateway figures (`npm run bench -- gateway`; docs/benchmarks.md#gateway-cpu-per-request):
 * CPU milliseconds per request of each process and throughput, through the gateway against straight
 * at the subgraph, in paired runs.
 *
 * - The stack: directory, finance and the gateway, each its own process on fresh MariaDB databases
 *   (houqin_bench_gw_<path>_<name>, demo district seeded), run as production runs them: the compiled build
 *   (`dist/apps/<name>/src/main.js` under plain node, tools/build/build.mjs), and, for comparison, the
 *   development path (`-r @swc-node/register --enable-source-maps`, as `npm start`). LOG_LEVEL=info:
 *   a request-log line per request belongs to what a request costs.
 * - Three targets, loaded by autocannon with the same connections and duration: a one-subgraph query
 *   through the gateway and the same query straight at the directory (with a gateway token signed
 *   once), and a three-fetch query (directory → finance → directory) through the gateway.
 * - Paired runs: both stacks run at once, and every round runs each target of each stack once,
 *   the compiled and the dev run of a target back to back, the whole order reversed every other
 *   round, so drift in the machine's other load falls on both sides of each comparison.
 * - CPU per process: utime+stime from /proc/<pid>/stat before and after each measured run, divided by
 *   the requests that run completed (10 ms ticks; thousands of requests per run). CPU per request moves
 *   less than requests per second when other work shares the cores.
 * - RSS (VmRSS) of each process after the load, and the six-service extrapolation.
 */

/** `baseline`: another compiled build (BENCH_BASELINE_ROOT, e.g. an older commit's), to measure a change end to end. */
export const GATEWAY_BENCH_PATHS = ['compiled', 'dev', 'baseline'] as const;
export type GatewayBenchPath = (typeof GATEWAY_BENCH_PATHS)[number];

export interface GatewayBenchOptions {
  serverUrl: string;
  paths: GatewayBenchPath[];
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** The folder holding the `dist/` of the `baseline` path (built with tools/build/build.mjs --out <folder>/dist). */
  baselineRoot?: string;
  /** Write a V8 CPU profile of each service here (`--cpu-prof`), for `node --cpu-prof` style analysis. */
  cpuProfileDir?: string;
  say: (text?: string) => void;
}

/** One subgraph: a page of staff with their school and campus (directory only; the bench's usual query). */
export const ONE_SUBGRAPH_QUERY =
  'query BenchStaff { staff(first: 20) { nodes { id name employeeNumber posts school { name } campus { name } } } }';
/** Three fetches: staff (directory) → their purchase requests (finance, `_entities`) → each requester's name (directory, `_entities`). */
export const CROSS_SUBGRAPH_QUERY =
  'query BenchCross { staff(first: 10) { nodes { id name purchaseRequests(first: 3) { nodes { id reason status requester { id name employeeNumber } } } } } }';

/** The aims of issue 9. */
const AIM = { gatewayCpuMs: 1.5, throughputRatio: 0.8, directoryCpuMs: 1.5, stackMiB: 1024, services: 6 };

interface Target {
  key: 'gateway-one' | 'direct-one' | 'gateway-cross';
  label: string;
  url: string;
  headers: Record<string, string>;
  query: string;
  operationName: string;
}

interface Run {
  target: Target;
  round: number;
  result: autocannon.Result;
  /** CPU ms per completed request, by process name. */
  cpuPerRequest: Record<string, number>;
  /** SQL statements per request the directory logged during the run. */
  directorySql: number;
  loadAverage: number;
}

interface Stack {
  directory: BenchService;
  finance: BenchService;
  gateway: BenchService;
  all: BenchService[];
  databases: string[];
  stop(): Promise<void>;
}

function requireData<T>(what: string, response: GraphQLResponse<T>): T {
  if (response.status !== 200 || response.errors?.length || !response.data) {
    throw new Error(`${what}: HTTP ${response.status}, errors ${JSON.stringify(response.errors ?? null)}`);
  }
  return response.data;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** BENCH_BASELINE_NODE_ARGS: Node flags added for the baseline stack only, to measure a flag against the same build side by side. */
const baselineNodeArgs = () => (process.env.BENCH_BASELINE_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Directory, finance and the gateway on fresh databases, the subgraphs delivering their events to each other. */
async function startStack(path: GatewayBenchPath, options: GatewayBenchOptions): Promise<Stack> {
  if (path === 'baseline' && !options.baselineRoot) throw new Error('the baseline path needs BENCH_BASELINE_ROOT');
  const compiled = path === 'compiled' ? compiledBuild() : path === 'baseline' ? options.baselineRoot : undefined;
  const entry = (name: string) =>
    compiled ? join(compiled, 'dist', 'apps', name, 'src', 'main.js') : join('apps', name, 'src', 'main.ts');
  const nodeArgs = (name: string) => [
    ...(compiled ? productionNodeArgs(name) : ['--enable-source-maps']),
    ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(options.cpuProfileDir, path)}`] : []),
    ...(path === 'baseline' ? baselineNodeArgs() : []),
  ];
  const started: BenchService[] = [];
  const databases: string[] = [];
  const stop = async () => {
    await Promise.allSettled(started.reverse().map((s) => s.stop()));
    for (const url of databases) await dropDatabase(url).catch(() => undefined);
  };
  try {
    const common = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
      USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
      NATS_URL: '',
    };
    const directoryPort = await freePort();
    let financePort = await freePort();
    while (financePort === directoryPort) financePort = await freePort();
    const internal = {
      DIRECTORY_INTERNAL_URL: `http://127.0.0.1:${directoryPort}`,
      FINANCE_INTERNAL_URL: `http://127.0.0.1:${financePort}`,
    };
    const database = async (name: string) => {
      const url = withDatabase(options.serverUrl, `houqin_bench_gw_${path}_${name}`);
      await dropDatabase(url);
      databases.push(url);
      await createDatabase(url);
      return url;
    };
    // Finance first: it listens before the directory seeds and publishes the demo district.
    const finance = await startBenchService(
      'finance',
      { ...common, ...internal, DATABASE_URL: await database('finance'), SEED_DEMO: 'true' },
      90_000,
      entry('finance'),
      { port: financePort, nodeArgs: nodeArgs('finance') },
    );
    started.push(finance);
    const directory = await startBenchService(
      'directory',
      { ...common, ...internal, DATABASE_URL: await database('directory'), SEED_DEMO: 'true' },
      90_000,
      entry('directory'),
      { port: directoryPort, nodeArgs: nodeArgs('directory') },
    );
    started.push(directory);
    const gateway = await startBenchService(
      'gateway',
      { ...common, DIRECTORY_URL: directory.graphqlUrl, FINANCE_URL: finance.graphqlUrl },
      90_000,
      entry('gateway'),
      { nodeArgs: nodeArgs('gateway') },
    );
    started.push(gateway);
    return { directory, finance, gateway, all: [gateway, directory, finance], databases, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function load(target: Target, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.query, operationName: target.operationName }),
    connections,
    duration: seconds,
    // HTTP 200 with GraphQL errors is a failure too.
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
}

async function measure(target: Target, round: number, stack: Stack, options: GatewayBenchOptions): Promise<Run> {
  stack.directory.resetCounters();
  const before = Object.fromEntries(stack.all.map((s) => [s.name, s.cpuMs()]));
  const result = await load(target, options.seconds, options.connections);
  const requests = result.requests.total;
  const cpuPerRequest = Object.fromEntries(stack.all.map((s) => [s.name, (s.cpuMs() - before[s.name]) / requests]));
  const loadAverage = loadavg()[0];
  // The last request-log lines arrive in the next batch (LOG_FLUSH_MS).
  await new Promise((r) => setTimeout(r, 400));
  const { sqlStatements, requests: logged } = stack.directory.counters;
  return { target, round, result, cpuPerRequest, directorySql: logged ? sqlStatements / logged : NaN, loadAverage };
}

/**
 * The demo seeding leaves thousands of event deliveries queued (two years of finance activity, each
 * event delivered to the directory, which writes notifications for it): minutes of background work
 * that would be counted against the measured requests. They are marked sent in both databases; what
 * they would write is not what this part measures (docs/benchmarks.md#events does).
 */
async function skipEventBacklog(stack: Stack): Promise<number> {
  let skipped = 0;
  for (const url of stack.databases) {
    const connection = await createConnection(url);
    try {
      const [events] = await connection.query('UPDATE outbox_event SET publishedAt = NOW(6) WHERE publishedAt IS NULL');
      const [deliveries] = await connection.query('UPDATE outbox_delivery SET deliveredAt = NOW(6) WHERE deliveredAt IS NULL');
      skipped += (events as { affectedRows: number }).affectedRows + (deliveries as { affectedRows: number }).affectedRows;
    } finally {
      await connection.end();
    }
  }
  return skipped;
}

/**
 * Waits until no process of the stack is busy (under 5% of a core for two half-seconds in a row, at most
 * 120 s): after the demo seeding, each subgraph delivers its events to the other for a while, and that
 * work must not be counted against the measured requests.
 */
async function settle(stacks: Stack[], say: (text?: string) => void): Promise<void> {
  const all = stacks.flatMap((stack) => stack.all);
  const started = Date.now();
  let quiet = 0;
  let last = all.map((s) => s.cpuMs());
  while (quiet < 2 && Date.now() - started < 120_000) {
    await new Promise((r) => setTimeout(r, 500));
    const now = all.map((s) => s.cpuMs());
    quiet = now.every((ms, i) => ms - last[i] <= 25) ? quiet + 1 : 0;
    last = now;
  }
  say(`  settled in ${fmt((Date.now() - started) / 1000, 1)} s${quiet < 2 ? ' (still busy after 120 s: background work is counted)' : ''}`);
}

/** Logs in, checks each target answers what it should (the cross query in three fetches), and returns the targets. */
async function targets(stack: Stack, options: GatewayBenchOptions): Promise<Target[]> {
  const login = requireData(
    'login as accountant',
    await graphqlClient(stack.gateway.graphqlUrl).request<{ login: { token: string } }>(
      'mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username: 'accountant', password: DEMO_PASSWORD } },
    ),
  );
  const viaGateway = { authorization: `Bearer ${login.login.token}` };
  // The direct load reuses one gateway token for the whole run (the gateway signs one per request).
  const runSeconds = (options.warmupSeconds + options.seconds * options.rounds) * 3 + 600;
  const directToken = await signGatewayToken(
    { viewer: demoViewer('accountant'), requestId: 'bench-gateway-direct' },
    DEV_SECRETS.INTERNAL_TOKEN_SECRET,
    runSeconds,
  );
  const list: Target[] = [
    {
      key: 'gateway-one',
      label: 'one subgraph via gateway',
      url: stack.gateway.graphqlUrl,
      headers: viaGateway,
      query: ONE_SUBGRAPH_QUERY,
      operationName: 'BenchStaff',
    },
    {
      key: 'direct-one',
      label: 'one subgraph, directory direct',
      url: stack.directory.graphqlUrl,
      headers: { [GATEWAY_TOKEN_HEADER]: directToken },
      query: ONE_SUBGRAPH_QUERY,
      operationName: 'BenchStaff',
    },
    {
      key: 'gateway-cross',
      label: 'three fetches via gateway',
      url: stack.gateway.graphqlUrl,
      headers: viaGateway,
      query: CROSS_SUBGRAPH_QUERY,
      operationName: 'BenchCross',
    },
  ];
  const [one, direct] = await Promise.all(
    list.slice(0, 2).map(async (t) => requireData(t.label, await graphqlClient(t.url, t.headers).request(t.query))),
  );
  if (JSON.stringify(one) !== JSON.stringify(direct))
    throw new Error('the gateway and the directory answered the one-subgraph query differently');

  // The cross query: three subgraph requests (counted from the subgraphs' request-log lines) and purchase requests in the answer.
  const probe = `bench-gw-cross-${process.pid}-${Date.now()}`;
  stack.directory.keepRequestIds('bench-gw-cross-');
  stack.finance.keepRequestIds('bench-gw-cross-');
  const cross = requireData(
    'three-fetch query',
    await graphqlClient(stack.gateway.graphqlUrl, { ...viaGateway, 'x-request-id': probe }).request<{
      staff: { nodes: { purchaseRequests: { nodes: { requester: { name: string } | null }[] } }[] };
    }>(CROSS_SUBGRAPH_QUERY),
  );
  const requesters = cross.staff.nodes.flatMap((s) => s.purchaseRequests.nodes).filter((p) => p.requester?.name).length;
  // Log lines reach the bench in batches (at most LOG_FLUSH_MS late): wait for the three.
  const deadline = Date.now() + 5000;
  while (stack.directory.requestLines(probe).length + stack.finance.requestLines(probe).length < 3 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const fetches = { directory: stack.directory.requestLines(probe).length, finance: stack.finance.requestLines(probe).length };
  if (requesters === 0 || fetches.directory !== 2 || fetches.finance !== 1) {
    throw new Error(
      `the three-fetch query made ${fetches.directory} directory and ${fetches.finance} finance requests (expected 2 and 1) and named ${requesters} requesters`,
    );
  }
  options.say(`  three-fetch query checked: 2 directory + 1 finance requests, ${requesters} purchase requests with their requester`);
  return list;
}

/** Runs every path's stack at once and interleaves their runs; returns the problems (for the RESULT line). */
export async function runGatewayBench(options: GatewayBenchOptions): Promise<string[]> {
  const { say } = options;
  const problems: string[] = [];
  say('gateway CPU per request (paired runs; docs/benchmarks.md#gateway-cpu-per-request)');
  say(`  one subgraph: ${ONE_SUBGRAPH_QUERY}`);
  say(`  three fetches: ${CROSS_SUBGRAPH_QUERY}`);
  say(
    `  ${options.rounds} rounds × 3 targets × ${options.paths.length} stacks × ${options.seconds} s, ${options.connections} connections, ${options.warmupSeconds} s warm-up per target; each target's runs on the stacks back to back, the order reversed every other round`,
  );
  for (const path of options.paths) {
    say(
      path === 'compiled'
        ? `  [compiled] node ${PRODUCTION_NODE_ARGS.join(' ')} [subgraphs: ${SUBGRAPH_NODE_ARGS.join(' ')}] dist/apps/<name>/src/main.js (npm run build; as the image runs)`
        : path === 'dev'
          ? '  [dev] node --enable-source-maps -r @swc-node/register apps/<name>/src/main.ts (as npm start runs)'
          : `  [baseline] node ${[...PRODUCTION_NODE_ARGS, ...baselineNodeArgs()].join(' ')} ${options.baselineRoot}/dist/apps/<name>/src/main.js (another build, for comparison)`,
    );
  }
  const stacks = new Map<GatewayBenchPath, Stack>();
  try {
    const lists = new Map<GatewayBenchPath, Target[]>();
    for (const path of options.paths) {
      const stack = await startStack(path, options);
      stacks.set(path, stack);
      say(`  [${path}] stack: ${stack.all.map((s) => `${s.name} pid ${s.child.pid}`).join(', ')}`);
      lists.set(path, await targets(stack, options));
      say(
        `  [${path}] event backlog of the demo seeding skipped: ${await skipEventBacklog(stack)} queued events and deliveries marked sent`,
      );
    }
    await settle([...stacks.values()], say);
    // [path, target] pairs: each target on every stack back to back.
    const keys = ['gateway-one', 'direct-one', 'gateway-cross'] as const;
    const pairs = keys.flatMap((key) => options.paths.map((path) => ({ path, target: lists.get(path)!.find((t) => t.key === key)! })));
    for (const { target } of pairs) await load(target, options.warmupSeconds, options.connections);
    const runs = new Map<GatewayBenchPath, Run[]>(options.paths.map((path) => [path, []]));
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const { path, target } of round % 2 ? pairs : [...pairs].reverse()) {
        runs.get(path)!.push(await measure(target, round, stacks.get(path)!, options));
      }
    }
    const summaries = options.paths.map((path) => report(path, runs.get(path)!, stacks.get(path)!, options, problems));
    if (summaries.length > 1) {
      say('');
      say(
        table(
          [
            'path',
            'gateway ms/req (one)',
            'gw/direct req/s',
            'gateway ms/req (three)',
            'directory ms/req',
            'gateway RSS MiB',
            'subgraph RSS MiB (mean)',
          ],
          summaries,
        ),
      );
    }
    await timeRefusals(stacks.get(options.paths[0])!, options);
  } finally {
    await Promise.allSettled([...stacks.values()].map((stack) => stack.stop()));
  }
  return problems;
}

/** The refused cost flood's time to refusal on the first stack: the trial's 4 copies, and the alias maximum's 30. */
async function timeRefusals(stack: Stack, options: GatewayBenchOptions): Promise<void> {
  const login = requireData(
    'login as accountant',
    await graphqlClient(stack.gateway.graphqlUrl).request<{ login: { token: string } }>(
      'mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username: 'accountant', password: DEMO_PASSWORD } },
    ),
  );
  options.say('');
  options.say(`[${options.paths[0]}] the fan-out flood (tools/bench/cost.ts), refused before any subgraph is called:`);
  const rows = [];
  for (const copies of [4, 30]) {
    const t = await timeCostRefusal(stack.gateway.graphqlUrl, login.login.token, copies);
    rows.push([String(copies), String(t.estimated), String(t.max), String(t.rounds), fmt(t.p50Ms, 2), fmt(t.p95Ms, 2), fmt(t.maxMs, 2)]);
  }
  options.say(table(['aliased copies', 'estimated cost', 'budget', 'requests', 'p50 ms to refusal', 'p95 ms', 'max ms'], rows));
}

/** One stack's runs, figures against the aims and memory; returns its summary row. */
function report(path: GatewayBenchPath, runs: Run[], stack: Stack, options: GatewayBenchOptions, problems: string[]): string[] {
  const { say } = options;
  const memory = stack.all.map((s) => ({ name: s.name, mem: s.memory() }));
  say('');
  say(`[${path}]`);
  say(
    table(
      [
        'target',
        'round',
        'req/s',
        'p50 ms',
        'p99 ms',
        'gateway CPU ms/req',
        'directory CPU ms/req',
        'finance CPU ms/req',
        'directory sql/req',
        'errors',
        'load avg',
      ],
      runs.map((run) => [
        run.target.label,
        String(run.round),
        fmt(run.result.requests.average),
        fmt(run.result.latency.p50, 1),
        fmt(run.result.latency.p99, 1),
        run.target.key === 'direct-one' ? '-' : fmt(run.cpuPerRequest.gateway, 2),
        fmt(run.cpuPerRequest.directory, 2),
        fmt(run.cpuPerRequest.finance, 2),
        fmt(run.directorySql, 1),
        String(run.result.non2xx + run.result.mismatches + run.result.errors),
        fmt(run.loadAverage, 2),
      ]),
      [false, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  for (const run of runs) {
    const { non2xx, mismatches, errors } = run.result;
    if (non2xx || mismatches || errors || run.result.requests.total === 0) {
      problems.push(
        `[${path}] ${run.target.label} round ${run.round}: ${non2xx} non-2xx, ${mismatches} GraphQL errors, ${errors} connection errors`,
      );
    }
  }

  const of = (key: Target['key']) => runs.filter((r) => r.target.key === key);
  const gatewayCpu = median(of('gateway-one').map((r) => r.cpuPerRequest.gateway));
  const crossCpu = median(of('gateway-cross').map((r) => r.cpuPerRequest.gateway));
  const directoryCpu = median(of('direct-one').map((r) => r.cpuPerRequest.directory));
  // Throughput ratio per round (the two runs of a pair ran close together), then the median over rounds.
  const rounds = [...new Set(runs.map((r) => r.round))];
  const ratios = rounds.map((round) => {
    const g = of('gateway-one').find((r) => r.round === round)!.result.requests.average;
    const d = of('direct-one').find((r) => r.round === round)!.result.requests.average;
    return g / d;
  });
  const ratio = median(ratios);
  const crossRate = median(of('gateway-cross').map((r) => r.result.requests.average));
  const totalKiB = memory.reduce((sum, m) => sum + (m.mem?.rssKiB ?? NaN), 0);
  const subgraphKiB = memory.filter((m) => m.name !== 'gateway').map((m) => m.mem?.rssKiB ?? NaN);
  const gatewayKiB = memory.find((m) => m.name === 'gateway')?.mem?.rssKiB ?? NaN;
  const perSubgraph = subgraphKiB.reduce((a, b) => a + b, 0) / subgraphKiB.length;
  const sixKiB = gatewayKiB + AIM.services * perSubgraph;
  say('');
  say(`  RSS after the load: ${memory.map((m) => `${m.name} ${mib(m.mem?.rssKiB)} MiB`).join(', ')}; total ${mib(totalKiB)} MiB`);
  say(
    `  six services + gateway at the measured ${mib(perSubgraph)} MiB per subgraph: ${mib(sixKiB)} MiB (an extrapolation: four of the six are not built yet)`,
  );
  const verdict = (ok: boolean) => (ok ? 'within aim' : 'OVER aim');
  const lines = [
    [`gateway CPU, one subgraph`, `${fmt(gatewayCpu, 2)} ms/req`, `≤ ${AIM.gatewayCpuMs}`, verdict(gatewayCpu <= AIM.gatewayCpuMs)],
    [
      `throughput gateway/direct`,
      `×${fmt(ratio, 2)} (rounds ${ratios.map((r) => fmt(r, 2)).join(', ')})`,
      `≥ ${AIM.throughputRatio}`,
      verdict(ratio >= AIM.throughputRatio),
    ],
    [`gateway CPU, three fetches`, `${fmt(crossCpu, 2)} ms/req, ${fmt(crossRate)} req/s`, '-', '-'],
    [
      `directory CPU, direct read`,
      `${fmt(directoryCpu, 2)} ms/req`,
      `≤ ${AIM.directoryCpuMs}`,
      verdict(directoryCpu <= AIM.directoryCpuMs),
    ],
    [`six services + gateway RSS`, `${mib(sixKiB)} MiB (extrapolated)`, `≤ ${AIM.stackMiB}`, verdict(sixKiB / 1024 <= AIM.stackMiB)],
  ];
  say('');
  say(table([`[${path}] figure (median of rounds)`, 'measured', 'aim', ''], lines, [false, false, false, false]));
  return [path, fmt(gatewayCpu, 2), fmt(ratio, 2), fmt(crossCpu, 2), fmt(directoryCpu, 2), mib(gatewayKiB), mib(perSubgraph)];
}
