import { addSchoolDays, badInput, dayStart, shiftDate, type TermDates, todayIn } from '@houqin/common';
import { WorkOrderPriority, WorkOrderStatus } from './work-order.entity';

/** Most photo references a report carries, and the longest one. */
export const MAX_PHOTO_REFS = 6;
export const PHOTO_REF_MAX = 300;
/** Reports from a room's QR link (扫码报修) per room, and per client, in an hour: beyond them CONFLICT until the hour has passed. */
export const QR_REPORTS_PER_ROOM_PER_HOUR = 5;
export const QR_REPORTS_PER_CLIENT_PER_HOUR = 10;
/** A QR reporter's secret status link: 32 base64url characters (192 random bits). */
export const STATUS_TOKEN_LENGTH = 32;
export const isStatusToken = (token: string) => new RegExp(`^[A-Za-z0-9_-]{${STATUS_TOKEN_LENGTH}}$`).test(token);
/** Most people one work order is assigned to. */
export const MAX_ASSIGNEES = 5;
/** The limits a district may set: normal repairs due within 1–30 school days; a variance of 0–100 %. */
export const NORMAL_DUE_SCHOOL_DAYS_MAX = 30;
export const VARIANCE_PERCENT_MAX = 100;

/** The priority a report gets: a safety matter is SAFETY whatever else is said; else URGENT when asked, NORMAL otherwise. */
export function priorityOf(safety: boolean, urgent: boolean | null | undefined): WorkOrderPriority {
  if (safety) return WorkOrderPriority.SAFETY;
  return urgent ? WorkOrderPriority.URGENT : WorkOrderPriority.NORMAL;
}

/** The end of a school's calendar day: midnight after it, in the school's zone. */
const endOfDay = (day: string, timeZone: string) => dayStart(shiftDate(day, 1), timeZone);

/**
 * When a repair reported at `reportedAt` is due (到期时间), on the school's calendar (its terms, weekends,
 * public holidays and 调休): a safety matter by the end of the same school day (问题处理不过日; a report
 * on a day off, by the end of the next school day); an urgent one 24 hours after the report; a normal
 * one by the end of the `normalDays`-th school day after the day of the report.
 */
export function dueAtOf(
  priority: WorkOrderPriority,
  reportedAt: Date,
  timeZone: string,
  terms: readonly TermDates[],
  normalDays: number,
): Date {
  if (priority === WorkOrderPriority.URGENT) return new Date(reportedAt.getTime() + 24 * 3_600_000);
  const reportDay = todayIn(timeZone, reportedAt);
  const days = priority === WorkOrderPriority.SAFETY ? 0 : normalDays;
  return endOfDay(addSchoolDays(reportDay, days, terms), timeZone);
}

/** Photo references: at most MAX_PHOTO_REFS, each a non-empty text of at most PHOTO_REF_MAX characters. */
export function checkPhotoRefs(refs: readonly string[], field = 'photoRefs'): string[] {
  if (refs.length > MAX_PHOTO_REFS) throw badInput(field, `${field} may have at most ${MAX_PHOTO_REFS} photos.`);
  return refs.map((ref, i) => {
    const text = ref.trim();
    if (!text || text.length > PHOTO_REF_MAX) throw badInput(`${field}.${i}`, `${field}.${i} must be 1 to ${PHOTO_REF_MAX} characters.`);
    return text;
  });
}

/** True when an estimate is above the district's principal limit: the principal reviews it, not the director. */
export const needsPrincipalReview = (estimateFen: number | null, principalReviewAboveFen: number) =>
  estimateFen != null && estimateFen > principalReviewAboveFen;

/**
 * A final account more than `percent` above the estimate needs an explanation (超支说明): BAD_USER_INPUT
 * on varianceExplanation without one. Whole fen throughout: actual × 100 against estimate × (100 + percent).
 */
export function checkVariance(estimateFen: number, actualFen: number, percent: number, explanation: string | null | undefined): void {
  if (actualFen * 100 > estimateFen * (100 + percent) && !explanation?.trim())
    throw badInput(
      'varianceExplanation',
      `The final account is more than ${percent}% above the estimate; explain why (varianceExplanation).`,
    );
}

/** A rating: a whole number from 1 to 5. */
export function checkRating(rating: number): void {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badInput('rating', 'rating must be a whole number from 1 to 5.');
}

/** The district's settings as they would be: a normal repair due within 1–30 school days, a variance of 0–100 %. */
export function checkWorkOrderSettings(values: { normalDueSchoolDays: number; variancePercent: number }): void {
  if (
    !Number.isInteger(values.normalDueSchoolDays) ||
    values.normalDueSchoolDays < 1 ||
    values.normalDueSchoolDays > NORMAL_DUE_SCHOOL_DAYS_MAX
  )
    throw badInput('normalDueSchoolDays', `normalDueSchoolDays must be a whole number from 1 to ${NORMAL_DUE_SCHOOL_DAYS_MAX}.`);
  if (!Number.isInteger(values.variancePercent) || values.variancePercent < 0 || values.variancePercent > VARIANCE_PERCENT_MAX)
    throw badInput('variancePercent', `variancePercent must be a whole number from 0 to ${VARIANCE_PERCENT_MAX}.`);
}

/** Work orders still to be repaired: the due time counts for them. */
export const OPEN_STATUSES: readonly WorkOrderStatus[] = [
  WorkOrderStatus.REPORTED,
  WorkOrderStatus.COSTED,
  WorkOrderStatus.APPROVED,
  WorkOrderStatus.ASSIGNED,
  WorkOrderStatus.IN_PROGRESS,
];

/** Minutes from the report to the finish, whole (the mean time to repair sums them in SQL). */
export const repairMinutesOf = (reportedAt: Date, finishedAt: Date) =>
  Math.max(0, Math.round((finishedAt.getTime() - reportedAt.getTime()) / 60_000));

/** Escalation levels of an overdue work order: the director at its due time, the principal a day later (超期督办). */
export const ESCALATION_LEVELS = ['DIRECTOR', 'PRINCIPAL'] as const;
export const PRINCIPAL_ESCALATION_AFTER_MS = 24 * 3_600_000;

/** The escalation level an open work order due at `dueAt` should have reached at `now`: 0, 1 (director) or 2 (principal). */
export function escalationLevelAt(dueAt: Date, now: Date): number {
  if (now <= dueAt) return 0;
  return now.getTime() - dueAt.getTime() > PRINCIPAL_ESCALATION_AFTER_MS ? 2 : 1;
}

/** Overdue (超期): still open after its due time, or finished after it. */
export function isOverdue(order: { status: WorkOrderStatus; dueAt: Date; finishedAt: Date | null }, now: Date): boolean {
  if (order.finishedAt) return order.finishedAt > order.dueAt;
  return OPEN_STATUSES.includes(order.status) && now > order.dueAt;
}
