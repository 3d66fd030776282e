/**
 * Canteens (食堂): a school registers one per campus with its food-business licence, its food-safety
 * manager and who runs it, and its storage locations; leaders and the district read them; nobody
 * reaches another school's.
 */
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { P } from '../src/permissions';
import { createCanteenSubgraph } from '../src/subgraph';
import {
  byPermission,
  CAMPUS_A,
  CAMPUS_A_WEST,
  CAMPUS_B,
  CANTEEN_FIELDS,
  type CanteenOut,
  CREATE_CANTEEN,
  canteenInput,
  canteenOf,
  call,
  expectBadInput,
  expectCode,
  expectNoWrites,
  SCHOOL_A,
  SCHOOL_B,
  SCHOOL_CLOSED,
  staffOf,
  startCanteen,
  TEST_NOW,
  SUPPLIERS,
  type TestSubgraph,
  UNKNOWN_ID,
  V,
} from './support';

jest.setTimeout(60000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startCanteen();
});
afterAll(() => sub?.stop());

const UPDATE = `mutation($input: UpdateCanteenInput!) { updateCanteen(input: $input) { ${CANTEEN_FIELDS} } }`;
const ADD_LOCATION = 'mutation($input: AddStorageLocationInput!) { addStorageLocation(input: $input) { id name kind canteenId schoolId } }';
const CANTEEN = `query($id: ID!) { canteen(id: $id) { ${CANTEEN_FIELDS} } }`;
const create = (as = V.canteen, input: Record<string, unknown> = canteenInput('A')) => sub.as(as).request(CREATE_CANTEEN, { input });
const westInput = (changes: Record<string, unknown> = {}) =>
  canteenInput('A', { campusId: CAMPUS_A_WEST, name: 'West campus canteen (西校区食堂)', storageLocations: [], ...changes });

