import { DEFAULT_TIME_ZONE, forbidden, todayIn } from '@houqin/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { may, schoolsAllowed, Viewer } from '@houqin/auth';
import { APPROVAL_ORDER, ApprovalLevel, Fund, LedgerAccount } from './enums';
import { P } from './permissions';

/** The fiscal year (the calendar year) a filing uses when it names none. */
export function currentFiscalYear(): number {
  return Number(todayIn(DEFAULT_TIME_ZONE).slice(0, 4));
}

/** The account a payment's cost is posted to: food cost for the canteen account, expense otherwise. */
export function costAccountFor(fund: Fund): LedgerAccount {
  return fund === Fund.CANTEEN ? LedgerAccount.FOOD_COST : LedgerAccount.EXPENSE;
}

/** Default thresholds when a district has set none: 5,000 yuan for the director, 50,000 for the principal. */
export const DEFAULT_POLICY = { directorLimitFen: 500_000, principalLimitFen: 5_000_000 };

/** The highest level that must approve an amount (审批权限 by amount). */
export function requiredLevelFor(amountFen: number, policy: { directorLimitFen: number; principalLimitFen: number }): ApprovalLevel {
  if (amountFen <= policy.directorLimitFen) return ApprovalLevel.DIRECTOR;
  if (amountFen <= policy.principalLimitFen) return ApprovalLevel.PRINCIPAL;
  return ApprovalLevel.DISTRICT;
}

/**
 * Where approval starts and ends for a requester. Nobody approves their own filing, so levels the
 * requester could approve at are skipped and the next level up must approve instead (a director's
 * own request goes to the principal); otherwise such a request would wait forever.
 */
export function approvalPath(requester: Viewer, schoolId: string, amountLevel: ApprovalLevel): { first: ApprovalLevel; required: ApprovalLevel } {
  let first = ApprovalLevel.DIRECTOR;
  while (canApproveAt(requester, first, schoolId) && first !== ApprovalLevel.DISTRICT) first = APPROVAL_ORDER[APPROVAL_ORDER.indexOf(first) + 1];
  const required = APPROVAL_ORDER.indexOf(amountLevel) >= APPROVAL_ORDER.indexOf(first) ? amountLevel : first;
  return { first, required };
}

/** The level after `level` on the way to `required`, or null when `level` was the last. */
export function levelAfter(level: ApprovalLevel, required: ApprovalLevel): ApprovalLevel | null {
  return level === required ? null : APPROVAL_ORDER[APPROVAL_ORDER.indexOf(level) + 1];
}

/** Who approves at each level: a rule of the permission table. */
export const APPROVE_AT = {
  [ApprovalLevel.DIRECTOR]: P.approveAtDirectorLevel,
  [ApprovalLevel.PRINCIPAL]: P.approveAtPrincipalLevel,
  [ApprovalLevel.DISTRICT]: P.approveAtDistrictLevel,
};

/** Whether the viewer may approve at `level` for a school. */
export function canApproveAt(viewer: Viewer, level: ApprovalLevel, schoolId: string): boolean {
  return may(viewer, APPROVE_AT[level], schoolId);
}

/**
 * Narrows a query to rows of the schools whose books the viewer reads (nothing for a viewer who
 * reads none); with `orFiledByViewer`, also to rows the viewer filed themselves. District roles are
 * left to the tenancy scope, which already limits them to their district.
 */
export function restrictToReadableBooks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer, orFiledByViewer = false): SelectQueryBuilder<T> {
  const readable = schoolsAllowed(viewer, P.readBooks);
  if (readable === 'district') return qb;
  const conditions = [...(readable.length ? [`${alias}.schoolId IN (:...readableSchools)`] : []), ...(orFiledByViewer ? [`${alias}.requesterAccountId = :filedBy`] : [])];
  return qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', { readableSchools: readable, filedBy: viewer.accountId });
}

/**
 * The level a request or claim waits for, if the viewer may approve at it there, else FORBIDDEN.
 * Called after the flow's check, which refuses the filer (separation of duties) and a record that
 * is not waiting for an approval.
 */
export function requireAwaitedLevel(viewer: Viewer, record: { schoolId: string; nextApprovalLevel: ApprovalLevel | null }, noun: string): ApprovalLevel {
  const level = record.nextApprovalLevel;
  if (!level) throw new Error(`A ${noun} waiting for approval awaits no level.`);
  if (!canApproveAt(viewer, level, record.schoolId)) throw forbidden(`This ${noun} is waiting for the ${level} level's approval.`);
  return level;
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (GB 32100-2015, mod 31) of the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + CREDIT_CODE_CHARS.indexOf(first17[i]) * weight, 0);
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a mod-31 check. */
export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && creditCodeCheckChar(code) === code[17];
}

/** 'YYYY-MM-DD' → 'YYYY-MM' */
export const periodOf = (date: string) => date.slice(0, 7);

/**
 * SQL condition: rows of `alias` waiting for the viewer's approval (never their own): each level
 * the viewer approves at (the approveAt… rules), at the schools where they may take it.
 */
export function awaitingApprovalBy(alias: string, viewer: Viewer): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { awaitingMe: viewer.accountId };
  const levels = APPROVAL_ORDER.flatMap((level) => {
    const schools = schoolsAllowed(viewer, APPROVE_AT[level]);
    if (schools !== 'district' && !schools.length) return [];
    params[`await${level}`] = level;
    if (schools === 'district') return [`${alias}.nextApprovalLevel = :await${level}`];
    params[`await${level}Schools`] = schools;
    return [`(${alias}.nextApprovalLevel = :await${level} AND ${alias}.schoolId IN (:...await${level}Schools))`];
  });
  return { sql: `${alias}.requesterAccountId <> :awaitingMe AND (${levels.length ? levels.join(' OR ') : '1 = 0'})`, params };
}
