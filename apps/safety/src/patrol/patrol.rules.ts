import { badInput, shiftDate } from '@houqin/common';

/** How many days back a patrol may be recorded (one written up after a weekend, not a month later). */
export const PATROL_BACKDATE_DAYS = 7;

/** The patrol's day: today when left out; BAD_USER_INPUT on `patrolledOn` in the future or more than a week ago. */
export function patrolDay(patrolledOn: string | null | undefined, today: string): string {
  const day = patrolledOn ?? today;
  if (day > today) throw badInput('patrolledOn', `patrolledOn ${day} is in the future (today is ${today}).`);
  if (day < shiftDate(today, -PATROL_BACKDATE_DAYS))
    throw badInput('patrolledOn', `patrolledOn ${day} is more than ${PATROL_BACKDATE_DAYS} days ago: record patrols when they happen.`);
  return day;
}

/** One stretch of a zone's patrol frequency: a patrol is due somewhere in [from, to]. */
export interface PatrolWindow {
  from: string;
  to: string;
}

/**
 * A zone's patrols over [from, to] against its frequency (巡查频次): the period cut into windows of
 * `everyDays` days from `from` (the last one shorter); a window with no school day in it (a weekend for
 * a daily zone, the summer holiday) expects nothing; an expected window is covered by any patrol in it,
 * else missed. On `today`, a window not yet over and not yet covered is still open (not counted), and
 * the days after today are not counted at all.
 */
export function patrolWindows(
  from: string,
  to: string,
  everyDays: number,
  patrolDays: readonly string[],
  isSchoolDay: (day: string) => boolean,
  today: string,
): { expected: number; covered: number; missed: PatrolWindow[] } {
  const days = new Set(patrolDays);
  let expected = 0;
  let covered = 0;
  const missed: PatrolWindow[] = [];
  for (let start = from; start <= to && start <= today; start = shiftDate(start, everyDays)) {
    const end = shiftDate(start, everyDays - 1) < to ? shiftDate(start, everyDays - 1) : to;
    let schoolDay = false;
    let patrolled = false;
    for (let day = start; day <= end; day = shiftDate(day, 1)) {
      schoolDay ||= isSchoolDay(day);
      patrolled ||= days.has(day);
    }
    if (!schoolDay) continue;
    if (!patrolled && end >= today) continue; // still open: today or a later day of it may yet be patrolled
    expected += 1;
    if (patrolled) covered += 1;
    else missed.push({ from: start, to: end });
  }
  return { expected, covered, missed };
}

/** The last day a zone's next patrol is due: its frequency after the last patrol, or the first window's end when never patrolled. */
export const patrolDueOn = (lastPatrolledOn: string | null, sinceDay: string, everyDays: number): string =>
  lastPatrolledOn ? shiftDate(lastPatrolledOn, everyDays) : shiftDate(sinceDay, everyDays - 1);
