import { describe, expect, it } from 'vitest';
import {
  baseAmountDisplay,
  certificateAllowsPass,
  certificateStateOf,
  coveragePercent,
  gramsShort,
  isFever,
  rosterProgress,
  sampleKeeping,
  sampleRows,
  schoolToday,
  scoreShares,
  shiftDay,
  temperatureTenths,
} from './kitchen-helpers';

describe('kitchen helpers', () => {
  it("takes today in the school's zone, not the browser's", () => {
    // 17:30 UTC on 1 March is already 2 March in Shanghai.
    expect(schoolToday('Asia/Shanghai', new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
    expect(schoolToday('Asia/Shanghai', new Date('2026-03-01T15:30:00Z'))).toBe('2026-03-01');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads a typed temperature in tenths, refusing what a thermometer cannot say', () => {
    expect(temperatureTenths('36.5')).toBe(365);
    expect(temperatureTenths('37')).toBe(370);
    expect(temperatureTenths(' 38,2 ')).toBe(382);
    expect(temperatureTenths('36.55')).toBeNull();
    expect(temperatureTenths('33.9')).toBeNull();
    expect(temperatureTenths('43.1')).toBeNull();
    expect(temperatureTenths('abc')).toBeNull();
    expect(temperatureTenths(undefined)).toBeNull();
  });

  it('a fever starts at 37.3 ℃', () => {
    expect(isFever('37.2')).toBe(false);
    expect(isFever('37.3')).toBe(true);
    expect(isFever('38')).toBe(true);
    expect(isFever('nonsense')).toBe(false);
  });

  it('a certificate state is the graph’s, NONE without one; only a valid one lets a check pass', () => {
    expect(certificateStateOf(null)).toBe('NONE');
    expect(certificateStateOf({ state: 'EXPIRING' })).toBe('EXPIRING');
    expect(certificateAllowsPass('VALID')).toBe(true);
    expect(certificateAllowsPass('EXPIRING')).toBe(true);
    expect(certificateAllowsPass('EXPIRED')).toBe(false);
    expect(certificateAllowsPass('NOT_YET_VALID')).toBe(false);
    expect(certificateAllowsPass('NONE')).toBe(false);
  });

  it('counts the roster: passed, failed, not yet checked', () => {
    expect(
      rosterProgress([{ morningCheckToday: { passed: true } }, { morningCheckToday: { passed: false } }, { morningCheckToday: null }, {}]),
    ).toEqual({ total: 4, passed: 1, failed: 1, unchecked: 2 });
  });

  it("puts each dish's samples on one row with the graph's verdict", () => {
    const rows = sampleRows(
      [
        { dishId: 'a', dishName: '番茄炒蛋' },
        { dishId: 'b', dishName: '青菜' },
        { dishId: 'c', dishName: '米饭' },
      ],
      [
        { dishId: 'a', grams: 150 },
        { dishId: 'a', grams: 130 },
        { dishId: 'b', grams: 100 },
      ],
      [
        { dishId: 'b', problem: 'SHORT' },
        { dishId: 'c', problem: 'UNSAMPLED' },
      ],
    );
    expect(rows).toEqual([
      { dishId: 'a', dishName: '番茄炒蛋', samples: 2, heaviestGrams: 150, problem: null },
      { dishId: 'b', dishName: '青菜', samples: 1, heaviestGrams: 100, problem: 'SHORT' },
      { dishId: 'c', dishName: '米饭', samples: 0, heaviestGrams: null, problem: 'UNSAMPLED' },
    ]);
  });

  it('a sample is kept until keepUntil, then due for disposal, and disposed of once', () => {
    const now = new Date('2026-03-03T12:00:00Z');
    expect(sampleKeeping({ keepUntil: '2026-03-03T12:00:01Z' }, now)).toBe('KEPT');
    expect(sampleKeeping({ keepUntil: '2026-03-03T12:00:00Z' }, now)).toBe('DUE');
    expect(sampleKeeping({ keepUntil: '2026-03-01T12:00:00Z', disposal: { id: 'x' } }, now)).toBe('DISPOSED');
  });

  it('a sample under the minimum is short', () => {
    expect(gramsShort(124, 125)).toBe(true);
    expect(gramsShort(125, 125)).toBe(false);
    expect(gramsShort(null, 125)).toBe(false);
  });

  it('shares of each score and coverage of school days in whole percent', () => {
    expect(scoreShares([0, 1, 1, 2, 0])).toEqual([0, 25, 25, 50, 0]);
    expect(scoreShares([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(coveragePercent({ schoolDays: 30, accompaniedDays: 28 })).toBe(93);
    expect(coveragePercent({ schoolDays: 0, accompaniedDays: 0 })).toBeNull();
  });

  it('says a base quantity in kg, L or pieces, exactly', () => {
    expect(baseAmountDisplay(250, 'GRAM')).toBe('250 g');
    expect(baseAmountDisplay(12500, 'GRAM')).toBe('12.5 kg');
    expect(baseAmountDisplay(1001, 'GRAM')).toBe('1.001 kg');
    expect(baseAmountDisplay(2000, 'MILLILITRE')).toBe('2 L');
    expect(baseAmountDisplay(30, 'PIECE', '个')).toBe('30 个');
  });
});
