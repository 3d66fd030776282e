import { TZDate } from '@date-fns/tz';
import { RRule } from 'rrule';
import { badInput, dayStart, isSchoolDayOf, isTimeOfDay, shiftDate, type TermDates } from '@houqin/common';
import { DUTY_RULE_MAX, DutyOccurrenceStatus } from './duty.entity';

/** The longest range one plan covers: a term (a term lasts at most 200 days). */
export const PLAN_RANGE_MAX_DAYS = 200;
/** Most tasks in force at a school at once (a plan of 200 days × 200 daily tasks stays bounded). */
export const ACTIVE_TASKS_MAX = 200;
/** The longest interval a rule may have (INTERVAL=366: once a year of days). */
export const RULE_INTERVAL_MAX = 366;
/** How far ahead a rule must name a day to be accepted: two years. */
const RULE_HORIZON_DAYS = 731;

/** The parts of an RFC 5545 RRULE a duty task may use, each with the shape of its value. */
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const LIST = (item: string) => new RegExp(`^${item}(,${item})*$`);
const RULE_PARTS: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  BYDAY: LIST(`([+-]?([1-9]|[1-4]\\d|5[0-3]))?${WEEKDAY}`),
  BYMONTHDAY: LIST('[+-]?([1-9]|[12]\\d|3[01])'),
  BYMONTH: LIST('([1-9]|1[0-2])'),
  BYSETPOS: LIST('[+-]?([1-9]\\d{0,1}|[12]\\d\\d|3[0-5]\\d|36[0-6])'),
  WKST: new RegExp(`^${WEEKDAY}$`),
};

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A routine task's recurrence rule, checked and normalised: an RFC 5545 RRULE ("FREQ=WEEKLY;BYDAY=FR",
 * an optional "RRULE:" prefix) with a FREQ of DAILY, WEEKLY, MONTHLY or YEARLY (a duty is per day),
 * an INTERVAL of 1–366 when given, and only BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS and WKST besides.
 * DTSTART, UNTIL and COUNT are the task's startsOn and endsOn. A rule without a FREQ (no interval to
 * repeat by), with an unknown or malformed part, or naming no day within two years of `startsOn` is
 * BAD_USER_INPUT on `field`. Each part is checked before rrule reads it (rrule loops for ever on
 * INTERVAL=abc).
 */
export function parseDutyRule(text: string, startsOn: string, field = 'rule'): string {
  const rule = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
  if (!rule || rule.length > DUTY_RULE_MAX) throw badInput(field, `${field} must be an RFC 5545 rule such as FREQ=WEEKLY;BYDAY=FR.`);
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const [key, value, extra] = part.split('=');
    if (extra !== undefined || !value) throw badInput(field, `${field}: "${part}" is not KEY=VALUE.`);
    if (!(key in RULE_PARTS))
      throw badInput(field, `${field}: ${key} is not a rule part a duty task uses (${Object.keys(RULE_PARTS).join(', ')}).`);
    if (seen.has(key)) throw badInput(field, `${field}: ${key} is given twice.`);
    if (!RULE_PARTS[key].test(value)) throw badInput(field, `${field}: ${key}=${value} is not a valid value.`);
    seen.add(key);
  }
  if (!seen.has('FREQ')) throw badInput(field, `${field} needs a FREQ (DAILY, WEEKLY, MONTHLY or YEARLY): how often it repeats.`);
  const interval = /INTERVAL=(\d+)/.exec(rule);
  if (interval && Number(interval[1]) > RULE_INTERVAL_MAX)
    throw badInput(field, `${field}: INTERVAL must be from 1 to ${RULE_INTERVAL_MAX}.`);
  if (!ruleDays(rule, startsOn, startsOn, shiftDate(startsOn, RULE_HORIZON_DAYS)).length)
    throw badInput(field, `${field} names no day within two years of ${startsOn}.`);
  return rule;
}

/** The days from `from` to `to` (both included) a checked rule names, counted from `startsOn` (DTSTART). */
export function ruleDays(rule: string, startsOn: string, from: string, to: string): string[] {
  if (to < from) return [];
  const recurrence = new RRule({ ...RRule.parseString(rule), dtstart: utcDay(startsOn) });
  return recurrence.between(utcDay(from), utcDay(to), true).map(dayOf);
}

/** The rule in words ("every week on Friday"), for people reading the sheet. */
export const ruleText = (rule: string, startsOn: string) => new RRule({ ...RRule.parseString(rule), dtstart: utcDay(startsOn) }).toText();

