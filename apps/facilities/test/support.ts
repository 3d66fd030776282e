/**
 * Helpers shared by the facilities integration tests (not a spec itself: jest only runs *.spec.ts).
 * Each spec file starts its own facilities subgraph on a fresh database WITHOUT the demo seed, with its
 * copy of the directory (the demo district's schools, campuses and staff) filled as the directory's
 * events would fill it, and builds its fixtures through the API. The demo district's schools, campuses,
 * "today" (TEST_NOW) and viewers come from @houqin/testing (demo-fixtures.ts).
 *
 *   const sub = await startFacilities();            // "today" is TEST_TODAY unless { now } is given
 *   await sub.as(V.director).request(`mutation …`, { … });
 */
import pino from 'pino';
import { Role } from '@houqin/auth';
import { applyDemoSuppliers } from '@houqin/supplier-copy';
import {
  demoPeople,
  SCHOOL_A,
  SCHOOL_B,
  staffOf,
  startWithDemoDirectory,
  TEST_NOW,
  TEST_TODAY,
  type TestSubgraph,
  viewer,
} from '@houqin/testing';
import { facilitiesConsumer } from '../src/events/facilities.consumer';
import { createFacilitiesSubgraph } from '../src/subgraph';

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

/** The facilities subgraph on a fresh database with the directory copy filled; `now` is its clock (TEST_NOW by default). */
export async function startFacilities(options: { now?: () => Date } = {}): Promise<TestSubgraph> {
  const sub = await startWithDemoDirectory(createFacilitiesSubgraph({ now: options.now ?? TEST_NOW }), facilitiesConsumer);
  // Finance's demo suppliers (the repair contractor, the suspended meat supplier) in facilities' copy.
  await applyDemoSuppliers(sub.dataSource, pino({ level: 'silent' }), TEST_TODAY, facilitiesConsumer);
  return sub;
}

/**
 * The people of the tests. School A (First Experimental Primary): the demo accounts — principal,
 * director (总务主任), storekeeper (保管员), teacher, accountant, safety, canteen, maintenance; the district: admin,
 * auditor. School B (Second Junior Middle): hand-made directorB, storekeeperB, principalB, teacherB.
 * A second storekeeper and a second teacher at school A, for separation of duties and "their own".
 */
export const V = {
  ...demoPeople(),
  storekeeper2: viewer(101, 'storekeeper2', [[Role.STOREKEEPER, SCHOOL_A]], staffOf('A', 'COOK')),
  teacher2: viewer(102, 'teacher2', [[Role.STAFF, SCHOOL_A]], staffOf('A', 'CLEANER')),
  directorB: viewer(111, 'directorB', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_B]], staffOf('B', 'GENERAL_AFFAIRS_DIRECTOR')),
  storekeeperB: viewer(112, 'storekeeperB', [[Role.STOREKEEPER, SCHOOL_B]], staffOf('B', 'STOREKEEPER')),
  principalB: viewer(113, 'principalB', [[Role.PRINCIPAL, SCHOOL_B]], staffOf('B', 'PRINCIPAL')),
  teacherB: viewer(114, 'teacherB', [[Role.STAFF, SCHOOL_B]], staffOf('B', 'TEACHER')),
};
export type TestViewer = keyof typeof V;
