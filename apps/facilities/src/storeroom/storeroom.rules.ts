import { badInput } from '@houqin/common';

/** The most units one line may move (a sanity bound: 1,000,000 of anything is a typo). */
export const MAX_LINE_QUANTITY = 1_000_000;
/** The most lines one receipt or requisition may have. */
export const MAX_LINES = 100;

/** A line quantity: a whole number of units, at least 1 (BAD_USER_INPUT on `field` otherwise). */
export function checkQuantity(quantity: number, field: string): number {
  if (!Number.isInteger(quantity) || quantity < 1) throw badInput(field, `${field} must be a whole number of units, at least 1.`);
  if (quantity > MAX_LINE_QUANTITY) throw badInput(field, `${field} must be at most ${MAX_LINE_QUANTITY}.`);
  return quantity;
}

/** quantity × unit cost, exact (fen). */
export function lineTotalFen(quantity: number, unitCostFen: number): number {
  const total = BigInt(quantity) * BigInt(unitCostFen);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('line total too large');
  return Number(total);
}

/**
 * The value an issue of `quantity` units takes out of stock holding `stockQuantity` units worth
 * `stockValueFen` (moving weighted average, 移动加权平均): quantity × average, rounded half up to the
 * fen; the issue that empties the stock takes all the value left, so the value never drifts from
 * the goods (an empty stock is worth 0).
 */
export function issueValueFen(stockQuantity: number, stockValueFen: number, quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > stockQuantity) throw new RangeError('issue beyond the stock');
  if (quantity === stockQuantity) return stockValueFen;
  const q = BigInt(quantity);
  const v = BigInt(stockValueFen);
  const s = BigInt(stockQuantity);
  // round half up of v*q/s, for non-negative values
  return Number((2n * v * q + s) / (2n * s));
}

/** A requisition needs the director's approval when its estimated value is above the district's limit. */
export function approvalRequired(estimatedValueFen: number, approvalAboveFen: number): boolean {
  return estimatedValueFen > approvalAboveFen;
}

/**
 * What one unit of an item is estimated at for a requisition: the average cost of the school's
 * stock of it when it has any, else its last receipt's cost, else its standard cost.
 */
export function estimateUnitFen(
  stock: { quantity: number; valueFen: number } | null,
  lastUnitCostFen: number | null,
  standardUnitCostFen: number,
): number {
  if (stock && stock.quantity > 0) return Math.round(stock.valueFen / stock.quantity);
  return lastUnitCostFen ?? standardUnitCostFen;
}
