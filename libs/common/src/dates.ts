import { TZDate } from '@date-fns/tz';
// One file per function: the package's index loads all ~300 of its modules into every process.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

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