describe('registering a canteen', () => {
  it('the canteen manager registers the east campus canteen with its dry store, chiller and freezer', async () => {
    const canteen = await canteenOf(sub, 'A');
    const read = await call<{ canteen: CanteenOut }>(sub, V.principal, CANTEEN, { id: canteen.id });
    expect(read.canteen).toMatchObject({
      schoolId: SCHOOL_A,
      campusId: CAMPUS_A,
      operation: 'SCHOOL_RUN',
      contractorSupplierId: null,
      foodSafetyManagerStaffId: staffOf('A', 'CANTEEN_MANAGER'),
      version: 1,
    });
    expect(read.canteen.storageLocations.map((l) => l.kind)).toEqual(['DRY', 'CHILLED', 'FROZEN']);
    // Asked again, the fixture is the same canteen.
    expect(await canteenOf(sub, 'A')).toEqual(canteen);
  });

  it('a contracted canteen (承包) names its contractor, an active food supplier of the district', async () => {
    const data = await call<{ createCanteen: CanteenOut }>(sub, V.director, CREATE_CANTEEN, {
      input: westInput({ operation: 'CONTRACTED', contractorSupplierId: SUPPLIERS.produce, licenceNumber: 'jy13301000000099' }),
    });
    expect(data.createCanteen).toMatchObject({
      campusId: CAMPUS_A_WEST,
      operation: 'CONTRACTED',
      contractorSupplierId: SUPPLIERS.produce,
      licenceNumber: 'JY13301000000099',
      storageLocations: [],
    });
    // The contractor is finance's Supplier, a reference the gateway fills from finance.
    const read = await call<{ canteen: { contractor: { id: string } | null } }>(
      sub,
      V.auditor,
      'query($id: ID!) { canteen(id: $id) { contractor { id } } }',
      {
        id: data.createCanteen.id,
      },
    );
    expect(read.canteen.contractor).toEqual({ id: SUPPLIERS.produce });
  });

  it('one canteen per campus: a second on the east campus is refused on campusId and writes nothing', async () => {
    await canteenOf(sub, 'A');
    const response = await expectNoWrites(sub, () =>
      create(V.canteen, canteenInput('A', { name: 'Second canteen', storageLocations: [] })),
    );
    expectBadInput(response, 'campusId');
  });

  it.each([
    ["another school's campus", { campusId: CAMPUS_B }, 'campusId'],
    ['an unknown campus', { campusId: UNKNOWN_ID }, 'campusId'],
    ['a licence already expired', { licenceExpiresOn: '2026-11-15' }, 'licenceExpiresOn'],
    ['a date that does not exist', { licenceExpiresOn: '2027-02-30' }, 'licenceExpiresOn'],
    ['a licence number with spaces', { licenceNumber: 'JY 1330 1100' }, 'licenceNumber'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a food-safety manager of another school', { foodSafetyManagerStaffId: staffOf('B', 'CANTEEN_MANAGER') }, 'foodSafetyManagerStaffId'],
    ['a contracted canteen without contractor', { operation: 'CONTRACTED' }, 'contractorSupplierId'],
    ['a school-run canteen with a contractor', { contractorSupplierId: SUPPLIERS.produce }, 'contractorSupplierId'],
    ['a suspended contractor', { operation: 'CONTRACTED', contractorSupplierId: SUPPLIERS.meat }, 'contractorSupplierId'],
    ['a contractor whose licence expired', { operation: 'CONTRACTED', contractorSupplierId: SUPPLIERS.dairy }, 'contractorSupplierId'],
    ['a contractor that is no food supplier', { operation: 'CONTRACTED', contractorSupplierId: SUPPLIERS.office }, 'contractorSupplierId'],
    ['an unknown contractor', { operation: 'CONTRACTED', contractorSupplierId: UNKNOWN_ID }, 'contractorSupplierId'],
    [
      'two locations of one name',
      {
        storageLocations: [
          { name: 'Freezer', kind: 'FROZEN' },
          { name: 'freezer ', kind: 'FROZEN' },
        ],
      },
      'storageLocations',
    ],
    ['a location of no known kind', { storageLocations: [{ name: 'Cellar', kind: 'CELLAR' }] }, 'storageLocations'],
  ])('%s is refused on its field, writing nothing', async (_what, changes, field) => {
    const response = await expectNoWrites(sub, () => create(V.canteen, westInput(changes)));
    if (field === 'storageLocations' && (changes as { storageLocations: { kind: string }[] }).storageLocations[0].kind === 'CELLAR')
      expectCode(response, 'BAD_USER_INPUT');
    else expectBadInput(response, field);
  });

  it('a closed school gets no new canteen', async () => {
    const response = await expectNoWrites(sub, () => create(V.admin, canteenInput('A', { schoolId: SCHOOL_CLOSED })));
    expectCode(response, 'FORBIDDEN');
    const other = await expectNoWrites(sub, () =>
      create(V.canteen, canteenInput('A', { campusId: CAMPUS_A_WEST, schoolId: SCHOOL_CLOSED, storageLocations: [] })),
    );
    expectCode(other, 'FORBIDDEN');
  });

  it.each([
    ['the storekeeper', V.storekeeper],
    ['a teacher', V.teacher],
    ['the principal', V.principal],
    ['the district administrator', V.admin],
    ['the auditor', V.auditor],
  ])('%s may not register a canteen at school A (FORBIDDEN before any validation)', async (_who, as) => {
    const response = await expectNoWrites(sub, () => create(as, westInput({ name: '' })));
    expectCode(response, 'FORBIDDEN');
  });

  it("school B's canteen manager may not register one at school A (FORBIDDEN at that school, nothing written)", async () => {
    expectCode(await expectNoWrites(sub, () => create(V.canteenB, westInput())), 'FORBIDDEN');
  });

  it('without a token nothing is answered', async () => {
    expectCode(await sub.as(null).request(CREATE_CANTEEN, { input: westInput() }), 'UNAUTHENTICATED');
  });
});

describe('changing a canteen', () => {
  it('the manager renews the licence and names another food-safety manager; a stale version is CONFLICT', async () => {
    const { id } = await canteenOf(sub, 'A');
    const before = (await call<{ canteen: CanteenOut }>(sub, V.canteen, CANTEEN, { id })).canteen;
    const renewed = await call<{ updateCanteen: CanteenOut }>(sub, V.canteen, UPDATE, {
      input: {
        id,
        version: before.version,
        licenceNumber: 'JY13300000009999',
        licenceExpiresOn: '2031-06-30',
        foodSafetyManagerStaffId: staffOf('A', 'COOK'),
      },
    });
    expect(renewed.updateCanteen).toMatchObject({
      licenceNumber: 'JY13300000009999',
      licenceExpiresOn: '2031-06-30',
      foodSafetyManagerStaffId: staffOf('A', 'COOK'),
      version: before.version + 1,
    });
    const stale = await expectNoWrites(sub, () =>
      sub.as(V.director).request(UPDATE, { input: { id, version: before.version, name: 'Old copy' } }),
    );
    expectCode(stale, 'CONFLICT');
  });

  it('contracting it out needs a contractor; going back to school-run drops the contractor', async () => {
    const { id } = await canteenOf(sub, 'A');
    const current = (await call<{ canteen: CanteenOut }>(sub, V.canteen, CANTEEN, { id })).canteen;
    const missing = await expectNoWrites(sub, () =>
      sub.as(V.canteen).request(UPDATE, { input: { id, version: current.version, operation: 'CONTRACTED' } }),
    );
    expectBadInput(missing, 'contractorSupplierId');
    const contracted = (
      await call<{ updateCanteen: CanteenOut }>(sub, V.canteen, UPDATE, {
        input: { id, version: current.version, operation: 'CONTRACTED', contractorSupplierId: SUPPLIERS.grain },
      })
    ).updateCanteen;
    expect(contracted).toMatchObject({ operation: 'CONTRACTED', contractorSupplierId: SUPPLIERS.grain });
    const back = (
      await call<{ updateCanteen: CanteenOut }>(sub, V.canteen, UPDATE, {
        input: { id, version: contracted.version, operation: 'SCHOOL_RUN' },
      })
    ).updateCanteen;
    expect(back).toMatchObject({ operation: 'SCHOOL_RUN', contractorSupplierId: null });
  });

  it("another school's canteen is NOT_FOUND to school B's manager, and a storekeeper may not change one (FORBIDDEN)", async () => {
    const { id } = await canteenOf(sub, 'A');
    const foreign = await expectNoWrites(sub, () => sub.as(V.canteenB).request(UPDATE, { input: { id, version: 1, name: 'Taken over' } }));
    expectCode(foreign, 'NOT_FOUND');
    const keeper = await expectNoWrites(sub, () => sub.as(V.storekeeper).request(UPDATE, { input: { id, version: 1, name: 'Mine' } }));
    expectCode(keeper, 'FORBIDDEN');
  });
});

describe('storage locations', () => {
  it('the manager adds a second freezer; a name the canteen has is refused on name', async () => {
    const canteen = await canteenOf(sub, 'A');
    const added = await call<{ addStorageLocation: { kind: string; canteenId: string; schoolId: string } }>(sub, V.canteen, ADD_LOCATION, {
      input: { canteenId: canteen.id, name: 'Freezer 2 (冷冻柜2)', kind: 'FROZEN' },
    });
    expect(added.addStorageLocation).toMatchObject({ kind: 'FROZEN', canteenId: canteen.id, schoolId: SCHOOL_A });
    const again = await expectNoWrites(sub, () =>
      sub.as(V.director).request(ADD_LOCATION, { input: { canteenId: canteen.id, name: 'Freezer 2 (冷冻柜2)', kind: 'FROZEN' } }),
    );
    expectBadInput(again, 'name');
  });

  it("school B's manager cannot add a location to school A's canteen (NOT_FOUND); an unknown canteen is NOT_FOUND", async () => {
    const canteen = await canteenOf(sub, 'A');
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(V.canteenB).request(ADD_LOCATION, { input: { canteenId: canteen.id, name: 'X', kind: 'DRY' } }),
      ),
      'NOT_FOUND',
    );
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(V.canteen).request(ADD_LOCATION, { input: { canteenId: UNKNOWN_ID, name: 'X', kind: 'DRY' } }),
      ),
      'NOT_FOUND',
    );
  });
});

