import type DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityTarget, In, QueryDeepPartialEntity, SelectQueryBuilder } from 'typeorm';
import { conflict, forbidden, newId } from '@houqin/common';
import { requireViewer, Viewer } from '@houqin/auth';
import { applySchoolScope, groupedLoader, recordAudit } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { ExpenseClaim, PurchaseRequest, WorkflowStep } from '../entities';
import { canApproveAt, requireNotRequester, restrictToReadableBooks } from '../rules';
import { ApprovalLevel, WorkflowAction, WorkflowSubject } from '../enums';

/** How each workflow's records are named in messages and in the audit trail. */
const WORKFLOWS = {
  [WorkflowSubject.PURCHASE_REQUEST]: { entity: PurchaseRequest, entityType: 'PurchaseRequest', auditPrefix: 'purchaseRequest', noun: 'request' },
  [WorkflowSubject.EXPENSE_CLAIM]: { entity: ExpenseClaim, entityType: 'ExpenseClaim', auditPrefix: 'expenseClaim', noun: 'claim' },
} as const;

/** The audit verb of each step, e.g. `purchaseRequest.approve`. */
const AUDIT_VERB: Record<WorkflowAction, string> = {
  [WorkflowAction.SUBMITTED]: 'submit',
  [WorkflowAction.REVIEWED]: 'review',
  [WorkflowAction.APPROVED]: 'approve',
  [WorkflowAction.REJECTED]: 'reject',
  [WorkflowAction.ORDERED]: 'order',
  [WorkflowAction.RECEIVED]: 'receive',
  [WorkflowAction.PAID]: 'pay',
};

/** What filing returns: the record, and budget warnings under a WARN policy (empty when within budget). */
export interface Submitted<T> {
  record: T;
  warnings: string[];
}

/** A purchase request or expense claim: what every workflow step reads and moves. */
export type WorkflowRecord = PurchaseRequest | ExpenseClaim;

/**
 * Records one workflow step (append-only: steps are never changed) and its audit entry, in the
 * caller's transaction, as the signed-in viewer.
 */
export async function recordStep(
  manager: EntityManager,
  ctx: SubgraphContext,
  type: WorkflowSubject,
  record: Pick<WorkflowRecord, 'id' | 'schoolId' | 'districtId'>,
  action: WorkflowAction,
  options: { level?: ApprovalLevel | null; comment?: string | null; changes: Record<string, unknown> },
): Promise<void> {
  const viewer = requireViewer(ctx.viewer);
  await manager.insert(WorkflowStep, {
    id: newId(),
    districtId: record.districtId,
    schoolId: record.schoolId,
    subjectType: type,
    subjectId: record.id,
    action,
    level: options.level ?? null,
    actorAccountId: viewer.accountId,
    comment: options.comment?.trim() || null,
    occurredAt: new Date(),
  });
  const { entityType, auditPrefix } = WORKFLOWS[type];
  await recordAudit(manager, ctx, {
    action: `${auditPrefix}.${AUDIT_VERB[action]}`,
    entityType,
    entityId: record.id,
    districtId: record.districtId,
    schoolId: record.schoolId,
    changes: options.changes,
  });
}

/**
 * The level the record waits for, if the viewer may approve at it: it must be waiting for an
 * approval (else CONFLICT), not be the viewer's own filing, and the viewer must hold that level at
 * the school (else FORBIDDEN).
 */
export function requireApprover(viewer: Viewer, type: WorkflowSubject, record: WorkflowRecord, waitingStatus: string): ApprovalLevel {
  const { noun } = WORKFLOWS[type];
  if (record.status !== waitingStatus || !record.nextApprovalLevel) {
    throw conflict(`The ${noun} is ${record.status}; it is not waiting for an approval.`, { status: record.status });
  }
  requireNotRequester(viewer, record.requesterAccountId, 'approve');
  const level = record.nextApprovalLevel;
  if (!canApproveAt(viewer, level, record.schoolId)) throw forbidden(`This ${noun} is waiting for the ${level} level's approval.`);
  return level;
}

/**
 * Requests or claims the viewer may see, as a query: the one visibility rule of both workflows.
 * District roles see their district, a school's finance staff all of their school's, anyone else
 * only what they filed (on top of the tenancy scope).
 */
export function visibleSubjects<T extends WorkflowRecord>(manager: EntityManager, entity: EntityTarget<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  return restrictToReadableBooks(applySchoolScope(manager.getRepository(entity).createQueryBuilder(alias), viewer), alias, viewer, true);
}

/** Workflow steps of many subjects in one statement, oldest first. */
export function stepsLoader(dataSource: DataSource, subjectType: WorkflowSubject): DataLoader<string, WorkflowStep[]> {
  return groupedLoader((ids) => dataSource.getRepository(WorkflowStep).find({ where: { subjectType, subjectId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } }), (s) => s.subjectId);
}

/**
 * Moves a request or claim on only if it is still in one of `from` and unchanged since read (its
 * version): otherwise CONFLICT — a step was skipped, or someone else acted first.
 */
export async function guardedTransition<T extends WorkflowRecord>(
  manager: EntityManager,
  type: WorkflowSubject,
  record: T,
  from: string[],
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const { entity, noun } = WORKFLOWS[type];
  if (!from.includes(record.status)) throw conflict(`The ${noun} is ${record.status}; this step needs it to be ${from.join(' or ')}.`, { status: record.status });
  const result = await manager.createQueryBuilder().update(entity).set(changes as QueryDeepPartialEntity<PurchaseRequest & ExpenseClaim>).where('id = :id AND version = :version', { id: record.id, version: record.version }).execute();
  if (!result.affected) throw conflict(`The ${noun} was changed by someone else meanwhile; reload it.`);
}
