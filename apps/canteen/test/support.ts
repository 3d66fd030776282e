/**
 * Helpers shared by the canteen integration tests (not a spec itself: jest only runs *.spec.ts).
 * Each spec file starts its own canteen subgraph on a fresh database WITHOUT the demo seed, with its
 * copies of the directory (the demo district's schools, campuses and staff) and of finance's
 * suppliers filled as their events would fill them, and builds its fixtures through the API.
 *
 *   const sub = await startCanteen();                 // "today" is TEST_TODAY unless { now } is given
 *   const canteen = await canteenOf(sub, 'A');        // { id, schoolId, campusId, locations: { DRY, CHILLED, FROZEN } }
 *   await sub.as(V.storekeeper).request(`mutation …`, { … });
 */
import pino from 'pino';
import { may, type Permission, Role, Viewer, type ViewerClaims } from '@houqin/auth';
import { newId, todayIn } from '@houqin/common';
import {
  DEMO_ACCOUNTS,
  DEMO_CAMPUSES,
  DEMO_DISTRICT,
  DEMO_SCHOOLS,
  demoAccountStaffId,
  demoStaffIdFor,
  type DemoSchoolKey,
} from '@houqin/demo';
import {
  demoViewer,
  type DemoUsername,
  expectBadInput,
  expectCode,
  expectNoWrites,
  type GraphQLResponse,
  ok,
  snapshot,
  startTestSubgraph,
  type TestSubgraph,
} from '@houqin/testing';
import { eventDefinition, EventConsumer, type EventEnvelope, type EventPayload } from '@houqin/events';
import { applyDemoDirectory } from '@houqin/directory-copy';
import { canteenConsumer } from '../src/events/canteen.consumer';
import { applyDemoSuppliers, DEMO_SUPPLIERS } from '@houqin/supplier-copy';
import { createCanteenSubgraph } from '../src/subgraph';

export const SCHOOL_A = DEMO_SCHOOLS.firstPrimary.id;
export const SCHOOL_B = DEMO_SCHOOLS.secondJunior.id;
/** Riverside Primary: merged in 2024, closed (no new canteen). */
export const SCHOOL_CLOSED = DEMO_SCHOOLS.riversidePrimary.id;
export const CAMPUS_A = DEMO_CAMPUSES.firstPrimaryEast.id;
export const CAMPUS_A_WEST = DEMO_CAMPUSES.firstPrimaryWest.id;
export const CAMPUS_B = DEMO_CAMPUSES.secondJuniorMain.id;
export const UNKNOWN_ID = '01900000-0000-7000-8000-999999999999';

/**
 * The canteen's "today" in the tests, whatever the real date: Monday 16 November 2026, 10:00 in the
 * schools' zone (a school day of the autumn term). Pass another clock to `startCanteen({ now })`.
 */
export const TEST_TODAY = '2026-11-16';
export const TEST_NOW = () => new Date(`${TEST_TODAY}T10:00:00+08:00`);

/** The schools tests use, by a short key or the demo key. */
export type SchoolKey = 'A' | 'B' | DemoSchoolKey;
const DEMO_KEY: Record<'A' | 'B', DemoSchoolKey> = { A: 'firstPrimary', B: 'secondJunior' };
export const demoKeyOf = (school: SchoolKey): DemoSchoolKey => (school === 'A' || school === 'B' ? DEMO_KEY[school] : school);
export const schoolIdOf = (school: SchoolKey): string => DEMO_SCHOOLS[demoKeyOf(school)].id;

/** The demo staff member in `post` (COOK, CANTEEN_MANAGER, STOREKEEPER, TEACHER …) at a school, as the directory seeds them. */
export const staffOf = (school: SchoolKey, post: string): string => demoStaffIdFor(demoKeyOf(school), post);

