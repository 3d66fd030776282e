import { badInput } from '@houqin/common';
import { PaperSize } from './print.entity';

/** The most pages per copy, and the most copies, one job may have: more is a typing mistake (10,000). */
export const PRINT_COUNT_MAX = 10_000;
/** The highest price per page a school may set: ¥100.00 (in fen). */
export const PRINT_PRICE_MAX_FEN = 10_000;
/** A print time this far after the server's clock is still "now" (clocks of a phone and the server differ a little). */
export const PRINTED_AT_TOLERANCE_MS = 2 * 60_000;

export interface PriceKey {
  paperSize: PaperSize;
  colour: boolean;
}

export interface PriceValue extends PriceKey {
  pricePerPageFen: number;
}

/**
 * The prices per printed page until a school sets its own: PLACEHOLDERS, roughly what a school print
 * room charges back (A4 ¥0.10, A3 ¥0.20 in black and white; colour ten times that); each school's
 * director sets the real ones with setPrintPrices. B5 costs as A4 and B4 as A3 (same paper class).
 */
export const DEFAULT_PRINT_PRICES: readonly PriceValue[] = [
  { paperSize: PaperSize.A4, colour: false, pricePerPageFen: 10 },
  { paperSize: PaperSize.A3, colour: false, pricePerPageFen: 20 },
  { paperSize: PaperSize.B5, colour: false, pricePerPageFen: 10 },
  { paperSize: PaperSize.B4, colour: false, pricePerPageFen: 20 },
  { paperSize: PaperSize.A4, colour: true, pricePerPageFen: 100 },
  { paperSize: PaperSize.A3, colour: true, pricePerPageFen: 200 },
  { paperSize: PaperSize.B5, colour: true, pricePerPageFen: 100 },
  { paperSize: PaperSize.B4, colour: true, pricePerPageFen: 200 },
];

export const priceKeyOf = (key: PriceKey) => `${key.paperSize}|${key.colour ? 'colour' : 'mono'}`;

/** A count of a job (`pages`, `copies`): a whole number from 1 to 10,000, else BAD_USER_INPUT on `field`. */
export function checkCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw badInput(field, `${field} must be a whole number of at least 1.`);
  if (value > PRINT_COUNT_MAX) throw badInput(field, `${field} must be at most ${PRINT_COUNT_MAX.toLocaleString('en')}.`);
  return value;
}

/** A price per page in fen: 0 (free) to ¥100.00, else BAD_USER_INPUT on `field`. */
export function checkPricePerPage(fen: number, field: string): number {
  if (!Number.isSafeInteger(fen) || fen < 0) throw badInput(field, `${field} must be a whole number of fen, 0 or more.`);
  if (fen > PRINT_PRICE_MAX_FEN) throw badInput(field, `${field} must be at most ¥${PRINT_PRICE_MAX_FEN / 100} a page.`);
  return fen;
}

/** A print time not in the future (a little clock difference allowed), else BAD_USER_INPUT on `printedAt`. */
export function checkPrintedAt(printedAt: Date, now: Date): Date {
  if (Number.isNaN(printedAt.getTime())) throw badInput('printedAt', 'printedAt must be an instant.');
  if (printedAt.getTime() > now.getTime() + PRINTED_AT_TOLERANCE_MS) throw badInput('printedAt', 'printedAt must not be in the future.');
  return printedAt;
}

export interface JobFigures {
  /** Printed pages (印面): pages × copies. */
  printedPages: number;
  /** Sheets of paper: one per page single-sided; one per two pages double-sided (an odd last page still takes a sheet). */
  sheets: number;
  /** Printed pages × price per page, exact integer fen. */
  costFen: number;
}

/**
 * What a job uses and costs. Charging is per printed page (按面计费): a double-sided sheet is two
 * printed pages and is charged as two; double-siding saves paper (sheets), not the per-page charge.
 */
export function jobFigures(pages: number, copies: number, duplex: boolean, pricePerPageFen: number): JobFigures {
  const printedPages = pages * copies;
  const sheets = (duplex ? Math.ceil(pages / 2) : pages) * copies;
  return { printedPages, sheets, costFen: printedPages * pricePerPageFen };
}

export interface PriceRow extends PriceValue {
  id: string;
  effectiveFrom: string;
}

export interface PriceInForce extends PriceValue {
  /** The day it applies from; null for a default (the school has set none for this size and colour by then). */
  effectiveFrom: string | null;
  /** The row it comes from; null for a default. */
  entryId: string | null;
}

/**
 * The price of each size and colour in force on `day`: of `rows` (a school's price rows), the one
 * with the latest effectiveFrom on or before the day, the latest set (greatest id, ids grow with
 * time) on a tie; the default where there is none. In DEFAULT_PRINT_PRICES' order.
 */
export function pricesInForce(rows: readonly PriceRow[], day: string): PriceInForce[] {
  const best = new Map<string, PriceRow>();
  for (const row of rows) {
    if (row.effectiveFrom > day) continue;
    const key = priceKeyOf(row);
    const current = best.get(key);
    if (!current || row.effectiveFrom > current.effectiveFrom || (row.effectiveFrom === current.effectiveFrom && row.id > current.id))
      best.set(key, row);
  }
  return DEFAULT_PRINT_PRICES.map((fallback) => {
    const row = best.get(priceKeyOf(fallback));
    return row
      ? {
          paperSize: row.paperSize,
          colour: row.colour,
          pricePerPageFen: row.pricePerPageFen,
          effectiveFrom: row.effectiveFrom,
          entryId: row.id,
        }
      : { ...fallback, effectiveFrom: null, entryId: null };
  });
}

/** The one price of `key` in force on `day`. */
export function priceOn(rows: readonly PriceRow[], key: PriceKey, day: string): PriceInForce {
  return pricesInForce(rows, day).find((price) => priceKeyOf(price) === priceKeyOf(key))!;
}

import { monthSpan } from '@houqin/common';
/** The first and last day of a month YYYY-MM: the one in @houqin/common. */
export { monthSpan };

/** The double-sided ratio (双面率): double-sided printed pages over all printed pages, in [0, 1]; null when nothing was printed. */
export function doubleSidedRatio(doubleSidedPages: number, printedPages: number): number | null {
  return printedPages > 0 ? doubleSidedPages / printedPages : null;
}

/** The longest span printMonths covers: two school years. */
export const PRINT_MONTHS_MAX = 24;

/** Every month from `fromMonth` to `toMonth` inclusive (YYYY-MM), at most PRINT_MONTHS_MAX; BAD_USER_INPUT on the field at fault. */
export function monthsFromTo(fromMonth: string, toMonth: string): string[] {
  monthSpan(fromMonth, 'fromMonth');
  monthSpan(toMonth, 'toMonth');
  if (toMonth < fromMonth) throw badInput('toMonth', 'toMonth must not be before fromMonth.');
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const count = index(toMonth) - index(fromMonth) + 1;
  if (count > PRINT_MONTHS_MAX) throw badInput('toMonth', `Ask for at most ${PRINT_MONTHS_MAX} months at a time.`);
  return Array.from({ length: count }, (_, i) => {
    const n = index(fromMonth) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}
