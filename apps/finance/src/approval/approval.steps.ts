import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from '@houqin/persistence';
import type { FlowRecord, PendingStep } from '@houqin/workflow';
import type { ApprovalLevel, ApprovalSubject } from './approval.entity';
import { levelAfter, requireAwaitedLevel } from './approval.rules';

/** A purchase request or expense claim, as its flow moves it. */
type Subject<S extends string> = ApprovalSubject & FlowRecord<S>;

/** Who decided a purchase request or expense claim, at which level and why: what its events say of the decision. */
export interface Decision {
  /** The approval level decided at; null for a claim rejected at the accountant's review. */
  level: ApprovalLevel | null;
  deciderAccountId: string;
  comment: string | null;
}

/** A committed approval step: the record as it now stands, and the decision its event announces. */
export interface Decided<R> {
  record: R;
  decision: Decision;
}

/** The approval columns a step sets, as the flow's own record type (which extends ApprovalSubject). */
const approvalColumns = <R extends ApprovalSubject>(set: QueryDeepPartialEntity<ApprovalSubject>) => set as QueryDeepPartialEntity<R>;

/**
 * The approval step both workflows share, once the flow's check has passed: the viewer must hold
 * the awaited level at the record's school (else FORBIDDEN); the record then waits for the next
 * level, or, at the last one, `commitBudget` commits the amount and the record is approved.
 */
export async function approveAtAwaitedLevel<S extends string, A extends string, R extends Subject<S>>(
  manager: EntityManager,
  actor: Actor,
  step: PendingStep<S, A, R>,
  states: { waiting: S; approved: S },
  approval: { noun: string; comment?: string; committedFen: number; commitBudget: () => Promise<void> },
): Promise<Decided<R>> {
  const level = requireAwaitedLevel(step.viewer, step.record, approval.noun);
  const next = levelAfter(level, step.record.requiredLevel);
  if (next === null) await approval.commitBudget();
  const move =
    next === null
      ? { to: states.approved, set: { nextApprovalLevel: null, committedFen: approval.committedFen } }
      : { to: states.waiting, set: { nextApprovalLevel: next } };
  const record = await step.commit(manager, actor, {
    to: move.to,
    set: approvalColumns<R>(move.set),
    columns: { level },
    comment: approval.comment,
    changes: { level, final: next === null },
  });
  return { record, decision: { level, deciderAccountId: step.viewer.accountId, comment: approval.comment ?? null } };
}

/** Rejection at the awaited level (the approver's), once the flow's check has passed; the reason is recorded. */
export function rejectAtAwaitedLevel<S extends string, A extends string, R extends Subject<S>>(
  manager: EntityManager,
  actor: Actor,
  step: PendingStep<S, A, R>,
  rejection: { noun: string; reason: string },
): Promise<Decided<R>> {
  const level = requireAwaitedLevel(step.viewer, step.record, rejection.noun);
  return rejected(manager, actor, step, level, rejection.reason);
}

/** Records a rejection: nothing is awaited or committed any more; `level` is the approval level it was taken at, if any. */
export async function rejected<S extends string, A extends string, R extends Subject<S>>(
  manager: EntityManager,
  actor: Actor,
  step: PendingStep<S, A, R>,
  level: ApprovalLevel | null,
  reason: string,
): Promise<Decided<R>> {
  const record = await step.commit(manager, actor, {
    set: approvalColumns<R>({ nextApprovalLevel: null, committedFen: 0 }),
    columns: { level },
    comment: reason,
    changes: { level, reason },
  });
  return { record, decision: { level, deciderAccountId: step.viewer.accountId, comment: reason } };
}
