/**
 * Reorder (补货) rules: pure, no database, no viewer.
 *
 * An item is due for reordering in a storeroom when its stock there is at or below the item's reorder
 * point (再订货点). The suggested quantity brings the stock up to reorder point + reorder quantity
 * (订货批量): `reorderPoint + reorderQuantity − stock`, at least one unit. So chalk at 3 boxes with a
 * reorder point of 5 and a reorder quantity of 20 suggests 22 boxes (25 on the shelf once received).
 * The estimated unit price is the item's last receipt cost (最近进价), else its standard cost (标准单价).
 */

/** Whether stock at `quantity` is due for reordering. */
export const isDue = (quantity: number, reorderPoint: number): boolean => quantity <= reorderPoint;

/** Units to order: enough to reach reorder point + reorder quantity; null when not due. */
export function suggestedQuantity(quantity: number, reorderPoint: number, reorderQuantity: number): number | null {
  if (!isDue(quantity, reorderPoint)) return null;
  return Math.max(1, reorderPoint + reorderQuantity - Math.max(0, quantity));
}

/** The price a reorder line is estimated at: the last receipt's unit cost, else the standard cost. */
export const estimatedUnitPriceFen = (item: { lastUnitCostFen: number | null; standardUnitCostFen: number }): number =>
  item.lastUnitCostFen ?? item.standardUnitCostFen;

/** Σ quantity × unit price, in fen (integers only). */
export const totalFen = (lines: readonly { quantity: number; estimatedUnitPriceFen: number }[]): number =>
  lines.reduce((sum, l) => sum + l.quantity * l.estimatedUnitPriceFen, 0);

/** The title of the draft a reorder becomes, e.g. "补货 (reorder): 白粉笔 等 2 项". */
export function reorderTitle(itemNames: readonly string[]): string {
  const first = itemNames[0] ?? '';
  const title = itemNames.length > 1 ? `补货 (reorder): ${first} 等 ${itemNames.length} 项` : `补货 (reorder): ${first}`;
  return title.slice(0, 200);
}

/** Items of `wanted` already on an open reorder of the storeroom (they are not requested twice). */
export const alreadyOpen = (wanted: readonly string[], open: ReadonlySet<string>): string[] => wanted.filter((id) => open.has(id));
