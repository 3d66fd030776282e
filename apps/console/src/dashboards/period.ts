import { currentPeriod } from '../shared/dates';

/**
 * The month a dashboard shows, as the graph names it ("YYYY-MM"), kept in the page's address
 * (`?period=2026-11`) so a link, a reload or the back button shows the same figures. The fiscal
 * year is the period's calendar year (China's school finance).
 */
export interface DashboardPeriod {
  /** "2026-11" */
  period: string;
  /** 2026 */
  year: number;
  /** 1 … 12 */
  month: number;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The period named in the address, or the school's current month when none (or a malformed one) is given. */
export function readPeriod(search: URLSearchParams | string, zone?: string, now?: Date): DashboardPeriod {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const given = params.get('period');
  return parsePeriod(given && PERIOD.test(given) ? given : currentPeriod(zone, now));
}

export function parsePeriod(period: string): DashboardPeriod {
  const match = PERIOD.exec(period);
  if (!match) throw new RangeError(`Not a period YYYY-MM: ${period}`);
  return { period, year: Number(match[1]), month: Number(match[2]) };
}

export function periodOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The first and last day of a month or of a year, YYYY-MM-DD, for a date filter. */
export function monthRange(year: number, month: number): { fromDate: string; toDate: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const p = periodOf(year, month);
  return { fromDate: `${p}-01`, toDate: `${p}-${String(last).padStart(2, '0')}` };
}

export function yearRange(year: number): { fromDate: string; toDate: string } {
  return { fromDate: `${year}-01-01`, toDate: `${year}-12-31` };
}
