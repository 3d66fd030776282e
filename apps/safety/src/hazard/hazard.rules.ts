import { badInput, isSchoolDayOf, shiftDate, type TermDates } from '@houqin/common';
import { HazardLevel, HazardStatus } from './hazard.entity';

/** A hazard not yet closed (未销号). */
export const OPEN_HAZARD_STATUSES: readonly HazardStatus[] = [
  HazardStatus.REPORTED,
  HazardStatus.ASSIGNED,
  HazardStatus.RECTIFYING,
  HazardStatus.RECTIFIED,
  HazardStatus.VERIFIED,
];
/** A hazard still to be rectified: its deadline counts (超期 when past). */
export const UNRECTIFIED_STATUSES: readonly HazardStatus[] = [HazardStatus.REPORTED, HazardStatus.ASSIGNED, HazardStatus.RECTIFYING];

/** Whom an overdue hazard is escalated to, one level a school day past its deadline (逐级督办). */
export const HAZARD_ESCALATION = ['SAFETY_OFFICER', 'DIRECTOR', 'PRINCIPAL', 'DISTRICT'] as const;
export type HazardEscalationTarget = (typeof HAZARD_ESCALATION)[number];

/** School days after `deadline` up to and including `today` on the school's calendar (weekends, holidays, breaks do not count). */
export function schoolDaysAfter(deadline: string, today: string, terms: readonly TermDates[]): number {
  let count = 0;
  for (let day = shiftDate(deadline, 1); day <= today; day = shiftDate(day, 1)) if (isSchoolDayOf(day, terms)) count += 1;
  return count;
}

/**
 * How far a hazard should be escalated, given the school days past its deadline (schoolDaysAfter): 1
 * (the officer) the first school day after it, then one level more each school day, at most 4 (the
 * district). 0 while not overdue.
 */
export function escalationLevelFor(schoolDaysOverdue: number): number {
  if (schoolDaysOverdue <= 0) return 0;
  return Math.min(HAZARD_ESCALATION.length, schoolDaysOverdue);
}

/** The serious level (较大) only where the district enables it; BAD_USER_INPUT on `field` otherwise. */
export function checkLevel(level: HazardLevel, seriousLevelEnabled: boolean, field: string): void {
  if (level === HazardLevel.SERIOUS && !seriousLevelEnabled)
    throw badInput(field, 'Your district does not use the serious level (较大隐患): choose GENERAL or MAJOR.');
}

/** A deadline at assignment: today or later in the school's zone (a deadline in the past is refused). */
export function checkDeadline(deadline: string, today: string, field: string): void {
  if (deadline < today) throw badInput(field, `${field} ${deadline} is in the past (today is ${today}): give today or a later day.`);
}

/** Where a hazard is must be said: a room, a zone or a location in words. */
export function checkPlace(place: { roomId?: string | null; zoneId?: string | null; location?: string | null }): void {
  if (!place.roomId && !place.zoneId && !place.location?.trim())
    throw badInput('location', 'Say where it is: a room, a responsibility zone, or a location in words.');
}

/** Photo references: non-empty, at most 300 characters each. */
export function checkPhotoRefs(refs: readonly string[], field: string): string[] {
  const trimmed = refs.map((ref) => ref.trim());
  if (trimmed.some((ref) => !ref || ref.length > 300)) throw badInput(field, `Each of ${field} must be a reference of 1–300 characters.`);
  return trimmed;
}

/** Whole minutes from `from` to `to` (never negative): a rectification's time. */
export function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
}
