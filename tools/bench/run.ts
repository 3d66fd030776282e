import 'reflect-metadata';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEV_SECRETS } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@houqin/auth';
import { DEMO_CAMPUSES, DEMO_PASSWORD, DEMO_SCHOOLS, demoStaffIds } from '@houqin/demo';
import { createDatabase, dropDatabase, serverVersion, withDatabase } from '@houqin/persistence';
import { compiledBuild, demoViewer, graphqlClient, type GraphQLResponse } from '@houqin/testing';
import { subgraphUrlVariable } from '@houqin/gateway';
import { SUBGRAPHS } from '../subgraphs';
import { runDistrictScenario } from './district-scenario';
import { cleanupEvents, EVENT_PATHS, EVENT_PATHS_DEFAULT, type EventPath, runEventsBench } from './events';
import { fmt, mib, table } from './format';
import { GATEWAY_BENCH_PATHS, type GatewayBenchPath, runGatewayBench } from './gateway';
import { type BenchService, readMemory, startBenchService } from './service';
import { viewersOnly } from './viewers';
import { consoleOnly } from './console';
import { canteenOnly } from './canteen';
import { facilitiesOnly } from './facilities';
import { safetyOnly } from './safety';

/**
 * `npm run bench` (or `npm run bench -- events` for the events figures alone): starts the graph on MySQL/MariaDB (one fresh database and one process per
 * subgraph, then the gateway), loads one directory query through the gateway and straight at the
 * directory, checks that 100 `_entities` representations cost one SQL statement, reports memory,
 * then generates a district of BENCH_DISTRICT_SCHOOLS schools with a year of finance data and
 * times the finance reports over it (tools/bench/district-scenario.ts), and always stops its
 * processes and drops its databases. See docs/benchmarks.md.
 */

// ---------------------------------------------------------------------------------------------
// Settings (environment variables, validated: a bad value stops the bench naming the variable)

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number ≥ 1 (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

function nonNegativeInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number ≥ 0 (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

/** A comma-separated list of whole numbers ≥ 1, e.g. BENCH_FEFO_CONCURRENCY=20,50. */
function positiveIntList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (!values.every((value) => Number.isInteger(value) && value >= 1)) {
    console.error(`${name} must list whole numbers ≥ 1, comma-separated (got "${raw}")`);
    process.exit(2);
  }
  return values;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== '0' && raw !== '1') {
    console.error(`${name} must be 0 or 1 (got "${raw}")`);
    process.exit(2);
  }
  return raw === '1';
}

function mysqlServerUrl(): string {
  const raw = process.env.HOUQIN_BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306';
  try {
    const url = new URL(raw);
    if (url.protocol !== 'mysql:') throw new Error('not mysql:');
    return raw;
  } catch {
    console.error(`HOUQIN_BENCH_MYSQL_URL must be a URL like mysql://user:password@host:3306 (got "${raw}")`);
    process.exit(2);
  }
}

function natsServerUrl(): string {
  const raw = process.env.HOUQIN_BENCH_NATS_URL || 'nats://127.0.0.1:4222';
  try {
    if (new URL(raw).protocol !== 'nats:') throw new Error('not nats:');
    return raw;
  } catch {
    console.error(`HOUQIN_BENCH_NATS_URL must be a URL like nats://host:4222 (got "${raw}")`);
    process.exit(2);
  }
}

function eventPaths(): EventPath[] {
  const raw = process.env.BENCH_EVENTS_PATHS;
  if (raw === undefined || raw === '') return EVENT_PATHS_DEFAULT;
  // `none`: only the finance outbox cost.
  if (raw === 'none') return [];
  const paths = raw.split(',').map((p) => p.trim());
  const unknown = paths.filter((p) => !(EVENT_PATHS as readonly string[]).includes(p));
  if (unknown.length || !paths.length) {
    console.error(`BENCH_EVENTS_PATHS must list some of ${EVENT_PATHS.join(',')}, or be none (got "${raw}")`);
    process.exit(2);
  }
  return paths as EventPath[];
}

