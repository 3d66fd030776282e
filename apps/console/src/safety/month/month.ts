/** The worst-first order of the month's open hazards: major, then overdue, then oldest. */
export function worstFirst<H extends { level: string; overdue: boolean; reportedAt: string }>(hazards: readonly H[]): H[] {
  const rank = (h: H) => (h.level === 'MAJOR' ? 0 : h.level === 'SERIOUS' ? 1 : 2) * 2 + (h.overdue ? 0 : 1);
  return [...hazards].sort((a, b) => rank(a) - rank(b) || a.reportedAt.localeCompare(b.reportedAt));
}

/** A missed patrol window as text: one day "11-11", or a span "11-08 至 11-14". */
export function windowText(window: { from: string; to: string }, t: (zh: string, en: string) => string): string {
  const day = (d: string) => d.slice(5);
  return window.from === window.to
    ? day(window.from)
    : t(`${day(window.from)} 至 ${day(window.to)}`, `${day(window.from)} to ${day(window.to)}`);
}

/** Seconds as m:ss (疏散用时). */
export const minutesSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
