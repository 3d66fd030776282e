import type { HazardFilter, HazardLevel, HazardStatus } from '../../graphql/graphql';

/** The register's views: what a person must rectify, what they reported, what waits for the safety office, everything. */
export type HazardView = 'mine' | 'reported' | 'office' | 'all';

/** The views a viewer has: the office's queue for whoever assigns and verifies; their own lists for anyone. */
export function hazardViews(can: { assign: boolean; readAll: boolean; hasStaff: boolean }): HazardView[] {
  return [
    ...(can.assign ? (['office'] as const) : []),
    ...(can.hasStaff ? (['mine'] as const) : []),
    'reported' as const,
    ...(can.readAll ? (['all'] as const) : []),
  ];
}

export interface HazardFilterValues {
  schoolId?: string;
  status?: HazardStatus;
  level?: HazardLevel;
  overdue?: boolean;
  open?: boolean;
  minAgeDays?: number | null;
}

/** The graph's filter of a view and the page's filter controls. */
export function hazardFilter(view: HazardView, values: HazardFilterValues, staffId?: string | null): HazardFilter {
  const base: HazardFilter = {
    schoolId: values.schoolId ?? null,
    status: values.status ?? null,
    level: values.level ?? null,
    overdue: values.overdue || null,
    open: values.open ?? null,
    minAgeDays: values.minAgeDays ?? null,
  };
  if (view === 'mine') return { ...base, responsibleStaffId: staffId ?? null };
  if (view === 'reported') return { ...base, mine: true };
  if (view === 'office') return { ...base, open: true };
  return base;
}

/** Where a hazard is, in words: its room (number and name), else what the reporter wrote. */
export function hazardPlace(hazard: { room?: { number: string; name: string } | null; location?: string | null }): string {
  if (hazard.room) return `${hazard.room.number} ${hazard.room.name}`;
  return hazard.location ?? '—';
}

/** Whole days since a hazard was reported, on `today` (its age, 隐患时长). */
export function ageDays(reportedAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(reportedAt).getTime()) / 86_400_000));
}

/** The register as spreadsheet rows (隐患台账 export): one row per hazard, in the order shown. */
export function registerRows<
  H extends {
    school: { name: string };
    title: string;
    level: string;
    status: string;
    source: string;
    reportedAt: string;
    deadline?: string | null;
    overdue: boolean;
    measure?: string | null;
    responsible?: { name: string } | null;
    room?: { number: string; name: string } | null;
    location?: string | null;
  },
>(hazards: readonly H[], label: { level(k: string): string; status(k: string): string; source(k: string): string }, now = new Date()) {
  return hazards.map((h) => ({
    school: h.school.name,
    title: h.title,
    place: hazardPlace(h),
    level: label.level(h.level),
    source: label.source(h.source),
    status: label.status(h.status),
    reportedOn: h.reportedAt.slice(0, 10),
    ageDays: ageDays(h.reportedAt, now),
    responsible: h.responsible?.name ?? '',
    measure: h.measure ?? '',
    deadline: h.deadline ?? '',
    overdue: h.overdue ? '是' : '',
  }));
}
