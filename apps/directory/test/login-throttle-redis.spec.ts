import { Redis } from 'ioredis';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_PASSWORD } from '@houqin/demo';
import {
  createTestDatabase,
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
  testStorage,
  waitFor,
} from '@houqin/testing';

/**
 * Two directory replicas behind one load balancer share one Redis: a password guesser whose
 * attempts land on either replica gets LOGIN_MAX_FAILURES tries in all, not that many per replica.
 * Real processes, real Redis (HOUQIN_TEST_REDIS_URL), real HTTP.
 */
jest.setTimeout(180000);

const REDIS_URL = process.env.HOUQIN_TEST_REDIS_URL ?? '';
const describeWithRedis = REDIS_URL ? describe : describe.skip;
const MAX_FAILURES = 4;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

describeWithRedis('the login throttle across two directory replicas (Redis)', () => {
  const keyPrefix = `houqin_t${process.pid}_${newId().slice(-6)}`;
  const databases: TestDatabase[] = [];
  const replicas: ServiceProcess[] = [];
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    // On MySQL both replicas share one database, as in a deployment; the embedded database is one
    // process's file, so there each replica gets its own copy of the demo district (the throttle counts by username either way).
    const shared = testStorage().kind === 'mysql' ? await createTestDatabase('directory') : null;
    if (shared) databases.push(shared);
    for (const name of ['a', 'b']) {
      const database = shared ?? (await createTestDatabase('directory'));
      if (!shared) databases.push(database);
      const replica = await startServiceProcess('directory', {
        DATABASE_URL: database.databaseUrl,
        DATA_DIR: database.dataDir,
        // Replica a seeds the shared database; b finds it seeded.
        SEED_DEMO: !shared || name === 'a' ? 'true' : 'false',
        PASSWORD_HASH_COST: '4',
        NATS_URL: '',
        REDIS_URL,
        REDIS_KEY_PREFIX: keyPrefix,
        LOGIN_MAX_FAILURES: String(MAX_FAILURES),
        LOGIN_LOCK_SECONDS: '120',
      });
      replicas.push(replica);
      await waitFor(
        `replica ${name} to be ready`,
        () =>
          fetch(`${replica.baseUrl}/ready`).then(
            (r) => r.ok,
            () => false,
          ),
        60000,
      );
    }
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    for (const database of databases) await database.drop();
    const keys = await redis?.keys(`${keyPrefix}:*`);
    if (keys?.length) await redis.del(...keys);
    redis?.disconnect();
  });

  // As the gateway forwards an anonymous sign-in (subgraphs answer only the gateway).
  const signIn = async (replica: ServiceProcess, username: string, password: string) =>
    graphqlClient(`${replica.baseUrl}/graphql`, {
      [GATEWAY_TOKEN_HEADER]: await signGatewayToken({ viewer: null, requestId: 'throttle-test' }, TEST_INTERNAL_SECRET),
    }).request<{ login: { token: string } }>(LOGIN, { input: { username, password } });
  const failures = async (username: string) => Number((await redis.get(`${keyPrefix}:login:${username}`)) ?? 0);

  it('guesses alternating between the replicas are counted once each, and the lock holds on both', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      const wrong = await signIn(replicas[attempt % 2], 'accountant', `guess-number-${attempt}`);
      expect(wrong.errors?.[0]?.message).toMatch(/Wrong username or password/);
    }
    expect(await failures('accountant')).toBe(MAX_FAILURES);
    // Two failures on each replica: in memory neither would have locked. Shared, both refuse even the right password.
    for (const replica of replicas) {
      const locked = await signIn(replica, 'accountant', DEMO_PASSWORD);
      expect(locked.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Too many failed sign-ins/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('a successful sign-in on one replica clears the count the other one sees', async () => {
    await signIn(replicas[0], 'director', 'not-the-password');
    await signIn(replicas[1], 'director', 'not-the-password-either');
    expect(await failures('director')).toBe(2);
    const signedIn = await signIn(replicas[1], 'director', DEMO_PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    expect(await failures('director')).toBe(0);
    for (let attempt = 0; attempt < MAX_FAILURES - 1; attempt++) await signIn(replicas[0], 'director', `wrong-${attempt}`);
    // Three fresh failures, under the limit: the right password still works on the other replica.
    expect((await signIn(replicas[1], 'director', DEMO_PASSWORD)).errors).toBeUndefined();
  });
});