describe('reading canteens', () => {
  it("each school sees its own canteens; the district sees all; School.canteens gives a page of schools' canteens at once", async () => {
    const a = await canteenOf(sub, 'A');
    const b = await canteenOf(sub, 'B');
    const list = `query($filter: CanteenFilter) { canteens(first: 100, filter: $filter) { nodes { id schoolId } } }`;
    const ids = async (as = V.admin, filter: Record<string, unknown> = {}) =>
      (await call<{ canteens: { nodes: { id: string }[] } }>(sub, as, list, { filter })).canteens.nodes.map((n) => n.id);
    expect(await ids(V.principal)).toContain(a.id);
    expect(await ids(V.principal)).not.toContain(b.id);
    expect(await ids(V.principalB)).toEqual([b.id]);
    expect(await ids(V.auditor)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await ids(V.admin, { schoolId: SCHOOL_B })).toEqual([b.id]);
    expect(await ids(V.admin, { campusId: CAMPUS_A })).toEqual([a.id]);
    expect(await ids(V.admin, { licenceExpiresBy: '2020-01-01' })).toEqual([]);

    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id canteens { id campusId } } } }`;
    const reps = [SCHOOL_A, SCHOOL_B].map((id) => ({ __typename: 'School', id }));
    const schools = (await call<{ _entities: { id: string; canteens: { id: string }[] }[] }>(sub, V.principal, entities, { reps }))
      ._entities;
    expect(schools[0].canteens.map((c) => c.id)).toContain(a.id);
    // School B's canteens are not the principal of A's to see.
    expect(schools[1].canteens).toEqual([]);
  });

  it('School.canteens and Canteen.storageLocations over a page of schools cost one statement each', async () => {
    await canteenOf(sub, 'A');
    await canteenOf(sub, 'B');
    await canteenOf(sub, 'yucaiNineYear');
    const definition = createCanteenSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    const source = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id canteens { id storageLocations { id kind } } } } }`;
    const reps = Object.values(DEMO_SCHOOLS).map((school) => ({ __typename: 'School', id: school.id }));
    const { result, statements } = await withSqlStats(async () => {
      const contextValue = definition.createContext({
        viewer: new Viewer(V.auditor),
        requestId: 't',
        logger: pino({ level: 'silent' }),
        dataSource: sub.dataSource,
      });
      const result = await graphql({ schema, source, variableValues: { reps }, contextValue });
      return { result, statements: currentSqlStats()!.statements };
    });
    expect(result.errors).toBeUndefined();
    const schools = result.data!._entities as { canteens: { storageLocations: unknown[] }[] }[];
    expect(schools.filter((school) => school.canteens.length).length).toBeGreaterThanOrEqual(3);
    expect(statements).toBe(2);
  });

  it("another school's canteen is NOT_FOUND", async () => {
    const b = await canteenOf(sub, 'B');
    expectCode(await sub.as(V.canteen).request(CANTEEN, { id: b.id }), 'NOT_FOUND');
    expectCode(await sub.as(V.canteen).request(CANTEEN, { id: 'not-an-id' }), 'BAD_USER_INPUT');
  });
});

