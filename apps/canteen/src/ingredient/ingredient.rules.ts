import { badInput, type FieldViolation } from '@houqin/common';
import { BaseUnit, MAX_PER_UNIT } from '../quantity/quantity.rules';
import { type Allergen, FOOD_CODE_MAX, type IngredientCategory } from './ingredient.entity';

/**
 * Pure rules of the ingredient catalogue: food codes, nutrients read exactly from a food table's own
 * units into whole numbers, and which ingredients a forbidden food covers. No database, no viewer.
 */

/** A China Food Composition Tables food code: 6 digits, "x" for a representative value (代表值), e.g. "012001x". */
const TABLE_CODE = /^\d{6}x?$/;
/** A district's own code for a food the table lacks: "L-" and up to 14 capitals, digits or hyphens. */
const LOCAL_CODE = /^L-[A-Z0-9][A-Z0-9-]{0,13}$/;

/** "012001X " → "012001x", "l-nacl" → "L-NACL"; null when it is neither a table code nor a local code. */
export function normalFoodCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (TABLE_CODE.test(text.toLowerCase())) return text.toLowerCase();
  const local = text.toUpperCase();
  return LOCAL_CODE.test(local) && local.length <= FOOD_CODE_MAX ? local : null;
}

export const FOOD_CODE_HELP =
  'a China Food Composition Tables food code (食物编码) of 6 digits with an optional x, e.g. "012001x", or a district code "L-…" (e.g. "L-NACL") for a food the table lacks';

/** The unit a food table gives a nutrient in, and how many micrograms that is. */
export type NutrientUnit = 'g' | 'mg' | 'µg';
const MICROGRAMS: Record<NutrientUnit, bigint> = { g: 1_000_000n, mg: 1_000n, µg: 1n };
const PLACES: Record<NutrientUnit, number> = { g: 6, mg: 3, µg: 0 };

/** Most of a mass nutrient 100 g of food can hold: 100 g. */
export const MAX_NUTRIENT_UG = 100_000_000;
/** Most energy 100 g of food can give: pure fat, 9 kcal/g. */
export const MAX_ENERGY_KCAL = 900;

/** How the tables write "not determined" (—) and "trace" (Tr). */
const NOT_DETERMINED = new Set(['', '—', '–', '-', '一', '…', 'N/A', 'NA']);
const TRACE = new Set(['TR', 'TRACE', '微量']);
const DECIMAL = /^(\d{1,9})(?:\.(\d{1,9}))?$/;

/**
 * A nutrient as a food table prints it, per 100 g edible part, into whole micrograms: "7.9" g →
 * 7 900 000; "Tr" (trace) → 0; "—" or nothing (not determined) → null. A value finer than a
 * microgram, negative, or more than 100 g is refused (BAD_USER_INPUT on `field`); nothing is rounded.
 */
export function nutrientMicrograms(value: string | null | undefined, unit: NutrientUnit, field: string): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (NOT_DETERMINED.has(text)) return null;
  if (TRACE.has(text.toUpperCase())) return 0;
  if (text.startsWith('-')) throw badInput(field, `${field} must not be negative ("${text}").`);
  const match = DECIMAL.exec(text);
  if (!match)
    throw badInput(
      field,
      `${field} must be a number in ${unit} such as "7.9", "Tr" for a trace or "—" when not determined (got "${text}").`,
    );
  const [, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > PLACES[unit])
    throw badInput(field, `${field} "${text}" ${unit} is finer than a microgram; the catalogue keeps whole micrograms and never rounds.`);
  const micrograms = (BigInt(whole + significant) * MICROGRAMS[unit]) / 10n ** BigInt(significant.length);
  if (micrograms > BigInt(MAX_NUTRIENT_UG)) throw badInput(field, `${field} "${text}" ${unit} is more than 100 g per 100 g of food.`);
  return Number(micrograms);
}

/** Energy as printed (whole kcal per 100 g; "Tr" → 0, "—" → null), at most 900 kcal. */
export function energyKcal(value: string | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (NOT_DETERMINED.has(text)) return null;
  if (TRACE.has(text.toUpperCase())) return 0;
  if (text.startsWith('-')) throw badInput(field, `${field} must not be negative ("${text}").`);
  if (!/^\d{1,4}$/.test(text)) throw badInput(field, `${field} must be whole kcal such as "346" (got "${text}").`);
  const kcal = Number(text);
  if (kcal > MAX_ENERGY_KCAL)
    throw badInput(field, `${field} ${kcal} kcal is more than 100 g of pure fat gives (${MAX_ENERGY_KCAL} kcal).`);
  return kcal;
}

/** A row of a food table as imported: the table's own units, as text. */
export interface IngredientRow {
  foodCode: string;
  name: string;
  category: IngredientCategory;
  baseUnit?: BaseUnit | null;
  pieceGrams?: number | null;
  ediblePercent: number;
  allergens?: Allergen[] | null;
  energyKcal?: string | null;
  proteinG?: string | null;
  fatG?: string | null;
  carbohydrateG?: string | null;
  calciumMg?: string | null;
  ironMg?: string | null;
  vitaminAUg?: string | null;
  vitaminCMg?: string | null;
  sodiumMg?: string | null;
  source: string;
}

