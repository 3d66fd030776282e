import { forbidden } from '@houqin/common';
import { may, schoolsAllowed } from '@houqin/auth';
import type { Viewer } from '@houqin/auth';
import type { ApprovalThresholds } from '../budget/budget.types';
import { P } from '../permissions';
import { APPROVAL_ORDER, ApprovalLevel } from './approval.entity';

/** Default thresholds when a district has set none: 5,000 yuan for the director, 50,000 for the principal; orders 10% over. */
export const DEFAULT_POLICY: ApprovalThresholds = { directorLimitFen: 500_000, principalLimitFen: 5_000_000, orderTolerancePercent: 10 };

/** Whether an order at `orderedFen` exceeds the approved `approvedFen` by more than the tolerance (integers only). */
export function needsReapproval(orderedFen: number, approvedFen: number, policy: ApprovalThresholds): boolean {
  return orderedFen * 100 > approvedFen * (100 + policy.orderTolerancePercent);
}

/** Who approves at each level: rules of the permission table. */
export const APPROVE_AT = {
  [ApprovalLevel.DIRECTOR]: P.approveAtDirectorLevel,
  [ApprovalLevel.PRINCIPAL]: P.approveAtPrincipalLevel,
  [ApprovalLevel.DISTRICT]: P.approveAtDistrictLevel,
};

/** Whether the viewer may approve at `level` for a school. */
export function canApproveAt(viewer: Viewer, level: ApprovalLevel, schoolId: string): boolean {
  return may(viewer, APPROVE_AT[level], schoolId);
}

/** What the reversal of a payment puts back into the bank: its BANK debits less its BANK credits. */
export function bankReturned(lines: { account: string; debitFen: number; creditFen: number }[]): number {
  return lines.filter((l) => l.account === 'BANK').reduce((sum, l) => sum + l.debitFen - l.creditFen, 0);
}

/** The highest level that must approve an amount (审批权限 by amount). */
export function requiredLevelFor(
  amountFen: number,
  policy: Pick<ApprovalThresholds, 'directorLimitFen' | 'principalLimitFen'>,
): ApprovalLevel {
  if (amountFen <= policy.directorLimitFen) return ApprovalLevel.DIRECTOR;
  if (amountFen <= policy.principalLimitFen) return ApprovalLevel.PRINCIPAL;
  return ApprovalLevel.DISTRICT;
}

/**
 * Where approval starts and ends for a requester. Nobody approves their own filing, so levels the
 * requester could approve at are skipped and the next level up must approve instead (a director's
 * own request goes to the principal); otherwise such a request would wait forever.
 */
export function approvalPath(
  requester: Viewer,
  schoolId: string,
  amountLevel: ApprovalLevel,
): { first: ApprovalLevel; required: ApprovalLevel } {
  let first = ApprovalLevel.DIRECTOR;
  while (canApproveAt(requester, first, schoolId) && first !== ApprovalLevel.DISTRICT)
    first = APPROVAL_ORDER[APPROVAL_ORDER.indexOf(first) + 1];
  const required = APPROVAL_ORDER.indexOf(amountLevel) >= APPROVAL_ORDER.indexOf(first) ? amountLevel : first;
  return { first, required };
}

/** The level after `level` on the way to `required`, or null when `level` was the last. */
export function levelAfter(level: ApprovalLevel, required: ApprovalLevel): ApprovalLevel | null {
  return level === required ? null : APPROVAL_ORDER[APPROVAL_ORDER.indexOf(level) + 1];
}

/**
 * The level a request or claim waits for, if the viewer may approve at it there, else FORBIDDEN.
 * Called after the flow's check, which refuses the filer (separation of duties) and a record that
 * is not waiting for an approval.
 */
export function requireAwaitedLevel(
  viewer: Viewer,
  record: { schoolId: string; nextApprovalLevel: ApprovalLevel | null },
  noun: string,
): ApprovalLevel {
  const level = record.nextApprovalLevel;
  if (!level) throw new Error(`A ${noun} waiting for approval awaits no level.`);
  if (!decidesAwaitedLevel(viewer, record)) throw forbidden(`This ${noun} is waiting for the ${level} level's approval.`);
  return level;
}

/**
 * Whether the viewer approves (or rejects) at the level the record waits for, at its school: the
 * rule `requireAwaitedLevel` enforces, and what the record's viewerActions offer. False when it waits for none.
 */
export function decidesAwaitedLevel(viewer: Viewer, record: { schoolId: string; nextApprovalLevel: ApprovalLevel | null }): boolean {
  return !!record.nextApprovalLevel && canApproveAt(viewer, record.nextApprovalLevel, record.schoolId);
}

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
