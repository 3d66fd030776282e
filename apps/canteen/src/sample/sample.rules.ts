import { badInput, conflict, todayIn } from '@houqin/common';

/** Heaviest sample accepted: 5 kg, far above any real one (a typo guard). */
export const MAX_SAMPLE_GRAMS = 5_000;
/** How far ahead of the server's clock a sample's time may be (clocks of tablets drift). */
export const TAKEN_AT_TOLERANCE_MS = 5 * 60_000;

/** A sample's weight: whole grams, at least the district's minimum (125 g by default), else BAD_USER_INPUT on `grams`. */
export function checkSampleGrams(grams: number, minGrams: number): number {
  if (!Number.isSafeInteger(grams) || grams <= 0) throw badInput('grams', 'grams must be a whole number of grams.');
  if (grams < minGrams)
    throw badInput('grams', `A food sample must weigh at least ${minGrams} g (留样不少于${minGrams}克); ${grams} g is too little.`);
  if (grams > MAX_SAMPLE_GRAMS) throw badInput('grams', `grams must be at most ${MAX_SAMPLE_GRAMS}.`);
  return grams;
}

/** When a sample taken at `takenAt` may be disposed of: `keepHours` later (留样时间不少于48小时). */
export function keepUntilOf(takenAt: Date, keepHours: number): Date {
  return new Date(takenAt.getTime() + keepHours * 3_600_000);
}

/** A sample is taken on its meal service's day and not in the future (BAD_USER_INPUT on `takenAt`). */
export function checkTakenAt(takenAt: Date, now: Date, servedOn: string, timeZone: string): Date {
  if (Number.isNaN(takenAt.getTime())) throw badInput('takenAt', 'takenAt must be an instant.');
  if (takenAt.getTime() > now.getTime() + TAKEN_AT_TOLERANCE_MS) throw badInput('takenAt', 'takenAt must not be in the future.');
  if (todayIn(timeZone, takenAt) !== servedOn)
    throw badInput('takenAt', `A sample is taken on the day of its meal service (${servedOn}), in the school's time zone.`);
  return takenAt;
}

/** Disposal is refused once done, and before the sample's keeping time is over (CONFLICT). */
export function checkDisposable(sample: { keepUntil: Date }, alreadyDisposed: boolean, now: Date): void {
  if (alreadyDisposed) throw conflict('This food sample was already disposed of.');
  if (now.getTime() < sample.keepUntil.getTime())
    throw conflict(
      `This food sample must be kept until ${sample.keepUntil.toISOString()} (留样未满规定时间): disposing of it early is refused.`,
      { keepUntil: sample.keepUntil.toISOString() },
    );
}

export type SampleProblem = 'UNSAMPLED' | 'SHORT';

/** A dish of a meal service without a good sample. */
export interface MissingSample {
  dishId: string;
  dishName: string;
  problem: SampleProblem;
  /** The heaviest sample kept, or null when none. */
  grams: number | null;
}

/**
 * The dishes of a meal service without a sample of at least `minGrams` (留样缺失): UNSAMPLED when
 * none was kept, SHORT when the heaviest is under the minimum. In the dishes' order.
 */
export function missingSamples(
  dishes: readonly { dishId: string; dishName: string }[],
  samples: readonly { dishId: string; grams: number }[],
  minGrams: number,
): MissingSample[] {
  const heaviest = new Map<string, number>();
  for (const sample of samples) heaviest.set(sample.dishId, Math.max(heaviest.get(sample.dishId) ?? 0, sample.grams));
  const missing: MissingSample[] = [];
  for (const dish of dishes) {
    const grams = heaviest.get(dish.dishId);
    if (grams === undefined) missing.push({ dishId: dish.dishId, dishName: dish.dishName, problem: 'UNSAMPLED', grams: null });
    else if (grams < minGrams) missing.push({ dishId: dish.dishId, dishName: dish.dishName, problem: 'SHORT', grams });
  }
  return missing;
}
