// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { monthRange, parsePeriod, periodOf, readPeriod, yearRange } from './period';

describe('the month a dashboard shows', () => {
  it('reads ?period= from the address, the school’s current month otherwise', () => {
    expect(readPeriod('?period=2026-11')).toEqual({ period: '2026-11', year: 2026, month: 11 });
    // 2026-12-31 17:00 UTC is already January in Shanghai.
    const now = new Date('2026-12-31T17:00:00Z');
    expect(readPeriod('', 'Asia/Shanghai', now)).toEqual({ period: '2027-01', year: 2027, month: 1 });
    expect(readPeriod('?period=2026-13', 'Asia/Shanghai', now).period).toBe('2027-01');
    expect(readPeriod('?period=garbage', 'Asia/Shanghai', now).period).toBe('2027-01');
  });

  it('names months and their days exactly', () => {
    expect(periodOf(2026, 3)).toBe('2026-03');
    expect(parsePeriod('2026-03').month).toBe(3);
    expect(() => parsePeriod('2026-3')).toThrow(RangeError);
    expect(monthRange(2028, 2)).toEqual({ fromDate: '2028-02-01', toDate: '2028-02-29' });
    expect(monthRange(2026, 2)).toEqual({ fromDate: '2026-02-01', toDate: '2026-02-28' });
    expect(monthRange(2026, 12)).toEqual({ fromDate: '2026-12-01', toDate: '2026-12-31' });
    expect(yearRange(2026)).toEqual({ fromDate: '2026-01-01', toDate: '2026-12-31' });
  });
});
