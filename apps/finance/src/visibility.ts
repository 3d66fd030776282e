import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { schoolsAllowed } from '@houqin/auth';
import type { Viewer } from '@houqin/auth';
import { P } from './permissions';

/**
 * Who sees which finance rows, on top of the tenancy scope (ScopedReader `visibility` hooks): a
 * school's finance staff (readBooks) see all of their school's books, requests and claims; anyone
 * else only the requests and claims they filed. District roles are left to the tenancy scope,
 * which already limits them to their district.
 */
function readableBooks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string, orFiledByViewer: boolean): void {
  const readable = schoolsAllowed(viewer, P.readBooks);
  if (readable === 'district') return;
  const conditions = [
    ...(readable.length ? [`${alias}.schoolId IN (:...readableSchools)`] : []),
    ...(orFiledByViewer ? [`${alias}.requesterAccountId = :filedBy`] : []),
  ];
  qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', { readableSchools: readable, filedBy: viewer.accountId });
}

/** Journal entries: only the books the viewer reads. */
export const financeStaff = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string) =>
  readableBooks(qb, viewer, alias, false);

/** Requests and claims: all of the schools whose books the viewer reads, and their own anywhere in scope. */
export const financeStaffOrOwn = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string) =>
  readableBooks(qb, viewer, alias, true);
