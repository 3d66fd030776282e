import { badInput, type FieldViolation, isTimeOfDay } from '@houqin/common';
import { IngredientCategory } from '../ingredient/ingredient.entity';
import { MealKind } from '../menu/meal-kind';

/**
 * The district's canteen settings and their rules: defaults from the national rules, which a district
 * may make stricter but not laxer. Pure: no database, no viewer.
 */

/** What the settings hold. */
export interface CanteenSettingsValues {
  bulkStapleCategories: IngredientCategory[];
  sampleMinGrams: number;
  sampleKeepHours: number;
  certificateNoticeDays: number;
  breakfastEndsAt: string;
  lunchEndsAt: string;
  dinnerEndsAt: string;
}

/** 留样: at least 125 g of each dish (《餐饮服务食品安全操作规范》 and the school-canteen rules). */
export const NATIONAL_SAMPLE_MIN_GRAMS = 125;
/** 留样: kept refrigerated at least 48 hours. */
export const NATIONAL_SAMPLE_KEEP_HOURS = 48;

/**
 * A district with no settings of its own has these. Bulk staples (大宗食品) are "rice, flour, edible
 * oil, meat": grain, oil, livestock meat and poultry.
 */
export const DEFAULT_CANTEEN_SETTINGS: Readonly<CanteenSettingsValues> = Object.freeze({
  bulkStapleCategories: [IngredientCategory.GRAIN, IngredientCategory.OIL, IngredientCategory.MEAT, IngredientCategory.POULTRY],
  sampleMinGrams: NATIONAL_SAMPLE_MIN_GRAMS,
  sampleKeepHours: NATIONAL_SAMPLE_KEEP_HOURS,
  certificateNoticeDays: 30,
  breakfastEndsAt: '08:30',
  lunchEndsAt: '13:00',
  dinnerEndsAt: '19:00',
});

export const LIMITS = {
  sampleMinGrams: { min: NATIONAL_SAMPLE_MIN_GRAMS, max: 1000 },
  sampleKeepHours: { min: NATIONAL_SAMPLE_KEEP_HOURS, max: 720 },
  certificateNoticeDays: { min: 1, max: 180 },
} as const;

/**
 * Settings a district may keep, or one BAD_USER_INPUT listing every field at fault: samples of at least
 * 125 g kept at least 48 hours (a district may ask more, never less), a notice of 1 to 180 days, meal
 * end times 'HH:MM' in the order of the day, and bulk-staple categories each named once.
 */
export function checkCanteenSettings(values: CanteenSettingsValues): void {
  const violations: FieldViolation[] = [];
  for (const key of ['sampleMinGrams', 'sampleKeepHours', 'certificateNoticeDays'] as const) {
    const { min, max } = LIMITS[key];
    const value = values[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      const floor = key === 'certificateNoticeDays' ? '' : ' (the national minimum)';
      violations.push({ field: key, message: `${key} must be a whole number from ${min}${floor} to ${max} (got ${value}).` });
    }
  }
  const times = [
    ['breakfastEndsAt', values.breakfastEndsAt],
    ['lunchEndsAt', values.lunchEndsAt],
    ['dinnerEndsAt', values.dinnerEndsAt],
  ] as const;
  for (const [field, time] of times)
    if (!isTimeOfDay(time)) violations.push({ field, message: `${field} must be a time of day HH:MM such as 12:30 (got "${time}").` });
  if (times.every(([, time]) => isTimeOfDay(time))) {
    if (values.lunchEndsAt <= values.breakfastEndsAt)
      violations.push({ field: 'lunchEndsAt', message: 'lunchEndsAt must be after breakfastEndsAt.' });
    if (values.dinnerEndsAt <= values.lunchEndsAt)
      violations.push({ field: 'dinnerEndsAt', message: 'dinnerEndsAt must be after lunchEndsAt.' });
  }
  const categories = values.bulkStapleCategories;
  const known = new Set<string>(Object.values(IngredientCategory));
  if (categories.some((c) => !known.has(c)))
    violations.push({ field: 'bulkStapleCategories', message: 'bulkStapleCategories must name food groups of the catalogue.' });
  else if (new Set(categories).size !== categories.length)
    violations.push({ field: 'bulkStapleCategories', message: 'bulkStapleCategories names a food group twice.' });
  if (violations.length) throw badInput(violations[0].field, violations[0].message, violations);
}

/** The local end time ('HH:MM', the school's zone) of each meal, as meal services and the missing-sample job read them. */
export function mealEndTimesOf(
  settings: Pick<CanteenSettingsValues, 'breakfastEndsAt' | 'lunchEndsAt' | 'dinnerEndsAt'>,
): Record<MealKind, string> {
  return {
    [MealKind.BREAKFAST]: settings.breakfastEndsAt,
    [MealKind.LUNCH]: settings.lunchEndsAt,
    [MealKind.DINNER]: settings.dinnerEndsAt,
  };
}

/** True when goods of `category` are bulk staples (大宗食品) in the district: a delivery of them needs a second inspector. */
export function isBulkStaple(settings: Pick<CanteenSettingsValues, 'bulkStapleCategories'>, category: string): boolean {
  return (settings.bulkStapleCategories as string[]).includes(category);
}
