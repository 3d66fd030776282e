import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, normalizeYuan, parseYuanToFen } from './money';

describe('money display (金额)', () => {
  it('shows the graph’s yuan string with separators and the ¥ sign, exactly', () => {
    expect(formatYuan({ yuan: '1234567.50', fen: 123456750 })).toBe('¥1,234,567.50');
    expect(formatYuan('0.05')).toBe('¥0.05');
    expect(formatYuan('-12.00')).toBe('-¥12.00');
    expect(formatYuan('1000', { symbol: false })).toBe('1,000.00');
  });

  it('formats fen without floating point, even where binary fractions would drift', () => {
    // 0.1 + 0.2 is not 0.3 in floating point; 10 fen + 20 fen is 30 fen.
    expect(fenToYuan(10 + 20)).toBe('0.30');
    expect(formatYuan(900719925474099)).toBe('¥9,007,199,254,740.99');
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });

  it('parses what a user types into integer fen, refusing a third decimal rather than rounding', () => {
    expect(parseYuanToFen('1,234.5')).toBe(123450);
    expect(parseYuanToFen('¥ 12')).toBe(1200);
    expect(parseYuanToFen('0.07')).toBe(7);
    expect(parseYuanToFen('-3.10')).toBe(-310);
    expect(parseYuanToFen('1.005')).toBeNull();
    expect(parseYuanToFen('twelve')).toBeNull();
    expect(parseYuanToFen('')).toBeNull();
    expect(normalizeYuan('1,000')).toBe('1000.00');
  });
});