/** `npm run bench -- events` runs only the events part; `npm run bench -- gateway` only the gateway CPU part. */
const PARTS = process.argv.slice(2);
if (
  PARTS.length > 1 ||
  PARTS.some((part) => !['events', 'gateway', 'viewers', 'console', 'canteen', 'facilities', 'safety'].includes(part))
) {
  console.error(
    `usage: npm run bench [-- events | gateway | viewers | console | canteen | facilities | safety] (got "${PARTS.join(' ')}")`,
  );
  process.exit(2);
}
const EVENTS_ONLY = PARTS.includes('events');
const GATEWAY_ONLY = PARTS.includes('gateway');
/** `npm run bench -- viewers`: the viewer cache with 1,000 users (tools/bench/viewers.ts). */
const VIEWERS_ONLY = PARTS.includes('viewers');
/** `npm run bench -- console`: the web console's bundle, first dashboard render and round trips (tools/bench/console.ts). */
const CONSOLE_ONLY = PARTS.includes('console');
/** `npm run bench -- canteen`: a term of canteen data, its reports through the gateway and concurrent FEFO issues (tools/bench/canteen.ts). */
const CANTEEN_ONLY = PARTS.includes('canteen');
/** `npm run bench -- facilities`: 200 schools' asset registers and a year of meter readings, the asset summary and a meter report through the gateway (tools/bench/facilities.ts). */
const FACILITIES_ONLY = PARTS.includes('facilities');
/** `npm run bench -- safety`: 200 schools × a year of inspection rounds and hazards, the district hazard register and comparison through the gateway (tools/bench/safety.ts). */
const SAFETY_ONLY = PARTS.includes('safety');

function gatewayPaths(): GatewayBenchPath[] {
  const raw = process.env.BENCH_GATEWAY_PATHS;
  if (raw === undefined || raw === '') return ['compiled', 'dev'];
  const paths = raw.split(',').map((p) => p.trim());
  if (!paths.length || paths.some((p) => !(GATEWAY_BENCH_PATHS as readonly string[]).includes(p))) {
    console.error(`BENCH_GATEWAY_PATHS must list some of ${GATEWAY_BENCH_PATHS.join(',')} (got "${raw}")`);
    process.exit(2);
  }
  return paths as GatewayBenchPath[];
}

const SETTINGS = {
  seconds: positiveInt('BENCH_SECONDS', 10),
  connections: positiveInt('BENCH_CONNECTIONS', 10),
  warmupSeconds: positiveInt('BENCH_WARMUP_SECONDS', 3),
  serverUrl: mysqlServerUrl(),
  /** Schools of the generated district (0 skips the district scenario). */
  districtSchools: nonNegativeInt('BENCH_DISTRICT_SCHOOLS', 200),
  districtRequests: positiveInt('BENCH_DISTRICT_REQUESTS', 200),
  districtMaxSeconds: positiveInt('BENCH_DISTRICT_MAX_SECONDS', 30),
  indexExperiment: flag('BENCH_INDEX_EXPERIMENT', true),
  natsUrl: natsServerUrl(),
  /** Events per path in the events part's burst (0 skips the events part of the whole bench). */
  events: EVENTS_ONLY ? positiveInt('BENCH_EVENTS', 10000) : nonNegativeInt('BENCH_EVENTS', 10000),
  eventsSqljs: positiveInt('BENCH_EVENTS_SQLJS', 1000),
  eventsPaced: positiveInt('BENCH_EVENTS_PACED', 200),
  eventsPacedRate: positiveInt('BENCH_EVENTS_PACED_RATE', 50),
  financeRequests: positiveInt('BENCH_FINANCE_REQUESTS', 200),
  financeGapMs: positiveInt('BENCH_FINANCE_GAP_MS', 50),
  eventPaths: eventPaths(),
  /** The gateway part: paired rounds, the stacks it runs, and where to write CPU profiles (unset: none). */
  rounds: Math.max(2, positiveInt('BENCH_ROUNDS', 2)),
  gatewayPaths: gatewayPaths(),
  cpuProfileDir: process.env.BENCH_CPU_PROFILE_DIR || undefined,
  baselineRoot: process.env.BENCH_BASELINE_ROOT || undefined,
};

/** The loaded operation: a page of staff with their posts, school and campus (4 resolvers, batched). */
const STAFF_QUERY = 'query BenchStaff { staff(first: 20) { nodes { id name employeeNumber posts school { name } campus { name } } } }';
const ENTITIES_QUERY =
  'query BenchEntities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Staff { id name employeeNumber } } }';
const ENTITY_COUNT = 100;
const CREATED_STAFF = 50;

/** Everything this run started, so cleanup can undo it whatever happened. */
const started: BenchService[] = [];
const databases: string[] = [];

