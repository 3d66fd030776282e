import type { ChecklistAnswerInput, ChecklistItemKind, MaintenanceFrequency } from '../../graphql/graphql';
import { DEFAULT_SCHOOL_ZONE, formatDate } from '../../shared/dates';
import { labelOf } from '../../shared/labels';
import { MAINTENANCE_FREQUENCY, type OccurrenceState } from './labels';

type T = (zh: string, en: string) => string;

// ── Days (YYYY-MM-DD, the school's calendar) ────────────────────────────────────────────────────

/** A day moved by `days` (calendar arithmetic on the date itself, no time zone involved). */
export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in the school's zone. */
export function schoolDay(now: Date = new Date(), zone = DEFAULT_SCHOOL_ZONE): string {
  return formatDate(now.toISOString(), zone);
}

/**
 * The due day of a maintenance work order: it is due at the start of the day after its due day (the
 * school's midnight), so the due day is the school's date of the instant just before.
 */
export function dueDayOf(dueAt: string, zone = DEFAULT_SCHOOL_ZONE): string {
  return formatDate(new Date(new Date(dueAt).getTime() - 1).toISOString(), zone);
}

/** The month "YYYY-MM" of the address (`?month=`), else the school's current month. */
export function readMonth(given: string | null | undefined, today: string): string {
  return given && /^\d{4}-(0[1-9]|1[0-2])$/.test(given) ? given : today.slice(0, 7);
}

/** The first and last day of a month "YYYY-MM". */
export function monthDays(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month before or after "YYYY-MM". */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

// ── Schedules (预防性维护计划) ────────────────────────────────────────────────────────────────────

/** "每 15 天" / "every 15 days"; "每年" / "every year" for an interval of one. */
export function intervalText(frequency: string, interval: number, t: T): string {
  const unit = labelOf(MAINTENANCE_FREQUENCY, frequency, t);
  if (interval === 1) {
    const one: Record<string, [string, string]> = {
      DAILY: ['每天', 'every day'],
      WEEKLY: ['每周', 'every week'],
      MONTHLY: ['每月', 'every month'],
      YEARLY: ['每年', 'every year'],
    };
    const [zh, en] = one[frequency] ?? [`每 1 ${unit}`, `every 1 ${unit}`];
    return t(zh, en);
  }
  return t(`每 ${interval} ${unit}`, `every ${interval} ${unit}`);
}

/** A schedule's RFC 5545 rule ("FREQ=DAILY;INTERVAL=15") in words; the rule itself when it is not that simple. */
export function ruleText(rule: string, t: T): string {
  const parts = new Map(
    rule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((p) => p.split('=') as [string, string]),
  );
  const freq = parts.get('FREQ');
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!freq || !(freq in MAINTENANCE_FREQUENCY) || !Number.isInteger(interval) || parts.size > 2) return rule;
  return intervalText(freq as MaintenanceFrequency, interval, t);
}

/** What a schedule or template by meter (METER) has: its unit and interval; a calendar one has its rule. */
export interface ScheduleRule {
  rule?: string | null;
  meterUnit?: string | null;
  meterInterval?: string | null;
}

/** A schedule's interval in words: its rule ("每 15 天"), or by meter "每 250 h" / "every 250 h". */
export function scheduleRuleText(schedule: ScheduleRule, t: T): string {
  if (schedule.rule) return ruleText(schedule.rule, t);
  if (schedule.meterInterval)
    return t(
      `每 ${schedule.meterInterval} ${schedule.meterUnit ?? ''}`,
      `every ${schedule.meterInterval} ${schedule.meterUnit ?? ''}`,
    ).trim();
  return '—';
}

/** A template's rule as the create form shows it. */
export function templateSummary(template: ScheduleRule & { basisNote: string }, t: T): string {
  return `${scheduleRuleText(template, t)} · ${template.basisNote}`;
}

/** Where a schedule by meter stands: due at a reading (and how far the meter has come), or its work order open. */
export function meterDueText(
  schedule: { meterUnit?: string | null; meterReading?: string | null; nextDueReading?: string | null },
  t: T,
): string {
  const unit = schedule.meterUnit ?? '';
  const now = schedule.meterReading ? t(`（当前 ${schedule.meterReading} ${unit}）`, ` (now ${schedule.meterReading} ${unit})`) : '';
  if (!schedule.nextDueReading) return t(`维保工单进行中${now}`, `Its work order is open${now}`);
  return t(`${schedule.nextDueReading} ${unit} 时到期${now}`, `Due at ${schedule.nextDueReading} ${unit}${now}`);
}

/**
 * Where a due day stands: done (its work order finished) by the due day or after it, still open, or
 * open past the due day (逾期). The work order's `overdue` (open after its due time) is the graph's
 * word when it is readable; otherwise the day is compared with today.
 */
