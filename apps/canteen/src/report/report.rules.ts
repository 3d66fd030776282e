import { badInput } from '@houqin/common';

/** The longest span one call of monthly costs covers: two school years. */
export const MONTH_RANGE_MAX = 24;
/** Days of stock are read against the issues of the last this many days. */
export const ISSUE_WINDOW_DAYS = 30;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and last day of a month 'YYYY-MM', as 'YYYY-MM-DD' (the last day from the calendar, leap years included). */
export function monthDays(month: string, field = 'month'): { from: string; to: string } {
  const match = MONTH.exec(month);
  if (!match) throw badInput(field, `Give the month as YYYY-MM, e.g. 2026-03 (got "${month}").`);
  const last = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Every month from `from` to `to` inclusive, at most MONTH_RANGE_MAX of them. */
export function monthsBetween(from: string, to: string): string[] {
  monthDays(from, 'fromMonth');
  monthDays(to, 'toMonth');
  if (to < from) throw badInput('toMonth', `The last month (${to}) is before the first (${from}).`);
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  while (`${year}-${String(month).padStart(2, '0')}` <= to) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    if (months.length > MONTH_RANGE_MAX) throw badInput('toMonth', `Ask for at most ${MONTH_RANGE_MAX} months at a time.`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** A share in [0, 1], or null when there was nothing to count (no meals, no roster): "no data" is not 0 %. */
export function rate(count: number, of: number): number | null {
  return of > 0 ? count / of : null;
}

/**
 * Days of stock (库存天数): what is on hand over the average daily issue cost of the last window,
 * to one decimal; null when nothing was issued in the window (the stock does not run down).
 */
export function daysOfStock(stockValueFen: number, issuedFenInWindow: number, windowDays = ISSUE_WINDOW_DAYS): number | null {
  if (issuedFenInWindow <= 0) return null;
  return Math.floor((stockValueFen * windowDays * 10) / issuedFenInWindow) / 10;
}

/**
 * Accompanied-meal coverage (陪餐覆盖): of the school days so far in the period, times the school's
 * canteens, how many canteen-days had a leader eat lunch with the students. Days that are not school
 * days (weekends, holidays) neither count nor help.
 */
export function accompaniedCoverage(
  schoolDays: readonly string[],
  canteenIds: readonly string[],
  lunches: readonly { canteenId: string; servedOn: string }[],
): { expected: number; covered: number } {
  const days = new Set(schoolDays);
  const canteens = new Set(canteenIds);
  const covered = new Set(
    lunches.filter((l) => days.has(l.servedOn) && canteens.has(l.canteenId)).map((l) => `${l.canteenId}|${l.servedOn}`),
  );
  return { expected: days.size * canteens.size, covered: covered.size };
}
