import { formatDateTime } from '../../../shared/dates';
import { APPROVAL_LEVEL, labelOf, STEP_ACTION } from './labels';

/** A recorded workflow step (流程记录) as the graph gives it. */
export interface StepRecord {
  id: string;
  action: string;
  level?: string | null;
  actorAccountId: string;
  comment?: string | null;
  occurredAt: string;
}

/** The people the page can name: the graph gives a step's account id only. */
export interface KnownPeople {
  viewerAccountId: string;
  viewerName?: string | null;
  requesterAccountId: string;
  requesterName?: string | null;
}

/** One entry of the steps timeline. */
export interface TimelineEntry {
  key: string;
  color: string;
  /** "审批通过（校长）" */
  title: string;
  who: string;
  /** In the school's zone: "2026-03-01 09:05". */
  when: string;
  comment: string | null;
}

/**
 * Who took a step, as far as the page knows: the viewer, the requester (by the staff member's
 * name), else the approval level acted at, else a short form of the account id. The graph names
 * a step's account only by id (WorkflowStep.actorAccountId).
 */
export function stepActor(step: StepRecord, people: KnownPeople, t: (zh: string, en: string) => string): string {
  if (step.actorAccountId === people.viewerAccountId)
    return people.viewerName ? t(`${people.viewerName}（我）`, `${people.viewerName} (me)`) : t('我', 'Me');
  if (step.actorAccountId === people.requesterAccountId) return people.requesterName ?? t('申请人', 'Requester');
  if (step.level) return labelOf(APPROVAL_LEVEL, step.level, t);
  return t(`账号 …${step.actorAccountId.slice(-6)}`, `Account …${step.actorAccountId.slice(-6)}`);
}

/** The steps, oldest first, as the detail page's timeline shows them. */
export function timelineEntries(
  steps: readonly StepRecord[],
  people: KnownPeople,
  zone: string,
  t: (zh: string, en: string) => string,
): TimelineEntry[] {
  return steps.map((step) => {
    const action = labelOf(STEP_ACTION, step.action, t);
    const level = step.level ? labelOf(APPROVAL_LEVEL, step.level, t) : '';
    return {
      key: step.id,
      color: STEP_ACTION[step.action]?.color ?? 'gray',
      title: level ? t(`${action}（${level}）`, `${action} (${level})`) : action,
      who: stepActor(step, people, t),
      when: formatDateTime(step.occurredAt, zone),
      comment: step.comment?.trim() ? step.comment : null,
    };
  });
}
