import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { badInput, formatYuan, MAX_FEN } from '@houqin/common';
import { StorageKind } from '../canteen/canteen.entity';
import { parseDecimal } from '../quantity/quantity.rules';

/**
 * The rules of receiving inspection (进货查验, 索证索票), without a database or a viewer: the
 * temperature a chilled or frozen item must arrive at, its expiry from the production date and the
 * shelf life, the documents meat needs, exact prices and line totals, how long the record is kept,
 * and which items and deliveries are accepted.
 */

const DAY = 'yyyy-MM-dd';
const day = (date: Date) => format(date, DAY);

/** Chilled goods (冷藏) arrive at 0–8 ℃, in tenths of a degree. */
export const CHILLED_MIN_TENTHS = 0;
export const CHILLED_MAX_TENTHS = 80;
/** Frozen goods (冷冻) arrive at −12 ℃ or colder, in tenths of a degree. */
export const FROZEN_MAX_TENTHS = -120;
/** A thermometer reading outside −50 ℃ … 60 ℃ is a typing mistake, not a delivery. */
const READING_MIN_TENTHS = -500;
const READING_MAX_TENTHS = 600;

/** Ingredient categories whose goods travel with an animal quarantine certificate (动物检疫合格证明). */
export const QUARANTINE_CATEGORIES: readonly string[] = ['MEAT', 'POULTRY'];

/** Inspection records are kept this long past the goods' expiry (食品安全法 第五十条: 保质期满后六个月) … */
export const RETAIN_MONTHS_PAST_EXPIRY = 6;
/** … and this long from the delivery where the goods have no shelf life (没有明确保质期的, 不得少于二年). */
export const RETAIN_YEARS_WITHOUT_EXPIRY = 2;

const TEMPERATURE = /^(-|−)?(\d{1,3})(?:\.(\d))?$/;

/** "4.5" → 45, "-18" or "−18.0" → −180 (tenths of ℃); anything else, or an impossible reading, is BAD_USER_INPUT on `field`. */
export function parseTemperature(text: string, field: string): number {
  const match = TEMPERATURE.exec(text.trim());
  if (!match) throw badInput(field, `${field} must be a temperature in ℃ with at most one decimal place, e.g. "4.5" or "-18".`);
  const [, minus, whole, tenth = '0'] = match;
  const tenths = (minus ? -1 : 1) * (Number(whole) * 10 + Number(tenth));
  if (tenths < READING_MIN_TENTHS || tenths > READING_MAX_TENTHS)
    throw badInput(field, `${field} ${formatTemperature(tenths)} is not a reading a thermometer at the door gives (−50 ℃ to 60 ℃).`);
  return tenths + 0; // never −0
}

/** −185 → "−18.5 ℃". */
export function formatTemperature(tenths: number): string {
  const abs = Math.abs(tenths);
  return `${tenths < 0 ? '−' : ''}${Math.floor(abs / 10)}.${abs % 10} ℃`;
}

/**
 * Why an item kept `keptAt` may not be accepted at the temperature it arrived at, or null when it
 * may: chilled goods at 0–8 ℃, frozen at −12 ℃ or colder; dry goods are not measured. A chilled or
 * frozen item must have its temperature taken: BAD_USER_INPUT on `field` without one.
 */
export function temperatureRefusal(keptAt: StorageKind, tenths: number | null, field: string): string | null {
  if (keptAt === StorageKind.DRY) return null;
  if (tenths === null) throw badInput(field, `${field} is required for ${keptAt.toLowerCase()} goods: take their temperature on arrival.`);
  if (keptAt === StorageKind.CHILLED && (tenths < CHILLED_MIN_TENTHS || tenths > CHILLED_MAX_TENTHS))
    return `Arrived at ${formatTemperature(tenths)}; chilled goods (冷藏) must arrive at 0–8 ℃.`;
  if (keptAt === StorageKind.FROZEN && tenths > FROZEN_MAX_TENTHS)
    return `Arrived at ${formatTemperature(tenths)}; frozen goods (冷冻) must arrive at −12 ℃ or colder.`;
  return null;
}

/** What the label says of an item's life: its production date, and its shelf life or its expiry date (or neither). */
export interface LabelDates {
  productionDate: string;
  shelfLifeDays?: number | null;
  expiresOn?: string | null;
}

/**
 * The last day the item may be used (YYYY-MM-DD), or null for goods without a shelf life (salt,
 * sugar, fresh produce). From the shelf life, the production day counts as the first day: 7 days
 * from 2026-09-01 last until 2026-09-07. BAD_USER_INPUT on `<prefix>.…` when both are given, when
 * the shelf life is not a whole number of days, when the item expires before it was produced, or
 * when it was produced after it arrived.
 */
