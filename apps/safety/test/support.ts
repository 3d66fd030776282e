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
import {
  CAMPUS_A,
  CAMPUS_B,
  deliverEvent,
  demoPeople,
  SCHOOL_A,
  SCHOOL_B,
  staffOf,
  startWithDemoDirectory,
  TEST_NOW,
  type TestSubgraph,
  viewer,
} from '@houqin/testing';
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

/** Facilities rooms the tests name, as facilities.room.changed tells safety of them: three at school A, one at school B. */
const room = (n: number) => `01900000-0000-7000-8000-000031${String(n).padStart(6, '0')}`;
export const ROOMS = {
  /** School A, East Campus: Class 3-2, its floor's toilet, the canteen kitchen. */
  class32: { roomId: room(1), campusId: CAMPUS_A, schoolId: SCHOOL_A, name: 'Class 3-2 (三年级2班)', kind: 'CLASSROOM', number: '302' },
  toilet3: { roomId: room(2), campusId: CAMPUS_A, schoolId: SCHOOL_A, name: 'Toilet (卫生间) 3F', kind: 'TOILET', number: '320' },
  kitchen: { roomId: room(3), campusId: CAMPUS_A, schoolId: SCHOOL_A, name: 'Kitchen (后厨)', kind: 'CANTEEN', number: '102' },
  /** School B's physics lab. */
  labB: { roomId: room(4), campusId: CAMPUS_B, schoolId: SCHOOL_B, name: 'Physics Lab (物理实验室)', kind: 'LAB', number: '201' },
} as const;

/** The safety subgraph on a fresh database with the directory copy and ROOMS filled; `now` is its clock (TEST_NOW by default). */
export async function startSafety(options: { now?: () => Date } = {}): Promise<TestSubgraph> {
  const sub = await startWithDemoDirectory(createSafetySubgraph({ now: options.now ?? TEST_NOW }), safetyConsumer);
  for (const { roomId, campusId, schoolId, name, kind, number } of Object.values(ROOMS))
    await deliverEvent(sub, safetyConsumer, 'facilities.room.changed', schoolId, {
      roomId,
      schoolId,
      campusId,
      buildingId: room(100),
      floor: Number(number[0]),
      number,
      name,
      kind,
    });
  return sub;
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
