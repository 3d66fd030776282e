import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { DEMO_PASSWORD } from '@houqin/demo';
import { directoryEvents, NatsEvents } from '@houqin/events';
import { createLogger, newId } from '@houqin/common';
import {
  createTestDatabase,
  freePort,
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  type TestDatabase,
  waitFor,
} from '@houqin/testing';
import { accountEventsSubject } from '../src/viewer-invalidation';

/**
 * The gateway's viewer cache with many users: the directory's account events drop a cached viewer at
 * once, so the cache may keep answers for ten minutes; when the events cannot arrive (no broker) the
 * short TTL still bounds how long a revoked role or a deactivated account keeps working. Real
 * processes (directory and gateway) and, for invalidation, a real NATS server.
 */
jest.setTimeout(120000);

const NATS_URL = process.env.HOUQIN_TEST_NATS_URL ?? '';
const describeWithNats = NATS_URL ? describe : describe.skip;
const TEN_MINUTES = String(10 * 60 * 1000);
const PASSWORD = 'cache-test-password-1';

const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }';
const GRANT = 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { roles { id role } } }';
const REVOKE = 'mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id } }';
const DEACTIVATE = 'mutation($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { active } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
/** Auditors and admins may list accounts: what a revoked DISTRICT_AUDITOR grant takes away. */
const LIST_ACCOUNTS = '{ accounts(first: 1) { nodes { id } } }';
const ME = '{ me { username } }';

interface CacheStatus {
  hits: number;
  misses: number;
  invalidations: number;
  invalidationLive: boolean;
}

interface Graph {
  directory: ServiceProcess;
  gateway: ServiceProcess;
  database: TestDatabase;
  url: string;
  stop(): Promise<void>;
}

async function startGraph(env: { directory: Record<string, string>; gateway: Record<string, string> }): Promise<Graph> {
  const database = await createTestDatabase('directory');
  const directory = await startServiceProcess('directory', {
    DATABASE_URL: database.databaseUrl,
    DATA_DIR: database.dataDir,
    SEED_DEMO: 'true',
    PASSWORD_HASH_COST: '4',
    ...env.directory,
  });
  const gateway = await startServiceProcess('gateway', { DIRECTORY_URL: `${directory.baseUrl}/graphql`, ...env.gateway });
  await waitFor(
    'the directory to be ready',
    () =>
      fetch(`${directory.baseUrl}/ready`).then(
        (r) => r.ok,
        () => false,
      ),
    60000,
  );
  return {
    directory,
    gateway,
    database,
    url: `${gateway.baseUrl}/graphql`,
    stop: async () => {
      await gateway.stop();
      await directory.stop();
      await database.drop();
    },
  };
}

const cacheStatus = async (graph: Graph): Promise<CacheStatus> =>
  ((await (await fetch(`${graph.gateway.baseUrl}/health`)).json()) as { viewerCache: CacheStatus }).viewerCache;

async function signIn(graph: Graph, username: string, password: string): Promise<string> {
  const response = await graphqlClient(graph.url).request<{ login: { token: string } }>(LOGIN, { input: { username, password } });
  expect(response.errors).toBeUndefined();
  return response.data!.login.token;
}

const as = (graph: Graph, token: string) => graphqlClient(graph.url, { authorization: `Bearer ${token}` });

/** A new account with the district auditor's role, signed in through the gateway. */
async function newAuditor(graph: Graph, admin: string) {
  const username = `auditor.${newId().slice(-8)}`;
  const created = await as(graph, admin).request<{ createAccount: { id: string } }>(CREATE, {
    input: { username, displayName: 'Temporary auditor (临时审计)', password: PASSWORD },
  });
  expect(created.errors).toBeUndefined();
  const accountId = created.data!.createAccount.id;
  const granted = await as(graph, admin).request<{ grantRole: { roles: { id: string; role: string }[] } }>(GRANT, {
    input: { accountId, role: 'DISTRICT_AUDITOR' },
  });
  expect(granted.errors).toBeUndefined();
  const token = await signIn(graph, username, PASSWORD);
  return { username, accountId, grantId: granted.data!.grantRole.roles[0].id, token };
}

const codeOf = (response: { errors?: { extensions?: { code?: unknown } }[] }) => response.errors?.[0]?.extensions?.code;

