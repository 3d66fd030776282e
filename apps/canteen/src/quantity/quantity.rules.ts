import { registerEnumType } from 'type-graphql';
import { badInput } from '@houqin/common';

/**
 * Quantities are exact (issue 11): every quantity is stored as a whole number of its ingredient's
 * base unit (gram, millilitre or piece). A quantity typed in another unit (kg, 斤, 两, L, a box of N,
 * a piece of known weight) converts exactly or is refused: nothing is ever rounded. The amount is a
 * decimal string parsed into an integer numerator and a power-of-ten scale with BigInt, so no
 * floating point touches it.
 */

/** The unit a quantity is typed in. */
export enum QuantityUnit {
  G = 'G',
  KG = 'KG',
  JIN = 'JIN',
  LIANG = 'LIANG',
  ML = 'ML',
  L = 'L',
  PIECE = 'PIECE',
  BOX = 'BOX',
}
registerEnumType(QuantityUnit, {
  name: 'QuantityUnit',
  description: 'The unit a quantity is typed in (计量单位); it is converted exactly into the ingredient’s base unit.',
  valuesConfig: {
    G: { description: 'Gram (克).' },
    KG: { description: 'Kilogram (千克, 公斤): 1000 g.' },
    JIN: { description: 'Jin (斤): 500 g.' },
    LIANG: { description: 'Liang (两): 50 g.' },
    ML: { description: 'Millilitre (毫升).' },
    L: { description: 'Litre (升): 1000 mL.' },
    PIECE: { description: 'Piece (个/只/件); to weigh it, its weight in grams (pieceGrams) must be known.' },
    BOX: { description: 'Box (箱/盒) of a stated number of base units (perBox).' },
  },
});

/** The unit an ingredient's quantities are kept in: every stored quantity is a whole number of it. */
export enum BaseUnit {
  GRAM = 'GRAM',
  MILLILITRE = 'MILLILITRE',
  PIECE = 'PIECE',
}
registerEnumType(BaseUnit, {
  name: 'BaseUnit',
  description: 'The base unit (基本单位) an ingredient’s quantities are stored in, as whole numbers.',
  valuesConfig: {
    GRAM: { description: 'Gram (克).' },
    MILLILITRE: { description: 'Millilitre (毫升).' },
    PIECE: { description: 'Piece (个/只/件), e.g. eggs counted one by one.' },
  },
});

/** Largest quantity accepted, in base units: 10⁹ (1000 tonnes, 1000 m³ or a billion pieces); fits a 32-bit INT column. */
export const MAX_BASE_QUANTITY = 1_000_000_000;
/** At most this many digits after the decimal point in a typed amount ("0.000001"). */
export const MAX_DECIMAL_PLACES = 6;
/** Largest typed amount's digits before the decimal point. */
const MAX_INTEGER_DIGITS = 12;
/** Largest perBox or pieceGrams. */
export const MAX_PER_UNIT = 1_000_000;

/** A decimal amount as an exact fraction: numerator / 10^scale. */
export interface Decimal {
  numerator: bigint;
  scale: number;
}

/** A quantity as typed: a decimal amount in a unit, with what a box holds or a piece weighs where needed. */
export interface QuantityLike {
  amount: string;
  unit: QuantityUnit;
  /** Base units per box (BOX only). */
  perBox?: number | null;
  /** Grams one piece weighs (a piece weighed in grams, or grams counted in pieces). */
  pieceGrams?: number | null;
}

/** What the catalogue already knows about the ingredient: its piece weight, used when the input gives none. */
export interface KnownIngredient {
  pieceGrams?: number | null;
}

type Dimension = 'mass' | 'volume' | 'piece' | 'box';

