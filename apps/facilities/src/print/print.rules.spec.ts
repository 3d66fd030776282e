import { PaperSize } from './print.entity';
import {
  checkCount,
  checkPricePerPage,
  checkPrintedAt,
  DEFAULT_PRINT_PRICES,
  doubleSidedRatio,
  jobFigures,
  monthSpan,
  monthsFromTo,
  priceOn,
  pricesInForce,
  type PriceRow,
} from './print.rules';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { extensions?: { code?: string; field?: string } };
    return `${e.extensions?.code}:${e.extensions?.field}`;
  }
  return 'ok';
};

describe('print centre rules', () => {
  it('a job has 1 to 10,000 whole pages and copies', () => {
    for (const n of [1, 40, 10_000]) expect(refusal(() => checkCount(n, 'pages'))).toBe('ok');
    for (const n of [0, -1, 2.5, 10_001, Number.NaN]) expect(refusal(() => checkCount(n, 'copies'))).toBe('BAD_USER_INPUT:copies');
  });

  it('prices per page are whole fen from ¥0 to ¥100', () => {
    expect(checkPricePerPage(0, 'p')).toBe(0);
    expect(checkPricePerPage(10_000, 'p')).toBe(10_000);
    expect(refusal(() => checkPricePerPage(10_001, 'prices.0.pricePerPage'))).toBe('BAD_USER_INPUT:prices.0.pricePerPage');
    expect(refusal(() => checkPricePerPage(-1, 'p'))).toBe('BAD_USER_INPUT:p');
  });

  it('a print time in the future is refused (a two-minute clock difference is not the future)', () => {
    const now = new Date('2026-11-16T02:00:00Z');
    expect(refusal(() => checkPrintedAt(new Date('2026-11-16T02:01:00Z'), now))).toBe('ok');
    expect(refusal(() => checkPrintedAt(new Date('2026-11-16T02:03:00Z'), now))).toBe('BAD_USER_INPUT:printedAt');
    expect(refusal(() => checkPrintedAt(new Date('nonsense'), now))).toBe('BAD_USER_INPUT:printedAt');
  });

  it('40 copies of a 4-page exam double-sided: 160 printed pages on 80 sheets, charged per page (¥16.00 at ¥0.10)', () => {
    expect(jobFigures(4, 40, true, 10)).toEqual({ printedPages: 160, sheets: 80, costFen: 1600 });
    expect(jobFigures(4, 40, false, 10)).toEqual({ printedPages: 160, sheets: 160, costFen: 1600 });
    // An odd page count double-sided: the last page takes a sheet of its own in every copy.
    expect(jobFigures(5, 10, true, 20)).toEqual({ printedPages: 50, sheets: 30, costFen: 1000 });
    // The largest job is still exact.
    expect(jobFigures(10_000, 10_000, false, 10_000).costFen).toBe(1_000_000_000_000);
  });

  it('the price in force on a day: the latest effective on or before it, the latest set on a tie, else the placeholder', () => {
    const a4 = { paperSize: PaperSize.A4, colour: false };
    const rows: PriceRow[] = [
      { id: '01', ...a4, effectiveFrom: '2026-09-01', pricePerPageFen: 8 },
      { id: '02', ...a4, effectiveFrom: '2026-12-01', pricePerPageFen: 12 },
      { id: '03', ...a4, effectiveFrom: '2026-09-01', pricePerPageFen: 9 },
      { id: '04', paperSize: PaperSize.A3, colour: true, effectiveFrom: '2026-10-01', pricePerPageFen: 150 },
    ];
    expect(priceOn(rows, a4, '2026-08-31')).toMatchObject({ pricePerPageFen: 10, effectiveFrom: null, entryId: null });
    expect(priceOn(rows, a4, '2026-09-01')).toMatchObject({ pricePerPageFen: 9, effectiveFrom: '2026-09-01', entryId: '03' });
    expect(priceOn(rows, a4, '2026-11-30').pricePerPageFen).toBe(9);
    expect(priceOn(rows, a4, '2026-12-01').pricePerPageFen).toBe(12);
    const all = pricesInForce(rows, '2026-11-16');
    expect(all).toHaveLength(DEFAULT_PRINT_PRICES.length);
    expect(all.find((p) => p.paperSize === PaperSize.A3 && p.colour)?.pricePerPageFen).toBe(150);
    expect(all.find((p) => p.paperSize === PaperSize.A3 && !p.colour)).toMatchObject({ pricePerPageFen: 20, effectiveFrom: null });
  });

  it('a month is its first to last day, leap years included', () => {
    expect(monthSpan('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthSpan('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(refusal(() => monthSpan('2026-13'))).toBe('BAD_USER_INPUT:month');
  });

  it('a span of months runs across a year end, at most 24 of them', () => {
    expect(monthsFromTo('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFromTo('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(refusal(() => monthsFromTo('2026-11', '2026-10'))).toBe('BAD_USER_INPUT:toMonth');
    expect(refusal(() => monthsFromTo('2025-01', '2027-01'))).toBe('BAD_USER_INPUT:toMonth');
    expect(refusal(() => monthsFromTo('2026-1', '2026-10'))).toBe('BAD_USER_INPUT:fromMonth');
  });

  it('the double-sided ratio is double-sided pages over all pages; null when nothing was printed', () => {
    expect(doubleSidedRatio(160, 200)).toBe(0.8);
    expect(doubleSidedRatio(0, 0)).toBeNull();
  });
});
