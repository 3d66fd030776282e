import { badInput, shiftDate } from '@houqin/common';

/** A school has a handful of campuses; more than this is a data error, so the list stays bounded. */
export const MAX_CAMPUSES_PER_SCHOOL = 50;

/** A school with `count` campuses takes one more only below the bound. */
export function checkRoomForCampus(count: number): void {
  if (count >= MAX_CAMPUSES_PER_SCHOOL) throw badInput('schoolId', `A school can have at most ${MAX_CAMPUSES_PER_SCHOOL} campuses.`);
}

/**
 * When a move may take effect. Not in the future: the move changes the campus's school at once, so
 * it is recorded on or after the day it takes effect (`today` in the new school's zone). And after
 * the day the current assignment began, so the periods of the history never overlap.
 */
export function checkMoveDate(effectiveOn: string, today: string, currentFrom: string | null): void {
  if (effectiveOn > today) {
    throw badInput('effectiveOn', 'effectiveOn must not be in the future; record the move on the day it takes effect.');
  }
  if (currentFrom !== null && currentFrom >= effectiveOn) {
    throw badInput('effectiveOn', `effectiveOn must be after ${currentFrom}, when the current assignment began.`);
  }
}

/** The last day under the old school: the day before the move takes effect. */
export const lastDayBefore = (effectiveOn: string): string => shiftDate(effectiveOn, -1);
