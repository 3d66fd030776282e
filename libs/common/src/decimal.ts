/** A decimal as people type it: up to 9 digits, up to 3 decimals, optionally negative ("0.15", "-2", "1234.5"). */
export const DECIMAL_TEXT = /^-?\d{1,9}(\.\d{1,3})?$/;

/** A DECIMAL_TEXT as thousandths, exactly (no floating point): "0.15" → 150, "-2" → -2000. */
export function decimalThousandths(text: string): number {
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const value = Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
  return text.startsWith('-') ? -value : value;
}

/** `part` of `whole` as a percentage with one decimal, exactly rounded: 7 of 8 → "87.5"; `none` when whole is 0. */
export function percentText(part: number, whole: number, none = '0.0'): string {
  if (!whole) return none;
  const tenths = Math.round((part * 1000) / whole);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Thousandths as a decimal a person reads, trailing zeros dropped (the inverse of decimalThousandths): 250000 → "250", 150 → "0.15". */
export function thousandthsText(thousandths: number): string {
  const sign = thousandths < 0 ? '-' : '';
  const abs = Math.abs(thousandths);
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 1000)}${fraction ? `.${fraction}` : ''}`;
}