/** Finance's demo suppliers in the canteen's copy: fresh produce and grain may deliver; the others may not, each for its reason. */
export const SUPPLIERS = {
  /** Active food supplier (生鲜配送), licence valid ~18 months. */
  produce: DEMO_SUPPLIERS.produce.id,
  /** Active food supplier (粮油), licence valid ~13 months. */
  grain: DEMO_SUPPLIERS.grain.id,
  /** Food supplier suspended by the district (暂停供货). */
  meat: DEMO_SUPPLIERS.meat.id,
  /** Food supplier whose licence expired 40 days before TEST_TODAY. */
  dairy: DEMO_SUPPLIERS.dairy.id,
  /** Active, but not a food supplier (office supplies). */
  office: DEMO_SUPPLIERS.office.id,
};

/**
 * The canteen subgraph on a fresh database, without its events relay or scheduled jobs (events a
 * step publishes stay in the outbox, so expectNoWrites sees only the step's own writes), with the
 * directory copy and the supplier copy filled. `now` is its clock (TEST_NOW by default).
 */
export async function startCanteen(options: { now?: () => Date } = {}): Promise<TestSubgraph> {
  const now = options.now ?? TEST_NOW;
  const sub = await startTestSubgraph({ ...createCanteenSubgraph({ now }), extensions: [] }, { seed: false });
  await fillCopies(sub, todayIn(DEMO_DISTRICT.timeZone, now()));
  return sub;
}

/**
 * Fills the canteen's copies as the other services' events would: the demo district's schools,
 * campuses and staff (the directory's events) and finance's demo suppliers (its supplier events),
 * licence dates counted from `today`, applied by the canteen's real consumer.
 */
export async function fillCopies(sub: TestSubgraph, today: string = TEST_TODAY): Promise<void> {
  const logger = pino({ level: 'silent' });
  await applyDemoDirectory(sub.dataSource, logger, canteenConsumer);
  await applyDemoSuppliers(sub.dataSource, logger, today, canteenConsumer);
}

let supplierSeq = 0;

/**
 * A supplier in the canteen's copy as finance's `finance.supplier.changed` would put it there (through
 * the real consumer), for a case the demo suppliers do not cover, e.g. a licence that expires on the
 * delivery date: an active food supplier with a licence to 2099-12-31 unless told otherwise. Its id.
 */
export async function knownSupplier(
  sub: TestSubgraph,
  options: { status?: 'ACTIVE' | 'SUSPENDED'; foodSupplier?: boolean; licenceExpiresOn?: string | null; name?: string } = {},
): Promise<string> {
  const n = ++supplierSeq;
  const supplierId = newId();
  const foodSupplier = options.foodSupplier ?? true;
  const licenceExpiresOn = options.licenceExpiresOn === undefined ? (foodSupplier ? '2099-12-31' : null) : options.licenceExpiresOn;
  const envelope: EventEnvelope = {
    id: newId(),
    type: 'finance.supplier.changed',
    version: eventDefinition('finance.supplier.changed')!.version,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: null,
    actor: null,
    requestId: 'test-supplier',
    payload: {
      supplierId,
      districtId: DEMO_DISTRICT.id,
      supplierVersion: 1,
      change: 'CREATED',
      name: options.name ?? `Test supplier ${n} (测试供应商)`,
      creditCode: `91330100TEST${String(n).padStart(6, '0')}`,
      status: options.status ?? 'ACTIVE',
      foodSupplier,
      foodLicenceNumber: licenceExpiresOn ? `JY${String(n).padStart(14, '0')}` : null,
      foodLicenceExpiresOn: licenceExpiresOn,
    } satisfies EventPayload<'finance.supplier.changed'>,
  };
  const result = await new EventConsumer(canteenConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) }).handle(
    envelope,
  );
  if (result.outcome !== 'handled') throw new Error(`The test supplier was not applied: ${result.outcome} ${result.error ?? ''}`);
  return supplierId;
}

/** A hand-made viewer of the demo district holding `grants`, with a fixed account id (n: 100–199). */
export function viewer(n: number, username: string, grants: [Role, string | null][], staffId: string | null = null): ViewerClaims {
  return {
    accountId: `01900000-0000-7000-8000-000005${String(n).padStart(6, '0')}`,
    username,
    staffId,
    districtId: DEMO_DISTRICT.id,
    grants: grants.map(([role, schoolId]) => ({ role, schoolId })),
  };
}

