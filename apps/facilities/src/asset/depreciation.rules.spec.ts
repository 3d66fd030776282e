import { ASSET_CLASSES, isRegistrableClass, usefulLifeYearsOf } from './classification';
import { bookValueAt, chargeOfMonth, monthsCharged } from './depreciation.rules';
import { checkAssetSettings } from './asset.rules';

/** A ¥6,000 computer bought on 15 March 2020, six years (72 months). */
const COMPUTER = { costFen: 600_000, usefulLifeMonths: 72, acquiredOn: '2020-03-15', disposedOn: null };

describe('straight-line depreciation, no salvage (政府会计准则第3号)', () => {
  it('charges ¥83.33 a month from the month of acquisition (当月增加当月计提)', () => {
    expect(bookValueAt(COMPUTER, '2020-02')).toMatchObject({ monthsCharged: 0, accumulatedFen: 0, netBookValueFen: 600_000 });
    expect(bookValueAt(COMPUTER, '2020-03')).toMatchObject({
      monthlyFen: 8_333,
      monthsCharged: 1,
      accumulatedFen: 8_333,
      netBookValueFen: 591_667,
    });
    expect(bookValueAt(COMPUTER, '2021-02')).toMatchObject({ monthsCharged: 12, accumulatedFen: 99_996 });
  });

  it('lets the last month take the remainder so the months sum to the cost exactly', () => {
    // 71 months of 8,333 fen = 591,643; the 72nd (February 2026) takes 8,357.
    expect(chargeOfMonth(600_000, 72, 71)).toBe(8_333);
    expect(chargeOfMonth(600_000, 72, 72)).toBe(8_357);
    expect(bookValueAt(COMPUTER, '2026-01')).toMatchObject({ monthsCharged: 71, accumulatedFen: 591_643, netBookValueFen: 8_357 });
    expect(bookValueAt(COMPUTER, '2026-02')).toMatchObject({ monthsCharged: 72, accumulatedFen: 600_000, netBookValueFen: 0 });
    let sum = 0;
    for (let n = 1; n <= 72; n++) sum += chargeOfMonth(600_000, 72, n);
    expect(sum).toBe(600_000);
  });

  it('charges nothing once fully depreciated (提足折旧后不再计提)', () => {
    expect(bookValueAt(COMPUTER, '2030-12')).toMatchObject({ monthsCharged: 72, accumulatedFen: 600_000, netBookValueFen: 0 });
  });

  it('charges nothing in the month of disposal or after (当月减少当月不再计提)', () => {
    const disposed = { ...COMPUTER, disposedOn: '2022-03-10' };
    // March 2020 … February 2022: 24 months.
    expect(monthsCharged(disposed, '2022-03')).toBe(24);
    expect(bookValueAt(disposed, '2025-01')).toMatchObject({ monthsCharged: 24, accumulatedFen: 199_992, netBookValueFen: 400_008 });
    // Disposed in the month of acquisition: never charged.
    expect(bookValueAt({ ...COMPUTER, disposedOn: '2020-03-31' }, '2020-12').accumulatedFen).toBe(0);
  });

  it('does not depreciate books (图书): a useful life of 0', () => {
    const books = { costFen: 250_000, usefulLifeMonths: 0, acquiredOn: '2015-09-01', disposedOn: null };
    expect(bookValueAt(books, '2026-11')).toEqual({
      monthlyFen: 0,
      accumulatedFen: 0,
      netBookValueFen: 250_000,
      usefulLifeMonths: 0,
      monthsCharged: 0,
    });
  });

  it('handles a building over 50 years and costs that divide evenly', () => {
    const building = { costFen: 1_200_000_000, usefulLifeMonths: 600, acquiredOn: '2010-08-20', disposedOn: null };
    expect(bookValueAt(building, '2026-11')).toMatchObject({ monthlyFen: 2_000_000, monthsCharged: 196, accumulatedFen: 392_000_000 });
  });
});

describe('asset classes (GB/T 14885) and useful lives', () => {
  it('has parents before children, unique codes, and lives per 财会〔2017〕4号', () => {
    const seen = new Set<string>();
    for (const c of ASSET_CLASSES) {
      expect(seen.has(c.code)).toBe(false);
      if (c.parentCode) expect(seen.has(c.parentCode)).toBe(true);
      expect(c.code).toMatch(/^\d{7}$/);
      seen.add(c.code);
    }
    expect(usefulLifeYearsOf('2010100', [])).toBe(6);
    expect(usefulLifeYearsOf('1020100', [])).toBe(50);
    expect(usefulLifeYearsOf('1020200', [])).toBe(30);
    expect(usefulLifeYearsOf('2030100', [])).toBe(8);
    expect(usefulLifeYearsOf('6010100', [])).toBe(15);
    expect(usefulLifeYearsOf('5010000', [])).toBe(0);
    expect(isRegistrableClass('2000000')).toBe(false);
    expect(isRegistrableClass('9999999')).toBe(false);
  });

  it('takes the district’s override of the class or its nearest ancestor', () => {
    const overrides = [
      { classCode: '2010000', years: 8 },
      { classCode: '2010500', years: 10 },
    ];
    expect(usefulLifeYearsOf('2010100', overrides)).toBe(8);
    expect(usefulLifeYearsOf('2010500', overrides)).toBe(10);
    expect(usefulLifeYearsOf('2020200', overrides)).toBe(6);
  });

  it('refuses settings below the school finance rules or the standard minimum lives', () => {
    const ok = { generalThresholdFen: 100_000, specialThresholdFen: 150_000, usefulLifeOverrides: [] };
    expect(() => checkAssetSettings(ok)).not.toThrow();
    const field = (values: typeof ok | Record<string, unknown>) => {
      try {
        checkAssetSettings(values as typeof ok);
        return null;
      } catch (error) {
        return (error as { extensions: { field: string } }).extensions.field;
      }
    };
    expect(field({ ...ok, generalThresholdFen: 99_999 })).toBe('generalThreshold');
    expect(field({ ...ok, generalThresholdFen: 200_000 })).toBe('specialThreshold');
    expect(field({ ...ok, usefulLifeOverrides: [{ classCode: '2010100', years: 5 }] })).toBe('usefulLifeOverrides.0.years');
    expect(field({ ...ok, usefulLifeOverrides: [{ classCode: '5010000', years: 5 }] })).toBe('usefulLifeOverrides.0.years');
    expect(field({ ...ok, usefulLifeOverrides: [{ classCode: '2000000', years: 8 }] })).toBe('usefulLifeOverrides.0.classCode');
    expect(
      field({
        ...ok,
        usefulLifeOverrides: [
          { classCode: '2010100', years: 8 },
          { classCode: '2010100', years: 9 },
        ],
      }),
    ).toBe('usefulLifeOverrides.1.classCode');
  });
});
