import type { DutyCheckResult, DutyOccurrenceStatus, DutyTaskKind } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** Routine or urgent (常规 / 突击). */
export const DUTY_KIND: Record<string, Label> = {
  ROUTINE: { zh: '常规', en: 'Routine' },
  URGENT: { zh: '突击', en: 'Urgent' },
} satisfies Record<DutyTaskKind, Label>;

/** Where an occurrence stands. */
export const OCCURRENCE_STATUS: Record<string, Label> = {
  OPEN: { zh: '待完成', en: 'To do' },
  MARKED_DONE: { zh: '待检查', en: 'To check' },
  CHECKED: { zh: '已检查', en: 'Checked' },
} satisfies Record<DutyOccurrenceStatus, Label>;

/** The checker's result (检查结果). */
export const CHECK_RESULT: Record<string, Label> = {
  DONE_WELL: { zh: '好', en: 'Done well' },
  DONE: { zh: '合格', en: 'Done' },
  NOT_DONE: { zh: '未完成', en: 'Not done' },
} satisfies Record<DutyCheckResult, Label>;

export const CHECK_RESULT_COLOR: Record<string, string> = { DONE_WELL: 'green', DONE: 'blue', NOT_DONE: 'red' };

/** Common recurrences offered when setting a routine task (an RFC 5545 rule each). */
export const RULE_PRESETS: { rule: string; label: Label }[] = [
  { rule: 'FREQ=DAILY', label: { zh: '每个上学日', en: 'Every school day' } },
  { rule: 'FREQ=WEEKLY;BYDAY=MO', label: { zh: '每周一', en: 'Every Monday' } },
  { rule: 'FREQ=WEEKLY;BYDAY=FR', label: { zh: '每周五', en: 'Every Friday' } },
  { rule: 'FREQ=MONTHLY;BYMONTHDAY=1', label: { zh: '每月1日', en: 'The 1st of every month' } },
];
