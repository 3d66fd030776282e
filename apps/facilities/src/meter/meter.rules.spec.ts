import {
  apportionByDay,
  consumptionByDay,
  costFen,
  formatThousandths,
  formatUnitPrice,
  intervalsOf,
  median,
  parseReading,
  parseUnitPrice,
  Utility,
} from './meter.rules';

const TZ = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`);

describe('meter rules', () => {
  it('parses register values exactly, in thousandths, within the utility’s decimals', () => {
    expect(parseReading('1234.56', Utility.ELECTRICITY, 'value')).toBe(1_234_560);
    expect(parseReading('1234.567', Utility.WATER, 'value')).toBe(1_234_567);
    expect(parseReading(' 7 ', Utility.GAS, 'value')).toBe(7_000);
    expect(parseReading('1.5000', Utility.WATER, 'value')).toBe(1_500);
    expect(() => parseReading('1234.567', Utility.ELECTRICITY, 'value')).toThrow(/at most 2/);
    expect(() => parseReading('-1', Utility.WATER, 'value')).toThrow(/negative/);
    expect(() => parseReading('1e3', Utility.WATER, 'value')).toThrow(/decimal/);
    expect(() => parseReading('1234567890', Utility.WATER, 'value')).toThrow(/9 digits/);
  });

  it('formats thousandths and unit prices', () => {
    expect(formatThousandths(1_234_567)).toBe('1234.567');
    expect(formatThousandths(5)).toBe('0.005');
    expect(formatThousandths(-1_500)).toBe('-1.500');
    expect(formatUnitPrice(41_000)).toBe('4.1000');
    expect(parseUnitPrice('0.75', 'p')).toBe(7_500);
    expect(parseUnitPrice('4.1234', 'p')).toBe(41_234);
    expect(() => parseUnitPrice('4.12345', 'p')).toThrow(/4 decimals/);
    expect(() => parseUnitPrice('0', 'p')).toThrow(/more than 0/);
  });

  it('costs a period once, rounded half up to the fen', () => {
    expect(costFen(1_000, 41_000)).toBe(410); // 1 m³ of water at ¥4.10
    expect(costFen(1, 41_000)).toBe(0); // 1 L: 0.41 fen
    expect(costFen(2, 41_000)).toBe(1); // 0.82 fen
    expect(costFen(1_234_567, 7_500)).toBe(92_593); // 1234.567 kWh × ¥0.75 = ¥925.92525
    expect(costFen(9_007_199_254_740, 10_000_000)).toBe(900_719_925_474_000);
  });

  it('apportions an interval to its days by time, exactly', () => {
    // 19:00 to 07:00: 5 hours on the first day, 7 on the second.
    expect(apportionByDay({ from: at('2026-11-15T19:00:00'), to: at('2026-11-16T07:00:00'), consumption: 1_200 }, TZ)).toEqual([
      ['2026-11-15', 500],
      ['2026-11-16', 700],
    ]);
    // 72 hours over four days (8 h, 24 h, 24 h, 16 h) of 1 unit: floors of the running share, adding up to 1000.
    expect(apportionByDay({ from: at('2026-11-14T16:00:00'), to: at('2026-11-17T16:00:00'), consumption: 1_000 }, TZ)).toEqual([
      ['2026-11-14', 111],
      ['2026-11-15', 333],
      ['2026-11-16', 333],
      ['2026-11-17', 223],
    ]);
    // Starting at midnight: one day only.
    expect(apportionByDay({ from: at('2026-11-16T00:00:00'), to: at('2026-11-17T00:00:00'), consumption: 7 }, TZ)).toEqual([
      ['2026-11-16', 7],
    ]);
  });

  it('never counts negative consumption: a lower reading gives 0 and the next interval starts from it', () => {
    const readings = [
      { at: at('2026-11-14T08:00:00'), value: 100_000 },
      { at: at('2026-11-15T08:00:00'), value: 102_000 },
      { at: at('2026-11-16T08:00:00'), value: 500 },
      { at: at('2026-11-17T08:00:00'), value: 1_500 },
    ];
    const intervals = intervalsOf(readings, 40);
    expect(intervals.map((i) => [i.consumption, i.decrease])).toEqual([
      [80_000, 0],
      [0, 101_500],
      [40_000, 0],
    ]);
    expect(Object.fromEntries(consumptionByDay(intervals, TZ))).toEqual({
      '2026-11-14': 53_333,
      '2026-11-15': 26_667,
      '2026-11-16': 26_666, // 0 from the decrease, then 16 of the next 24 hours
      '2026-11-17': 13_334,
    });
  });

  it('takes the median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([7])).toBe(7);
  });
});