/** What the catalogue stores of a row. */
export interface IngredientValues {
  foodCode: string;
  name: string;
  category: IngredientCategory;
  baseUnit: BaseUnit;
  pieceGrams: number | null;
  ediblePercent: number;
  allergens: Allergen[];
  energyKcal: number | null;
  proteinUg: number | null;
  fatUg: number | null;
  carbohydrateUg: number | null;
  calciumUg: number | null;
  ironUg: number | null;
  vitaminAUg: number | null;
  vitaminCUg: number | null;
  sodiumUg: number | null;
  source: string;
}

/**
 * A row's values as the catalogue keeps them, or one BAD_USER_INPUT listing every field at fault
 * (violations), so an import shows all of a row's problems at once.
 */
export function ingredientValues(row: IngredientRow): IngredientValues {
  const violations: FieldViolation[] = [];
  const check = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      const e = error as { extensions?: { violations?: FieldViolation[] } };
      if (!e.extensions?.violations) throw error;
      violations.push(...e.extensions.violations);
      return fallback;
    }
  };
  const foodCode = normalFoodCode(row.foodCode);
  if (!foodCode)
    violations.push({ field: 'foodCode', message: `foodCode must be ${FOOD_CODE_HELP} (got "${String(row.foodCode ?? '')}").` });
  if (!Number.isInteger(row.ediblePercent) || row.ediblePercent < 1 || row.ediblePercent > 100)
    violations.push({ field: 'ediblePercent', message: `ediblePercent must be a whole percent from 1 to 100 (got ${row.ediblePercent}).` });
  const baseUnit = row.baseUnit ?? BaseUnit.GRAM;
  const pieceGrams = row.pieceGrams ?? null;
  if (pieceGrams !== null && (!Number.isInteger(pieceGrams) || pieceGrams < 1 || pieceGrams > MAX_PER_UNIT))
    violations.push({ field: 'pieceGrams', message: `pieceGrams must be a whole number of grams from 1 to ${MAX_PER_UNIT}.` });
  const allergens = row.allergens ?? [];
  if (new Set(allergens).size !== allergens.length) violations.push({ field: 'allergens', message: 'allergens names an allergen twice.' });
  const values: IngredientValues = {
    foodCode: foodCode ?? '',
    name: row.name.trim(),
    category: row.category,
    baseUnit,
    pieceGrams,
    ediblePercent: row.ediblePercent,
    allergens: [...allergens].sort(),
    energyKcal: check(() => energyKcal(row.energyKcal, 'energyKcal'), null),
    proteinUg: check(() => nutrientMicrograms(row.proteinG, 'g', 'proteinG'), null),
    fatUg: check(() => nutrientMicrograms(row.fatG, 'g', 'fatG'), null),
    carbohydrateUg: check(() => nutrientMicrograms(row.carbohydrateG, 'g', 'carbohydrateG'), null),
    calciumUg: check(() => nutrientMicrograms(row.calciumMg, 'mg', 'calciumMg'), null),
    ironUg: check(() => nutrientMicrograms(row.ironMg, 'mg', 'ironMg'), null),
    vitaminAUg: check(() => nutrientMicrograms(row.vitaminAUg, 'µg', 'vitaminAUg'), null),
    vitaminCUg: check(() => nutrientMicrograms(row.vitaminCMg, 'mg', 'vitaminCMg'), null),
    sodiumUg: check(() => nutrientMicrograms(row.sodiumMg, 'mg', 'sodiumMg'), null),
    source: row.source.trim(),
  };
  const macros = [values.proteinUg, values.fatUg, values.carbohydrateUg].reduce<number>((sum, v) => sum + (v ?? 0), 0);
  if (macros > MAX_NUTRIENT_UG)
    violations.push({ field: 'proteinG', message: 'proteinG, fatG and carbohydrateG add up to more than 100 g per 100 g of food.' });
  if (violations.length) throw badInput(violations[0].field, violations[0].message, violations);
  return values;
}

/** What a forbidden food names: an ingredient, a food code, and a name an ingredient's name may contain. */
export interface ForbiddenLike {
  name: string;
  ingredientId: string | null;
  foodCodes: readonly string[];
}

/** The first forbidden food that covers the ingredient (by id, food code, or its name containing the forbidden name), else null. */
export function forbiddenMatch<F extends ForbiddenLike>(
  ingredient: { id: string; foodCode: string; name: string },
  forbidden: readonly F[],
): F | null {
  const name = ingredient.name.replace(/\s+/g, '');
  return (
    forbidden.find(
      (f) => f.ingredientId === ingredient.id || f.foodCodes.includes(ingredient.foodCode) || name.includes(f.name.replace(/\s+/g, '')),
    ) ?? null
  );
}
