import { GraphQLError } from 'graphql';
import {
  BaseUnit,
  formatQuantity,
  MAX_BASE_QUANTITY,
  parseDecimal,
  QuantityUnit,
  toBaseQuantity,
  type QuantityLike,
} from './quantity.rules';

const { G, KG, JIN, LIANG, ML, L, PIECE, BOX } = QuantityUnit;
const { GRAM, MILLILITRE } = BaseUnit;

/** The BAD_USER_INPUT `fn` throws: its field and message (fails when it does not throw one). */
function refusal(fn: () => unknown): { field: unknown; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return { field: e.extensions.field, message: e.message };
  }
  throw new Error('expected a BAD_USER_INPUT, nothing was thrown');
}

const q = (amount: string, unit: QuantityUnit, extra: Partial<QuantityLike> = {}): QuantityLike => ({ amount, unit, ...extra });

describe('exact conversions into the base unit', () => {
  it.each([
    ['50', KG, GRAM, 50_000],
    ['2.5', KG, GRAM, 2_500],
    ['0.001', KG, GRAM, 1],
    ['3', JIN, GRAM, 1_500],
    ['0.5', JIN, GRAM, 250],
    ['2', LIANG, GRAM, 100],
    ['0.02', LIANG, GRAM, 1],
    ['125', G, GRAM, 125],
    ['125.000', G, GRAM, 125],
    ['007', G, GRAM, 7],
    ['1.5', L, MILLILITRE, 1_500],
    ['0.25', L, MILLILITRE, 250],
    ['500', ML, MILLILITRE, 500],
    ['30', PIECE, BaseUnit.PIECE, 30],
    [' 12 ', PIECE, BaseUnit.PIECE, 12],
  ])('%s %s → %s %s', (amount, unit, base, expected) => {
    expect(toBaseQuantity(q(amount, unit), base, 'quantity')).toBe(expected);
  });

  it('a box of 12 pieces: 3 boxes are 36 pieces; half a box of 12 is 6', () => {
    expect(toBaseQuantity(q('3', BOX, { perBox: 12 }), BaseUnit.PIECE, 'quantity')).toBe(36);
    expect(toBaseQuantity(q('0.5', BOX, { perBox: 12 }), BaseUnit.PIECE, 'quantity')).toBe(6);
  });

  it('a box holds base units of any kind: 2 boxes of 5000 g rice, 4 boxes of 250 mL milk', () => {
    expect(toBaseQuantity(q('2', BOX, { perBox: 5000 }), GRAM, 'quantity')).toBe(10_000);
    expect(toBaseQuantity(q('4', BOX, { perBox: 250 }), MILLILITRE, 'quantity')).toBe(1_000);
  });

  it('a piece of known weight 250 g: 4 pieces weigh 1000 g, from the input or from the catalogue', () => {
    expect(toBaseQuantity(q('4', PIECE, { pieceGrams: 250 }), GRAM, 'quantity')).toBe(1_000);
    expect(toBaseQuantity(q('4', PIECE), GRAM, 'quantity', { pieceGrams: 250 })).toBe(1_000);
    // The input's own weight wins over the catalogue's.
    expect(toBaseQuantity(q('4', PIECE, { pieceGrams: 200 }), GRAM, 'quantity', { pieceGrams: 250 })).toBe(800);
  });

  it('a weight counted in pieces of known weight: 3 kg of 50 g eggs is 60 eggs', () => {
    expect(toBaseQuantity(q('3', KG), BaseUnit.PIECE, 'quantity', { pieceGrams: 50 })).toBe(60);
    expect(toBaseQuantity(q('1', JIN, { pieceGrams: 250 }), BaseUnit.PIECE, 'quantity')).toBe(2);
  });

  it('accepts the largest quantity and refuses one more', () => {
    expect(toBaseQuantity(q(String(MAX_BASE_QUANTITY), G), GRAM, 'q')).toBe(MAX_BASE_QUANTITY);
    expect(toBaseQuantity(q('1000000', KG), GRAM, 'q')).toBe(MAX_BASE_QUANTITY);
    expect(refusal(() => toBaseQuantity(q(String(MAX_BASE_QUANTITY + 1), G), GRAM, 'q')).message).toMatch(/largest quantity/);
  });
});

describe('inexact conversions are errors, never roundings', () => {
  it('0.0005 kg is not a whole gram', () => {
    const { field, message } = refusal(() => toBaseQuantity(q('0.0005', KG), GRAM, 'lines.0.quantity'));
    expect(field).toBe('lines.0.quantity');
    expect(message).toMatch(/0\.0005 kg is not a whole number of grams \(0\.5 g\)/);
    expect(message).toMatch(/never rounded/);
  });

  it.each([
    ['0.5', G, GRAM],
    ['1.0001', KG, GRAM],
    ['0.001', JIN, GRAM], // 0.5 g
    ['0.01', LIANG, GRAM], // 0.5 g
    ['0.0001', L, MILLILITRE],
    ['1.5', PIECE, BaseUnit.PIECE],
    ['2.5', ML, MILLILITRE],
  ])('%s %s into %s', (amount, unit, base) => {
    expect(refusal(() => toBaseQuantity(q(amount, unit), base, 'quantity')).message).toMatch(/not a whole number/);
  });

  it('a tenth of a box of 12, and 1 kg in pieces of 333 g, are not whole', () => {
    expect(refusal(() => toBaseQuantity(q('0.1', BOX, { perBox: 12 }), BaseUnit.PIECE, 'quantity')).message).toMatch(
      /not a whole number of pieces \(1\.2 pieces\)/,
    );
    expect(refusal(() => toBaseQuantity(q('1', KG), BaseUnit.PIECE, 'quantity', { pieceGrams: 333 })).message).toMatch(
      /not a whole number of pieces \(≈ 3\.003 pieces\)/,
    );
  });
});

