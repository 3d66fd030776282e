import { badInput } from '@houqin/common';

/** By when a serious incident must reach the district: `hours` after it happened; none for one that is not serious. */
export const reportDueAt = (occurredAt: Date, serious: boolean, hours: number): Date | null =>
  serious ? new Date(occurredAt.getTime() + hours * 3_600_000) : null;

/** Whether it reached the district in time: null when it need not, false when late or not yet and already due. */
export function reportedInTime(due: Date | null, reportedAt: Date | null, now: Date): boolean | null {
  if (!due) return null;
  if (reportedAt) return reportedAt.getTime() <= due.getTime();
  return now.getTime() <= due.getTime() ? null : false;
}

/** Incidents per 1,000 students with one decimal, exactly rounded: 3 at 1,250 students → "2.4"; null without students. */
export function perThousand(incidents: number, students: number | null | undefined): string | null {
  if (!students) return null;
  const tenths = Math.round((incidents * 10_000) / students);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** An incident's counts and time: injured not more than affected; not in the future. */
export function checkIncident(input: { occurredAt: Date; peopleAffected: number; injured: number }, now: Date): void {
  if (input.occurredAt.getTime() > now.getTime()) throw badInput('occurredAt', 'occurredAt must not be in the future.');
  if (input.injured > input.peopleAffected) throw badInput('injured', 'injured must not be more than peopleAffected.');
}
