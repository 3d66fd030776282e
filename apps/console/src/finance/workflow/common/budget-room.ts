import { parseYuanToFen } from '../../../shared/money';

/**
 * The budget room a form shows while it is typed (预算余额): what is left of the category's budget
 * line for the school and year, minus the form's running total. All in integer fen; a line that is
 * not yet a valid amount counts as nothing and marks the total incomplete. The graph checks again
 * when the form is sent: this only lets the user see an overrun coming.
 */

/** quantity × unit price in fen, or null while either is not valid (quantity a whole number ≥ 1). */
export function lineTotalFen(quantity: unknown, unitPrice: unknown): number | null {
  const count = typeof quantity === 'string' && quantity.trim() !== '' ? Number(quantity) : quantity;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) return null;
  const price = amountFen(unitPrice);
  if (price === null) return null;
  const total = count * price;
  return Number.isSafeInteger(total) ? total : null;
}

/** A typed yuan amount in fen, or null when it is not a non-negative amount with at most two decimals. */
export function amountFen(value: unknown): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const fen = parseYuanToFen(value);
  return fen === null || fen < 0 ? null : fen;
}

/** The sum of the lines that are valid, and whether some line is not (yet). */
export function sumFen(amounts: readonly (number | null)[]): { totalFen: number; incomplete: boolean } {
  let totalFen = 0;
  let incomplete = false;
  for (const amount of amounts) {
    if (amount === null) incomplete = true;
    else totalFen += amount;
  }
  return { totalFen, incomplete };
}

/** One budget line as budgetExecution answers it (only what the room needs). */
export interface RemainingLine {
  category: { id: string };
  remaining: { fen: number };
}

/**
 * What is left of a category's budget line, in fen; null when the school has no line for the
 * category this year (nothing was allocated, so any amount overruns).
 */
export function remainingFor(lines: readonly RemainingLine[] | null | undefined, categoryId: string | null | undefined): number | null {
  if (!lines || !categoryId) return null;
  const line = lines.find((l) => l.category.id === categoryId);
  return line ? line.remaining.fen : null;
}

export interface BudgetRoom {
  categoryId: string;
  /** What the budget line has left before this form; null when the school has no line for the category. */
  remainingFen: number | null;
  /** This form's running total charged to the category. */
  totalFen: number;
  /** Left after this form (remaining − total); a line never allocated counts as 0 left. */
  roomFen: number;
  /** The form would take more than is left. */
  overrun: boolean;
}

/** The room of one category: remaining minus the form's total, and whether that overruns. */
export function budgetRoom(categoryId: string, remainingFen: number | null, totalFen: number): BudgetRoom {
  const roomFen = (remainingFen ?? 0) - totalFen;
  return { categoryId, remainingFen, totalFen, roomFen, overrun: roomFen < 0 };
}

/**
 * The room of each category the form's lines charge (an expense claim's lines may charge several),
 * in the order the categories first appear; lines without a category yet are left out.
 */
export function budgetRoomsByCategory(
  lines: readonly { categoryId?: string | null; amountFen: number | null }[],
  budget: readonly RemainingLine[] | null | undefined,
): BudgetRoom[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    if (!line.categoryId) continue;
    totals.set(line.categoryId, (totals.get(line.categoryId) ?? 0) + (line.amountFen ?? 0));
  }
  return [...totals].map(([categoryId, totalFen]) => budgetRoom(categoryId, remainingFor(budget, categoryId), totalFen));
}