describe('amounts that are not a positive decimal', () => {
  it.each([
    ['0', /more than zero/],
    ['0.000', /more than zero/],
    ['-5', /not negative/],
    ['-0.5', /not negative/],
    ['', /decimal number/],
    ['abc', /decimal number/],
    ['NaN', /decimal number/],
    ['Infinity', /decimal number/],
    ['1e3', /decimal number/],
    ['1E-3', /decimal number/],
    ['0x10', /decimal number/],
    ['+5', /decimal number/],
    ['5.', /decimal number/],
    ['.5', /decimal number/],
    ['1,000', /decimal number/],
    ['1 000', /decimal number/],
    ['２', /decimal number/], // a full-width digit
    ['1.0000001', /more than 6 decimal places/],
  ])('"%s" is refused', (amount, why) => {
    const { field, message } = refusal(() => toBaseQuantity(q(amount, KG), GRAM, 'quantity'));
    expect(field).toBe('quantity');
    expect(message).toMatch(why);
  });

  it('huge numbers beyond the safe integer range are refused, not wrapped or rounded', () => {
    for (const amount of ['9007199254740993', '99999999999999999999', '1'.repeat(400), '9007199254740992.5'])
      expect(refusal(() => toBaseQuantity(q(amount, G), GRAM, 'quantity')).message).toMatch(/too large|largest quantity/);
    expect(refusal(() => toBaseQuantity(q('999999999999', KG), GRAM, 'quantity')).message).toMatch(/largest quantity/);
  });

  it('a non-string amount (a number slipped past the schema) is refused', () => {
    expect(refusal(() => toBaseQuantity({ amount: 5 as unknown as string, unit: KG }, GRAM, 'quantity')).message).toMatch(/decimal/);
  });
});

describe('units that do not convert to the base unit', () => {
  it.each([
    [q('1', L), GRAM, /is a volume/],
    [q('1', ML), BaseUnit.PIECE, /is a volume/],
    [q('1', KG), MILLILITRE, /is a weight/],
    [q('1', PIECE), MILLILITRE, /cannot be converted to millilitres/],
    [q('4', PIECE), GRAM, /without the weight of one piece/],
    [q('3', KG), BaseUnit.PIECE, /without the weight of one piece/],
    [q('2', BOX), BaseUnit.PIECE, /needs perBox/],
    [q('2', KG, { perBox: 12 }), GRAM, /perBox is only for/],
  ])('%j into %s', (input, base, why) => {
    expect(refusal(() => toBaseQuantity(input, base, 'quantity')).message).toMatch(why);
  });

  it.each([0, -1, 1.5, Number.NaN, 2_000_000])('perBox %s is refused', (perBox) => {
    expect(refusal(() => toBaseQuantity(q('1', BOX, { perBox }), GRAM, 'quantity')).message).toMatch(/perBox must be a whole number/);
  });

  it.each([0, -250, 0.5])('pieceGrams %s is refused', (pieceGrams) => {
    expect(refusal(() => toBaseQuantity(q('1', PIECE, { pieceGrams }), GRAM, 'quantity')).message).toMatch(/pieceGrams must be a whole/);
  });

  it('an unknown unit is refused', () => {
    expect(refusal(() => toBaseQuantity(q('1', 'TON' as QuantityUnit), GRAM, 'quantity')).message).toMatch(/unit must be one of/);
  });
});

describe('parseDecimal', () => {
  it('keeps the exact digits as numerator and scale', () => {
    expect(parseDecimal('2.50', 'x')).toEqual({ numerator: 250n, scale: 2 });
    expect(parseDecimal('0.1', 'x')).toEqual({ numerator: 1n, scale: 1 });
    expect(parseDecimal('123456789012.123456', 'x')).toEqual({ numerator: 123456789012123456n, scale: 6 });
  });
});

describe('formatQuantity', () => {
  it.each([
    [50_000, GRAM, '50 kg'],
    [1_500, GRAM, '1.5 kg'],
    [1_001, GRAM, '1.001 kg'],
    [250, GRAM, '250 g'],
    [0, GRAM, '0 g'],
    [-2_500, GRAM, '-2.5 kg'],
    [1_500, MILLILITRE, '1.5 L'],
    [999, MILLILITRE, '999 mL'],
    [1, BaseUnit.PIECE, '1 piece'],
    [12, BaseUnit.PIECE, '12 pieces'],
  ])('%s %s → %s', (amount, unit, text) => {
    expect(formatQuantity(amount, unit)).toBe(text);
  });

  it('refuses a fraction', () => {
    expect(() => formatQuantity(1.5, GRAM)).toThrow();
  });
});