export function expiryOf(label: LabelDates, deliveredOn: string, prefix: string): string | null {
  const { productionDate, shelfLifeDays, expiresOn } = label;
  if (productionDate > deliveredOn)
    throw badInput(`${prefix}.productionDate`, `${prefix}.productionDate ${productionDate} is after the delivery date ${deliveredOn}.`);
  const hasShelfLife = shelfLifeDays !== null && shelfLifeDays !== undefined;
  const hasExpiry = expiresOn !== null && expiresOn !== undefined;
  if (hasShelfLife && hasExpiry)
    throw badInput(`${prefix}.expiresOn`, `Give either ${prefix}.shelfLifeDays or ${prefix}.expiresOn as the label states it, not both.`);
  if (hasShelfLife) {
    if (!Number.isSafeInteger(shelfLifeDays) || shelfLifeDays < 1 || shelfLifeDays > 3650)
      throw badInput(`${prefix}.shelfLifeDays`, `${prefix}.shelfLifeDays must be a whole number of days from 1 to 3650.`);
    return day(addDays(parseISO(productionDate), shelfLifeDays - 1));
  }
  if (hasExpiry) {
    if (expiresOn < productionDate)
      throw badInput(`${prefix}.expiresOn`, `${prefix}.expiresOn ${expiresOn} is before its production date ${productionDate}.`);
    return expiresOn;
  }
  return null;
}

/** Why an item that expired before it arrived may not be accepted, or null. */
export function expiryRefusal(expiresOn: string | null, deliveredOn: string): string | null {
  return expiresOn !== null && expiresOn < deliveredOn ? `Expired on ${expiresOn}, before it arrived on ${deliveredOn}.` : null;
}

/** Meat and poultry travel with an animal quarantine certificate (动物检疫合格证明): accepted without its number is BAD_USER_INPUT on `field`. */
export function requireQuarantineCertificate(
  category: string,
  certificate: string | null | undefined,
  accepted: boolean,
  field: string,
): void {
  if (accepted && QUARANTINE_CATEGORIES.includes(category) && !certificate?.trim())
    throw badInput(
      field,
      `${field} is required: meat and poultry are accepted only with the number of their animal quarantine certificate (动物检疫合格证明); reject the item when there is none.`,
    );
}

/**
 * The line total in fen: the typed amount (in the unit the price is for) × the unit price. It must
 * come to a whole fen (2.5 kg at 12.35 yuan is 30.875 yuan: refused on `field`, never rounded) and
 * stay below the largest amount houqin accepts.
 */
export function lineTotalFen(amount: string, unitPriceFen: number, amountField: string, field: string): number {
  const { numerator, scale } = parseDecimal(amount, amountField);
  const product = numerator * BigInt(unitPriceFen);
  const divisor = 10n ** BigInt(scale);
  if (product % divisor !== 0n)
    throw badInput(
      field,
      `${amount} at ${formatYuan(unitPriceFen)} yuan comes to ${fenFraction(product, scale)} yuan, not a whole fen (分); give the price the invoice states for the line.`,
    );
  const total = product / divisor;
  if (total > BigInt(MAX_FEN)) throw badInput(field, `The line comes to more than any amount houqin accepts.`);
  return Number(total);
}

