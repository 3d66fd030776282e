import { formatYuan, Money, parseYuan } from '../src';

describe('money in fen', () => {
  it('parses yuan exactly, without floating point', () => {
    expect(parseYuan('0.10', 'amount') + parseYuan('0.20', 'amount')).toBe(30);
    expect(parseYuan('1234.5', 'amount')).toBe(123450);
    expect(parseYuan('50', 'amount')).toBe(5000);
    expect(parseYuan(' 19.99 ', 'amount')).toBe(1999);
  });

  it.each([
    ['-1.00', /negative/],
    ['12.345', /fractions of a fen/],
    ['1e3', /amount in yuan/],
    ['', /amount in yuan/],
    ['abc', /amount in yuan/],
    ['99999999999.00', /amount in yuan|larger/],
  ])('refuses %p naming the field', (text, message) => {
    expect(() => parseYuan(text, 'lines.0.amount')).toThrow(message);
    expect(() => parseYuan(text, 'lines.0.amount')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'lines.0.amount' }) }));
  });

  it('formats fen as yuan with two places', () => {
    expect(formatYuan(123450)).toBe('1234.50');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(Money.of(100)).toEqual({ yuan: '1.00', fen: 100 });
    expect(() => formatYuan(0.5)).toThrow();
  });
});