export function occurrenceState(
  occurrence: { dueOn: string; completedOn?: string | null; workOrder?: { overdue: boolean } | null },
  today: string,
): OccurrenceState {
  if (occurrence.completedOn) return occurrence.completedOn <= occurrence.dueOn ? 'DONE' : 'LATE';
  if (occurrence.workOrder) return occurrence.workOrder.overdue ? 'OVERDUE' : 'OPEN';
  return occurrence.dueOn < today ? 'OVERDUE' : 'OPEN';
}

// ── The checklist (检查记录) ──────────────────────────────────────────────────────────────────────

export interface ChecklistItemRef {
  label: string;
  kind: ChecklistItemKind | string;
  min?: string | null;
  max?: string | null;
  unit?: string | null;
}

/** One item's answer as the form holds it. */
export interface ChecklistFormAnswer {
  passed?: boolean | null;
  value?: string | null;
  photoRef?: string | null;
}

/** A recorded answer (ChecklistAnswer). */
export interface RecordedAnswer {
  item: number;
  passed: boolean;
  value?: string | null;
  photoRef?: string | null;
}

const DECIMAL = /^-?\d{1,9}(\.\d{1,3})?$/;

/** A number as typed ("０.３５", " 0.35 ", "+3") as the graph's decimal text, or null when it is not one. */
export function normaliseDecimal(text: string | null | undefined): string | null {
  const typed = (text ?? '').normalize('NFKC').trim().replace(/^\+/, '');
  return DECIMAL.test(typed) ? typed : null;
}

/** A decimal text in thousandths, exactly (as the service compares limits: never through a float). */
export function thousandths(text: string): number {
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const value = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  return text.startsWith('-') ? -value : value;
}

/**
 * How a typed number reads against an item's limits, as the service will judge it: within them
 * (passes), outside them (fails), or not a number yet.
 */
export function judgeNumber(item: Pick<ChecklistItemRef, 'min' | 'max'>, typed: string | null | undefined): 'pass' | 'fail' | 'invalid' {
  const value = normaliseDecimal(typed);
  if (value === null) return 'invalid';
  const n = thousandths(value);
  const low = item.min != null && DECIMAL.test(item.min) ? thousandths(item.min) : null;
  const high = item.max != null && DECIMAL.test(item.max) ? thousandths(item.max) : null;
  return (low === null || n >= low) && (high === null || n <= high) ? 'pass' : 'fail';
}

export { limitsText } from '../../shared/limits';

/**
 * The form's answers as RecordMaintenanceChecklistInput.answers: one per item, in checklist order,
 * each giving only what its kind is answered with (passed for PASS_FAIL, the number for NUMBER and
 * READING, the photo reference for PHOTO). Nothing is guessed: an item left unanswered is sent
 * without its answer, and the graph's BAD_USER_INPUT on answers.N lands beside that item.
 */
export function checklistAnswers(
  items: readonly ChecklistItemRef[],
  given: readonly (ChecklistFormAnswer | null | undefined)[],
): ChecklistAnswerInput[] {
  return items.map((item, i) => {
    const answer = given[i] ?? {};
    switch (item.kind) {
      case 'PASS_FAIL':
        return { passed: typeof answer.passed === 'boolean' ? answer.passed : null, value: null, photoRef: null };
      case 'NUMBER':
      case 'READING': {
        const typed = (answer.value ?? '').normalize('NFKC').trim();
        return { passed: null, value: normaliseDecimal(typed) ?? (typed || null), photoRef: null };
      }
      case 'PHOTO':
        return { passed: null, value: null, photoRef: answer.photoRef?.trim() || null };
      default:
        return { passed: answer.passed ?? null, value: answer.value?.trim() || null, photoRef: answer.photoRef?.trim() || null };
    }
  });
}

/** The form's starting answers: what was recorded, else nothing (each item answered on purpose). */
export function checklistFormValues(
  items: readonly ChecklistItemRef[],
  recorded: readonly RecordedAnswer[] | null | undefined,
): ChecklistFormAnswer[] {
  return items.map((item, i) => {
    const answer = recorded?.find((a) => a.item === i);
    if (!answer) return { passed: null, value: '', photoRef: '' };
    return {
      passed: item.kind === 'PASS_FAIL' ? answer.passed : null,
      value: answer.value ?? '',
      photoRef: answer.photoRef ?? '',
    };
  });
}

/** How many recorded answers failed (不合格), for the card's summary. */
export function failedCount(recorded: readonly RecordedAnswer[] | null | undefined): number {
  return (recorded ?? []).filter((a) => !a.passed).length;
}

/** Whether the checklist card may be edited: a maintenance work order in progress that the viewer works (FINISH is theirs). */
export function canRecordChecklist(order: { source: string; status: string; viewerActions: readonly string[] }): boolean {
  return order.source === 'PM' && order.status === 'IN_PROGRESS' && order.viewerActions.includes('FINISH');
}