/** product fen × 10^-scale, in yuan, all its digits: 30875 fen/10 → "30.875". */
function fenFraction(product: bigint, scale: number): string {
  const digits = product.toString().padStart(scale + 3, '0');
  const point = digits.length - scale - 2;
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A unit price must be more than nothing: BAD_USER_INPUT on `field` for zero. */
export function requirePrice(unitPriceFen: number, field: string): number {
  if (unitPriceFen <= 0) throw badInput(field, `${field} must be more than zero: give the price on the invoice.`);
  return unitPriceFen;
}

/** The inspection verdict of an item (查验结论). */
export type Verdict = { accepted: true; rejectionReason: null } | { accepted: false; rejectionReason: string };

/**
 * An item's verdict from everything found at the door: the inspector's own reason to reject it, a
 * failed sensory check (感官检查, with its notes), a temperature outside the range, an expiry before
 * arrival. Any of them rejects it, with all the reasons; none accepts it. A failed sensory check
 * without notes is BAD_USER_INPUT on `notesField`.
 */
export function verdictOf(
  found: { inspectorReason?: string | null; sensoryOk: boolean; sensoryNotes?: string | null; refusals: (string | null)[] },
  notesField: string,
): Verdict {
  if (!found.sensoryOk && !found.sensoryNotes?.trim())
    throw badInput(notesField, `${notesField} must say what the sensory check (感官检查) found wrong.`);
  const reasons = [
    found.inspectorReason?.trim() || null,
    found.sensoryOk ? null : `Sensory check failed: ${found.sensoryNotes?.trim()}`,
    ...found.refusals,
  ].filter((r): r is string => !!r);
  return reasons.length ? { accepted: false, rejectionReason: reasons.join(' ').slice(0, 500) } : { accepted: true, rejectionReason: null };
}

/** An accepted item goes to a storage location of the delivery's canteen that keeps it as its label says (BAD_USER_INPUT on `field`). */
export function requireFittingLocation(
  location: { canteenId: string; kind: StorageKind; name: string } | null,
  canteenId: string,
  keptAt: StorageKind,
  field: string,
): void {
  if (!location || location.canteenId !== canteenId) throw badInput(field, `${field} does not name a storage location of this canteen.`);
  if (location.kind !== keptAt)
    throw badInput(
      field,
      `${field} names ${location.name}, a ${location.kind.toLowerCase()} location; this item is kept ${keptAt.toLowerCase()}.`,
    );
}

/**
 * The last day the delivery's record must be kept (索证索票 retention): six months past the latest
 * expiry of its goods, and two years from the delivery for goods without a shelf life; the later of
 * them all.
 */
export function retainUntil(deliveredOn: string, expiries: readonly (string | null)[]): string {
  const dates = expiries.map((expiresOn) =>
    expiresOn === null
      ? day(addYears(parseISO(deliveredOn), RETAIN_YEARS_WITHOUT_EXPIRY))
      : day(addMonths(parseISO(expiresOn), RETAIN_MONTHS_PAST_EXPIRY)),
  );
  const latest = [...dates].sort().at(-1);
  return latest && latest > deliveredOn ? latest : day(addYears(parseISO(deliveredOn), RETAIN_YEARS_WITHOUT_EXPIRY));
}

/** Bulk staples (大宗食品) need a second inspector: any accepted item of a category the district names. */
export function needsSecondInspection(acceptedCategories: readonly string[], bulkStapleCategories: readonly string[]): boolean {
  return acceptedCategories.some((c) => bulkStapleCategories.includes(c));
}

/** Where a delivery stands once recorded: fully rejected, waiting for its second inspector, or accepted. */
export function statusAfterRecording(
  verdicts: readonly { accepted: boolean }[],
  secondInspection: boolean,
): 'REJECTED' | 'PENDING_SECOND_INSPECTION' | 'ACCEPTED' {
  if (!verdicts.some((v) => v.accepted)) return 'REJECTED';
  return secondInspection ? 'PENDING_SECOND_INSPECTION' : 'ACCEPTED';
}

/** The accepted items' total in fen: the food cost and what is owed to the supplier. */
export function acceptedTotal(items: readonly { accepted: boolean; lineTotalFen: number }[]): number {
  return items.reduce((sum, i) => (i.accepted ? sum + i.lineTotalFen : sum), 0);
}

/** Whether two inspectors are one person: the same account, or the same staff member where both have one. */
export function isSameInspector(
  first: { accountId: string; staffId: string | null },
  second: { accountId: string; staffId: string | null },
): boolean {
  return first.accountId === second.accountId || (first.staffId !== null && first.staffId === second.staffId);
}

/**
 * The second inspector is a different person from the first (another account and, where both have
 * one, another staff member): else BAD_USER_INPUT on `field`.
 */
export function requireDifferentInspector(
  first: { accountId: string; staffId: string | null },
  second: { accountId: string; staffId: string | null },
  field: string,
): void {
  if (isSameInspector(first, second))
    throw badInput(
      field,
      `You inspected this delivery first; the second inspection (复核) of bulk staples must be made by a different person (secondInspector).`,
    );
}

/** A delivery is recorded the day it arrives or later, never ahead: BAD_USER_INPUT on `field` for a future date. */
export function requireNotFuture(deliveredOn: string, today: string, field: string): void {
  if (deliveredOn > today) throw badInput(field, `${field} ${deliveredOn} is after today (${today}) at the school.`);
}

/** Rejection rate as a percentage with one decimal (half up), from whole counts: null when nothing was inspected. */
export function ratePercent(rejected: number, inspected: number): string | null {
  if (inspected <= 0) return null;
  const perMille = Math.floor((rejected * 2000 + inspected) / (inspected * 2)); // round half up
  return `${Math.floor(perMille / 10)}.${perMille % 10}`;
}
