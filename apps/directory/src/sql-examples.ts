import type { DataSource } from 'typeorm';
import { isDistrictRole, Role, Viewer } from '@houqin/auth';
import type { SubgraphContext } from '@houqin/subgraph-kit';

/** What a ScopedReader needs of a request. */
export type ReadContext = Pick<SubgraphContext, 'viewer' | 'dataSource'>;

/**
 * The request a store's SQL is printed for by `npm run sql` (never run): a viewer holding `role` at
 * one school, or a district role, so the printed statements show the tenancy scope they get. The
 * statements run on the manager they are given, so no database is needed.
 */
export function exampleRequest(role: Role = Role.STAFF): ReadContext {
  const grants = [{ role, schoolId: isDistrictRole(role) ? null : 'school-1' }];
  const viewer = new Viewer({ accountId: 'account-1', username: 'example', staffId: null, districtId: 'district-1', grants });
  return { viewer, dataSource: undefined as unknown as DataSource };
}
