import { badInput, MAX_FEN } from '@houqin/common';

/**
 * The total of a request (at estimated prices) or an order (at actual prices): quantity × unit
 * price over the lines. It must cost something (a zero order could never be paid, and would stay
 * RECEIVED forever) and stay exact: quantity × price can pass 2^53 fen, where the total would no
 * longer be exact nor readable back. Else BAD_USER_INPUT on `lines`.
 */
export function totalOf(lines: { quantity: number; unitPriceFen: number }[], noun: 'request' | 'order'): number {
  const totalFen = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0);
  if (totalFen <= 0) throw badInput('lines', `The ${noun} must cost something.`);
  if (totalFen > MAX_FEN) throw badInput('lines', `The ${noun} costs more than any amount houqin accepts.`);
  return totalFen;
}

/** An order gives the actual unit price of each line of the request, in order: else BAD_USER_INPUT on `lines`. */
export function requirePricePerLine(lineCount: number, priceCount: number): void {
  if (priceCount !== lineCount) throw badInput('lines', `Give the actual unit price of each of the ${lineCount} lines, in order.`);
}

/** A line of an ordered request, as receipt sees it. */
export interface ReceivableLine {
  id: string;
  description: string;
  unit: string;
  quantity: number;
  receivedQuantity: number;
}

/**
 * Goods received (验收): each named line takes the units that arrived, never more than are still
 * expected (BAD_USER_INPUT on `lines.<i>.…`, the index in `received`). Returns the lines' new
 * received quantities by id, and whether every unit of every line has now arrived.
 */
export function receive(
  lines: ReceivableLine[],
  received: { lineId: string; quantity: number }[],
): { receivedById: Map<string, number>; complete: boolean } {
  const receivedById = new Map(lines.map((l) => [l.id, l.receivedQuantity]));
  for (const [i, { lineId, quantity }] of received.entries()) {
    const line = lines.find((l) => l.id === lineId);
    if (!line) throw badInput(`lines.${i}.lineId`, 'lineId does not name a line of this request.');
    const already = receivedById.get(line.id) ?? 0;
    if (already + quantity > line.quantity)
      throw badInput(`lines.${i}.quantity`, `Only ${line.quantity - already} ${line.unit} of "${line.description}" are still expected.`);
    receivedById.set(line.id, already + quantity);
  }
  return { receivedById, complete: lines.every((l) => receivedById.get(l.id) === l.quantity) };
}