/** A demo account (its staff record linked, as the directory's token carries it). */
function demoAccount(username: DemoUsername): ViewerClaims {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  return { ...demoViewer(username), staffId: demoAccountStaffId(account) };
}

/** The parents' committee role (家长委员会), once the directory has it. */
const PARENT_COMMITTEE = 'PARENT_COMMITTEE' as Role;

/**
 * The people of the tests. School A (First Experimental Primary): the demo accounts — principal,
 * director (总务主任), canteen (食堂管理员), storekeeper (保管员), teacher, accountant, safety; the
 * district: admin, auditor. School B (Second Junior Middle): hand-made canteenB, storekeeperB,
 * directorB, principalB, teacherB, and parents' committee members at both.
 */
export const V = {
  admin: demoAccount('admin'),
  auditor: demoAccount('auditor'),
  principal: demoAccount('principal'),
  director: demoAccount('director'),
  canteen: demoAccount('canteen'),
  storekeeper: demoAccount('storekeeper'),
  teacher: demoAccount('teacher'),
  accountant: demoAccount('accountant'),
  safety: demoAccount('safety'),
  accountant2: demoAccount('accountant2'),
  /** A second storekeeper at school A (a second inspector of a bulk-staple delivery). */
  storekeeper2: viewer(101, 'storekeeper2', [[Role.STOREKEEPER, SCHOOL_A]], staffOf('A', 'COOK')),
  parent: viewer(102, 'parent', [[PARENT_COMMITTEE, SCHOOL_A]]),
  canteenB: viewer(111, 'canteenB', [[Role.CANTEEN_MANAGER, SCHOOL_B]], staffOf('B', 'CANTEEN_MANAGER')),
  storekeeperB: viewer(112, 'storekeeperB', [[Role.STOREKEEPER, SCHOOL_B]], staffOf('B', 'STOREKEEPER')),
  directorB: viewer(113, 'directorB', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_B]], staffOf('B', 'GENERAL_AFFAIRS_DIRECTOR')),
  principalB: viewer(114, 'principalB', [[Role.PRINCIPAL, SCHOOL_B]], staffOf('B', 'PRINCIPAL')),
  teacherB: viewer(115, 'teacherB', [[Role.STAFF, SCHOOL_B]], staffOf('B', 'TEACHER')),
  parentB: viewer(116, 'parentB', [[PARENT_COMMITTEE, SCHOOL_B]]),
};
export type TestViewer = keyof typeof V;

/** A viewer of the tests by name (a key of V: a demo account's username, or canteenB, storekeeperB …). */
export function viewerOf(username: TestViewer): ViewerClaims {
  return V[username];
}

/** The canteen manager of a school (who creates its canteen in the fixtures). */
export function managerOf(school: SchoolKey): ViewerClaims {
  const key = demoKeyOf(school);
  if (key === 'firstPrimary') return V.canteen;
  if (key === 'secondJunior') return V.canteenB;
  return viewer(150 + Object.keys(DEMO_SCHOOLS).indexOf(key), `canteen-${key}`, [[Role.CANTEEN_MANAGER, DEMO_SCHOOLS[key].id]]);
}

/**
 * `people` split by what the permission table (src/permissions.ts) says of them at `schoolId`, so a
 * role test reads who may from the table instead of restating it.
 */
export function byPermission(
  permission: Permission,
  schoolId: string | undefined,
  people: ViewerClaims[],
): { allowed: ViewerClaims[]; refused: ViewerClaims[] } {
  const allowed = people.filter((who) => may(new Viewer(who), permission, schoolId));
  return { allowed, refused: people.filter((who) => !allowed.includes(who)) };
}

/** A canteen of the tests with its three storage locations. */
export interface CanteenFixture {
  id: string;
  schoolId: string;
  campusId: string;
  /** Storage location ids by kind: the dry store (干货库), the chiller (冷藏) and the freezer (冷冻). */
  locations: { DRY: string; CHILLED: string; FROZEN: string };
}

export const CANTEEN_FIELDS = `id schoolId campusId name licenceNumber licenceExpiresOn foodSafetyManagerStaffId operation
  contractorSupplierId version storageLocations { id name kind canteenId schoolId }`;

