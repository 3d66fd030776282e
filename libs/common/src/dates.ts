import { TZDate } from '@date-fns/tz';
// One file per function: the package's index loads all ~300 of its modules into every process.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { badInput } from './errors';

/** Schools show times in this zone unless they set their own (brief §4). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DAY = 'yyyy-MM-dd';

/** Today's calendar date (YYYY-MM-DD) in a time zone: a school's "today", not the server's. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now, timeZone), DAY);
}

/** A calendar date `days` later (or earlier, when negative). */
export function shiftDate(date: string, days: number): string {
  return format(addDays(parseISO(date), days), DAY);
}

/** An instant as a school reads it: "YYYY-MM-DD HH:mm" in its zone (a notice's deadline, brief §4). */
export function localMinute(at: Date, timeZone: string): string {
  return format(new TZDate(at, timeZone), 'yyyy-MM-dd HH:mm');
}

/** The instant a local calendar day starts (00:00 of `day`, YYYY-MM-DD, in `timeZone`). */
export function dayStart(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/** A local time of day, 'HH:MM' on a 24-hour clock (a meal's end, a patrol window, a task's deadline). */
export const isTimeOfDay = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

/** A calendar date argument, YYYY-MM-DD and a real day (not 2026-02-30): BAD_USER_INPUT on `field` otherwise. */
export function checkDay(day: string, field: string): void {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  )
    throw badInput(field, `${field} must be a date YYYY-MM-DD`);
}

/** The first and last day of a month YYYY-MM (BAD_USER_INPUT on `field` otherwise). */
export function monthSpan(month: string, field = 'month'): { from: string; to: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw badInput(field, `${field} must be a month YYYY-MM, e.g. 2026-11.`);
  const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** This month (YYYY-MM) in a time zone. */
export function monthIn(timeZone: string, now: Date = new Date()): string {
  return todayIn(timeZone, now).slice(0, 7);
}

/**
 * The month an argument names (BAD_USER_INPUT on `field` unless YYYY-MM), or this month in the
 * district's zone when it is omitted: the one reading of an optional `month` argument.
 */
export function monthOrCurrent(month: string | null | undefined, now: Date, field = 'month'): string {
  if (month == null) return monthIn(DEFAULT_TIME_ZONE, now);
  monthSpan(month, field);
  return month;
}

/** Days from `today` to the last valid day `expiresOn` (both YYYY-MM-DD); negative once expired. */
export const daysLeft = (expiresOn: string, today: string) => differenceInCalendarDays(parseISO(expiresOn), parseISO(today));

/**
 * What an expiry job announces of something last valid on `expiresOn` (a certificate, a training) on
 * `today`: EXPIRED from the day after, EXPIRING from `noticeDays` before it, nothing before that.
 */
export function expiryAnnouncement(
  expiresOn: string,
  today: string,
  noticeDays: number,
): { state: 'EXPIRING' | 'EXPIRED'; daysLeft: number } | null {
  const left = daysLeft(expiresOn, today);
  if (left < 0) return { state: 'EXPIRED', daysLeft: left };
  if (left <= noticeDays) return { state: 'EXPIRING', daysLeft: left };
  return null;
}
