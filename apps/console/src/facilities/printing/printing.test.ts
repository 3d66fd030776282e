import { describe, expect, it } from 'vitest';
import { formatRatio, jobCostFen, jobSheets, sortPrices } from './printing';

const price = (paperSize: string, colour: boolean, fen: number) => ({
  paperSize,
  colour,
  pricePerPage: { fen, yuan: (fen / 100).toFixed(2) },
});

describe('the print centre helpers', () => {
  it('shows the double-sided ratio as a percent, a dash when nothing was printed', () => {
    expect(formatRatio(0.625)).toBe('62.5%');
    expect(formatRatio(1)).toBe('100.0%');
    expect(formatRatio(null)).toBe('—');
  });

  it('counts sheets as the graph does: half the pages rounded up when double-sided', () => {
    expect(jobSheets(5, 40, true)).toBe(120);
    expect(jobSheets(5, 40, false)).toBe(200);
  });

  it('expects a job’s cost from the price in force for its size and colour, in fen', () => {
    const prices = [price('A4', false, 10), price('A4', true, 100), price('B4', false, 20)];
    expect(jobCostFen(prices, { pages: 4, copies: 45, paperSize: 'B4', colour: false })).toBe(3600);
    expect(jobCostFen(prices, { pages: 1, copies: 3, paperSize: 'A4', colour: true })).toBe(300);
    expect(jobCostFen(prices, { pages: 1, copies: 3, paperSize: 'A3', colour: false })).toBeNull();
    expect(
      sortPrices([price('B4', false, 20), price('A4', true, 100), price('A4', false, 10)]).map((p) => `${p.paperSize}${p.colour}`),
    ).toEqual(['A4false', 'A4true', 'B4false']);
  });
});
