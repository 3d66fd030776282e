import DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityTarget, In, QueryDeepPartialEntity, SelectQueryBuilder } from 'typeorm';
import { conflict, newId } from '@houqin/common';
import type { Viewer } from '@houqin/auth';
import { applySchoolScope, groupBy } from '@houqin/persistence';
import { ExpenseClaim, PurchaseRequest, WorkflowStep } from '../entities';
import { financeReaderSchools } from '../rules';
import { ApprovalLevel, WorkflowAction, WorkflowSubject } from '../enums';

/** Records one workflow step in the caller's transaction (append-only: steps are never changed). */
export async function recordStep(
  manager: EntityManager,
  viewer: Viewer,
  subject: { type: WorkflowSubject; id: string; schoolId: string; districtId: string },
  action: WorkflowAction,
  options: { level?: ApprovalLevel | null; comment?: string | null } = {},
): Promise<void> {
  await manager.insert(WorkflowStep, {
    id: newId(),
    districtId: subject.districtId,
    schoolId: subject.schoolId,
    subjectType: subject.type,
    subjectId: subject.id,
    action,
    level: options.level ?? null,
    actorAccountId: viewer.accountId,
    comment: options.comment?.trim() || null,
    occurredAt: new Date(),
  });
}

/**
 * Requests or claims the viewer may see, as a query: the one visibility rule of both workflows.
 * District roles see their district, a school's finance staff all of their school's, anyone else
 * only what they filed (on top of the tenancy scope).
 */
export function visibleSubjects<T extends PurchaseRequest | ExpenseClaim>(manager: EntityManager, entity: EntityTarget<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const qb = applySchoolScope(manager.getRepository(entity).createQueryBuilder(alias), viewer);
  const readable = financeReaderSchools(viewer);
  if (readable !== 'district') {
    qb.andWhere(readable.length ? `(${alias}.schoolId IN (:...readable) OR ${alias}.requesterAccountId = :me)` : `${alias}.requesterAccountId = :me`, { readable, me: viewer.accountId });
  }
  return qb;
}

/** Workflow steps of many subjects in one statement, oldest first. */
export function stepsLoader(dataSource: DataSource, subjectType: WorkflowSubject): DataLoader<string, WorkflowStep[]> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(WorkflowStep).find({ where: { subjectType, subjectId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (s) => s.subjectId);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * Moves a request or claim on only if it is still in one of `from` and unchanged since read (its
 * version): otherwise CONFLICT — a step was skipped, or someone else acted first.
 */
export async function guardedTransition<T extends PurchaseRequest | ExpenseClaim>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  record: T,
  from: string[],
  changes: QueryDeepPartialEntity<T>,
  noun: 'request' | 'claim',
): Promise<void> {
  if (!from.includes(record.status)) throw conflict(`The ${noun} is ${record.status}; this step needs it to be ${from.join(' or ')}.`, { status: record.status });
  const result = await manager.createQueryBuilder().update(entity).set(changes).where('id = :id AND version = :version', { id: record.id, version: record.version }).execute();
  if (!result.affected) throw conflict(`The ${noun} was changed by someone else meanwhile; reload it.`);
}
