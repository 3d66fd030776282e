import { DEFAULT_TIME_ZONE, forbidden, todayIn } from '@houqin/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { requireViewer, Role, Viewer } from '@houqin/auth';
import { APPROVAL_ORDER, ApprovalLevel, Fund, LedgerAccount } from './enums';

/** Any school role lets a staff member file requests and claims at that school. */
export const FILERS = Object.values(Role).filter((r) => r !== Role.DISTRICT_ADMIN && r !== Role.DISTRICT_AUDITOR);

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

/** Whether the viewer may approve at `level` for a school. */
export function canApproveAt(viewer: Viewer, level: ApprovalLevel, schoolId: string): boolean {
  switch (level) {
    case ApprovalLevel.DIRECTOR:
      return viewer.grants.some((g) => g.role === Role.GENERAL_AFFAIRS_DIRECTOR && g.schoolId === schoolId);
    case ApprovalLevel.PRINCIPAL:
      return viewer.grants.some((g) => g.role === Role.PRINCIPAL && g.schoolId === schoolId);
    case ApprovalLevel.DISTRICT:
      return viewer.hasDistrictRole(Role.DISTRICT_ADMIN);
  }
}

/** School roles that read a school's books and every request and claim of it. */
export const FINANCE_READERS = [Role.ACCOUNTANT, Role.GENERAL_AFFAIRS_DIRECTOR, Role.PRINCIPAL, Role.STOREKEEPER];

/** Schools whose books the viewer may read ('district' for district roles). */
export function financeReaderSchools(viewer: Viewer): 'district' | string[] {
  if (viewer.hasDistrictRole(Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR)) return 'district';
  return [...new Set(viewer.grants.filter((g) => g.schoolId && FINANCE_READERS.includes(g.role)).map((g) => g.schoolId as string))];
}

/**
 * Narrows a query to rows of the schools whose books the viewer reads (nothing for a viewer who
 * reads none); with `orFiledByViewer`, also to rows the viewer filed themselves. District roles are
 * left to the tenancy scope, which already limits them to their district.
 */
export function restrictToReadableBooks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer, orFiledByViewer = false): SelectQueryBuilder<T> {
  const readable = financeReaderSchools(viewer);
  if (readable === 'district') return qb;
  const conditions = [...(readable.length ? [`${alias}.schoolId IN (:...readableSchools)`] : []), ...(orFiledByViewer ? [`${alias}.requesterAccountId = :filedBy`] : [])];
  return qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', { readableSchools: readable, filedBy: viewer.accountId });
}

/** The viewer, holding one of `roles` at the school (not a district grant), or FORBIDDEN. */
export function requireSchoolRole(viewerOrNull: Viewer | null, schoolId: string, roles: Role[], what: string): Viewer {
  const viewer = requireViewer(viewerOrNull);
  if (!viewer.grants.some((g) => g.schoolId === schoolId && roles.includes(g.role))) {
    throw forbidden(`${what} needs one of these roles at the school: ${roles.join(', ')}.`);
  }
  return viewer;
}

/** Separation of duties (阳光工程): whoever filed something never approves, reviews or pays it. */
export function requireNotRequester(viewer: Viewer, requesterAccountId: string, what: string): void {
  if (viewer.accountId === requesterAccountId) throw forbidden(`You filed this, so you cannot ${what} it (separation of duties).`);
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

/** The (level, school) pairs the viewer approves at: directors and principals at their schools, district admins at DISTRICT. */
export function approvalSlots(viewer: Viewer): { level: ApprovalLevel; schoolId: string | null }[] {
  const slots: { level: ApprovalLevel; schoolId: string | null }[] = [];
  for (const g of viewer.grants) {
    if (g.schoolId && g.role === Role.GENERAL_AFFAIRS_DIRECTOR) slots.push({ level: ApprovalLevel.DIRECTOR, schoolId: g.schoolId });
    if (g.schoolId && g.role === Role.PRINCIPAL) slots.push({ level: ApprovalLevel.PRINCIPAL, schoolId: g.schoolId });
  }
  if (viewer.hasDistrictRole(Role.DISTRICT_ADMIN)) slots.push({ level: ApprovalLevel.DISTRICT, schoolId: null });
  return slots;
}

/** SQL condition: rows of `alias` waiting for the viewer's approval (never their own). */
export function awaitingApprovalBy(alias: string, viewer: Viewer): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { awaitingMe: viewer.accountId };
  const slots = approvalSlots(viewer).map((slot, i) => {
    params[`awaitLevel${i}`] = slot.level;
    if (slot.schoolId === null) return `${alias}.nextApprovalLevel = :awaitLevel${i}`;
    params[`awaitSchool${i}`] = slot.schoolId;
    return `(${alias}.nextApprovalLevel = :awaitLevel${i} AND ${alias}.schoolId = :awaitSchool${i})`;
  });
  const any = slots.length ? slots.join(' OR ') : '1 = 0';
  return { sql: `${alias}.requesterAccountId <> :awaitingMe AND (${any})`, params };
}
