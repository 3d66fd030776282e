/**
 * Depreciation of fixed assets (固定资产折旧), as government accounting does it (政府会计准则第3号——
 * 固定资产, and its application guide 财会〔2017〕4号): straight line (年限平均法), no salvage value
 * (不考虑预计净残值), monthly, from the month the asset is acquired (当月增加的固定资产当月开始计提折旧)
 * until the month before it is disposed of (当月减少的固定资产当月不再计提折旧), and not beyond its useful
 * life (提足折旧后不再计提). Each month is floor(cost / months) fen and the last month of the life takes the
 * remainder, so the months sum to the cost exactly. A useful life of 0 months: not depreciated (books
 * 图书档案, land, cultural relics). Integers only; pure.
 */

/** A month 'YYYY-MM' as a count of months since year 0 (for differences). */
export function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) throw new Error(`Not a month or date: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The month 'YYYY-MM' of a date 'YYYY-MM-DD' (or of a month). */
export const monthOf = (date: string): string => date.slice(0, 7);

export interface DepreciationBasis {
  costFen: number;
  /** The useful life in months; 0: not depreciated. */
  usefulLifeMonths: number;
  /** 'YYYY-MM-DD': depreciation starts in its month. */
  acquiredOn: string;
  /** 'YYYY-MM-DD' of the disposal, or null: its month and later are not depreciated. */
  disposedOn: string | null;
}

export interface BookValue {
  /** The regular monthly charge: floor(cost / months); 0 when not depreciated. */
  monthlyFen: number;
  /** Depreciation to the end of `asOf` (累计折旧). */
  accumulatedFen: number;
  /** Cost less accumulated depreciation (净值). */
  netBookValueFen: number;
  usefulLifeMonths: number;
  /** How many months have been charged by the end of `asOf`. */
  monthsCharged: number;
}

/** The months charged by the end of `asOf` (YYYY-MM): from the acquisition month, before the disposal month, at most the life. */
export function monthsCharged(basis: DepreciationBasis, asOf: string): number {
  if (basis.usefulLifeMonths <= 0) return 0;
  const first = monthIndex(basis.acquiredOn);
  let last = monthIndex(asOf);
  if (basis.disposedOn) last = Math.min(last, monthIndex(basis.disposedOn) - 1);
  return Math.max(0, Math.min(basis.usefulLifeMonths, last - first + 1));
}

/** The charge of the n-th month of the life (1-based): floor(cost/months), the last one the remainder. */
export function chargeOfMonth(costFen: number, usefulLifeMonths: number, n: number): number {
  if (usefulLifeMonths <= 0 || n < 1 || n > usefulLifeMonths) return 0;
  const monthly = Math.floor(costFen / usefulLifeMonths);
  return n === usefulLifeMonths ? costFen - monthly * (usefulLifeMonths - 1) : monthly;
}

/** Depreciation to the end of month `asOf` (YYYY-MM) and the net book value then. */
export function bookValueAt(basis: DepreciationBasis, asOf: string): BookValue {
  const { costFen, usefulLifeMonths } = basis;
  if (!Number.isSafeInteger(costFen) || costFen < 0) throw new Error(`Not a cost in fen: ${costFen}`);
  const months = monthsCharged(basis, asOf);
  const monthlyFen = usefulLifeMonths > 0 ? Math.floor(costFen / usefulLifeMonths) : 0;
  const accumulatedFen = months >= usefulLifeMonths && usefulLifeMonths > 0 ? costFen : monthlyFen * months;
  return { monthlyFen, accumulatedFen, netBookValueFen: costFen - accumulatedFen, usefulLifeMonths, monthsCharged: months };
}
