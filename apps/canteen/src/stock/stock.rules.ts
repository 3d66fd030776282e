/**
 * Pure rules of stock (no database, no viewer): which lots an issue takes (first-expiring-first-out),
 * what each movement out of a lot costs (exactly: the movement that empties a lot takes what is
 * left of its cost), and which movements a stocktake's differences become.
 */

/** What the rules need to know of a lot. */
export interface LotState {
  id: string;
  /** YYYY-MM-DD, the last day it may be used; null when the goods have none. */
  expiresOn: string | null;
  /** YYYY-MM-DD. */
  receivedOn: string;
  /** Quantity left, base units. */
  balance: number;
  /** Cost of what is left, fen. */
  balanceCostFen: number;
}

/** One take from one lot. */
export interface LotTake {
  lotId: string;
  quantity: number;
  costFen: number;
}

export type PickPlan = { ok: true; picks: LotTake[] } | { ok: false; usable: number; expired: number };

/** A lot is expired from the day after its expiry date on: it may be used on `expiresOn` itself. */
export const isExpired = (lot: Pick<LotState, 'expiresOn'>, onDay: string): boolean => lot.expiresOn !== null && lot.expiresOn < onDay;

/**
 * First-expiring-first-out order (先到期先出): the lot expiring first, then the one received first,
 * then by id (creation order); lots without an expiry date last.
 */
export function fefoOrder(a: LotState, b: LotState): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  if (a.receivedOn !== b.receivedOn) return a.receivedOn < b.receivedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The cost of taking `quantity` out of a lot with `balance` left costing `balanceCostFen`: its share,
 * rounded down to the fen, except that a take emptying the lot takes all that is left, so the costs
 * taken out of a lot always sum to exactly what it cost (never more, nothing left over). BigInt:
 * no floating point, no overflow.
 */
export function costOfTake(balance: number, balanceCostFen: number, quantity: number): number {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new Error(`A take needs a positive whole quantity, not ${quantity}.`);
  if (quantity > balance) throw new Error(`Cannot take ${quantity} from a lot with ${balance} left.`);
  if (quantity === balance) return balanceCostFen;
  return Number((BigInt(balanceCostFen) * BigInt(quantity)) / BigInt(balance));
}

/**
 * The cost of a stocktake gain (盘盈) of `quantity`: at the lot's received unit cost, rounded down to
 * the fen (what is found is valued as what was bought).
 */
export function costOfGain(receivedQuantity: number, costFen: number, quantity: number): number {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new Error(`A gain needs a positive whole quantity, not ${quantity}.`);
  return Number((BigInt(costFen) * BigInt(quantity)) / BigInt(receivedQuantity));
}

/**
 * The lots an issue of `quantity` takes, first-expiring-first-out over the usable lots (not expired
 * on `onDay`, with something left), each take costed by `costOfTake`. When the usable lots do not
 * hold enough, says how much they hold and how much more sits in expired lots (to be written off).
 */
export function planIssue(lots: readonly LotState[], quantity: number, onDay: string): PickPlan {
  const withStock = lots.filter((l) => l.balance > 0);
  const usable = withStock.filter((l) => !isExpired(l, onDay)).sort(fefoOrder);
  const expired = withStock.filter((l) => isExpired(l, onDay)).reduce((sum, l) => sum + l.balance, 0);
  const available = usable.reduce((sum, l) => sum + l.balance, 0);
  if (available < quantity) return { ok: false, usable: available, expired };
  const picks: LotTake[] = [];
  let left = quantity;
  for (const lot of usable) {
    if (left === 0) break;
    const take = Math.min(left, lot.balance);
    picks.push({ lotId: lot.id, quantity: take, costFen: costOfTake(lot.balance, lot.balanceCostFen, take) });
    left -= take;
  }
  return { ok: true, picks };
}

/** A lot's balance after the takes of a plan (lots that several lines of one issue share). */
export function applyPicks<L extends LotState>(lots: readonly L[], picks: readonly LotTake[]): L[] {
  const taken = new Map<string, LotTake>();
  for (const p of picks) {
    const before = taken.get(p.lotId);
    taken.set(p.lotId, { lotId: p.lotId, quantity: (before?.quantity ?? 0) + p.quantity, costFen: (before?.costFen ?? 0) + p.costFen });
  }
  return lots.map((l) => {
    const t = taken.get(l.id);
    return t ? { ...l, balance: l.balance - t.quantity, balanceCostFen: l.balanceCostFen - t.costFen } : l;
  });
}

/** A counted lot of a stocktake: what the books said when it was counted, and what was counted. */
export interface CountedLot {
  lotId: string;
  systemQuantity: number;
  countedQuantity: number;
}

export type StocktakeDifferenceKind = 'STOCKTAKE_GAIN' | 'STOCKTAKE_LOSS';

/** A difference of a stocktake, to become one adjusting movement. */
export interface StocktakeDifference {
  lotId: string;
  kind: StocktakeDifferenceKind;
  /** Signed: positive for a gain (盘盈), negative for a loss (盘亏). */
  quantity: number;
}

/**
 * The adjusting movements of a stocktake: one per lot whose count differs from the books at the time
 * it was counted, by the difference (盘盈 positive, 盘亏 negative). A movement since the count is not
 * undone: the difference is added to the balance as it is when approved, never a balance overwritten.
 */
export function stocktakeDifferences(counts: readonly CountedLot[]): StocktakeDifference[] {
  return counts
    .filter((c) => c.countedQuantity !== c.systemQuantity)
    .map((c) => {
      const quantity = c.countedQuantity - c.systemQuantity;
      return { lotId: c.lotId, kind: quantity > 0 ? 'STOCKTAKE_GAIN' : 'STOCKTAKE_LOSS', quantity };
    });
}
