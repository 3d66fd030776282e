/**
 * Helpers shared by the safety integration tests (not a spec itself: jest only runs *.spec.ts).
 * Each spec file starts its own safety subgraph on a fresh database WITHOUT the demo seed, with its
 * copy of the directory (the demo district's schools, campuses and staff) filled as the directory's
 * events would fill it, and builds its fixtures through the API.
 *
 *   const sub = await startSafety();                  // "today" is TEST_TODAY unless { now } is given
 *   await sub.as(V.director).request(`mutation …`, { … });
 */
import pino from 'pino';
import { Role, type ViewerClaims } from '@houqin/auth';
import {
  DEMO_ACCOUNTS,
  DEMO_CAMPUSES,
  DEMO_DISTRICT,
  DEMO_SCHOOLS,
  demoAccountStaffId,
  demoStaffIdFor,
  type DemoSchoolKey,
} from '@houqin/demo';
import { applyDemoDirectory } from '@houqin/directory-copy';
import { demoViewer, type DemoUsername, startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { safetyConsumer } from '../src/events/safety.consumer';
import { createSafetySubgraph } from '../src/subgraph';

export const SCHOOL_A = DEMO_SCHOOLS.firstPrimary.id;
export const SCHOOL_B = DEMO_SCHOOLS.secondJunior.id;
/** Riverside Primary: merged into First Primary in 2024, closed. */
export const SCHOOL_CLOSED = DEMO_SCHOOLS.riversidePrimary.id;
export const CAMPUS_A = DEMO_CAMPUSES.firstPrimaryEast.id;
/** West Campus: Riverside Primary's until the 2024 merger, First Primary's since. */
export const CAMPUS_A_WEST = DEMO_CAMPUSES.firstPrimaryWest.id;
export const CAMPUS_B = DEMO_CAMPUSES.secondJuniorMain.id;
export const UNKNOWN_ID = '01900000-0000-7000-8000-999999999999';

/**
 * Safety's "today" in the tests, whatever the real date: Monday 16 November 2026, 10:00 in the
 * schools' zone (a school day of the autumn term). Pass another clock to `startSafety({ now })`.
 */
export const TEST_TODAY = '2026-11-16';
export const TEST_NOW = () => new Date(`${TEST_TODAY}T10:00:00+08:00`);

/** The schools tests use, by a short key or the demo key. */
export type SchoolKey = 'A' | 'B' | DemoSchoolKey;
const DEMO_KEY: Record<'A' | 'B', DemoSchoolKey> = { A: 'firstPrimary', B: 'secondJunior' };
export const demoKeyOf = (school: SchoolKey): DemoSchoolKey => (school === 'A' || school === 'B' ? DEMO_KEY[school] : school);
export const schoolIdOf = (school: SchoolKey): string => DEMO_SCHOOLS[demoKeyOf(school)].id;

/** The demo staff member in `post` (GENERAL_AFFAIRS_DIRECTOR, STOREKEEPER, TEACHER …) at a school, as the directory seeds them. */
export const staffOf = (school: SchoolKey, post: string): string => demoStaffIdFor(demoKeyOf(school), post);

/**
 * The safety subgraph on a fresh database, without its events relay or scheduled jobs (events a
 * step publishes stay in the outbox, so expectNoWrites sees only the step's own writes), with the
 * directory copy filled. `now` is its clock (TEST_NOW by default).
 */
export async function startSafety(options: { now?: () => Date } = {}): Promise<TestSubgraph> {
  const now = options.now ?? TEST_NOW;
  const sub = await startTestSubgraph({ ...createSafetySubgraph({ now }), extensions: [] }, { seed: false });
  await applyDemoDirectory(sub.dataSource, pino({ level: 'silent' }), safetyConsumer);
  return sub;
}

/** A hand-made viewer of the demo district holding `grants`, with a fixed account id (n: 100–199). */
export function viewer(n: number, username: string, grants: [Role, string | null][], staffId: string | null = null): ViewerClaims {
  return {
    accountId: `01900000-0000-7000-8000-000006${String(n).padStart(6, '0')}`,
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

/**
 * The people of the tests. School A (First Experimental Primary): the demo accounts — principal,
 * director (总务主任), storekeeper, teacher, accountant, safety (安全员), canteen, maintenance; the district:
 * admin, auditor. School B (Second Junior Middle): hand-made directorB, safetyB, principalB, teacherB.
 * A second safety officer, a second staff member and the electrician as staff at school A.
 */
export const V = {
  admin: demoAccount('admin'),
  auditor: demoAccount('auditor'),
  principal: demoAccount('principal'),
  director: demoAccount('director'),
  storekeeper: demoAccount('storekeeper'),
  teacher: demoAccount('teacher'),
  accountant: demoAccount('accountant'),
  safety: demoAccount('safety'),
  canteen: demoAccount('canteen'),
  maintenance: demoAccount('maintenance'),
  /** A second safety officer at school A (the security guard), for separation of duties (a rectifier never verifies). */
  safety2: viewer(101, 'safety2', [[Role.SAFETY_OFFICER, SCHOOL_A]], staffOf('A', 'SECURITY_GUARD')),
  /** A second staff member at school A (the cleaner), for "their own". */
  teacher2: viewer(102, 'teacher2', [[Role.STAFF, SCHOOL_A]], staffOf('A', 'CLEANER')),
  /** The electrician as plain staff at school A (the zone owner / hazard rectifier in stories). */
  electrician: viewer(103, 'electrician', [[Role.STAFF, SCHOOL_A]], staffOf('A', 'ELECTRICIAN')),
  directorB: viewer(111, 'directorB', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_B]], staffOf('B', 'GENERAL_AFFAIRS_DIRECTOR')),
  safetyB: viewer(112, 'safetyB', [[Role.SAFETY_OFFICER, SCHOOL_B]], staffOf('B', 'SAFETY_OFFICER')),
  principalB: viewer(113, 'principalB', [[Role.PRINCIPAL, SCHOOL_B]], staffOf('B', 'PRINCIPAL')),
  teacherB: viewer(114, 'teacherB', [[Role.STAFF, SCHOOL_B]], staffOf('B', 'TEACHER')),
};
export type TestViewer = keyof typeof V;
