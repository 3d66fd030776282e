import { type ExecutionResult, graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { GATEWAY_TOKEN_HEADER, Viewer } from '@houqin/auth';
import { DEMO_CAMPUSES } from '@houqin/demo';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { codes, demoViewer, type DemoUsername, type TestSubgraph } from '@houqin/testing';
import { demoStaff, directoryDefinition, type DemoPost, SCHOOL, startDirectory, UNKNOWN_ID } from './support';

/**
 * Federation: other subgraphs send `_entities` representations for School, Campus and Staff. Each
 * type's references are resolved in ONE SQL statement however many arrive, and a viewer never gets
 * a row of a school they may not see (it resolves as null).
 */
const definition = directoryDefinition();
const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
let schema: GraphQLSchema;

const SEEDED_SCHOOLS = ['firstPrimary', 'secondJunior', 'yucaiNineYear', 'firstHigh'] as const;
const POSTS: DemoPost[] = [
  'PRINCIPAL',
  'GENERAL_AFFAIRS_DIRECTOR',
  'ACCOUNTANT',
  'STOREKEEPER',
  'CANTEEN_MANAGER',
  'COOK',
  'ELECTRICIAN',
  'PLUMBER',
  'CLEANER',
  'GARDENER',
  'DORMITORY_MANAGER',
  'SECURITY_GUARD',
  'SAFETY_OFFICER',
  'TEACHER',
];
/** 56 seeded staff (14 posts at 4 active schools) plus 44 created at No. 1 High: 100 in all. */
let staffIds: string[];
let staffSchool: Map<string, string>;

beforeAll(async () => {
  sub = await startDirectory(definition);
  schema = (await buildFederatedSchema(definition)).schema;
  staffSchool = new Map();
  for (const school of SEEDED_SCHOOLS) for (const post of POSTS) staffSchool.set(demoStaff(school, post), SCHOOL[school]);
  const admin = sub.as(demoViewer('admin'));
  for (let n = 1; n <= 44; n++) {
    const response = await admin.request(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
      input: {
        schoolId: SCHOOL.firstHigh,
        name: `Temporary worker ${n} (临时工)`,
        employeeNumber: `T${String(n).padStart(3, '0')}`,
        posts: ['CLEANER'],
      },
    });
    expect(response.errors).toBeUndefined();
    staffSchool.set(response.data.createStaff.id, SCHOOL.firstHigh);
  }
  staffIds = [...staffSchool.keys()];
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

/** Executes in-process against the real database, counting the SQL statements the operation costs. */
async function execute(
  username: DemoUsername | null,
  source: string,
  variableValues: Record<string, unknown>,
): Promise<{ result: ExecutionResult; statements: number }> {
  return withSqlStats(async () => {
    const contextValue = definition.createContext({
      viewer: username ? new Viewer(demoViewer(username)) : null,
      requestId: 't',
      logger,
      dataSource: sub.dataSource,
    });
    const result = await graphql({ schema, source, variableValues, contextValue });
    return { result, statements: currentSqlStats()!.statements };
  });
}

const STAFF_REFS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { id name schoolId } } }';
const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

describe('_entities batching', () => {
  it('resolves 100 Staff references in exactly one SQL statement', async () => {
    expect(staffIds).toHaveLength(100);
    const { result, statements } = await execute('admin', STAFF_REFS, { r: refs('Staff', staffIds) });
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const entities = result.data!._entities as ({ id: string; name: string; schoolId: string } | null)[];
    expect(entities).toHaveLength(100);
    expect(entities.map((e) => e?.id)).toEqual(staffIds); // in the order asked, none missing
    expect(entities.every((e) => e && e.name.length > 0 && e.schoolId === staffSchool.get(e.id))).toBe(true);
  });

  it('batches the fields other subgraphs ask for too: staff, their school and posts cost one statement each', async () => {
    const source = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { id posts school { id name } campus { id } } } }';
    const { result, statements } = await execute('auditor', source, { r: refs('Staff', staffIds) });
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities as { id: string; posts: string[]; school: { id: string } }[];
    expect(entities.every((e) => e.posts.length > 0 && e.school.id === staffSchool.get(e.id))).toBe(true);
    // staff, posts, schools, campuses
    expect(statements).toBe(4);
  });

  it('resolves School, Campus and Staff references together in one statement per type', async () => {
    const representations = [
      ...refs('School', Object.values(SCHOOL)),
      ...refs(
        'Campus',
        Object.values(DEMO_CAMPUSES).map((c) => c.id),
      ),
      ...refs('Staff', staffIds.slice(0, 20)),
    ];
    const source =
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on School { id code } ... on Campus { id name } ... on Staff { id } } }';
    const { result, statements } = await execute('admin', source, { r: representations });
    expect(result.errors).toBeUndefined();
    expect((result.data!._entities as unknown[]).every((e) => e !== null)).toBe(true);
    expect(statements).toBe(3);
  });
});

describe('_entities tenancy', () => {
  it('a school-A viewer resolving school-B Staff references gets null, not the staff member, still in one statement', async () => {
    const { result, statements } = await execute('accountant', STAFF_REFS, { r: refs('Staff', staffIds) });
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const entities = result.data!._entities as ({ id: string; schoolId: string } | null)[];
    const visible = entities.filter((e): e is { id: string; schoolId: string } => e !== null);
    expect(visible).toHaveLength(14);
    expect(visible.every((e) => e.schoolId === SCHOOL.firstPrimary)).toBe(true);
    expect(entities[staffIds.indexOf(demoStaff('secondJunior', 'ACCOUNTANT'))]).toBeNull();
  });

  it("the same over HTTP: another school's School, Campus and Staff and unknown ids all resolve as null", async () => {
    const source =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { id name } ... on Campus { id name } ... on Staff { id name } } }';
    const representations = [
      { __typename: 'Staff', id: demoStaff('secondJunior', 'TEACHER') },
      { __typename: 'School', id: SCHOOL.secondJunior },
      { __typename: 'Campus', id: DEMO_CAMPUSES.secondJuniorMain.id },
      { __typename: 'Staff', id: UNKNOWN_ID },
      { __typename: 'Staff', id: demoStaff('firstPrimary', 'TEACHER') },
    ];
    const response = await sub.as(demoViewer('accountant')).request(source, { r: representations });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities).toEqual([
      null,
      null,
      null,
      null,
      { id: demoStaff('firstPrimary', 'TEACHER'), name: expect.any(String) },
    ]);

    // A request carrying a valid gateway token without a viewer sees nothing either.
    const anonymous = await sub.as(null).request(source, { r: representations });
    expect(anonymous.data._entities).toEqual([null, null, null, null, null]);
  });

  it('refuses _entities and _service without a gateway token', async () => {
    for (const query of [
      '{ _service { sdl } }',
      `{ _entities(representations: [{ __typename: "Staff", id: "${demoStaff('firstPrimary', 'TEACHER')}" }]) { ... on Staff { name } } }`,
    ]) {
      for (const headers of [{}, { [GATEWAY_TOKEN_HEADER]: 'forged.token.value' }] as Record<string, string>[]) {
        const response = await fetch(sub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(401);
        const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
        expect(body.data).toBeUndefined();
        expect(codes({ status: 401, headers: response.headers, errors: body.errors })).toEqual(['UNAUTHENTICATED']);
      }
    }
  });

  it('with a gateway token, _service answers the SDL with the entity keys', async () => {
    const response = await sub.as(null).request('{ _service { sdl } }');
    expect(response.errors).toBeUndefined();
    for (const type of ['School', 'Campus', 'Staff'])
      expect(response.data._service.sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
  });
});