// ---------------------------------------------------------------------------------------------
// Helpers

function requireData<T>(what: string, response: GraphQLResponse<T>): T {
  if (response.status !== 200 || response.errors?.length || !response.data) {
    throw new Error(`${what}: HTTP ${response.status}, errors ${JSON.stringify(response.errors ?? null)}`);
  }
  return response.data;
}

interface LoadResult {
  label: string;
  result: autocannon.Result;
  /** Request-log lines of the process the load hit first (gateway or directory). */
  logged: BenchService['counters'];
  /** Directory request-log lines during the run (for SQL statements per request). */
  directory: BenchService['counters'];
  /** CPU milliseconds each process used during the measured run. */
  cpuMs: Record<string, number>;
  /** 1-minute load average at the end of the run (background load shows up here). */
  loadAverage: number;
}

function load(url: string, headers: Record<string, string>, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: STAFF_QUERY, operationName: 'BenchStaff' }),
    connections: SETTINGS.connections,
    duration: seconds,
    // A response that carries GraphQL errors is a mismatch (HTTP 200 does not mean it worked).
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
}

async function measure(
  label: string,
  url: string,
  headers: Record<string, string>,
  front: BenchService,
  directory: BenchService,
  all: BenchService[],
): Promise<LoadResult> {
  await load(url, headers, SETTINGS.warmupSeconds);
  front.resetCounters();
  directory.resetCounters();
  const cpuBefore = Object.fromEntries(all.map((s) => [s.name, s.cpuMs()]));
  const benchBefore = process.cpuUsage();
  const result = await load(url, headers, SETTINGS.seconds);
  const bench = process.cpuUsage(benchBefore);
  const cpuMs = Object.fromEntries(all.map((s) => [s.name, s.cpuMs() - cpuBefore[s.name]]));
  cpuMs.bench = (bench.user + bench.system) / 1000;
  const loadAverage = loadavg()[0];
  // Let the last request-log lines of the run arrive before reading the counters.
  await new Promise((r) => setTimeout(r, 300));
  return { label, result, logged: { ...front.counters }, directory: { ...directory.counters }, cpuMs, loadAverage };
}

async function cleanup(): Promise<void> {
  await cleanupEvents();
  await Promise.allSettled(
    started
      .splice(0)
      .reverse()
      .map((s) => s.stop()),
  );
  for (const url of databases.splice(0)) {
    await dropDatabase(url).catch((error: unknown) =>
      console.error(`could not drop ${url}: ${error instanceof Error ? error.message : error}`),
    );
  }
}

// ---------------------------------------------------------------------------------------------

/** The events part (tools/bench/events.ts); its problems, for the RESULT line. */
function events(serverUrl: string | null, say: (text?: string) => void): Promise<string[]> {
  return runEventsBench({
    serverUrl,
    natsUrl: SETTINGS.natsUrl,
    paths: SETTINGS.eventPaths,
    financeGapMs: SETTINGS.financeGapMs,
    events: SETTINGS.events,
    sqljsEvents: SETTINGS.eventsSqljs,
    pacedEvents: SETTINGS.eventsPaced,
    pacedRate: SETTINGS.eventsPacedRate,
    financeRequests: SETTINGS.financeRequests,
    say,
  });
}

/** `npm run bench -- events`: the machine, then the events part; MariaDB rows are skipped when no server answers. */
async function eventsOnly(): Promise<number> {
  const cpuList = cpus();
  const say = (text = '') => console.log(text);
  const dbVersion = await serverVersion(SETTINGS.serverUrl).catch(() => null);
  say(`houqin bench (events) — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(
    dbVersion
      ? `database: ${dbVersion} at ${new URL(SETTINGS.serverUrl).host}`
      : `database: none answers at ${SETTINGS.serverUrl}; MariaDB rows skipped`,
  );
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min; other work on the machine competes for the same cores)`,
  );
  say('');
  const problems = await events(dbVersion ? SETTINGS.serverUrl : null, say);
  say('');
  say(
    problems.length
      ? `RESULT: FAIL\n  ${problems.join('\n  ')}`
      : 'RESULT: PASS (every event applied once, outbox empty, one statement between the finance variants)',
  );
  return problems.length ? 1 : 0;
}

