import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { schoolsAllowed } from '@houqin/auth';
import type { Permission, Viewer } from '@houqin/auth';
import { P } from './permissions';

/**
 * Who sees which finance rows, on top of the tenancy scope (ScopedReader `visibility` hooks): a
 * school's finance staff (readBooks) see all of their school's books and claims, and with the
 * storekeeper (readRequests) its requests; anyone else only the requests and claims they filed.
 * District roles are left to the tenancy scope, which already limits them to their district.
 */
function readable<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string,
  permission: Permission,
  orFiledByViewer: boolean,
): void {
  const schools = schoolsAllowed(viewer, permission);
  if (schools === 'district') return;
  const conditions = [
    ...(schools.length ? [`${alias}.schoolId IN (:...readableSchools)`] : []),
    ...(orFiledByViewer ? [`${alias}.requesterAccountId = :filedBy`] : []),
  ];
  qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', { readableSchools: schools, filedBy: viewer.accountId });
}

/** Journal entries: only the books the viewer reads. */
export const financeStaff = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string) =>
  readable(qb, viewer, alias, P.readBooks, false);

/** Claims: all of the schools whose books the viewer reads, and their own anywhere in scope. */
export const financeStaffOrOwn = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string) =>
  readable(qb, viewer, alias, P.readBooks, true);

/** Requests: all of the schools whose requests the viewer reads (finance staff, the storekeeper), and their own. */
export const requestReadersOrOwn = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string) =>
  readable(qb, viewer, alias, P.readRequests, true);
