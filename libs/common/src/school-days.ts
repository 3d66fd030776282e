import { isWorkday } from 'chinese-days';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { badInput } from './errors';
import { shiftDate } from './dates';

/** The longest range a gap query covers: a school year. */
export const SCHOOL_DAY_RANGE_MAX_DAYS = 366;

/**
 * A school day (上学日) by the national calendar: a weekday that is not a public holiday, or a weekend
 * day made a working day (调休) to bridge one. `chinese-days` carries the State Council's yearly
 * holiday notices; school vacations (寒暑假) are the school's own and are not known here.
 */
export const isSchoolDay = (day: string): boolean => isWorkday(day);

/** Every school day from `from` to `to` (YYYY-MM-DD, both included), in order. */
export function schoolDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDate(day, 1)) if (isSchoolDay(day)) days.push(day);
  return days;
}

/** A date range a query may ask about: `to` not before `from`, at most a year long. */
export function checkDateRange(from: string, to: string): void {
  if (to < from) throw badInput('to', 'to must not be before from.');
  if (differenceInCalendarDays(parseISO(to), parseISO(from)) >= SCHOOL_DAY_RANGE_MAX_DAYS)
    throw badInput('to', `The range may cover at most ${SCHOOL_DAY_RANGE_MAX_DAYS} days.`);
}
