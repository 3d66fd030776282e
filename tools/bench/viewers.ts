import autocannon from 'autocannon';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { createLogger, DEV_SECRETS } from '@houqin/common';
import { DEMO_PASSWORD, DEMO_SCHOOLS } from '@houqin/demo';
import { NatsEvents } from '@houqin/events';
import { createDatabase, dropDatabase, serverVersion, withDatabase } from '@houqin/persistence';
import { graphqlClient } from '@houqin/testing';
import { fmt, table } from './format';
import { type BenchService, startBenchService } from './service';

/**
 * The viewer-cache part of `npm run bench -- viewers`: many distinct users signed in, requests spread
 * over all of them through the gateway, with the gateway's viewer cache
 * - `off`: VIEWER_CACHE_TTL_MS=0, every request asks the directory who the viewer is;
 * - `short`: the 2-second TTL alone (no NATS_URL: nothing invalidates, as on `npm start`);
 * - `long`: 10-minute TTL while the directory's account events (NATS) invalidate it.
 * Each user is a directory account with a school role (STAFF at First Experimental Primary); the
 * load asks `{ me { displayName } }` for user 1, 2, … N, 1, 2, … (round robin: every user equally
 * often, the cache's hardest even spread). Modes run in alternating order for `rounds` rounds, each
 * on a fresh gateway process after a warm-up (one request per user, then the timed warm-up). Hit rate = lookups answered from the cache (or shared
 * with one under way) / all lookups, from the gateway's /health counters. Last, the time from
 * `deactivateAccount` answering to the gateway refusing that user's token, with the long TTL.
 */

export const VIEWER_MODES = ['off', 'short', 'long'] as const;
export type ViewerMode = (typeof VIEWER_MODES)[number];

export interface ViewersBenchOptions {
  /** mysql://… of the server the directory's bench database goes on. */
  serverUrl: string;
  natsUrl: string;
  users: number;
  modes: readonly ViewerMode[];
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  say: (text?: string) => void;
}

interface BenchUser {
  token: string;
  accountId: string;
  /** The admin's token, for the deactivation at the end. */
  admin: string;
}

interface CacheStatus {
  hits: number;
  misses: number;
  invalidations: number;
  invalidationLive: boolean;
}

interface ModeRun {
  mode: ViewerMode;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  hitRate: number;
  lookups: number;
  gatewayCpuMsPerRequest: number;
  directoryCpuMsPerRequest: number;
  failed: number;
}

const ME = JSON.stringify({ query: 'query BenchMe { me { displayName } }', operationName: 'BenchMe' });
const SHORT_TTL_MS = '2000';
const LONG_TTL_MS = '600000';

const common = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
  USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
};

async function cacheStatus(gateway: BenchService): Promise<CacheStatus> {
  const health = (await (await fetch(`${gateway.baseUrl}/health`)).json()) as { viewerCache?: CacheStatus };
  if (!health.viewerCache) throw new Error('the gateway /health reports no viewerCache (apps/gateway/src/viewers.ts)');
  return health.viewerCache;
}

/** Runs `work` over `items` with `concurrency` at a time. */
async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

async function request<T>(url: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await graphqlClient(url, token ? { authorization: `Bearer ${token}` } : {}).request<T>(query, variables);
  if (response.errors?.length || !response.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** N accounts with a school role, created and signed in through the gateway; their tokens and ids. */
async function signUsers(url: string, count: number, say: (text?: string) => void): Promise<BenchUser[]> {
  const started = performance.now();
  const { login } = await request<{ login: { token: string } }>(url, null, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username: 'admin', password: DEMO_PASSWORD },
  });
  const run = Date.now().toString(36);
  const users = await inParallel(
    Array.from({ length: count }, (_, i) => i),
    8,
    async (i) => {
      const username = `bench.${run}.${i}`;
      const password = `bench-password-${i}`;
      const { createAccount } = await request<{ createAccount: { id: string } }>(
        url,
        login.token,
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
        { i: { username, displayName: `Bench user ${i} (压测用户)`, password } },
      );
      await request(url, login.token, 'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: { accountId: createAccount.id, role: 'STAFF', schoolId: DEMO_SCHOOLS.firstPrimary.id },
      });
      const signedIn = await request<{ login: { token: string } }>(url, null, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: { username, password },
      });
      return { token: signedIn.login.token, accountId: createAccount.id, admin: login.token };
    },
  );
  say(
    `signed in ${count} distinct users (account + STAFF role + login, through the gateway) in ${fmt((performance.now() - started) / 1000, 1)} s`,
  );
  return users;
}

/** Load spread over every user in turn. */
function load(url: string, tokens: string[], seconds: number, connections: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: ME,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const token = tokens[next++ % tokens.length];
          return { ...req, headers: { ...req.headers, 'content-type': 'application/json', authorization: `Bearer ${token}` } };
        },
      },
    ],
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
}

