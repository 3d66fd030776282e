/**
 * The dashboards' derived figures, computed from integer fen without floating point.
 */

/** Spent as a share of allocated in tenths of a percent, rounded half up (762 = 76.2%); null without an allocation. */
export function executionTenths(spentFen: number, allocatedFen: number): number | null {
  if (allocatedFen <= 0) return null;
  const spent = BigInt(spentFen) * 1000n;
  const allocated = BigInt(allocatedFen);
  const negative = spent < 0n;
  const abs = negative ? -spent : spent;
  const tenths = (abs * 2n + allocated) / (allocated * 2n);
  return Number(negative ? -tenths : tenths);
}

/** "76.2%" from 762; "—" for null. */
export function formatTenths(tenths: number | null | undefined): string {
  if (tenths === null || tenths === undefined) return '—';
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}

/** The sum of amounts in fen (exact: integers), null only when every amount is null. */
export function sumFen(amounts: readonly (number | null | undefined)[]): number | null {
  let total: number | null = null;
  for (const amount of amounts) if (amount !== null && amount !== undefined) total = (total ?? 0) + amount;
  return total;
}
