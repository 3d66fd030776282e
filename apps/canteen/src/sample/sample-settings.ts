import type { EntityManager } from 'typeorm';
import type { CanteenContext } from '../context';
import { MealKind } from '../menu/meal-kind';
import { CanteenSettings } from '../settings/settings.entity';
import { type CanteenSettingsValues, DEFAULT_CANTEEN_SETTINGS } from '../settings/settings.rules';

/** What meal services and samples read from the district's canteen settings (settings/). */
export interface SampleSettings {
  /** Least weight of a food sample, grams (125 by default). */
  sampleMinGrams: number;
  /** Least time a sample is kept, hours (48 by default). */
  sampleKeepHours: number;
  /** When each meal ends, local 'HH:MM'. */
  mealEndTimes: Record<MealKind, string>;
}

const fromSettings = (
  settings: Pick<CanteenSettingsValues, 'sampleMinGrams' | 'sampleKeepHours' | 'breakfastEndsAt' | 'lunchEndsAt' | 'dinnerEndsAt'>,
): SampleSettings => ({
  sampleMinGrams: settings.sampleMinGrams,
  sampleKeepHours: settings.sampleKeepHours,
  mealEndTimes: {
    [MealKind.BREAKFAST]: settings.breakfastEndsAt,
    [MealKind.LUNCH]: settings.lunchEndsAt,
    [MealKind.DINNER]: settings.dinnerEndsAt,
  },
});

/** The district's sample settings (ctx.settings), read in the caller's transaction. */
export async function sampleSettingsOf(ctx: CanteenContext, manager: EntityManager, districtId: string): Promise<SampleSettings> {
  return fromSettings(await ctx.settings.of(manager, districtId));
}

/**
 * The same for a scheduled job, which has no request context: the district's row (one per district),
 * else the defaults, as SettingsService.of reads them.
 */
export async function sampleSettingsIn(manager: EntityManager, districtId: string): Promise<SampleSettings> {
  const row = await manager.findOne(CanteenSettings, { where: { districtId } });
  return fromSettings(row ?? DEFAULT_CANTEEN_SETTINGS);
}