function gatewayEnv(mode: ViewerMode, directory: BenchService, natsUrl: string, natsPrefix: string): Record<string, string> {
  const base = { ...common, DIRECTORY_URL: directory.graphqlUrl };
  if (mode === 'off') return { ...base, VIEWER_CACHE_TTL_MS: '0', NATS_URL: '' };
  if (mode === 'short') return { ...base, VIEWER_CACHE_TTL_MS: SHORT_TTL_MS, NATS_URL: '' };
  return {
    ...base,
    VIEWER_CACHE_TTL_MS: SHORT_TTL_MS,
    VIEWER_CACHE_INVALIDATED_TTL_MS: LONG_TTL_MS,
    NATS_URL: natsUrl,
    NATS_PREFIX: natsPrefix,
  };
}

async function startGateway(mode: ViewerMode, directory: BenchService, natsUrl: string, natsPrefix: string): Promise<BenchService> {
  const gateway = await startBenchService('gateway', gatewayEnv(mode, directory, natsUrl, natsPrefix), 90_000);
  if (mode === 'long') {
    const deadline = Date.now() + 15_000;
    while (!(await cacheStatus(gateway)).invalidationLive) {
      if (Date.now() > deadline) {
        await gateway.stop();
        throw new Error(`the gateway did not subscribe to account events on ${natsUrl} within 15 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return gateway;
}

async function measureMode(
  mode: ViewerMode,
  round: number,
  directory: BenchService,
  tokens: string[],
  options: ViewersBenchOptions,
  natsPrefix: string,
): Promise<ModeRun> {
  const gateway = await startGateway(mode, directory, options.natsUrl, natsPrefix);
  try {
    // Every user once (a cold gateway would otherwise measure how fast it meets 1,000 users), then the timed warm-up.
    await inParallel(tokens, options.connections, (token) =>
      fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: ME,
      }).then((r) => r.arrayBuffer()),
    );
    await load(gateway.graphqlUrl, tokens, options.warmupSeconds, options.connections);
    const before = await cacheStatus(gateway);
    const cpuBefore = { gateway: gateway.cpuMs(), directory: directory.cpuMs() };
    const result = await load(gateway.graphqlUrl, tokens, options.seconds, options.connections);
    const after = await cacheStatus(gateway);
    const hits = after.hits - before.hits;
    const misses = after.misses - before.misses;
    const requests = result.requests.total || 1;
    return {
      mode,
      round,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      hitRate: hits + misses ? hits / (hits + misses) : 0,
      lookups: misses,
      gatewayCpuMsPerRequest: (gateway.cpuMs() - cpuBefore.gateway) / requests,
      directoryCpuMsPerRequest: (directory.cpuMs() - cpuBefore.directory) / requests,
      failed: result.non2xx + result.mismatches + result.errors,
    };
  } finally {
    await gateway.stop();
  }
}

/** With the long TTL: ms from `deactivateAccount` answering to the gateway refusing the user's (cached) token. */
async function invalidationDelays(
  directory: BenchService,
  users: BenchUser[],
  options: ViewersBenchOptions,
  natsPrefix: string,
  samples: number,
): Promise<number[]> {
  const gateway = await startGateway('long', directory, options.natsUrl, natsPrefix);
  const delays: number[] = [];
  try {
    for (const user of users.slice(-samples)) {
      const me = () => graphqlClient(gateway.graphqlUrl, { authorization: `Bearer ${user.token}` }).request('{ me { displayName } }');
      await me();
      const before = await cacheStatus(gateway);
      if ((await me()).errors) throw new Error('a bench user was refused before being deactivated');
      if ((await cacheStatus(gateway)).hits <= before.hits) throw new Error('the second request of a user did not hit the viewer cache');
      await request(gateway.graphqlUrl, user.admin, 'mutation($i: DeactivateAccountInput!) { deactivateAccount(input: $i) { active } }', {
        i: { accountId: user.accountId, reason: 'bench: invalidation delay' },
      });
      const answered = performance.now();
      const deadline = answered + 10_000;
      while ((await me()).status !== 401) {
        if (performance.now() > deadline) throw new Error('a deactivated user was still served 10 s later with the long TTL');
      }
      delays.push(performance.now() - answered);
    }
  } finally {
    await gateway.stop();
  }
  return delays;
}

/** Runs the part; returns its problems (empty when every request succeeded). */
export async function runViewersBench(options: ViewersBenchOptions): Promise<string[]> {
  const { say } = options;
  const natsPrefix = `houqin_bench_viewers_${process.pid}`;
  const databaseUrl = withDatabase(options.serverUrl, 'houqin_bench_viewers_directory');
  const problems: string[] = [];
  await dropDatabase(databaseUrl);
  await createDatabase(databaseUrl);
  let directory: BenchService | null = null;
  let setupGateway: BenchService | null = null;
  try {
    directory = await startBenchService(
      'directory',
      {
        ...common,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'true',
        PASSWORD_HASH_COST: '4',
        NATS_URL: options.natsUrl,
        NATS_PREFIX: natsPrefix,
      },
      90_000,
    );
    setupGateway = await startGateway('short', directory, options.natsUrl, natsPrefix);
    const samples = 5;
    const users = await signUsers(setupGateway.graphqlUrl, options.users + samples, say);
    await setupGateway.stop();
    setupGateway = null;
    const loaded = users.slice(0, options.users).map((u) => u.token);

    say(
      `viewer cache, ${options.users} distinct users round robin, ${options.connections} connections, ${options.seconds} s per run after ${options.warmupSeconds} s warm-up, ${options.rounds} rounds in alternating order`,
    );
    const runs: ModeRun[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const order = round % 2 === 1 ? options.modes : [...options.modes].reverse();
      for (const mode of order) {
        const run = await measureMode(mode, round, directory, loaded, options, natsPrefix);
        runs.push(run);
        if (run.failed) problems.push(`viewers ${mode} round ${round}: ${run.failed} failed requests`);
      }
    }
    const label: Record<ViewerMode, string> = {
      off: 'off (TTL 0)',
      short: `short TTL ${SHORT_TTL_MS} ms, no invalidation`,
      long: `long TTL ${LONG_TTL_MS} ms + NATS invalidation`,
    };
    say(
      table(
        [
          'cache',
          'round',
          'req/s',
          'p50 ms',
          'p99 ms',
          'hit rate',
          'directory lookups',
          'gateway CPU ms/req',
          'directory CPU ms/req',
          'failed',
        ],
        runs.map((r) => [
          label[r.mode],
          String(r.round),
          fmt(r.requestsPerSecond),
          fmt(r.p50, 1),
          fmt(r.p99, 1),
          `${fmt(r.hitRate * 100, 1)}%`,
          String(r.lookups),
          fmt(r.gatewayCpuMsPerRequest, 2),
          fmt(r.directoryCpuMsPerRequest, 2),
          String(r.failed),
        ]),
      ),
    );
    const mean = (mode: ViewerMode, pick: (r: ModeRun) => number) => {
      const of = runs.filter((r) => r.mode === mode);
      return of.reduce((sum, r) => sum + pick(r), 0) / (of.length || 1);
    };
    for (const mode of options.modes) {
      say(
        `  ${label[mode]}: mean ${fmt(mean(mode, (r) => r.requestsPerSecond))} req/s, hit rate ${fmt(mean(mode, (r) => r.hitRate) * 100, 1)}%`,
      );
    }
    if (options.modes.includes('long') && options.modes.includes('short')) {
      say(
        `  long+invalidation / short throughput: ×${fmt(mean('long', (r) => r.requestsPerSecond) / mean('short', (r) => r.requestsPerSecond), 2)}`,
      );
    }
    const delays = await invalidationDelays(directory, users, options, natsPrefix, samples);
    const sorted = [...delays].sort((a, b) => a - b);
    say(
      `deactivation → refused at the gateway (long TTL, NATS): ${sorted.map((d) => fmt(d, 1)).join(', ')} ms (median ${fmt(sorted[Math.floor(sorted.length / 2)], 1)} ms)`,
    );
  } finally {
    await setupGateway?.stop();
    await directory?.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
    const nats = await NatsEvents.connect({ url: options.natsUrl, prefix: natsPrefix, logger: createLogger('bench', 'silent') }).catch(
      () => null,
    );
    await nats?.deleteStreams().catch(() => undefined);
    await nats?.close();
  }
  return problems;
}

function settingInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
  return value;
}

/**
 * `npm run bench -- viewers`: the machine, then this part, with BENCH_VIEWER_USERS (1000),
 * BENCH_VIEWER_MODES (off,short,long), BENCH_VIEWER_ROUNDS (2) and the bench's BENCH_SECONDS,
 * BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS; exit code 1 when a request failed.
 */
export async function viewersOnly(settings: {
  serverUrl: string;
  natsUrl: string;
  seconds: number;
  warmupSeconds: number;
  connections: number;
}) {
  const say = (text = '') => console.log(text);
  const modes = (process.env.BENCH_VIEWER_MODES || VIEWER_MODES.join(',')).split(',').map((m) => m.trim());
  const unknown = modes.filter((m) => !(VIEWER_MODES as readonly string[]).includes(m));
  if (unknown.length || !modes.length) throw new Error(`BENCH_VIEWER_MODES must list some of ${VIEWER_MODES.join(',')}`);
  const cpuList = cpus();
  say(`houqin bench (viewers) — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(`database: ${await serverVersion(settings.serverUrl)} at ${new URL(settings.serverUrl).host}; NATS ${settings.natsUrl}`);
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min)`,
  );
  say('');
  const problems = await runViewersBench({
    ...settings,
    users: settingInt('BENCH_VIEWER_USERS', 1000, 1),
    rounds: settingInt('BENCH_VIEWER_ROUNDS', 2, 1),
    modes: modes as ViewerMode[],
    say,
  });
  say('');
  say(problems.length ? `RESULT: FAIL\n  ${problems.join('\n  ')}` : 'RESULT: PASS (every request answered without errors)');
  return problems.length ? 1 : 0;
}
