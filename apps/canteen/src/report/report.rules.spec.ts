import { accompaniedCoverage, daysOfStock, monthDays, monthsBetween, rate } from './report.rules';

describe('canteen report rules', () => {
  it('a month runs from its first to its last calendar day, February of a leap year included', () => {
    expect(monthDays('2026-03')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(() => monthDays('2026-13')).toThrow(/YYYY-MM/);
    expect(() => monthDays('March')).toThrow(/YYYY-MM/);
  });

  it('lists the months of a range across a new year, and refuses a backwards or too long range', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(() => monthsBetween('2026-03', '2026-02')).toThrow(/before the first/);
    expect(() => monthsBetween('2024-01', '2026-01')).toThrow(/at most 24 months/);
  });

  it('a rate with nothing to count is no data, not zero', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 4)).toBe(0);
    expect(rate(0, 0)).toBeNull();
  });

  it('days of stock: ¥3,000 on hand against ¥9,000 issued in 30 days is 10 days; nothing issued is no figure', () => {
    expect(daysOfStock(300_000, 900_000)).toBe(10);
    expect(daysOfStock(100_000, 900_000)).toBe(3.3);
    expect(daysOfStock(0, 900_000)).toBe(0);
    expect(daysOfStock(300_000, 0)).toBeNull();
  });

  it('accompanied-meal coverage counts each canteen on each school day once, and only school days', () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-04'];
    const lunches = [
      { canteenId: 'a', servedOn: '2026-03-02' },
      // A second leader the same day adds nothing.
      { canteenId: 'a', servedOn: '2026-03-02' },
      { canteenId: 'b', servedOn: '2026-03-03' },
      // A Saturday lunch is not a school day.
      { canteenId: 'a', servedOn: '2026-03-07' },
      // Another school's canteen does not count.
      { canteenId: 'z', servedOn: '2026-03-04' },
    ];
    expect(accompaniedCoverage(days, ['a', 'b'], lunches)).toEqual({ expected: 6, covered: 2 });
    expect(accompaniedCoverage([], ['a'], lunches)).toEqual({ expected: 0, covered: 0 });
  });
});
