import type { DataSource } from 'typeorm';
import { isDistrictRole, Role, Viewer } from '@houqin/auth';

/** What a ScopedReader needs of a request. */
export interface ReadContext {
  viewer: Viewer | null;
  dataSource: DataSource;
}

/** A viewer holding `role` at one school (or district-wide, for a district role), for printing a store's SQL. */
export function exampleViewer(role: Role = Role.STAFF): Viewer {
  const grants = [{ role, schoolId: isDistrictRole(role) ? null : 'school-1' }];
  return new Viewer({ accountId: 'account-1', username: 'example', staffId: null, districtId: 'district-1', grants });
}

/**
 * The request a store's SQL is printed for by `npm run sql` (never run): `exampleViewer(role)`, so
 * the printed statements show the tenancy scope and visibility they get. The statements run on the
 * manager they are given, so no database is needed.
 */
export function exampleRequest(role: Role = Role.STAFF): ReadContext {
  return { viewer: exampleViewer(role), dataSource: undefined as unknown as DataSource };
}
