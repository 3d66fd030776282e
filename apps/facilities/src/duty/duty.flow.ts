import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { FacilitiesStep } from '../workflow-step.entity';
import { DutyOccurrence, DutyOccurrenceStatus, DutyTask, DutyTaskStatus } from './duty.entity';

/** The steps of a duty task, as recorded in its history (FacilitiesStep.action). */
export enum DutyTaskAction {
  /** Set (布置) by the director or the principal; an urgent task's one occurrence with it. */
  CREATED = 'CREATED',
  /** Changed: title, requirement, people, time of day, deadline or last day (the occurrences still to come follow). */
  CHANGED = 'CHANGED',
  /** Ended: no longer planned; its occurrences still to come (untouched) are taken off the sheet. */
  ENDED = 'ENDED',
}

/** A duty task (工作叙事表): set, changed while in force, ended. Each step recorded with its audit entry. */
export const dutyTaskFlow = defineFlow({
  name: 'DutyTask',
  subjectType: 'DUTY_TASK',
  noun: 'duty task',
  auditPrefix: 'dutyTask',
  states: Object.values(DutyTaskStatus),
  entity: DutyTask,
  stepEntity: FacilitiesStep,
  transitions: {
    [DutyTaskAction.CREATED]: { from: [], to: [DutyTaskStatus.ACTIVE], permission: P.createDutyTask, audit: 'create' },
    [DutyTaskAction.CHANGED]: {
      from: [DutyTaskStatus.ACTIVE],
      to: [DutyTaskStatus.ACTIVE],
      permission: P.updateDutyTask,
      audit: 'update',
    },
    [DutyTaskAction.ENDED]: { from: [DutyTaskStatus.ACTIVE], to: [DutyTaskStatus.ENDED], permission: P.endDutyTask, audit: 'end' },
  },
});

const { OPEN, MARKED_DONE, CHECKED } = DutyOccurrenceStatus;

/** The steps of a duty occurrence (FacilitiesStep.action). Planning is recorded once per plan, in its audit entry. */
export enum DutyOccurrenceAction {
  /** The responsible person marked it done (完成), with a note. */
  MARKED_DONE = 'MARKED_DONE',
  /** The checker recorded the result (检查): 好, 合格 or 未完成. Once. */
  CHECKED = 'CHECKED',
}

/**
 * An occurrence of a duty task: OPEN → MARKED_DONE → CHECKED, or OPEN → CHECKED once its deadline has
 * passed unmarked (the checker finds it done or not). A second mark or check is a CONFLICT. Whoever
 * marked it done never checks it (separation of duties); the service adds that the responsible
 * person marks and the checker checks, and the deadline rule.
 */
export const dutyOccurrenceFlow = defineFlow({
  name: 'DutyOccurrence',
  subjectType: 'DUTY_OCCURRENCE',
  noun: 'duty occurrence',
  auditPrefix: 'dutyOccurrence',
  states: Object.values(DutyOccurrenceStatus),
  entity: DutyOccurrence,
  stepEntity: FacilitiesStep,
  transitions: {
    [DutyOccurrenceAction.MARKED_DONE]: { from: [OPEN], to: [MARKED_DONE], permission: P.markDutyOccurrenceDone, audit: 'markDone' },
    [DutyOccurrenceAction.CHECKED]: {
      from: [OPEN, MARKED_DONE],
      to: [CHECKED],
      permission: P.checkDutyOccurrence,
      audit: 'check',
      separate: { who: (occurrence) => occurrence.doneByAccountId, reason: 'You marked it done', doing: 'check' },
    },
  },
});