/** Each typed unit: what it measures and how many of the dimension's base unit it is. */
const UNITS: Record<QuantityUnit, { dimension: Dimension; factor: bigint; symbol: string }> = {
  G: { dimension: 'mass', factor: 1n, symbol: 'g' },
  KG: { dimension: 'mass', factor: 1000n, symbol: 'kg' },
  JIN: { dimension: 'mass', factor: 500n, symbol: '斤' },
  LIANG: { dimension: 'mass', factor: 50n, symbol: '两' },
  ML: { dimension: 'volume', factor: 1n, symbol: 'mL' },
  L: { dimension: 'volume', factor: 1000n, symbol: 'L' },
  PIECE: { dimension: 'piece', factor: 1n, symbol: 'piece' },
  BOX: { dimension: 'box', factor: 1n, symbol: 'box' },
};

const BASE_NAMES: Record<BaseUnit, string> = { GRAM: 'gram', MILLILITRE: 'millilitre', PIECE: 'piece' };
const BASE_SYMBOLS: Record<BaseUnit, string> = { GRAM: 'g', MILLILITRE: 'mL', PIECE: 'pieces' };

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * "2.50" → { numerator: 250n, scale: 2 }. Only plain non-negative decimals: no sign, exponent
 * ("1e3"), grouping, hex or spaces inside; at most MAX_DECIMAL_PLACES places. BAD_USER_INPUT on `field`.
 */
export function parseDecimal(text: unknown, field: string): Decimal {
  if (typeof text !== 'string') throw badInput(field, `${field} amount must be a decimal number such as "50" or "2.5".`);
  const value = text.trim();
  if (value.startsWith('-')) throw badInput(field, `${field} must be more than zero, not negative ("${value}").`);
  const match = DECIMAL.exec(value);
  if (!match) throw badInput(field, `${field} amount must be a decimal number such as "50" or "2.5" (got "${value}").`);
  const [, whole, fraction = ''] = match;
  if (fraction.length > MAX_DECIMAL_PLACES)
    throw badInput(field, `${field} amount "${value}" has more than ${MAX_DECIMAL_PLACES} decimal places.`);
  if (whole.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) throw badInput(field, `${field} amount "${value}" is too large.`);
  return { numerator: BigInt(whole + fraction), scale: fraction.length };
}

/** A positive whole number up to `max`, or BAD_USER_INPUT naming `what`. */
function positiveWhole(value: number | null | undefined, field: string, what: string, max: number): bigint | null {
  if (value === null || value === undefined) return null;
  if (!Number.isSafeInteger(value) || value <= 0 || value > max)
    throw badInput(field, `${field} ${what} must be a whole number from 1 to ${max} (got ${value}).`);
  return BigInt(value);
}

/**
 * The typed quantity as a positive whole number of `baseUnit`, or BAD_USER_INPUT on `field` when it
 * is zero, negative, not a decimal, inexact ("0.0005 kg is not a whole number of grams"), too large,
 * or in a unit that does not convert to the base unit (a volume for a weighed ingredient; a piece
 * weighed in grams without its weight). Never rounds.
 *
 * - GRAM: g, kg, 斤, 两; a piece of pieceGrams; a box of perBox grams.
 * - MILLILITRE: mL, L; a box of perBox mL.
 * - PIECE: pieces; a box of perBox pieces; a weight in g/kg/斤/两 when it is a whole number of pieceGrams.
 *
 * `known.pieceGrams` (the catalogue's weight of one piece) is used when the input gives none.
 */
