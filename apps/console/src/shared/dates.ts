import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Schools keep China time unless the district says otherwise (the brief, §4). */
export const DEFAULT_SCHOOL_ZONE = 'Asia/Shanghai';

/**
 * An instant the graph gives in UTC, shown in the school's zone, never the browser's: a director
 * travelling abroad still sees the school's clock. "2026-03-01 09:05".
 */
export function formatDateTime(instant: string | null | undefined, zone = DEFAULT_SCHOOL_ZONE): string {
  if (!instant) return '';
  const time = dayjs(instant);
  return time.isValid() ? time.tz(zone).format('YYYY-MM-DD HH:mm') : '';
}

/** The calendar date of an instant in the school's zone: "2026-03-01". */
export function formatDate(instant: string | null | undefined, zone = DEFAULT_SCHOOL_ZONE): string {
  if (!instant) return '';
  const time = dayjs(instant);
  return time.isValid() ? time.tz(zone).format('YYYY-MM-DD') : '';
}

/** The school's current month as the graph's period string "YYYY-MM". */
export function currentPeriod(zone = DEFAULT_SCHOOL_ZONE, now: Date = new Date()): string {
  return dayjs(now).tz(zone).format('YYYY-MM');
}

/** The school's current fiscal year (the calendar year in China's school finance). */
export function currentFiscalYear(zone = DEFAULT_SCHOOL_ZONE, now: Date = new Date()): number {
  return dayjs(now).tz(zone).year();
}