/** `npm run bench -- gateway`: the machine, then the gateway CPU part (tools/bench/gateway.ts). */
async function gatewayOnly(): Promise<number> {
  const cpuList = cpus();
  const say = (text = '') => console.log(text);
  const dbVersion = await serverVersion(SETTINGS.serverUrl);
  say(`houqin bench (gateway) — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(`database: ${dbVersion} at ${new URL(SETTINGS.serverUrl).host}`);
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min)`,
  );
  say('');
  const problems = await runGatewayBench({
    serverUrl: SETTINGS.serverUrl,
    paths: SETTINGS.gatewayPaths,
    rounds: SETTINGS.rounds,
    seconds: SETTINGS.seconds,
    warmupSeconds: SETTINGS.warmupSeconds,
    connections: SETTINGS.connections,
    cpuProfileDir: SETTINGS.cpuProfileDir,
    baselineRoot: SETTINGS.baselineRoot,
    say,
  });
  say('');
  say(
    problems.length ? `RESULT: FAIL\n  ${problems.join('\n  ')}` : 'RESULT: PASS (no non-2xx, no GraphQL errors, three-fetch plan checked)',
  );
  return problems.length ? 1 : 0;
}

async function main(): Promise<number> {
  if (EVENTS_ONLY) return eventsOnly();
  if (GATEWAY_ONLY) return gatewayOnly();
  if (VIEWERS_ONLY) return viewersOnly(SETTINGS);
  if (CANTEEN_ONLY)
    return canteenOnly({
      serverUrl: SETTINGS.serverUrl,
      schools: positiveInt('BENCH_CANTEEN_SCHOOLS', 200),
      requests: positiveInt('BENCH_CANTEEN_REQUESTS', 100),
      maxSeconds: positiveInt('BENCH_CANTEEN_MAX_SECONDS', 30),
      fefoConcurrency: positiveIntList('BENCH_FEFO_CONCURRENCY', [20, 50]),
      fefoIssues: positiveInt('BENCH_FEFO_ISSUES', 200),
      started,
      databases,
    });
  if (FACILITIES_ONLY)
    return facilitiesOnly({
      serverUrl: SETTINGS.serverUrl,
      schools: positiveInt('BENCH_FACILITIES_SCHOOLS', 200),
      assets: positiveInt('BENCH_FACILITIES_ASSETS', 2000),
      workOrders: positiveInt('BENCH_FACILITIES_WORK_ORDERS', 150),
      requests: positiveInt('BENCH_FACILITIES_REQUESTS', 100),
      maxSeconds: positiveInt('BENCH_FACILITIES_MAX_SECONDS', 30),
      started,
      databases,
    });
  if (SAFETY_ONLY)
    return safetyOnly({
      serverUrl: SETTINGS.serverUrl,
      schools: positiveInt('BENCH_SAFETY_SCHOOLS', 200),
      hazards: positiveInt('BENCH_SAFETY_HAZARDS', 150),
      requests: positiveInt('BENCH_SAFETY_REQUESTS', 100),
      maxSeconds: positiveInt('BENCH_SAFETY_MAX_SECONDS', 30),
      started,
      databases,
    });
  if (CONSOLE_ONLY) return consoleOnly({ serverUrl: SETTINGS.serverUrl, runs: positiveInt('BENCH_CONSOLE_RUNS', 5) });
  const cpuList = cpus();
  const dbVersion = await serverVersion(SETTINGS.serverUrl).catch((error: unknown) => {
    throw new Error(
      `No MySQL-compatible server answers at ${SETTINGS.serverUrl} (HOUQIN_BENCH_MYSQL_URL): ${error instanceof Error ? error.message : error}`,
    );
  });
  const say = (text = '') => console.log(text);
  say(`houqin bench — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(`database: ${dbVersion} at ${new URL(SETTINGS.serverUrl).host}, one database per subgraph (houqin_bench_<name>)`);
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min; other work on the machine competes for the same cores)`,
  );
  say(
    `load: autocannon, ${SETTINGS.connections} connections, ${SETTINGS.warmupSeconds} s warm-up then ${SETTINGS.seconds} s per target; subgraphs and gateway compiled (dist/, as production runs them) at LOG_LEVEL=info`,
  );
  say(`events: ${SETTINGS.events > 0 ? `${SETTINGS.events} events per path, NATS at ${SETTINGS.natsUrl}` : 'off (BENCH_EVENTS=0)'}`);
  say(
    SETTINGS.districtSchools > 0
      ? `district scenario: ${SETTINGS.districtSchools} schools, up to ${SETTINGS.districtRequests} requests (${SETTINGS.districtMaxSeconds} s) per report, index experiment ${SETTINGS.indexExperiment ? 'on' : 'off'}`
      : 'district scenario: off (BENCH_DISTRICT_SCHOOLS=0)',
  );
  say('');

  // 1. The stack: fresh databases, one process per subgraph, then the gateway.
  const secrets = { INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET, USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET };
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'info', ...secrets };
  // The compiled build, as production runs it (tools/build/build.mjs; built once per state of the sources).
  const compiled = compiledBuild();
  const compiledEntry = (name: string) => join(compiled, 'dist', 'apps', name, 'src', 'main.js');
  const subgraphs: Record<string, BenchService> = {};
  for (const entry of SUBGRAPHS) {
    const databaseUrl = withDatabase(SETTINGS.serverUrl, `houqin_bench_${entry.name.replace(/-/g, '_')}`);
    await dropDatabase(databaseUrl);
    databases.push(databaseUrl);
    await createDatabase(databaseUrl);
    // The district scenario writes the finance data itself, into an empty finance database.
    const seed = entry.name === 'finance' && SETTINGS.districtSchools > 0 ? 'false' : 'true';
    const service = await startBenchService(
      entry.name,
      { ...common, DATABASE_URL: databaseUrl, SEED_DEMO: seed },
      90_000,
      compiledEntry(entry.name),
    );
    started.push(service);
    subgraphs[entry.name] = service;
  }
  const directory = subgraphs.directory;
  if (!directory) throw new Error('tools/subgraphs.ts lists no directory subgraph');
  const gateway = await startBenchService(
    'gateway',
    { ...common, ...Object.fromEntries(Object.values(subgraphs).map((s) => [subgraphUrlVariable(s.name), s.graphqlUrl])) },
    90_000,
    compiledEntry('gateway'),
  );
  started.push(gateway);
  say(`stack: ${[...Object.values(subgraphs), gateway].map((s) => `${s.name} pid ${s.child.pid} :${s.port}`).join(', ')}`);

  // 2. Log in through the gateway (accountant for the load; admin to add staff).
  const anonymous = graphqlClient(gateway.graphqlUrl);
  const login = async (username: string) =>
    requireData(
      `login as ${username}`,
      await anonymous.request<{ login: { token: string } }>('mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username, password: DEMO_PASSWORD },
      }),
    ).login.token;
  const accountantToken = await login('accountant');
  const adminToken = await login('admin');

  // 4a. Staff beyond the 56 demo members, so 100 distinct representations exist.
  const admin = graphqlClient(gateway.graphqlUrl, { authorization: `Bearer ${adminToken}` });
  const createdIds: string[] = [];
  for (let i = 1; i <= CREATED_STAFF; i += 1) {
    const data = requireData(
      `createStaff #${i}`,
      await admin.request<{ createStaff: { id: string } }>(
        'mutation BenchCreateStaff($input: CreateStaffInput!) { createStaff(input: $input) { id } }',
        {
          input: {
            schoolId: DEMO_SCHOOLS.firstPrimary.id,
            campusId: DEMO_CAMPUSES.firstPrimaryEast.id,
            name: `Bench Staff ${i} (测试${i})`,
            employeeNumber: `BENCH${String(i).padStart(3, '0')}`,
            posts: ['TEACHER'],
          },
        },
      ),
    );
    createdIds.push(data.createStaff.id);
  }

  // 3. Check one response of each target, then load each.
  const viaGatewayHeaders = { authorization: `Bearer ${accountantToken}` };
  // The gateway signs a 60 s token per request; the direct load reuses one token for the whole
  // run, so it gets a lifetime that outlasts warm-up and load.
  const directToken = await signGatewayToken(
    { viewer: demoViewer('accountant'), requestId: 'bench-direct' },
    DEV_SECRETS.INTERNAL_TOKEN_SECRET,
    SETTINGS.warmupSeconds * 2 + SETTINGS.seconds * 2 + 600,
  );
  const directHeaders = { [GATEWAY_TOKEN_HEADER]: directToken };
  for (const [label, url, headers] of [
    ['gateway', gateway.graphqlUrl, viaGatewayHeaders],
    ['directory', directory.graphqlUrl, directHeaders],
  ] as const) {
    const data = requireData(
      `BenchStaff via ${label}`,
      await graphqlClient(url, headers).request<{ staff: { nodes: unknown[] } }>(STAFF_QUERY),
    );
    if (data.staff.nodes.length !== 20) throw new Error(`BenchStaff via ${label} answered ${data.staff.nodes.length} staff, expected 20`);
  }
  const all = [...Object.values(subgraphs), gateway];
  const viaGateway = await measure('gateway → directory', gateway.graphqlUrl, viaGatewayHeaders, gateway, directory, all);
  const direct = await measure('directory direct', directory.graphqlUrl, directHeaders, directory, directory, all);

  // 4b. 100 Staff representations in one `_entities` request, straight at the directory.
  const ids = [...demoStaffIds(), ...createdIds].slice(0, ENTITY_COUNT);
  if (new Set(ids).size !== ENTITY_COUNT) throw new Error(`expected ${ENTITY_COUNT} distinct staff ids, have ${new Set(ids).size}`);
  const requestId = `bench-entities-${process.pid}-${Date.now()}`;
  directory.keepRequestIds('bench-entities-');
  // admin (district-wide) sees all 100, so each representation must resolve.
  const entitiesToken = await signGatewayToken({ viewer: demoViewer('admin'), requestId }, DEV_SECRETS.INTERNAL_TOKEN_SECRET);
  const entities = requireData(
    '_entities',
    await graphqlClient(directory.graphqlUrl, { [GATEWAY_TOKEN_HEADER]: entitiesToken, 'x-request-id': requestId }).request<{
      _entities: ({ id: string } | null)[];
    }>(ENTITIES_QUERY, { representations: ids.map((id) => ({ __typename: 'Staff', id })) }),
  );
  const resolved = entities._entities.filter((e, i) => e?.id === ids[i]).length;
  const line = await directory.requestLine(requestId);

  // 5. Memory after the run.
  const memory = [...Object.values(subgraphs), gateway].map((s) => ({ name: s.name, pid: s.child.pid, mem: s.memory() }));
  memory.push({ name: 'bench (autocannon)', pid: process.pid, mem: readMemory(process.pid) });

  // ---- Report
  const runs = [viaGateway, direct];
  say(`query (as accountant, school firstPrimary): ${STAFF_QUERY}`);
  say('');
  say(
    table(
      ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'gql-errors', 'conn-errors', 'sql/req', 'load avg'],
      runs.map(({ label, result, directory: d, loadAverage }) => [
        label,
        fmt(result.requests.average),
        fmt(result.latency.p50, 1),
        fmt(result.latency.p99, 1),
        String(result.requests.total),
        String(result.non2xx),
        String(result.mismatches),
        String(result.errors),
        d.requests ? fmt(d.sqlStatements / d.requests, 1) : '-',
        fmt(loadAverage, 2),
      ]),
      [false, true, true, true, true, true, true, true, true, true],
    ),
  );
  say('');
  const perRequest = (run: LoadResult, name: string) => fmt(run.cpuMs[name] / run.result.requests.total, 2);
  const names = all.map((s) => s.name);
  say('CPU time per request, ms (user+system from /proc/<pid>/stat; steadier than req/s when other work shares the cores):');
  say(
    table(
      ['target', ...names, 'autocannon', 'cores busy'],
      runs.map((run) => [
        run.label,
        ...names.map((n) => (run === direct && n === 'gateway' ? '-' : perRequest(run, n))),
        perRequest(run, 'bench'),
        fmt(Object.values(run.cpuMs).reduce((sum, ms) => sum + ms, 0) / (run.result.duration * 1000), 2),
      ]),
    ),
  );
  const g = viaGateway.result;
  const d = direct.result;
  say('');
  say(
    `gateway overhead: latency p50 ×${fmt(g.latency.p50 / d.latency.p50, 2)} (+${fmt(g.latency.p50 - d.latency.p50, 1)} ms), p99 ×${fmt(g.latency.p99 / d.latency.p99, 2)}; throughput direct/gateway ×${fmt(d.requests.average / g.requests.average, 2)}; gateway CPU ${perRequest(viaGateway, 'gateway')} ms per request`,
  );
  say('');
  const sql = line?.sqlStatements;
  const entitiesPass = line !== undefined && sql === 1 && resolved === ENTITY_COUNT;
  say(
    `_entities: ${ENTITY_COUNT} Staff representations (56 demo + ${ENTITY_COUNT - 56} created) in one request to the directory, x-request-id ${requestId}`,
  );
  say(
    `  resolved ${resolved}/${ENTITY_COUNT}, sqlStatements ${sql ?? '(no log line)'}, ${line?.ms ?? '-'} ms in the directory → ${entitiesPass ? 'PASS' : 'FAIL'} (expected 1 statement, ${ENTITY_COUNT} resolved)`,
  );
  say('');
  say('memory after the run:');
  say(
    table(
      ['process', 'pid', 'VmRSS MiB', 'VmHWM (peak) MiB'],
      memory.map((m) => [m.name, String(m.pid ?? '-'), mib(m.mem?.rssKiB), mib(m.mem?.peakKiB)]),
      [false, true, true, true],
    ),
  );

  // 6. The district scenario: a year of finance data for many schools, and the reports over it.
  const finance = subgraphs.finance;
  const districtProblems =
    SETTINGS.districtSchools > 0 && finance
      ? await runDistrictScenario({
          schools: SETTINGS.districtSchools,
          requests: SETTINGS.districtRequests,
          maxSeconds: SETTINGS.districtMaxSeconds,
          indexExperiment: SETTINGS.indexExperiment,
          financeUrl: withDatabase(SETTINGS.serverUrl, 'houqin_bench_finance'),
          directoryUrl: withDatabase(SETTINGS.serverUrl, 'houqin_bench_directory'),
          gateway,
          finance,
          directory,
          tokens: { admin: adminToken, accountant: accountantToken },
          say,
        })
      : [];

  // 7. The events figures, after the rest of the stack has stopped competing for the cores.
  await Promise.allSettled(
    started
      .splice(0)
      .reverse()
      .map((s) => s.stop()),
  );
  let eventsProblems: string[] = [];
  if (SETTINGS.events > 0) {
    say('');
    eventsProblems = await events(SETTINGS.serverUrl, say);
  }

  const loadProblems = [viaGateway, direct].flatMap(({ label, result, logged }) => {
    const problems: string[] = [];
    if (result.non2xx) problems.push(`${label}: ${result.non2xx} non-2xx responses`);
    if (result.mismatches) problems.push(`${label}: ${result.mismatches} responses carried GraphQL errors`);
    if (result.errors) problems.push(`${label}: ${result.errors} connection errors/timeouts`);
    if (logged.withErrors) problems.push(`${label}: ${logged.withErrors} logged requests had errors`);
    if (result.requests.total === 0) problems.push(`${label}: no requests completed`);
    return problems;
  });
  say('');
  if (!entitiesPass) loadProblems.push('_entities batching: FAIL');
  loadProblems.push(...districtProblems, ...eventsProblems);
  const passed = [
    'no non-2xx',
    'no GraphQL errors',
    '_entities in 1 statement',
    ...(SETTINGS.districtSchools > 0 ? ['district data consistent', 'reports answered and batched'] : []),
    ...(SETTINGS.events > 0 ? ['every event applied once'] : []),
  ];
  say(loadProblems.length ? `RESULT: FAIL\n  ${loadProblems.join('\n  ')}` : `RESULT: PASS (${passed.join(', ')})`);
  if (!line) {
    console.error(`No request-log line for ${requestId}; the directory's last lines:\n${directory.tail()}`);
  }
  return loadProblems.length ? 1 : 0;
}

/** Runs the bench; the processes and databases are cleaned up whatever happens, then the process exits. */
async function run(): Promise<never> {
  let code = 1;
  let cleaning: Promise<void> | undefined;
  const cleanOnce = () => (cleaning ??= cleanup());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the bench processes and dropping its databases…`);
      void cleanOnce().finally(() => process.exit(130));
    });
  }
  try {
    code = await main();
  } catch (error) {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    if (error instanceof Error && error.cause) console.error('cause:', error.cause);
    for (const service of started) {
      const state =
        service.child.exitCode !== null || service.child.signalCode !== null
          ? `exited (${service.child.exitCode ?? service.child.signalCode})`
          : 'running';
      console.error(
        `\n--- ${service.name} (pid ${service.child.pid}, ${state}), last log lines:\n${service.tail().split('\n').slice(-15).join('\n')}`,
      );
    }
    code = 1;
  } finally {
    await cleanOnce();
  }
  // autocannon and fetch keep-alive sockets may hold the loop open: exit explicitly.
  process.exit(code);
}

void run();
