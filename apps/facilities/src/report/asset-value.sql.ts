/**
 * Depreciation in SQL (for aggregate reports over thousands of assets): the same rule as
 * asset/depreciation.rules.ts `bookValueAt`, written once here so the reports sum it in the database
 * instead of reading every asset. Portable between MySQL/MariaDB and the embedded SQLite: only
 * SUBSTR, CAST … AS SIGNED INTEGER, CASE, %, and an exact division (cost − cost % life is divisible by life).
 * report.rules.spec.ts / reports.spec.ts check it against `bookValueAt` on the same assets.
 */

/** A 'YYYY-MM-DD' date column as months since year 0 (year × 12 + month − 1), as `monthIndex` does. */
const monthIndexOf = (column: string) =>
  `(CAST(SUBSTR(${column}, 1, 4) AS SIGNED INTEGER) * 12 + CAST(SUBSTR(${column}, 6, 2) AS SIGNED INTEGER) - 1)`;

/**
 * The months charged by the end of month `:asOfIndex` for the asset aliased `a`: from the acquisition
 * month, before the disposal month, at most the useful life, never negative.
 */
function monthsChargedSql(a: string): string {
  const last = `(CASE WHEN ${a}.disposedOn IS NOT NULL AND ${monthIndexOf(`${a}.disposedOn`)} - 1 < :asOfIndex THEN ${monthIndexOf(`${a}.disposedOn`)} - 1 ELSE :asOfIndex END)`;
  const span = `(${last} - ${monthIndexOf(`${a}.acquiredOn`)} + 1)`;
  return `(CASE WHEN ${a}.usefulLifeMonths <= 0 OR ${span} <= 0 THEN 0 WHEN ${span} >= ${a}.usefulLifeMonths THEN ${a}.usefulLifeMonths ELSE ${span} END)`;
}

/** Accumulated depreciation (累计折旧) in fen at the end of month `:asOfIndex` of the asset aliased `a`. */
export function accumulatedDepreciationSql(a: string): string {
  const charged = monthsChargedSql(a);
  const monthly = `((${a}.costFen - ${a}.costFen % ${a}.usefulLifeMonths) / ${a}.usefulLifeMonths)`;
  return `(CASE WHEN ${a}.usefulLifeMonths <= 0 THEN 0 WHEN ${charged} >= ${a}.usefulLifeMonths THEN ${a}.costFen ELSE ${charged} * ${monthly} END)`;
}