/** What the API answers for CANTEEN_FIELDS. */
export interface CanteenOut {
  id: string;
  schoolId: string;
  campusId: string;
  name: string;
  licenceNumber: string;
  licenceExpiresOn: string;
  foodSafetyManagerStaffId: string | null;
  operation: 'SCHOOL_RUN' | 'CONTRACTED';
  contractorSupplierId: string | null;
  version: number;
  storageLocations: { id: string; name: string; kind: 'DRY' | 'CHILLED' | 'FROZEN'; canteenId: string; schoolId: string }[];
}

export const CREATE_CANTEEN = `mutation($input: CreateCanteenInput!) { createCanteen(input: $input) { ${CANTEEN_FIELDS} } }`;

/** A valid createCanteen input for the school's first campus, school-run, licence valid two years; `changes` override. */
export function canteenInput(school: SchoolKey = 'A', changes: Record<string, unknown> = {}): Record<string, unknown> {
  const schoolId = schoolIdOf(school);
  const campus = Object.values(DEMO_CAMPUSES).find((c) => c.schoolId === schoolId)!;
  return {
    schoolId,
    campusId: campus.id,
    name: `Canteen of ${campus.name}`,
    licenceNumber: `JY1330${String(Object.keys(DEMO_SCHOOLS).indexOf(demoKeyOf(school)) + 1).padStart(10, '0')}`,
    licenceExpiresOn: '2028-06-30',
    foodSafetyManagerStaffId: staffOf(school, 'CANTEEN_MANAGER'),
    operation: 'SCHOOL_RUN',
    storageLocations: [
      { name: 'Dry store (干货库)', kind: 'DRY' },
      { name: 'Chiller (冷藏库)', kind: 'CHILLED' },
      { name: 'Freezer (冷冻库)', kind: 'FROZEN' },
    ],
    ...changes,
  };
}

const fixtures = new WeakMap<TestSubgraph, Map<string, Promise<CanteenFixture>>>();

/**
 * The canteen of a school's first campus in this subgraph, created through the API by the school's
 * canteen manager the first time it is asked for (school-run, with a dry store, a chiller and a
 * freezer), the same one after that.
 */
export function canteenOf(sub: TestSubgraph, school: SchoolKey = 'A'): Promise<CanteenFixture> {
  let bySchool = fixtures.get(sub);
  if (!bySchool) fixtures.set(sub, (bySchool = new Map()));
  const key = demoKeyOf(school);
  let fixture = bySchool.get(key);
  if (!fixture) {
    fixture = createCanteen(sub, school);
    bySchool.set(key, fixture);
  }
  return fixture;
}

async function createCanteen(sub: TestSubgraph, school: SchoolKey): Promise<CanteenFixture> {
  const input = canteenInput(school);
  const existing = ok<{ canteens: { nodes: CanteenOut[] } }>(
    await sub.as(V.admin).request(`query($campusId: ID) { canteens(filter: { campusId: $campusId }) { nodes { ${CANTEEN_FIELDS} } } }`, {
      campusId: input.campusId,
    }),
  ).canteens.nodes[0];
  const canteen =
    existing ?? ok<{ createCanteen: CanteenOut }>(await sub.as(managerOf(school)).request(CREATE_CANTEEN, { input })).createCanteen;
  const location = (kind: 'DRY' | 'CHILLED' | 'FROZEN') => {
    const found = canteen.storageLocations.find((l) => l.kind === kind);
    if (!found) throw new Error(`The canteen ${canteen.id} has no ${kind} location.`);
    return found.id;
  };
  return {
    id: canteen.id,
    schoolId: canteen.schoolId,
    campusId: canteen.campusId,
    locations: { DRY: location('DRY'), CHILLED: location('CHILLED'), FROZEN: location('FROZEN') },
  };
}

/** The data of an answer without errors, read as `T`. */
export async function call<T = Record<string, never>>(
  sub: TestSubgraph,
  as: ViewerClaims | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  return ok<T>(await sub.as(as).request(query, variables));
}

export { ok, expectBadInput, expectCode, snapshot, expectNoWrites, type GraphQLResponse, type TestSubgraph };
