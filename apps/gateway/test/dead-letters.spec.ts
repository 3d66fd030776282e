import { randomUUID } from 'node:crypto';
import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SCHOOLS } from '@houqin/demo';
import { EVENT_TOKEN_HEADER, type EventEnvelope, EVENTS_PATH, signEventToken } from '@houqin/events';
import {
  codes,
  createTestDatabase,
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
  waitFor,
} from '@houqin/testing';

/**
 * Dead letters through the composed graph: each service serves its own under its own root fields,
 * with the same shared types, and a finance letter's school is filled in from the directory.
 * Processes as `npm start` runs them; the poison event reaches finance over its internal HTTP route.
 */
jest.setTimeout(120000);

let databases: TestDatabase[] = [];
let directory: ServiceProcess;
let finance: ServiceProcess;
let gateway: ServiceProcess;
let graphqlUrl: string;

beforeAll(async () => {
  const [directoryDb, financeDb] = (databases = [await createTestDatabase('directory'), await createTestDatabase('finance')]);
  directory = await startServiceProcess('directory', {
    DATABASE_URL: directoryDb.databaseUrl,
    DATA_DIR: directoryDb.dataDir,
    SEED_DEMO: 'true',
    PASSWORD_HASH_COST: '4',
  });
  finance = await startServiceProcess('finance', {
    DATABASE_URL: financeDb.databaseUrl,
    DATA_DIR: financeDb.dataDir,
    SEED_DEMO: 'false',
    DIRECTORY_INTERNAL_URL: directory.baseUrl,
  });
  gateway = await startServiceProcess('gateway', {
    DIRECTORY_URL: `${directory.baseUrl}/graphql`,
    FINANCE_URL: `${finance.baseUrl}/graphql`,
    VIEWER_CACHE_TTL_MS: '0',
  });
  graphqlUrl = `${gateway.baseUrl}/graphql`;
  await waitFor(
    'the directory to be ready',
    () =>
      fetch(`${directory.baseUrl}/ready`).then(
        (r) => r.ok,
        () => false,
      ),
    30000,
  );
});

afterAll(async () => {
  await gateway?.stop();
  await finance?.stop();
  await directory?.stop();
  for (const database of databases) await database.drop();
});

async function signedIn(username: string) {
  const r = await graphqlClient(graphqlUrl).request('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  expect(r.errors).toBeUndefined();
  return graphqlClient(graphqlUrl, { authorization: `Bearer ${r.data.login.token}` });
}

const LETTERS = `{
  financeDeadLetters { nodes { id eventId type error attempts school { id name } } }
  directoryDeadLetters { nodes { id } }
}`;

it("shows finance's dead letter to a district admin through the gateway, its school filled in by the directory", async () => {
  const school = DEMO_SCHOOLS.firstPrimary;
  // A directory event finance consumes, with a payload the catalogue refuses: parked at once.
  const envelope: EventEnvelope = {
    id: randomUUID(),
    type: 'directory.school.changed',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: school.id,
    actor: null,
    requestId: 'req-dead-letters-e2e',
    payload: { schoolId: school.id },
  };
  const delivered = await fetch(`${finance.baseUrl}${EVENTS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: await signEventToken(envelope, 'finance', TEST_INTERNAL_SECRET) },
    body: JSON.stringify(envelope),
  });
  expect(delivered.status).toBe(200);

  const admin = await signedIn('admin');
  const r = await admin.request(LETTERS);
  expect(r.errors).toBeUndefined();
  expect(r.data.directoryDeadLetters.nodes).toEqual([]);
  expect(r.data.financeDeadLetters.nodes).toEqual([
    {
      id: expect.any(String),
      eventId: envelope.id,
      type: 'directory.school.changed',
      error: expect.stringMatching(/payload is invalid/),
      attempts: 0,
      school: { id: school.id, name: school.name },
    },
  ]);

  // Still invalid: the replay reaches finance through the gateway and keeps the letter parked.
  const replayed = await admin.request('mutation($id: ID!) { replayFinanceDeadLetter(id: $id) { outcome error } }', {
    id: r.data.financeDeadLetters.nodes[0].id,
  });
  expect(replayed.errors).toBeUndefined();
  expect(replayed.data.replayFinanceDeadLetter).toEqual({ outcome: 'STILL_FAILING', error: expect.stringMatching(/payload is invalid/) });

  const principal = await signedIn('principal');
  expect(codes(await principal.request(LETTERS))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
});
