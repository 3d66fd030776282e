import { TZDate } from '@date-fns/tz';
import { badInput, shiftDate, todayIn } from '@houqin/common';

/**
 * Pure rules of utility meters: exact decimal amounts (thousandths of a unit, never floats), costs at
 * a tariff, local days, and the apportionment of an interval's consumption to the days it spans.
 */

export enum Utility {
  WATER = 'WATER',
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
}

/** The unit each utility is measured in. */
export const UNIT_OF: Record<Utility, string> = { WATER: 'm³', ELECTRICITY: 'kWh', GAS: 'm³' };

/** Decimals a reading may carry: litres for water and gas (0.001 m³), 0.01 kWh for electricity. */
export const DECIMALS_OF: Record<Utility, number> = { WATER: 3, ELECTRICITY: 2, GAS: 3 };

/** The largest register value accepted: 999,999,999.999 units (a 9-digit register). */
export const MAX_READING_THOUSANDTHS = 999_999_999_999;

/**
 * Placeholder tariffs until a district sets its own (ten-thousandths of a yuan per unit): water ¥4.10/m³
 * (about Hangzhou's non-residential water and sewage price), electricity ¥0.75/kWh, gas ¥4.00/m³. They are
 * placeholders, not any city's published prices: each district sets its own (setUtilityTariff).
 */
export const DEFAULT_UNIT_PRICE: Record<Utility, number> = { WATER: 41_000, ELECTRICITY: 7_500, GAS: 40_000 };

/** The highest tariff accepted: ¥1,000 per unit. */
export const MAX_UNIT_PRICE = 10_000_000;

/** Formats thousandths as a decimal with 3 places: 1234567 → "1234.567", 5 → "0.005". */
export function formatThousandths(thousandths: number | bigint): string {
  const n = BigInt(thousandths);
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  return `${sign}${abs / 1000n}.${String(abs % 1000n).padStart(3, '0')}`;
}

/**
 * Parses a register value as the reader typed it ("1234.56", "1234") into thousandths, exactly:
 * BAD_USER_INPUT on `field` when it is not a plain decimal, negative, has more decimals than the
 * utility's meters show, or is beyond a 9-digit register.
 */
export function parseReading(value: string, utility: Utility, field: string): number {
  const text = value.trim();
  if (text.startsWith('-')) throw badInput(field, `${field} must not be negative.`);
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(text);
  if (!match) throw badInput(field, `${field} must be a decimal number such as "1234.56" (at most 9 digits before the point).`);
  const decimals = match[2] ?? '';
  const allowed = DECIMALS_OF[utility];
  if (decimals.replace(/0+$/, '').length > allowed)
    throw badInput(field, `${field} has more decimals than a ${utility.toLowerCase()} meter shows (at most ${allowed}).`);
  return Number(match[1]) * 1000 + Number(decimals.padEnd(3, '0').slice(0, 3));
}

/** Formats a unit price (ten-thousandths of a yuan) with 4 places: 41000 → "4.1000". */
export function formatUnitPrice(centiFen: number): string {
  return `${Math.floor(centiFen / 10_000)}.${String(centiFen % 10_000).padStart(4, '0')}`;
}

/** Parses a price per unit in yuan with at most 4 decimals ("4.10") into ten-thousandths of a yuan. */
export function parseUnitPrice(value: string, field: string): number {
  const match = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(value.trim());
  if (!match) throw badInput(field, `${field} must be yuan per unit with at most 4 decimals, e.g. "4.10".`);
  const price = Number(match[1]) * 10_000 + Number((match[2] ?? '').padEnd(4, '0'));
  if (price <= 0) throw badInput(field, `${field} must be more than 0.`);
  if (price > MAX_UNIT_PRICE) throw badInput(field, `${field} must be at most 1000 yuan per unit.`);
  return price;
}

