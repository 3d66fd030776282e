import { badInput } from '@houqin/common';
import { shiftDate } from '@houqin/common';
import { MEAL_KINDS, type MealKind } from './meal-kind';

/** The most of one ingredient in one serving: 2 kg is no serving. */
export const MAX_GRAMS_PER_SERVING = 2000;
const MG_PER_G = 1000;

/**
 * Grams per serving typed as a decimal ("150", "1.5", "0.25") → exact milligrams. Refused, naming
 * the field: not a plain decimal, more than three places (finer than a milligram: never rounded),
 * zero, or more than MAX_GRAMS_PER_SERVING.
 */
export function parseGrams(text: string, field: string): number {
  const match = /^(\d{1,6})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!match) throw badInput(field, `${field} must be grams as a decimal with at most three places (a milligram), e.g. "150" or "1.5".`);
  const milligrams = Number(match[1]) * MG_PER_G + Number((match[2] ?? '').padEnd(3, '0'));
  if (milligrams <= 0) throw badInput(field, `${field} must be more than 0 grams.`);
  if (milligrams > MAX_GRAMS_PER_SERVING * MG_PER_G)
    throw badInput(field, `${field} must be at most ${MAX_GRAMS_PER_SERVING} g per serving.`);
  return milligrams;
}

/** Milligrams shown as grams without trailing zeros: 1500 → "1.5", 150000 → "150". */
export function formatGrams(milligrams: number): string {
  const whole = Math.floor(milligrams / MG_PER_G);
  const rest = String(milligrams % MG_PER_G)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

/** Each ingredient at most once in a recipe (its grams say how much). */
export function checkDistinctIngredients(ingredientIds: readonly string[]): void {
  const seen = new Map<string, number>();
  ingredientIds.forEach((id, i) => {
    if (seen.has(id))
      throw badInput(
        `lines.${i}.ingredientId`,
        `lines.${i}.ingredientId names the ingredient of line ${seen.get(id)} again: give its grams once.`,
      );
    seen.set(id, i);
  });
}

/** A calendar date YYYY-MM-DD that exists (a public argument, not validated by an input type), else BAD_USER_INPUT on `field`. */
export function checkDate(text: string, field: string): string {
  const date = text.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw badInput(field, `${field} must be a date YYYY-MM-DD.`);
  return date;
}

/** The weekday of a YYYY-MM-DD date, 0 = Sunday (the date alone, no zone). */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A menu week starts on a Monday. */
export function checkWeekStart(weekStart: string): void {
  if (weekday(weekStart) !== 1) throw badInput('weekStart', `weekStart must be a Monday; ${weekStart} is not.`);
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  return shiftDate(date, -((weekday(date) + 6) % 7));
}

export interface MealPlan {
  servedOn: string;
  meal: MealKind;
  dishIds: readonly string[];
}

/** Each planned meal on a day of the week, each day and meal once, each dish once in a meal. */
export function checkMealPlans(weekStart: string, meals: readonly MealPlan[]): void {
  const last = shiftDate(weekStart, 6);
  const seen = new Set<string>();
  meals.forEach((m, i) => {
    if (m.servedOn < weekStart || m.servedOn > last)
      throw badInput(`meals.${i}.servedOn`, `meals.${i}.servedOn must be a day of the week ${weekStart} to ${last}.`);
    const key = `${m.servedOn} ${m.meal}`;
    if (seen.has(key)) throw badInput(`meals.${i}.meal`, `meals.${i} plans ${m.meal.toLowerCase()} on ${m.servedOn} a second time.`);
    seen.add(key);
    if (new Set(m.dishIds).size !== m.dishIds.length) throw badInput(`meals.${i}.dishIds`, `meals.${i}.dishIds names a dish twice.`);
  });
}

/** Meals in the order of the week: by day, then breakfast, lunch, dinner. */
export function byDayAndMeal<T extends { servedOn: string; meal: MealKind }>(a: T, b: T): number {
  return a.servedOn.localeCompare(b.servedOn) || MEAL_KINDS.indexOf(a.meal) - MEAL_KINDS.indexOf(b.meal);
}
