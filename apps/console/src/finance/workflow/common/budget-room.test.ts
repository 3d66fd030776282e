// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { amountFen, budgetRoom, budgetRoomsByCategory, lineTotalFen, remainingFor, sumFen } from './budget-room';

const budget = [
  { category: { id: 'office' }, remaining: { fen: 100_000 } },
  { category: { id: 'repairs' }, remaining: { fen: 5_000 } },
];

describe('budget room while a form is typed', () => {
  it('multiplies quantity by the unit price in whole fen, without floating point', () => {
    expect(lineTotalFen(3, '0.10')).toBe(30); // 3 × 0.1 is 0.30000000000000004 in floating point
    expect(lineTotalFen('12', '1,234.5')).toBe(1_481_400);
    expect(lineTotalFen(7, '19.99')).toBe(13_993);
  });

  it('counts a line as nothing until its quantity and price are valid', () => {
    expect(lineTotalFen(undefined, '10')).toBeNull();
    expect(lineTotalFen(0, '10')).toBeNull();
    expect(lineTotalFen(1.5, '10')).toBeNull();
    expect(lineTotalFen(2, '10.005')).toBeNull();
    expect(lineTotalFen(2, '-3')).toBeNull();
    expect(lineTotalFen(2, '')).toBeNull();
    expect(amountFen('abc')).toBeNull();
    expect(amountFen(' 12.3 ')).toBe(1_230);
  });

  it('sums the valid lines and says when some are not', () => {
    expect(sumFen([100, null, 250])).toEqual({ totalFen: 350, incomplete: true });
    expect(sumFen([100, 250])).toEqual({ totalFen: 350, incomplete: false });
    expect(sumFen([])).toEqual({ totalFen: 0, incomplete: false });
  });

  it("reads what is left of the chosen category's line, or null when the school has none", () => {
    expect(remainingFor(budget, 'repairs')).toBe(5_000);
    expect(remainingFor(budget, 'canteen')).toBeNull();
    expect(remainingFor(undefined, 'repairs')).toBeNull();
    expect(remainingFor(budget, null)).toBeNull();
  });

  it('is the remainder minus the running total, an overrun when below zero', () => {
    expect(budgetRoom('office', 100_000, 99_999)).toEqual({
      categoryId: 'office',
      remainingFen: 100_000,
      totalFen: 99_999,
      roomFen: 1,
      overrun: false,
    });
    expect(budgetRoom('office', 100_000, 100_000).overrun).toBe(false);
    expect(budgetRoom('office', 100_000, 100_001)).toMatchObject({ roomFen: -1, overrun: true });
    // no line allocated: nothing is left, so any amount overruns
    expect(budgetRoom('canteen', null, 1)).toMatchObject({ remainingFen: null, roomFen: -1, overrun: true });
  });

  it('groups the lines of a claim by category, in the order they appear', () => {
    const rooms = budgetRoomsByCategory(
      [
        { categoryId: 'repairs', amountFen: 3_000 },
        { categoryId: 'office', amountFen: 1_000 },
        { categoryId: 'repairs', amountFen: 2_500 },
        { categoryId: null, amountFen: 9_999 },
        { categoryId: 'office', amountFen: null },
      ],
      budget,
    );
    expect(rooms).toEqual([
      { categoryId: 'repairs', remainingFen: 5_000, totalFen: 5_500, roomFen: -500, overrun: true },
      { categoryId: 'office', remainingFen: 100_000, totalFen: 1_000, roomFen: 99_000, overrun: false },
    ]);
  });
});
