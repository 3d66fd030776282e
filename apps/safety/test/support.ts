/**
 * Helpers shared by the safety integration tests (not a spec itself: jest only runs *.spec.ts).
 * Each spec file starts its own safety subgraph on a fresh database WITHOUT the demo seed, with its
 * copy of the directory (the demo district's schools, campuses and staff) filled as the directory's
 * events would fill it, and builds its fixtures through the API. The demo district's schools, campuses,
 * "today" (TEST_NOW) and viewers come from @houqin/testing (demo-fixtures.ts).
 *
 *   const sub = await startSafety();                // "today" is TEST_TODAY unless { now } is given
 *   await sub.as(V.director).request(`mutation …`, { … });
 */
import { Role } from '@houqin/auth';
import { demoPeople, SCHOOL_A, SCHOOL_B, staffOf, startWithDemoDirectory, TEST_NOW, type TestSubgraph, viewer } from '@houqin/testing';
import { safetyConsumer } from '../src/events/safety.consumer';
import { createSafetySubgraph } from '../src/subgraph';

export {
  CAMPUS_A,
  CAMPUS_A_WEST,
  CAMPUS_B,
  demoKeyOf,
  SCHOOL_A,
  SCHOOL_B,
  SCHOOL_CLOSED,
  type SchoolKey,
  schoolIdOf,
  staffOf,
  TEST_NOW,
  TEST_TODAY,
  UNKNOWN_ID,
  viewer,
} from '@houqin/testing';

/** The safety subgraph on a fresh database with the directory copy filled; `now` is its clock (TEST_NOW by default). */
export function startSafety(options: { now?: () => Date } = {}): Promise<TestSubgraph> {
  return startWithDemoDirectory(createSafetySubgraph({ now: options.now ?? TEST_NOW }), safetyConsumer);
}

/**
 * The people of the tests. School A (First Experimental Primary): the demo accounts — principal,
 * director (总务主任), storekeeper, teacher, accountant, safety (安全员), canteen, maintenance; the district:
 * admin, auditor. School B (Second Junior Middle): hand-made directorB, safetyB, principalB, teacherB.
 * A second safety officer, a second staff member and the electrician as staff at school A.
 */
export const V = {
  ...demoPeople(),
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
