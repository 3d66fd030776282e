/**
 * The demo district's people and places as the services' integration tests use them (each service's
 * test/support.ts re-exports them beside its own start function and viewers): schools A and B, their
 * campuses, a fixed "today", hand-made viewers and the demo accounts with their staff records.
 */
import pino from 'pino';
import type { Role, ViewerClaims } from '@houqin/auth';
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
import type { ConsumerDefinition } from '@houqin/events';
import type { AnySubgraphDefinition } from '@houqin/subgraph-kit';
import { demoViewer, type DemoUsername, startTestSubgraph, type TestSubgraph } from './subgraph';

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
 * A service's "today" in the tests, whatever the real date: Monday 16 November 2026, 10:00 in the
 * schools' zone (a school day of the autumn term). A test passes another clock to its start function.
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
 * A subgraph that keeps a copy of the directory, on a fresh database, without its events relay or
 * scheduled jobs (events a step publishes stay in the outbox, so expectNoWrites sees only the step's
 * own writes), with the copy filled as the directory's events would fill it.
 */
export async function startWithDemoDirectory(definition: AnySubgraphDefinition, consumer: ConsumerDefinition): Promise<TestSubgraph> {
  const sub = await startTestSubgraph({ ...definition, extensions: [] }, { seed: false });
  await applyDemoDirectory(sub.dataSource, pino({ level: 'silent' }), consumer);
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
export function demoAccount(username: DemoUsername): ViewerClaims {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  return { ...demoViewer(username), staffId: demoAccountStaffId(account) };
}

/** The demo accounts every service's stories use: school A's staff and the district's two. */
export const demoPeople = () => ({
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
});
