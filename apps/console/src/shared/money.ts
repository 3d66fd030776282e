/**
 * Money as the graph gives it: `yuan` is an exact decimal string ("1234.50"), `fen` the same amount
 * in integer fen (分). Nothing here uses floating point: amounts are formatted from the string and
 * parsed into integer fen, so what the user sees is what the ledger holds.
 */
export interface MoneyValue {
  yuan: string;
  fen: number;
}

const YUAN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "¥1,234.50" from "1234.50" (or fen); negative amounts as "-¥12.00". */
export function formatYuan(value: MoneyValue | string | number, options: { symbol?: boolean } = {}): string {
  const yuan = typeof value === 'number' ? fenToYuan(value) : typeof value === 'string' ? value : value.yuan;
  const match = YUAN.exec(yuan.trim());
  if (!match) return yuan;
  const [, minus, whole, cents = ''] = match;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minus ?? ''}${options.symbol === false ? '' : '¥'}${grouped}.${cents.padEnd(2, '0')}`;
}

/** Integer fen to the graph's yuan string, exactly: 123450 → "1234.50". */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A typed amount in yuan ("1,234.5", "¥ 12", "0.05") as integer fen, or null when it is not an
 * amount with at most two decimals. The graph checks again; this only lets a form say so early.
 */
export function parseYuanToFen(input: string): number | null {
  const cleaned = input.replace(/[¥,\s]/g, '');
  const match = YUAN.exec(cleaned);
  if (!match) return null;
  const [, minus, whole, cents = ''] = match;
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return minus ? -fen : fen;
}

/** Yuan as the graph's inputs take it ("1234.50"), from what a user typed; null when not an amount. */
export function normalizeYuan(input: string): string | null {
  const fen = parseYuanToFen(input);
  return fen === null ? null : fenToYuan(fen);
}
