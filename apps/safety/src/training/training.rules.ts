import { addMonths, eachMonthOfInterval, formatISO, parseISO, subDays } from 'date-fns';
import { badInput, shiftDate, type TermDates } from '@houqin/common';
import { STAFF_POSTS } from '@houqin/events';
import { TrainingKind } from './training.entity';

/** The longest validity a requirement may give (ten years). */
export const VALIDITY_MONTHS_MAX = 120;
/** Buildings of this many floors or fewer are held to the district's evacuation target (2 minutes by default). */
export const TARGET_FLOORS_MAX = 4;

const day = (date: Date) => formatISO(date, { representation: 'date' });

/** Where a person stands on one required training (培训合规). */
export enum ComplianceStatus {
  VALID = 'VALID',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}

/** A requirement's post and validity: the post one the directory knows; a validity of 1–120 months, left out only for a certificate (its expiry is printed on it). */
export function checkRequirement(input: { post: string; kind: TrainingKind; validityMonths?: number | null }): void {
  if (!STAFF_POSTS.includes(input.post))
    throw badInput('post', `post must be a staff post the directory knows: ${STAFF_POSTS.join(', ')}.`);
  const certificate = input.kind === TrainingKind.SPECIAL_OPERATIONS || input.kind === TrainingKind.SAFETY_OFFICER_CERTIFICATE;
  if (input.validityMonths == null) {
    if (!certificate)
      throw badInput('validityMonths', 'A training needs its validity in months; only a certificate carries its own expiry.');
    return;
  }
  if (!Number.isInteger(input.validityMonths) || input.validityMonths < 1 || input.validityMonths > VALIDITY_MONTHS_MAX)
    throw badInput('validityMonths', `validityMonths must be a whole number from 1 to ${VALIDITY_MONTHS_MAX}.`);
}

/** The last valid day of a training taken on `takenOn`, valid `months` months: the day before the same date `months` later. */
export const expiryAfter = (takenOn: string, months: number) => day(subDays(addMonths(parseISO(takenOn), months), 1));

/** A person's status on a requirement from their latest record's expiry (null: never expires; undefined: no record). */
export function complianceOf(expiresOn: string | null | undefined, today: string, noticeDays: number): ComplianceStatus {
  if (expiresOn === undefined) return ComplianceStatus.MISSING;
  if (expiresOn === null) return ComplianceStatus.VALID;
  if (expiresOn < today) return ComplianceStatus.EXPIRED;
  return expiresOn <= shiftDate(today, noticeDays) ? ComplianceStatus.EXPIRING : ComplianceStatus.VALID;
}

/** A staff member's posts from the directory copy (comma-separated). */
export const postsOf = (posts: string) =>
  posts
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

/** The evacuation target a drill is held to: the district's for a building of four floors or fewer; none otherwise. */
export const drillTarget = (buildingFloors: number | null, targetSeconds: number) =>
  buildingFloors != null && buildingFloors <= TARGET_FLOORS_MAX ? targetSeconds : null;

/**
 * The months of [from, to] in a school term with fewer drills than `perMonth` (演练缺口). A month is in
 * term when a term covers its 15th: the summer and winter holidays are not gaps, nor a month whose
 * term starts or ends in its last or first days. `drillDays` are the days drills were held.
 */
export function drillGaps(from: string, to: string, terms: readonly TermDates[], drillDays: readonly string[], perMonth: number): string[] {
  const months = eachMonthOfInterval({ start: parseISO(from), end: parseISO(to) }).map((m) => day(m).slice(0, 7));
  const inTerm = (month: string) => terms.some((t) => t.startsOn <= `${month}-15` && `${month}-15` <= t.endsOn);
  const held = new Map<string, number>();
  for (const d of drillDays) held.set(d.slice(0, 7), (held.get(d.slice(0, 7)) ?? 0) + 1);
  return months.filter((month) => inTerm(month) && (held.get(month) ?? 0) < perMonth);
}