/** A time of day HH:MM (00:00–23:59), else BAD_USER_INPUT on `field`. */
export function checkDueTime(time: string, field = 'dueTime'): string {
  if (!isTimeOfDay(time)) throw badInput(field, `${field} must be a time of day HH:MM, e.g. 16:30.`);
  return time;
}

/** The deadline of a routine occurrence on `day`: that time of day in the school's zone, or the end of the day (midnight after it). */
export function deadlineOn(day: string, dueTime: string | null, timeZone: string): Date {
  if (!dueTime) return dayStart(shiftDate(day, 1), timeZone);
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = dueTime.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, timeZone).getTime());
}

/** A routine task as planning reads it. */
export interface PlannedTask {
  rule: string;
  startsOn: string;
  endsOn: string | null;
  dueTime: string | null;
}

/** One day a plan gives a task. */
export interface PlannedDay {
  dueOn: string;
  startsAt: Date;
  deadline: Date;
}

/** What planning a task over a range gives: the days to plan, and the days of its rule left out and why. */
export interface TaskPlan {
  days: PlannedDay[];
  /** Days of the rule that are not school days (weekends, public holidays, vacations): never planned. */
  nonSchoolDays: string[];
  /** Days whose deadline had passed when the plan was made: nobody could have done a task not yet on the sheet. */
  pastDays: string[];
}

/**
 * The occurrences a routine task gets from `from` to `to` (both included): the days its rule names
 * within its own start and end, on the school's calendar — a day that is not a school day (weekend,
 * public holiday such as the National Day week, vacation; 调休 working days are school days) is not
 * planned, and neither is a day whose deadline is already past at `now`.
 */
export function planTask(task: PlannedTask, from: string, to: string, terms: readonly TermDates[], timeZone: string, now: Date): TaskPlan {
  const first = task.startsOn > from ? task.startsOn : from;
  const last = task.endsOn && task.endsOn < to ? task.endsOn : to;
  const plan: TaskPlan = { days: [], nonSchoolDays: [], pastDays: [] };
  for (const dueOn of ruleDays(task.rule, task.startsOn, first, last)) {
    if (!isSchoolDayOf(dueOn, terms)) {
      plan.nonSchoolDays.push(dueOn);
      continue;
    }
    const deadline = deadlineOn(dueOn, task.dueTime, timeZone);
    if (deadline <= now) plan.pastDays.push(dueOn);
    else plan.days.push({ dueOn, startsAt: dayStart(dueOn, timeZone), deadline });
  }
  return plan;
}

/**
 * Whether the checker may record a result now: once it is marked done, or once its deadline has
 * passed unmarked (a check before either would judge work still allowed to happen).
 */
export const checkable = (occurrence: { status: DutyOccurrenceStatus; deadline: Date }, now: Date) =>
  occurrence.status === DutyOccurrenceStatus.MARKED_DONE || (occurrence.status === DutyOccurrenceStatus.OPEN && now >= occurrence.deadline);

/** Overdue (逾期): still to do after its deadline. */
export const isOverdue = (occurrence: { status: DutyOccurrenceStatus; deadline: Date }, now: Date) =>
  occurrence.status === DutyOccurrenceStatus.OPEN && now > occurrence.deadline;

/** Late (逾期完成): marked done after its deadline. */
export const isLate = (occurrence: { doneAt: Date | null; deadline: Date }) =>
  occurrence.doneAt != null && occurrence.doneAt > occurrence.deadline;

/** The local hour a duty's day is reminded of (07:00, before the school day). */
export const REMINDER_HOUR = 7;
/** Notices about occurrences whose deadline is older than this are not sent: a job back after a week floods nobody. */
export const NOTICE_LOOKBACK_MS = 7 * 86_400_000;

/**
 * When an occurrence's responsible person is reminded of it (工作提醒): at 07:00 on its day in the school's
 * zone, or an hour before its deadline when that comes first (a job due at 06:30), and never before it
 * opens (an urgent task set mid-morning is reminded of at once).
 */
export function reminderAt(occurrence: { dueOn: string; startsAt: Date; deadline: Date }, timeZone: string): Date {
  const morning = dayStart(occurrence.dueOn, timeZone).getTime() + REMINDER_HOUR * 3_600_000;
  return new Date(Math.max(occurrence.startsAt.getTime(), Math.min(morning, occurrence.deadline.getTime() - 3_600_000)));
}

/** Whether to remind now: still to do, its reminder time come, its deadline ahead. */
export const isReminderDue = (
  occurrence: { status: DutyOccurrenceStatus; dueOn: string; startsAt: Date; deadline: Date },
  timeZone: string,
  now: Date,
) => occurrence.status === DutyOccurrenceStatus.OPEN && now >= reminderAt(occurrence, timeZone) && now < occurrence.deadline;
