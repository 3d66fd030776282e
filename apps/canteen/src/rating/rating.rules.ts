import { badInput } from '@houqin/common';
import { DishRaterKind, STUDENT_REF_MAX } from './rating.entity';

/** A dish score: a whole number 1 to 5 (BAD_USER_INPUT on `score` otherwise). */
export function checkScore(score: number): void {
  if (!Number.isInteger(score) || score < 1 || score > 5) throw badInput('score', 'score must be a whole number from 1 to 5.');
}

/** A student's reference as written, spaces collapsed, letters upper-cased, so "3-2 #15" and "3-2  #15" are one student. */
export function normalStudentRef(ref: string): string {
  const normal = ref.trim().replace(/\s+/g, ' ').toUpperCase();
  if (!normal) throw badInput('studentRef', 'studentRef must not be empty.');
  if (normal.length > STUDENT_REF_MAX) throw badInput('studentRef', `studentRef must be at most ${STUDENT_REF_MAX} characters.`);
  return normal;
}

/**
 * Who a rating counts for, for the one-per-rater-per-dish-per-day rule: a student by their
 * reference (whoever records it), a committee member by their account. A student's rating needs the
 * reference; a committee member's must not have one.
 */
export function raterOf(
  kind: DishRaterKind,
  accountId: string,
  studentRef: string | null | undefined,
): { raterKey: string; studentRef: string | null } {
  if (kind === DishRaterKind.STUDENT) {
    if (studentRef == null) throw badInput('studentRef', "studentRef is needed for a student's rating (the class and number, say).");
    const ref = normalStudentRef(studentRef);
    return { raterKey: `student:${ref}`, studentRef: ref };
  }
  if (studentRef != null) throw badInput('studentRef', "A parents' committee member rates for themself: leave studentRef out.");
  return { raterKey: `account:${accountId}`, studentRef: null };
}

export interface ScoreCount {
  score: number;
  raterKind: DishRaterKind;
  count: number;
}

export interface RatingSummary {
  count: number;
  /** The mean score to two places, rounded half up ("4.25"); null without ratings. */
  averageScore: string | null;
  /** How many ratings gave 1, 2, 3, 4 and 5. */
  byScore: number[];
  students: number;
  parentCommittee: number;
}

/** The roll-up of a dish's ratings from counts per score and kind, in integers (no floating point). */
export function summarise(counts: readonly ScoreCount[]): RatingSummary {
  const byScore = [0, 0, 0, 0, 0];
  let count = 0;
  let sum = 0;
  let students = 0;
  for (const row of counts) {
    byScore[row.score - 1] += row.count;
    count += row.count;
    sum += row.score * row.count;
    if (row.raterKind === DishRaterKind.STUDENT) students += row.count;
  }
  // sum / count to hundredths, half up: floor((200·sum + count) / (2·count)).
  const hundredths = count ? Math.floor((200 * sum + count) / (2 * count)) : null;
  const averageScore = hundredths === null ? null : `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
  return { count, averageScore, byScore, students, parentCommittee: count - students };
}
