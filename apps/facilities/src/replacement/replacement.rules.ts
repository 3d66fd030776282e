/**
 * Replacement before it is asked for (预测更换): from one room's requisition history of one item (the
 * brooms issued to class 3-2), when will the room next need it? Pure rules: no database, no viewer.
 *
 * How the prediction is made:
 * 1. The history is the room's requisitions of the item that were issued (ISSUED or RECEIVED), each
 *    on the school-local day it was issued, with its quantity; requisitions issued the same day are
 *    one (their quantities add up). The query reads at most the last HISTORY_MONTHS months.
 * 2. At least MIN_REQUISITIONS (3) requisitions are needed (two intervals); fewer: no prediction.
 * 3. Each interval between consecutive requisitions is divided by the quantity of the earlier one:
 *    the days one unit lasted (2 brooms issued together last twice as long as one).
 * 4. The centre is the median of the last LAST_INTERVALS (6) such per-unit intervals: one odd
 *    interval (a broom broken early, a holiday) does not move it much.
 * 5. Predicted next day = the last requisition's day + median × the last requisition's quantity,
 *    rounded to whole days.
 * 6. The spread is the median absolute deviation (MAD) of those intervals from the median; the
 *    confidence is HIGH when MAD ≤ 10 % of the median, MEDIUM up to 25 %, LOW above.
 * 7. The quantity to bring is the median quantity of the requisitions the intervals came from,
 *    rounded half up (at least 1).
 * 8. Due in a week (Monday–Sunday of the day asked): the predicted day falls in that week, or it is
 *    before it (overdue) and the room has not requisitioned the item since (no requisition waiting
 *    for approval or issue). An overdue prediction more than one whole expected interval old is
 *    lapsed (the room evidently no longer uses the item) and not listed.
 */

/** Minimum number of (same-day merged) requisitions before a prediction is made. */
export const MIN_REQUISITIONS = 3;
/** How many of the most recent per-unit intervals the median is taken over. */
export const LAST_INTERVALS = 6;
/** How far back the history is read, in months. */
export const HISTORY_MONTHS = 12;
/** MAD / median at or below which the confidence is HIGH. */
export const HIGH_SPREAD = 0.1;
/** MAD / median at or below which the confidence is MEDIUM (LOW above). */
export const MEDIUM_SPREAD = 0.25;

export type ReplacementConfidence = 'HIGH' | 'MEDIUM' | 'LOW';

/** One requisition of the item for the room: the school-local day it was issued and the units issued. */
export interface Requisitioned {
  day: string;
  quantity: number;
}

export interface ReplacementPrediction {
  /** The last requisition's day. */
  lastDay: string;
  /** Units issued by the last requisition. */
  lastQuantity: number;
  /** The predicted day the room needs it again. */
  predictedDay: string;
  /** Median days one unit lasts. */
  medianDaysPerUnit: number;
  /** Median absolute deviation of the per-unit intervals, in days. */
  madDays: number;
  /** The per-unit intervals the median was taken over, oldest first (days per unit). */
  intervalsUsed: number[];
  /** Days expected from the last requisition to the next (median × last quantity, rounded). */
  expectedDays: number;
  confidence: ReplacementConfidence;
  /** Units to bring: the median quantity of the requisitions used. */
  quantityToBring: number;
  /** Requisitions the prediction rests on (after same-day merging). */
  requisitionCount: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Days from `a` to `b` (calendar days; negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round(dayNumber(b) - dayNumber(a));
/** The day `days` after `day`. */
export const addDays = (day: string, days: number): string => dayOf(dayNumber(day) + days);

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median absolute deviation from the median. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/** Same-day requisitions merged (quantities added), oldest first; non-positive quantities are ignored. */
export function mergeSameDay(history: readonly Requisitioned[]): Requisitioned[] {
  const byDay = new Map<string, number>();
  for (const r of history) if (r.quantity > 0) byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.quantity);
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, quantity]) => ({ day, quantity }));
}

/** The confidence a relative spread (MAD / median) gives. */
export function confidenceOf(madDays: number, medianDays: number): ReplacementConfidence {
  const spread = medianDays > 0 ? madDays / medianDays : Infinity;
  if (spread <= HIGH_SPREAD) return 'HIGH';
  if (spread <= MEDIUM_SPREAD) return 'MEDIUM';
  return 'LOW';
}

/** The prediction for one room and item, or null when the history is too short (fewer than MIN_REQUISITIONS). */
export function predictNext(history: readonly Requisitioned[]): ReplacementPrediction | null {
  const merged = mergeSameDay(history);
  if (merged.length < MIN_REQUISITIONS) return null;
  const perUnit: number[] = [];
  for (let i = 1; i < merged.length; i++) perUnit.push(daysBetween(merged[i - 1].day, merged[i].day) / merged[i - 1].quantity);
  const intervalsUsed = perUnit.slice(-LAST_INTERVALS);
  // The requisitions the used intervals start from, and the last one.
  const used = merged.slice(-(intervalsUsed.length + 1));
  const medianDaysPerUnit = median(intervalsUsed);
  const madDays = medianAbsoluteDeviation(intervalsUsed);
  const last = merged[merged.length - 1];
  const expectedDays = Math.max(1, Math.round(medianDaysPerUnit * last.quantity));
  const quantityToBring = Math.max(1, Math.floor(median(used.map((r) => r.quantity)) + 0.5));
  return {
    lastDay: last.day,
    lastQuantity: last.quantity,
    predictedDay: addDays(last.day, expectedDays),
    medianDaysPerUnit,
    madDays,
    intervalsUsed,
    expectedDays,
    confidence: confidenceOf(madDays, medianDaysPerUnit),
    quantityToBring,
    requisitionCount: merged.length,
  };
}

/** The school week (Monday–Sunday) a day falls in. */
export function weekOf(day: string): { monday: string; sunday: string } {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const monday = addDays(day, -((weekday + 6) % 7));
  return { monday, sunday: addDays(monday, 6) };
}

export type DueState = 'DUE' | 'OVERDUE';

/**
 * Whether a prediction is due in the week of `day`: DUE when its predicted day falls in that week
 * (Monday–Sunday), OVERDUE when it is before `day` — in both cases only when the room has not
 * requisitioned the item again since (`pending`: a requisition waiting for approval or issue).
 * null when not due, already asked for, or lapsed (overdue by more than one whole expected interval).
 */
export function dueState(prediction: ReplacementPrediction, day: string, pending: boolean): DueState | null {
  if (pending) return null;
  const { sunday } = weekOf(day);
  if (prediction.predictedDay > sunday) return null;
  if (prediction.predictedDay >= day) return 'DUE';
  if (daysBetween(prediction.predictedDay, day) > prediction.expectedDays) return null;
  return 'OVERDUE';
}
