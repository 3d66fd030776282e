import { EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import type { Viewer } from '@houqin/auth';
import { WorkflowStep } from '../entities';
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
