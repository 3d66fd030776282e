import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '@houqin/auth';
import type { ApprovalSubject } from './approval.entity';
import type { WorkflowFilter } from './approval.inputs';
import { awaitingApprovalBy } from './approval.rules';

/**
 * The filters both workflows' lists share (purchase.list, claim.list), on a scoped query of
 * requests or claims: a school, a status, a filer, and "waiting for my approval" (in the state
 * where the flow's approval is taken, at a level and school where the viewer approves).
 */
export function filterSubjects<T extends ApprovalSubject>(
  qb: SelectQueryBuilder<T>,
  filter: WorkflowFilter & { status?: string | null },
  viewer: Viewer,
  awaitingStates: readonly string[],
): SelectQueryBuilder<T> {
  const alias = qb.alias;
  if (filter.schoolId) qb.andWhere(`${alias}.schoolId = :schoolId`, { schoolId: filter.schoolId });
  if (filter.status) qb.andWhere(`${alias}.status = :status`, { status: filter.status });
  if (filter.requesterStaffId) qb.andWhere(`${alias}.requesterStaffId = :staffId`, { staffId: filter.requesterStaffId });
  if (filter.awaitingMyApproval) {
    const { sql, params } = awaitingApprovalBy(alias, viewer);
    qb.andWhere(`${alias}.status IN (:...awaiting) AND ${sql}`, { awaiting: awaitingStates, ...params });
  }
  return qb;
}
