import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { DEFAULT_SCHOOL_ZONE } from '../../shared/dates';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The school's calendar day now (YYYY-MM-DD), in its zone, never the browser's. */
export function schoolToday(zone = DEFAULT_SCHOOL_ZONE, now: Date = new Date()): string {
  return dayjs(now).tz(zone).format('YYYY-MM-DD');
}

/** A calendar day moved by `days` (YYYY-MM-DD in, YYYY-MM-DD out; no zone involved). */
export function shiftDay(day: string, days: number): string {
  return dayjs.utc(day).add(days, 'day').format('YYYY-MM-DD');
}

/** 37.3 ℃ and above fails a morning check (the graph's rule, shown before the graph is asked). */
export const FEVER_FROM_TENTHS = 373;

/**
 * A temperature as typed ("36.5") in tenths of a degree, or null when it is not degrees Celsius with at
 * most one decimal place between 34.0 and 43.0 (the graph refuses those as typing errors).
 */
export function temperatureTenths(text: string | null | undefined): number | null {
  const match = /^\s*(\d{2})(?:[.,](\d))?\s*$/.exec(text ?? '');
  if (!match) return null;
  const tenths = Number(match[1]) * 10 + Number(match[2] ?? 0);
  return tenths >= 340 && tenths <= 430 ? tenths : null;
}

/** True when a typed temperature is a fever at a morning check (≥ 37.3 ℃). */
export function isFever(text: string | null | undefined): boolean {
  const tenths = temperatureTenths(text);
  return tenths !== null && tenths >= FEVER_FROM_TENTHS;
}

export type CertificateStateName = 'VALID' | 'EXPIRING' | 'EXPIRED' | 'NOT_YET_VALID' | 'NONE';

/** A roster member's certificate state as the page shows it: the graph's state, or NONE without one. */
export function certificateStateOf(certificate: { state: string } | null | undefined): CertificateStateName {
  return (certificate?.state as CertificateStateName | undefined) ?? 'NONE';
}

/** Whether a morning check today could pass at all: only with a certificate valid today. */
export function certificateAllowsPass(state: CertificateStateName): boolean {
  return state === 'VALID' || state === 'EXPIRING';
}

/** How far the roster is checked today: everyone, passed, failed, not yet checked. */
export function rosterProgress(roster: readonly { morningCheckToday?: { passed: boolean } | null }[]) {
  const passed = roster.filter((m) => m.morningCheckToday?.passed === true).length;
  const failed = roster.filter((m) => m.morningCheckToday?.passed === false).length;
  return { total: roster.length, passed, failed, unchecked: roster.length - passed - failed };
}

export interface SampleRow {
  dishId: string;
  dishName: string;
  /** Samples of the dish, in the order the graph gave them. */
  samples: number;
  /** The heaviest sample's weight in grams; null when none. */
  heaviestGrams: number | null;
  /** What the graph says is wrong with the dish's samples; null when sampled enough. */
  problem: 'UNSAMPLED' | 'SHORT' | null;
}

/**
 * One row per dish of a meal service with its samples (留样) and the graph's verdict: a dish listed in
 * `missingSamples` is highlighted as unsampled or short, whatever the console would compute itself.
 */
export function sampleRows(
  dishes: readonly { dishId: string; dishName: string }[],
  samples: readonly { dishId: string; grams: number }[],
  missing: readonly { dishId: string; problem: string }[],
): SampleRow[] {
  const problems = new Map(missing.map((m) => [m.dishId, m.problem]));
  return dishes.map((dish) => {
    const own = samples.filter((s) => s.dishId === dish.dishId);
    const problem = problems.get(dish.dishId);
    return {
      dishId: dish.dishId,
      dishName: dish.dishName,
      samples: own.length,
      heaviestGrams: own.length ? Math.max(...own.map((s) => s.grams)) : null,
      problem: problem === 'UNSAMPLED' || problem === 'SHORT' ? problem : null,
    };
  });
}

export type SampleKeeping = 'KEPT' | 'DUE' | 'DISPOSED';

/** A sample's keeping: still kept (disposal refused), due for disposal (past keepUntil), or disposed of. */
export function sampleKeeping(sample: { keepUntil: string; disposal?: unknown }, now: Date = new Date()): SampleKeeping {
  if (sample.disposal) return 'DISPOSED';
  return new Date(sample.keepUntil).getTime() <= now.getTime() ? 'DUE' : 'KEPT';
}

/** A grams field as typed, and whether it reaches the minimum (shown before the graph is asked). */
export function gramsShort(grams: number | null | undefined, minGrams: number): boolean {
  return typeof grams === 'number' && Number.isFinite(grams) && grams < minGrams;
}

/** Each score's share of a dish's ratings in whole percent (byScore: counts of 1..5), for the bars. */
export function scoreShares(byScore: readonly number[]): number[] {
  const total = byScore.reduce((sum, n) => sum + n, 0);
  return byScore.map((n) => (total ? Math.round((n * 100) / total) : 0));
}

/** The share of school days with an accompanied lunch, in whole percent; null without school days. */
export function coveragePercent(coverage: { schoolDays: number; accompaniedDays: number }): number | null {
  return coverage.schoolDays ? Math.round((coverage.accompaniedDays * 100) / coverage.schoolDays) : null;
}

/**
 * A quantity in an ingredient's base unit as people read it: grams and millilitres of 1000 or more in
 * kg and L (exact, up to three places, never rounded), pieces as a count. The graph's
 * MealServiceLotUse gives only the integer, so the console says it this way.
 */
export function baseAmountDisplay(amount: number, unit: string, pieces = 'pcs'): string {
  const big = (n: number, name: string) => `${(n / 1000).toFixed(3).replace(/\.?0+$/, '')} ${name}`;
  if (unit === 'GRAM') return Math.abs(amount) >= 1000 ? big(amount, 'kg') : `${amount} g`;
  if (unit === 'MILLILITRE') return Math.abs(amount) >= 1000 ? big(amount, 'L') : `${amount} mL`;
  return `${amount} ${pieces}`;
}
