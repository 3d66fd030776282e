import { TZDate } from '@date-fns/tz';
import { badInput, conflict } from '@houqin/common';
import { MealKind } from '../menu/meal-kind';

/** Most portions of one kind a meal service plans or serves: far above any school's roll. */
export const MAX_PORTIONS = 20_000;
/** Most dishes one meal service cooks. */
export const MAX_DISHES = 20;
/** Most people one duty assignment puts on the list. */
export const MAX_DUTY_PEOPLE = 30;

/** When each meal is over, local time of the school, unless the district's settings say otherwise. */
export const DEFAULT_MEAL_END_TIMES: Readonly<Record<MealKind, string>> = {
  [MealKind.BREAKFAST]: '08:30',
  [MealKind.LUNCH]: '13:00',
  [MealKind.DINNER]: '19:00',
};

/** A count of portions: a whole number from 0 to MAX_PORTIONS, else BAD_USER_INPUT on `field`. */
export function checkPortions(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw badInput(field, `${field} must be a whole number of portions, 0 or more.`);
  if (value > MAX_PORTIONS) throw badInput(field, `${field} must be at most ${MAX_PORTIONS} portions.`);
  return value;
}

/** Planned portions: each a count, and together at least one (a meal service feeds someone). */
export function checkPlannedPortions(students: number, staff: number): void {
  checkPortions(students, 'portionsPlannedStudents');
  checkPortions(staff, 'portionsPlannedStaff');
  if (students + staff === 0) throw badInput('portionsPlannedStudents', 'A meal service plans at least one portion.');
}

/** The dishes of a meal service: 1 to MAX_DISHES, none twice (BAD_USER_INPUT on `dishIds`). */
export function checkDishIds(dishIds: readonly string[]): string[] {
  if (dishIds.length === 0) throw badInput('dishIds', 'A meal service cooks at least one dish.');
  if (dishIds.length > MAX_DISHES) throw badInput('dishIds', `A meal service cooks at most ${MAX_DISHES} dishes.`);
  if (new Set(dishIds).size !== dishIds.length) throw badInput('dishIds', 'A dish is listed twice.');
  return [...dishIds];
}

/** The people of one duty assignment: 1 to MAX_DUTY_PEOPLE, none twice (BAD_USER_INPUT on `staffIds`). */
export function checkDutyPeople(staffIds: readonly string[]): string[] {
  if (staffIds.length === 0) throw badInput('staffIds', 'Name at least one person for the duty list.');
  if (staffIds.length > MAX_DUTY_PEOPLE) throw badInput('staffIds', `At most ${MAX_DUTY_PEOPLE} people at once.`);
  if (new Set(staffIds).size !== staffIds.length) throw badInput('staffIds', 'A person is listed twice.');
  return [...staffIds];
}

/** The production record is open until its meal counts are recorded; afterwards nothing changes (CONFLICT). */
export function requireOpen(service: { lockedAt: Date | null; servedOn: string; meal: MealKind }, doing: string): void {
  if (service.lockedAt)
    throw conflict(
      `The ${service.meal.toLowerCase()} of ${service.servedOn} is locked: its meal counts were recorded, so ${doing} is refused (生产记录已锁定).`,
      { lockedAt: service.lockedAt.toISOString() },
    );
}

/** Staff of `wanted` not in `passed`, in the order given. */
export function notPassed(wanted: readonly string[], passed: ReadonlySet<string>): string[] {
  return wanted.filter((id) => !passed.has(id));
}

/**
 * Cost per meal (每餐成本) = the cost of the stock issued to a meal service over the meals served
 * (students + staff), in whole fen, rounded half up (四舍五入到分): ⌊(2·issued + meals) / (2·meals)⌋.
 * Exact integer arithmetic, no floating point. Null while no meal was served (no counts, or zero).
 */
export function costPerMealFen(issuedFen: number, mealsServed: number | null): number | null {
  if (mealsServed === null || mealsServed <= 0) return null;
  if (!Number.isSafeInteger(issuedFen) || issuedFen < 0) throw new Error(`Issued cost must be whole non-negative fen, not ${issuedFen}.`);
  return Math.floor((2 * issuedFen + mealsServed) / (2 * mealsServed));
}

/** Meals served: students + staff, or null until the counts are recorded. */
export function mealsServed(service: { portionsServedStudents: number | null; portionsServedStaff: number | null }): number | null {
  if (service.portionsServedStudents === null || service.portionsServedStaff === null) return null;
  return service.portionsServedStudents + service.portionsServedStaff;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant a meal of `servedOn` ends, reading its local end time ('HH:MM') in the school's zone. */
export function mealEndsAt(servedOn: string, meal: MealKind, endTimes: Partial<Record<MealKind, string>>, timeZone: string): Date {
  const time = endTimes[meal] ?? DEFAULT_MEAL_END_TIMES[meal];
  const match = HH_MM.exec(time);
  if (!match) throw new Error(`Meal end time must be HH:MM, not ${time}.`);
  const [year, month, day] = servedOn.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, Number(match[1]), Number(match[2]), 0, timeZone).getTime());
}

/** A meal service is planned for today or a later school day (BAD_USER_INPUT on `servedOn`). */
export function checkServedOn(servedOn: string, today: string): string {
  if (servedOn < today) throw badInput('servedOn', `servedOn must be today (${today}) or later: a past meal cannot be planned.`);
  return servedOn;
}
