/** The sheet's views: what I do, what I check, and (for the school's leaders) everything. */
export type DutyView = 'mine' | 'checking' | 'all';

/**
 * The occurrence filter of a view: mine still to do, mine to check (marked done), or the school's from a
 * week ago to two weeks ahead (the term's planned rounds would otherwise fill page after page).
 */
export function occurrenceFilter(view: DutyView, schoolId: string | undefined, staffId: string | null | undefined, today: string) {
  if (view === 'mine') return { responsibleStaffId: staffId ?? null, status: 'OPEN' as const };
  if (view === 'checking') return { checkerStaffId: staffId ?? null, status: 'MARKED_DONE' as const };
  return { schoolId: schoolId ?? null, from: shiftDay(today, -7), to: shiftDay(today, 14) };
}

/** A day `days` after `day` (YYYY-MM-DD, calendar arithmetic in UTC). */
function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The views a viewer has: their own work and checks when they have a staff record, everything when they read the sheet. */
export function dutyViews(can: { hasStaff: boolean; readAll: boolean }): DutyView[] {
  return [...(can.hasStaff ? (['mine', 'checking'] as const) : []), ...(can.readAll ? (['all'] as const) : [])];
}