export function toBaseQuantity(input: QuantityLike, baseUnit: BaseUnit, field: string, known: KnownIngredient = {}): number {
  const unit = UNITS[input.unit];
  if (!unit) throw badInput(field, `${field} unit must be one of ${Object.keys(UNITS).join(', ')}.`);
  const amount = parseDecimal(input.amount, field);
  if (amount.numerator === 0n) throw badInput(field, `${field} must be more than zero.`);
  const perBox = positiveWhole(input.perBox, field, 'perBox', MAX_PER_UNIT);
  const pieceGrams = positiveWhole(input.pieceGrams ?? known.pieceGrams, field, 'pieceGrams', MAX_PER_UNIT);
  if (perBox !== null && input.unit !== QuantityUnit.BOX)
    throw badInput(field, `${field} perBox is only for a quantity in boxes (unit BOX), not ${input.unit}.`);

  const typed = `${input.amount.trim()} ${unit.symbol}`;
  const base = BASE_NAMES[baseUnit];
  const refuse = (why: string) => badInput(field, `${field}: ${typed} ${why}`);

  // What one typed unit is in base units, as a fraction: perUnit / divisor.
  let perUnit: bigint;
  let divisor = 1n;
  switch (unit.dimension) {
    case 'box':
      if (perBox === null) throw refuse(`needs perBox: how many ${base}s one box holds.`);
      perUnit = perBox;
      break;
    case 'mass':
      if (baseUnit === BaseUnit.GRAM) perUnit = unit.factor;
      else if (baseUnit === BaseUnit.PIECE) {
        if (pieceGrams === null) throw refuse(`cannot be counted in pieces without the weight of one piece (pieceGrams).`);
        perUnit = unit.factor;
        divisor = pieceGrams;
      } else throw refuse(`is a weight; this ingredient is measured by volume (mL), and a weight does not convert to a volume.`);
      break;
    case 'volume':
      if (baseUnit !== BaseUnit.MILLILITRE)
        throw refuse(`is a volume; this ingredient is kept in ${base}s, and a volume does not convert to ${base}s.`);
      perUnit = unit.factor;
      break;
    case 'piece':
      if (baseUnit === BaseUnit.PIECE) perUnit = 1n;
      else if (baseUnit === BaseUnit.GRAM) {
        if (pieceGrams === null) throw refuse(`cannot be weighed without the weight of one piece (pieceGrams).`);
        perUnit = pieceGrams;
      } else throw refuse(`cannot be converted to millilitres; give the quantity in mL, L or boxes.`);
      break;
  }

  const numerator = amount.numerator * perUnit;
  const denominator = 10n ** BigInt(amount.scale) * divisor;
  if (numerator % denominator !== 0n) {
    throw refuse(
      `is not a whole number of ${base}s (${describeFraction(numerator, denominator)} ${BASE_SYMBOLS[baseUnit]}); ` +
        'quantities are kept in whole base units and never rounded.',
    );
  }
  const result = numerator / denominator;
  if (result > BigInt(MAX_BASE_QUANTITY))
    throw refuse(`is more than the largest quantity accepted (${MAX_BASE_QUANTITY.toLocaleString('en-US')} ${BASE_SYMBOLS[baseUnit]}).`);
  return Number(result);
}

/** numerator/denominator as a short decimal for a message ("0.5", "≈ 3.333"). */
function describeFraction(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator;
  let rest = numerator % denominator;
  let digits = '';
  for (let i = 0; i < 3 && rest !== 0n; i++) {
    rest *= 10n;
    digits += String(rest / denominator);
    rest %= denominator;
  }
  return `${rest === 0n ? '' : '≈ '}${whole}.${digits}`;
}

/** A whole number of base units as people read it: 50000 g → "50 kg", 1500 mL → "1.5 L", 250 g → "250 g", 12 → "12 pieces". */
export function formatQuantity(amount: number, baseUnit: BaseUnit): string {
  if (!Number.isSafeInteger(amount)) throw new Error(`Not a whole quantity: ${amount}`);
  if (baseUnit === BaseUnit.PIECE) return `${amount} ${Math.abs(amount) === 1 ? 'piece' : 'pieces'}`;
  const [small, large] = baseUnit === BaseUnit.GRAM ? ['g', 'kg'] : ['mL', 'L'];
  if (Math.abs(amount) < 1000) return `${amount} ${small}`;
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 1000)}${fraction ? `.${fraction}` : ''} ${large}`;
}
