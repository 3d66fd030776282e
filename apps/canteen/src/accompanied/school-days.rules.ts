import { badInput, schoolDaysBetween } from '@houqin/common';

/** The school days of `from`..`to` (only up to `today`: a day to come is no gap yet) without an accompanied meal. */
export function accompaniedGaps(
  from: string,
  to: string,
  today: string,
  accompaniedDays: ReadonlySet<string>,
): { schoolDays: string[]; gaps: string[] } {
  const last = to < today ? to : today;
  const schoolDays = last < from ? [] : schoolDaysBetween(from, last);
  return { schoolDays, gaps: schoolDays.filter((day) => !accompaniedDays.has(day)) };
}

/** A leader's rating of an accompanied meal: a whole number 1 to 5. */
export function checkMealRating(rating: number, field = 'rating'): void {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badInput(field, `${field} must be a whole number from 1 to 5.`);
}
