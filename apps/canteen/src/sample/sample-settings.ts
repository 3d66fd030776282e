import type { EntityManager } from 'typeorm';
import type { CanteenContext } from '../context';
import type { MealKind } from '../menu/meal-kind';
import type { CanteenSettings } from '../settings/settings.entity';
import { districtSettingsIn } from '../settings/settings.service';

/** What meal services and samples read from the district's canteen settings (settings/). */
export interface SampleSettings {
  /** Least weight of a food sample, grams (125 by default). */
  sampleMinGrams: number;
  /** Least time a sample is kept, hours (48 by default). */
  sampleKeepHours: number;
  /** When each meal ends, local 'HH:MM'. */
  mealEndTimes: Record<MealKind, string>;
}

const fromSettings = (settings: CanteenSettings): SampleSettings => ({
  sampleMinGrams: settings.sampleMinGrams,
  sampleKeepHours: settings.sampleKeepHours,
  mealEndTimes: settings.endTimes,
});

/** The district's sample settings (ctx.settings), read in the caller's transaction. */
export async function sampleSettingsOf(ctx: CanteenContext, manager: EntityManager, districtId: string): Promise<SampleSettings> {
  return fromSettings(await ctx.settings.of(manager, districtId));
}

/** The same for a scheduled job, which has no request context (settings/'s one read of a district's settings). */
export async function sampleSettingsIn(manager: EntityManager, districtId: string): Promise<SampleSettings> {
  return fromSettings(await districtSettingsIn(manager, districtId));
}
