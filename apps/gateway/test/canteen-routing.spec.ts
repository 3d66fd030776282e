import { DEMO_PASSWORD, DEMO_SCHOOLS } from '@houqin/demo';
import {
  createTestDatabase,
  freePort,
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  type TestDatabase,
  waitFor,
} from '@houqin/testing';

/**
 * The graph's third subgraph (issue 11): the directory, finance and the canteen run as their own
 * processes, as `npm start` runs them (events between them over internal HTTP), and the gateway,
 * reading the services from the supergraph, reaches the canteen at CANTEEN_URL: one request reads a
 * school from the directory with its canteens from the canteen service.
 */
jest.setTimeout(300000);

const databases: TestDatabase[] = [];
const services: ServiceProcess[] = [];
let gateway: ServiceProcess;
let graphqlUrl: string;

/** Distinct free ports, so each service knows where the others take their events. */
async function ports(n: number): Promise<number[]> {
  const picked: number[] = [];
  while (picked.length < n) {
    const port = await freePort();
    if (!picked.includes(port)) picked.push(port);
  }
  return picked;
}

beforeAll(async () => {
  const [directoryPort, financePort, canteenPort, facilitiesPort, safetyPort] = await ports(5);
  const internal = {
    DIRECTORY_INTERNAL_URL: `http://127.0.0.1:${directoryPort}`,
    FINANCE_INTERNAL_URL: `http://127.0.0.1:${financePort}`,
    CANTEEN_INTERNAL_URL: `http://127.0.0.1:${canteenPort}`,
    FACILITIES_INTERNAL_URL: `http://127.0.0.1:${facilitiesPort}`,
    SAFETY_INTERNAL_URL: `http://127.0.0.1:${safetyPort}`,
  };
  const start = async (name: string, port: number, env: Record<string, string>) => {
    const database = await createTestDatabase(name);
    databases.push(database);
    const service = await startServiceProcess(
      name,
      { DATABASE_URL: database.databaseUrl, DATA_DIR: database.dataDir, NATS_URL: '', ...internal, ...env },
      { port },
    );
    services.push(service);
    return service;
  };
  // The consumers listen before the directory seeds and publishes the demo district.
  const canteen = await start('canteen', canteenPort, { SEED_DEMO: 'false' });
  const facilities = await start('facilities', facilitiesPort, { SEED_DEMO: 'false' });
  const finance = await start('finance', financePort, { SEED_DEMO: 'false' });
  const safety = await start('safety', safetyPort, { SEED_DEMO: 'false' });
  const directory = await start('directory', directoryPort, { SEED_DEMO: 'true', PASSWORD_HASH_COST: '4' });
  await waitFor(
    'the directory to seed the demo district',
    () =>
      fetch(`${directory.baseUrl}/ready`).then(
        (r) => r.ok,
        () => false,
      ),
    60000,
  );
  gateway = await startServiceProcess('gateway', {
    DIRECTORY_URL: `${directory.baseUrl}/graphql`,
    FINANCE_URL: `${finance.baseUrl}/graphql`,
    CANTEEN_URL: `${canteen.baseUrl}/graphql`,
    FACILITIES_URL: `${facilities.baseUrl}/graphql`,
    SAFETY_URL: `${safety.baseUrl}/graphql`,
    CANTEEN_TIMEOUT_MS: '15000',
    VIEWER_CACHE_TTL_MS: '0',
  });
  graphqlUrl = `${gateway.baseUrl}/graphql`;
});

afterAll(async () => {
  await gateway?.stop();
  for (const service of services.reverse()) await service.stop();
  for (const database of databases) await database.drop();
});

async function signIn(username: string): Promise<string> {
  const r = await graphqlClient(graphqlUrl).request<{ login: { token: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username, password: DEMO_PASSWORD } },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.login.token;
}

it('the gateway is ready only with every subgraph of the supergraph, the canteen among them', async () => {
  const response = await fetch(`${gateway.baseUrl}/ready`);
  expect({ status: response.status, body: await response.json() }).toEqual({
    status: 200,
    body: { status: 'ready', subgraphs: { canteen: 'ready', directory: 'ready', facilities: 'ready', finance: 'ready', safety: 'ready' } },
  });
});

it("routes the canteen's fields: the canteen manager reads their school from the directory with its canteens, in one request", async () => {
  const token = await signIn('canteen');
  const r = await graphqlClient(graphqlUrl, { authorization: `Bearer ${token}` }).request<{
    school: { name: string; canteens: { id: string }[] };
    canteens: { nodes: { id: string }[] };
  }>(`{ school(id: "${DEMO_SCHOOLS.firstPrimary.id}") { name canteens { id } } canteens(first: 5) { nodes { id } } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data!.school.name).toBe(DEMO_SCHOOLS.firstPrimary.name);
  // The canteen service answered (nothing seeded in it here): lists, not nulls.
  expect(r.data!.school.canteens).toEqual(expect.any(Array));
  expect(r.data!.canteens.nodes).toEqual(expect.any(Array));
});

it("signs in a parents' committee member (家长委员会), whose role the directory grants at the school", async () => {
  const token = await signIn('parent');
  const r = await graphqlClient(graphqlUrl, { authorization: `Bearer ${token}` }).request<{
    me: { roles: { role: string; school: { id: string } | null }[]; staff: unknown };
  }>('{ me { roles { role school { id } } staff { name } } }');
  expect(r.errors).toBeUndefined();
  expect(r.data!.me).toEqual({ roles: [{ role: 'PARENT_COMMITTEE', school: { id: DEMO_SCHOOLS.firstPrimary.id } }], staff: null });
});

it('refuses an anonymous read of canteen records before any subgraph is asked', async () => {
  const r = await graphqlClient(graphqlUrl).request('{ canteens(first: 5) { nodes { id } } }');
  expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