/**
 * The cost in fen of `thousandths` units at `centiFen` (ten-thousandths of a yuan) per unit, rounded
 * half up to the fen once, on the period's total: cost = consumption × price / 100,000.
 */
export function costFen(thousandths: number | bigint, centiFen: number): number {
  const product = BigInt(thousandths) * BigInt(centiFen);
  return Number((product + 50_000n) / 100_000n);
}

/** Thousandths × a whole number, exactly (null when the product is beyond exact range). */
export function times(thousandths: number, multiplier: number): number {
  const product = BigInt(thousandths) * BigInt(multiplier);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('Consumption out of exact range.');
  return Number(product);
}

/** The instant a local calendar day starts (00:00 in `timeZone`): the one in @houqin/common. */
import { dayStart } from '@houqin/common';
export { dayStart };

/** An instant at a local time of a day ("22:00" on `day` in `timeZone`). */
export function localInstant(day: string, hour: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, 0, timeZone).getTime());
}

/** The local calendar day of an instant. */
export const dayOf = (instant: Date, timeZone: string): string => todayIn(timeZone, instant);

/** One reading as the rules see it. */
export interface ReadingPoint {
  at: Date;
  value: number;
}

/** The stretch between two consecutive readings. */
export interface Interval {
  from: Date;
  to: Date;
  /** Consumption in thousandths (× multiplier); 0 when the reading decreased. */
  consumption: number;
  /** How much lower the later reading is (register thousandths), when it decreased; else 0. */
  decrease: number;
}

/**
 * The intervals between consecutive readings (sorted by time). A reading lower than the one before it
 * (a meter swap or an error) gives no negative consumption: that interval counts 0 and the next one
 * starts from the lower value.
 */
export function intervalsOf(readings: readonly ReadingPoint[], multiplier: number): Interval[] {
  const intervals: Interval[] = [];
  for (let i = 1; i < readings.length; i++) {
    const delta = readings[i].value - readings[i - 1].value;
    intervals.push({
      from: readings[i - 1].at,
      to: readings[i].at,
      consumption: delta > 0 ? times(delta, multiplier) : 0,
      decrease: delta < 0 ? -delta : 0,
    });
  }
  return intervals;
}

/**
 * Apportions an interval's consumption to the local days it spans, by time, exactly: with the
 * interval's length T and the time t_k from its start to the end of the k-th day part, the day gets
 * floor(C·t_k/T) − floor(C·t_(k−1)/T). Every share is a whole number of thousandths and the shares
 * add up to C exactly (the rounding never accumulates). Returns [day, thousandths] in order.
 */
export function apportionByDay(interval: Pick<Interval, 'from' | 'to' | 'consumption'>, timeZone: string): [string, number][] {
  const start = interval.from.getTime();
  const end = interval.to.getTime();
  const total = BigInt(end - start);
  const c = BigInt(interval.consumption);
  const shares: [string, number][] = [];
  let day = dayOf(interval.from, timeZone);
  let before = 0n;
  for (;;) {
    const next = shiftDate(day, 1);
    const cut = Math.min(dayStart(next, timeZone).getTime(), end);
    const upTo = total === 0n ? c : (c * BigInt(cut - start)) / total;
    if (cut > start || total === 0n) shares.push([day, Number(upTo - before)]);
    before = upTo;
    if (cut >= end) break;
    day = next;
  }
  return shares;
}

/** Consumption per local day of a run of intervals: day → thousandths. */
export function consumptionByDay(intervals: readonly Interval[], timeZone: string): Map<string, number> {
  const days = new Map<string, number>();
  for (const interval of intervals)
    for (const [day, share] of apportionByDay(interval, timeZone)) days.set(day, (days.get(day) ?? 0) + share);
  return days;
}

/** The median of whole numbers (the lower-rounded mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.floor((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Every local day from `from` to `to` (YYYY-MM-DD, both included). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDate(day, 1)) days.push(day);
  return days;
}