describe('who may, as the permission table says', () => {
  it("adding a storage location at school A: the table's roles there may; everyone else is refused and nothing is written", async () => {
    const canteen = await canteenOf(sub, 'A');
    const { allowed, refused } = byPermission(P.addStorageLocation, SCHOOL_A, Object.values(V));
    expect(allowed).toEqual(expect.arrayContaining([V.canteen, V.director]));
    expect(refused).toEqual(expect.arrayContaining([V.storekeeper, V.principal, V.teacher, V.admin, V.auditor, V.canteenB]));
    for (const [i, who] of allowed.entries())
      await call(sub, who, ADD_LOCATION, { input: { canteenId: canteen.id, name: `Shelf ${i} (货架)`, kind: 'DRY' } });
    for (const who of refused) {
      const response = await expectNoWrites(sub, () =>
        sub.as(who).request(ADD_LOCATION, { input: { canteenId: canteen.id, name: `Refused ${who.username}`, kind: 'DRY' } }),
      );
      // A manager or director of another school does not see the canteen at all.
      expectCode(response, who === V.canteenB || who === V.directorB ? 'NOT_FOUND' : 'FORBIDDEN');
    }
  });

  it('the auditor and school leaders read canteens; nobody reads another school’s by id', async () => {
    const a = await canteenOf(sub, 'A');
    for (const who of [V.auditor, V.admin, V.principal, V.director, V.storekeeper, V.teacher])
      expect((await call<{ canteen: { id: string } }>(sub, who, CANTEEN, { id: a.id })).canteen.id).toBe(a.id);
    for (const who of [V.principalB, V.teacherB, V.canteenB, V.storekeeperB])
      expectCode(await sub.as(who).request(CANTEEN, { id: a.id }), 'NOT_FOUND');
  });
});
