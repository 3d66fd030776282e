import { decimalThousandths, DECIMAL_TEXT, percentText, thousandthsText } from '../src/decimal';

describe('decimals as people type them', () => {
  it('reads a typed decimal as exact thousandths and prints it back without trailing zeros', () => {
    for (const [text, thousandths, printed] of [
      ['250', 250_000, '250'],
      ['0.15', 150, '0.15'],
      ['1252.5', 1_252_500, '1252.5'],
      ['-2', -2000, '-2'],
      ['0.005', 5, '0.005'],
      ['0', 0, '0'],
    ] as const) {
      expect(DECIMAL_TEXT.test(text)).toBe(true);
      expect(decimalThousandths(text)).toBe(thousandths);
      expect(thousandthsText(thousandths)).toBe(printed);
    }
  });

  it('refuses what is not such a decimal', () => {
    for (const text of ['', '1.2345', '1e3', '１２', ' 3', '3.', '.5']) expect(DECIMAL_TEXT.test(text)).toBe(false);
  });

  it('prints a share as a percentage with one decimal', () => {
    expect(percentText(7, 8)).toBe('87.5');
    expect(percentText(0, 0, '—')).toBe('—');
  });
});