describeWithNats('viewer cache with NATS: the directory’s account events invalidate it at once (TTL ten minutes)', () => {
  let graph: Graph;
  let admin: string;
  const prefix = `houqin_v${process.pid}_${newId().slice(-6)}`;

  beforeAll(async () => {
    const nats = { NATS_URL, NATS_PREFIX: prefix };
    // Both TTLs ten minutes: whatever the gateway sees sooner, it heard from an event.
    graph = await startGraph({
      directory: nats,
      gateway: { ...nats, VIEWER_CACHE_TTL_MS: TEN_MINUTES, VIEWER_CACHE_INVALIDATED_TTL_MS: TEN_MINUTES },
    });
    await waitFor('the gateway to subscribe to account events', async () => (await cacheStatus(graph)).invalidationLive);
    admin = await signIn(graph, 'admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await graph?.stop();
    const events = await NatsEvents.connect({ url: NATS_URL, prefix, logger: createLogger('test', 'silent') });
    await events.deleteStreams();
    await events.close();
  });

  /** Waits for the gateway to hear one more account event than `before` (never for a TTL). */
  const heardEvent = async (before: CacheStatus) =>
    waitFor('the gateway to hear the account event', async () => (await cacheStatus(graph)).invalidations > before.invalidations, 10000);

  it('listens where the events library publishes the account events', async () => {
    const events = await NatsEvents.connect({ url: NATS_URL, prefix, logger: createLogger('test', 'silent') });
    const listened = accountEventsSubject(prefix).replace(/>$/, '');
    for (const definition of [directoryEvents.accountChanged, directoryEvents.accountDeactivated, directoryEvents.accountPasswordChanged]) {
      expect(events.subjectOf(definition.type).startsWith(listened)).toBe(true);
    }
    await events.close();
  });

  it('a district auditor whose role is revoked is refused on the next request, not ten minutes later', async () => {
    const auditor = await newAuditor(graph, admin);
    expect((await as(graph, auditor.token).request(LIST_ACCOUNTS)).errors).toBeUndefined();
    const warm = await cacheStatus(graph);
    expect((await as(graph, auditor.token).request(LIST_ACCOUNTS)).errors).toBeUndefined();
    // The second request was answered from the cache, not by asking the directory.
    expect((await cacheStatus(graph)).hits).toBeGreaterThan(warm.hits);

    const before = await cacheStatus(graph);
    expect((await as(graph, admin).request(REVOKE, { input: { grantId: auditor.grantId } })).errors).toBeUndefined();
    await heardEvent(before);
    expect(codeOf(await as(graph, auditor.token).request(LIST_ACCOUNTS))).toBe('FORBIDDEN');
  });

  it('a deactivated account is signed out on the next request', async () => {
    const auditor = await newAuditor(graph, admin);
    expect((await as(graph, auditor.token).request(ME)).errors).toBeUndefined();
    const before = await cacheStatus(graph);
    const deactivated = await as(graph, admin).request(DEACTIVATE, {
      input: { accountId: auditor.accountId, reason: 'left the district' },
    });
    expect(deactivated.errors).toBeUndefined();
    await heardEvent(before);
    const refused = await as(graph, auditor.token).request(ME);
    expect({ status: refused.status, code: codeOf(refused) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('after a password change, a token from before it is refused on the next request; the new one works', async () => {
    const auditor = await newAuditor(graph, admin);
    const otherDevice = await signIn(graph, auditor.username, PASSWORD);
    expect((await as(graph, otherDevice).request(ME)).errors).toBeUndefined();
    const before = await cacheStatus(graph);
    const changed = await as(graph, auditor.token).request<{ changePassword: { token: string } }>(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: 'a-new-password-for-cache' },
    });
    expect(changed.errors).toBeUndefined();
    await heardEvent(before);
    expect(codeOf(await as(graph, otherDevice).request(ME))).toBe('UNAUTHENTICATED');
    expect((await as(graph, changed.data!.changePassword.token).request(ME)).errors).toBeUndefined();
  });

  it('an event it cannot read drops the whole cache rather than guess', async () => {
    const auditor = await newAuditor(graph, admin);
    await as(graph, auditor.token).request(ME);
    const before = await cacheStatus(graph);
    const nc = await connect({ servers: NATS_URL });
    nc.publish(`${prefix}.directory.account.changed`, 'not json');
    await nc.drain();
    await heardEvent(before);
    await as(graph, auditor.token).request(ME);
    expect((await cacheStatus(graph)).misses).toBe(before.misses + 1);
  });
});

describe('viewer cache without a broker: the short TTL still bounds a revocation', () => {
  let graph: Graph;
  let admin: string;
  const SHORT_TTL_MS = 4000;

  beforeAll(async () => {
    // NATS_URL names a port nobody listens on (a broker that is down): invalidation is never live.
    const deadBroker = `nats://127.0.0.1:${await freePort()}`;
    graph = await startGraph({
      directory: { NATS_URL: '' },
      gateway: { NATS_URL: deadBroker, VIEWER_CACHE_TTL_MS: String(SHORT_TTL_MS), VIEWER_CACHE_INVALIDATED_TTL_MS: TEN_MINUTES },
    });
    admin = await signIn(graph, 'admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('a revoked auditor keeps the cached answer for at most the short TTL, never the long one', async () => {
    const auditor = await newAuditor(graph, admin);
    expect((await as(graph, auditor.token).request(LIST_ACCOUNTS)).errors).toBeUndefined();
    const cachedAt = Date.now();
    expect((await as(graph, admin).request(REVOKE, { input: { grantId: auditor.grantId } })).errors).toBeUndefined();
    expect((await cacheStatus(graph)).invalidationLive).toBe(false);
    // Still answered from the cache right after the revocation: nothing told this gateway.
    expect((await as(graph, auditor.token).request(LIST_ACCOUNTS)).errors).toBeUndefined();
    // Refused once the short TTL is over (the long one is ten minutes).
    await waitFor(
      'the revoked role to stop working',
      async () => codeOf(await as(graph, auditor.token).request(LIST_ACCOUNTS)) === 'FORBIDDEN',
      SHORT_TTL_MS + 5000,
    );
    expect(Date.now() - cachedAt).toBeLessThan(SHORT_TTL_MS + 5000);
  });
});

/** A NATS server of this test's own, to stop and start again (the shared one must stay up for others). */
const NATS_SERVER = '/usr/sbin/nats-server';

(existsSync(NATS_SERVER) ? describe : describe.skip)('viewer cache when NATS goes away and comes back', () => {
  jest.setTimeout(240000);
  let graph: Graph;
  let admin: string;
  let server: ChildProcess | null = null;
  let natsPort: number;
  const store = mkdtempSync(join(tmpdir(), 'houqin-viewer-nats-'));
  const SHORT_TTL_MS = 15000;

  const startNats = async () => {
    server = spawn(NATS_SERVER, ['-a', '127.0.0.1', '-p', String(natsPort), '-js', '-sd', store], { stdio: 'ignore' });
    await waitFor('the NATS server to answer', () =>
      connect({ servers: `nats://127.0.0.1:${natsPort}` }).then(
        (nc) => nc.close().then(() => true),
        () => false,
      ),
    );
  };
  const stopNats = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  beforeAll(async () => {
    natsPort = await freePort();
    await startNats();
    const nats = { NATS_URL: `nats://127.0.0.1:${natsPort}` };
    graph = await startGraph({
      directory: nats,
      gateway: { ...nats, VIEWER_CACHE_TTL_MS: String(SHORT_TTL_MS), VIEWER_CACHE_INVALIDATED_TTL_MS: TEN_MINUTES },
    });
    await waitFor('the gateway to subscribe to account events', async () => (await cacheStatus(graph)).invalidationLive);
    admin = await signIn(graph, 'admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await graph?.stop();
    await stopNats();
    rmSync(store, { recursive: true, force: true });
  });

  it('falls back to the short TTL while NATS is down, and invalidates at once again when it is back', async () => {
    const first = await newAuditor(graph, admin);
    expect((await as(graph, first.token).request(LIST_ACCOUNTS)).errors).toBeUndefined();

    await stopNats();
    await waitFor('the gateway to notice NATS is gone', async () => !(await cacheStatus(graph)).invalidationLive);
    const afterStop = await cacheStatus(graph);
    // The directory cannot publish now: the revocation waits in its outbox, and the gateway hears nothing.
    expect((await as(graph, admin).request(REVOKE, { input: { grantId: first.grantId } })).errors).toBeUndefined();
    const revokedAt = Date.now();
    await waitFor(
      'the revoked role to stop working on the short TTL',
      async () => codeOf(await as(graph, first.token).request(LIST_ACCOUNTS)) === 'FORBIDDEN',
      SHORT_TTL_MS + 10000,
    );
    expect(Date.now() - revokedAt).toBeLessThan(SHORT_TTL_MS + 10000);
    expect((await cacheStatus(graph)).invalidations).toBe(afterStop.invalidations);

    await startNats();
    await waitFor('the gateway to subscribe again', async () => (await cacheStatus(graph)).invalidationLive, 30000);
    // The directory's relay, backing off while NATS was away, publishes the revocation it kept.
    await waitFor(
      'the kept revocation to reach the gateway',
      async () => (await cacheStatus(graph)).invalidations > afterStop.invalidations,
      90000,
    );

    const second = await newAuditor(graph, admin);
    expect((await as(graph, second.token).request(LIST_ACCOUNTS)).errors).toBeUndefined();
    const before = await cacheStatus(graph);
    expect((await as(graph, admin).request(REVOKE, { input: { grantId: second.grantId } })).errors).toBeUndefined();
    // Well inside the 15 s short TTL: only the event can explain it.
    await waitFor('the account event', async () => (await cacheStatus(graph)).invalidations > before.invalidations, 5000);
    expect(codeOf(await as(graph, second.token).request(LIST_ACCOUNTS))).toBe('FORBIDDEN');
  });
});
