import { registerEnumType } from 'type-graphql';
import { StudentAgeGroup } from './age-group';
import { MEAL_KINDS, MealKind } from './meal-kind';

/**
 * The nutrition check of a menu (食谱营养评价) against WS/T 554-2017 《学生餐营养指南》 (Nutrition
 * guidelines of school meals, National Health and Family Planning Commission, in force 2018-02-01).
 * Pure: a planned week of dishes (each a recipe of catalogue ingredients in grams) in, what falls
 * short out — per meal, per day and per week, each with what was planned and the range it should be in.
 *
 * HONESTY ABOUT THE NUMBERS. The standard is short and its tables are reproduced below as data, each
 * value marked `transcribed` (read from a public transcription of the table, named at the table) or
 * `unverified` (recalled; not found in a transcription we could read). A district should check the
 * `unverified` values against its own copy of the standard before relying on the check; they are all
 * in the 6–8 column of Table 1. How the check applies the tables (a mixed class, a canteen that serves
 * only lunch, what counts as a "kind of food") is our reading and is said at each rule.
 */

/** Where a value of a guideline table comes from (see the note above). */
export type Provenance = 'transcribed' | 'unverified';

/** A daily value that differs by sex (男 / 女) in Table 1, or one value for both. */
export interface BySex {
  boys: number;
  girls: number;
  provenance: Provenance;
}
const both = (value: number, provenance: Provenance): BySex => ({ boys: value, girls: value, provenance });
const sexes = (boys: number, girls: number, provenance: Provenance): BySex => ({ boys, girls, provenance });

/** One age group's column of Table 1 (the nutrients our catalogue carries). */
export interface DailySupply {
  energyKcal: BySex;
  proteinG: BySex;
  calciumMg: BySex;
  ironMg: BySex;
  vitaminAUgRae: BySex;
  vitaminCMg: BySex;
}

/**
 * WS/T 554-2017 Table 1, 每人每天能量和营养素供给量 (energy and nutrients per student per day).
 * 9–11, 12–14 and 15–17: transcribed from the table as republished by a school
 * (www.pyytsg.com/show.asp?id=235, "中学生每天能量和营养素供给量标准值参考表"), which also gives the
 * table's tolerances: energy 90%–110% and protein 80%–120% of the value. The first figure of the 6–8
 * column (boys' energy 1700 kcal) is in a text extraction of the standard itself; the rest of that
 * column is recalled, not transcribed: UNVERIFIED. Zinc, vitamins B1/B2 and dietary fibre are in the
 * table too but not checked: the ingredient catalogue does not carry them.
 */
export const TABLE_1_DAILY_SUPPLY: Record<StudentAgeGroup, DailySupply> = {
  [StudentAgeGroup.AGE_6_8]: {
    energyKcal: sexes(1700, 1550, 'unverified'),
    proteinG: both(35, 'unverified'),
    calciumMg: both(650, 'unverified'),
    ironMg: both(12, 'unverified'),
    vitaminAUgRae: both(390, 'unverified'),
    vitaminCMg: both(60, 'unverified'),
  },
  [StudentAgeGroup.AGE_9_11]: {
    energyKcal: sexes(2100, 1900, 'transcribed'),
    proteinG: both(50, 'transcribed'),
    calciumMg: both(850, 'transcribed'),
    ironMg: both(14, 'transcribed'),
    vitaminAUgRae: both(550, 'transcribed'),
    vitaminCMg: both(75, 'transcribed'),
  },
  [StudentAgeGroup.AGE_12_14]: {
    energyKcal: sexes(2450, 2100, 'transcribed'),
    proteinG: sexes(65, 60, 'transcribed'),
    calciumMg: both(950, 'transcribed'),
    ironMg: both(18, 'transcribed'),
    vitaminAUgRae: sexes(720, 630, 'transcribed'),
    vitaminCMg: both(95, 'transcribed'),
  },
  [StudentAgeGroup.AGE_15_17]: {
    energyKcal: sexes(2900, 2350, 'transcribed'),
    proteinG: sexes(75, 60, 'transcribed'),
    calciumMg: both(800, 'transcribed'),
    ironMg: both(18, 'transcribed'),
    vitaminAUgRae: sexes(820, 630, 'transcribed'),
    vitaminCMg: both(100, 'transcribed'),
  },
};

/** Table 1's tolerances (transcribed with it): energy within 90%–110% of the value, protein 80%–120%. */
export const ENERGY_TOLERANCE = { low: 0.9, high: 1.1 } as const;
export const PROTEIN_TOLERANCE = { low: 0.8, high: 1.2 } as const;
/** Table 1: fat 20%–30% and carbohydrate 50%–65% of the energy (脂肪/碳水化合物供能比), every age group. */
export const FAT_ENERGY_SHARE = { low: 0.2, high: 0.3 } as const;
export const CARBOHYDRATE_ENERGY_SHARE = { low: 0.5, high: 0.65 } as const;

/**
 * WS/T 554-2017 §3.3 三餐比例: breakfast, lunch and dinner give 25%–30%, 35%–40% and 30%–35% of the
 * day's energy and nutrients. Transcribed (the same sentence in several republications).
 */
export const MEAL_SHARE: Record<MealKind, { low: number; high: number }> = {
  [MealKind.BREAKFAST]: { low: 0.25, high: 0.3 },
  [MealKind.LUNCH]: { low: 0.35, high: 0.4 },
  [MealKind.DINNER]: { low: 0.3, high: 0.35 },
};

/**
 * The most cooking oil (植物油) and salt (盐) per meal, grams, by age group: WS/T 554-2017 Table 3
 * (早餐, breakfast) and Table 4 (午餐、晚餐, lunch and dinner), transcribed from their republication
 * by a county government (www.bagongshan.gov.cn/public/118325679/1260552241.html) and, for Table 4,
 * a copy on max.book118.com. Those tables also give grams per food group; the check uses the food
 * groups' presence (§3.2) rather than their grams.
 */
export const TABLE_3_4_OIL_SALT_G: Record<MealKind, Record<StudentAgeGroup, { oil: number; salt: number }>> = {
  [MealKind.BREAKFAST]: {
    [StudentAgeGroup.AGE_6_8]: { oil: 5, salt: 1.5 },
    [StudentAgeGroup.AGE_9_11]: { oil: 5, salt: 1.5 },
    [StudentAgeGroup.AGE_12_14]: { oil: 5, salt: 1.5 },
    [StudentAgeGroup.AGE_15_17]: { oil: 5, salt: 2 },
  },
  [MealKind.LUNCH]: {
    [StudentAgeGroup.AGE_6_8]: { oil: 10, salt: 2 },
    [StudentAgeGroup.AGE_9_11]: { oil: 10, salt: 2 },
    [StudentAgeGroup.AGE_12_14]: { oil: 10, salt: 2 },
    [StudentAgeGroup.AGE_15_17]: { oil: 15, salt: 2.5 },
  },
  [MealKind.DINNER]: {
    [StudentAgeGroup.AGE_6_8]: { oil: 10, salt: 2 },
    [StudentAgeGroup.AGE_9_11]: { oil: 10, salt: 2 },
    [StudentAgeGroup.AGE_12_14]: { oil: 10, salt: 2 },
    [StudentAgeGroup.AGE_15_17]: { oil: 15, salt: 2.5 },
  },
};

/** Sodium in a gram of salt (NaCl: 22.99 / 58.44 of its mass): 393 mg. */
export const SODIUM_MG_PER_G_SALT = 393;

/**
 * The four food groups of WS/T 554-2017 §3.2: "一日三餐应提供谷薯类、新鲜蔬菜水果、鱼禽肉蛋类、奶类及大豆类等
 * 四类食物中的三类及以上，尤其是早餐" — each meal gives at least three of the four. Oil, condiments,
 * sugar and others are in none.
 */
export enum FoodGroup {
  GRAINS_TUBERS = 'GRAINS_TUBERS',
  VEGETABLES_FRUIT = 'VEGETABLES_FRUIT',
  FISH_POULTRY_MEAT_EGGS = 'FISH_POULTRY_MEAT_EGGS',
  DAIRY_SOY_NUTS = 'DAIRY_SOY_NUTS',
}
registerEnumType(FoodGroup, {
  name: 'FoodGroup',
  description: 'The four food groups of WS/T 554-2017 §3.2 (四类食物); each meal should give at least three.',
  valuesConfig: {
    GRAINS_TUBERS: { description: 'Grains and tubers (谷薯类).' },
    VEGETABLES_FRUIT: { description: 'Fresh vegetables and fruit (新鲜蔬菜水果), with fungi and algae (菌藻).' },
    FISH_POULTRY_MEAT_EGGS: { description: 'Fish, poultry, meat and eggs (鱼禽肉蛋类).' },
    DAIRY_SOY_NUTS: { description: 'Dairy, soy and nuts (奶类及大豆类, 坚果).' },
  },
});
export const MIN_FOOD_GROUPS_PER_MEAL = 3;

/** The catalogue's ingredient categories (H2's IngredientCategory) → food group; null for none. */
export const FOOD_GROUP_OF: Record<string, FoodGroup | null> = {
  GRAIN: FoodGroup.GRAINS_TUBERS,
  TUBER: FoodGroup.GRAINS_TUBERS,
  VEGETABLE: FoodGroup.VEGETABLES_FRUIT,
  FUNGI_ALGAE: FoodGroup.VEGETABLES_FRUIT,
  FRUIT: FoodGroup.VEGETABLES_FRUIT,
  MEAT: FoodGroup.FISH_POULTRY_MEAT_EGGS,
  POULTRY: FoodGroup.FISH_POULTRY_MEAT_EGGS,
  EGG: FoodGroup.FISH_POULTRY_MEAT_EGGS,
  AQUATIC: FoodGroup.FISH_POULTRY_MEAT_EGGS,
  DAIRY: FoodGroup.DAIRY_SOY_NUTS,
  SOY: FoodGroup.DAIRY_SOY_NUTS,
  NUT_SEED: FoodGroup.DAIRY_SOY_NUTS,
  OIL: null,
  CONDIMENT: null,
  SUGAR: null,
  OTHER: null,
};
/** Categories that are not "a kind of food" for variety (烹调油和调味品不计入), as the dietary guidelines count. */
const NOT_A_KIND = new Set(['OIL', 'CONDIMENT', 'SUGAR']);
/** Whose sodium counts as added salt (salt, soy sauce, bean paste …): Table 3/4 limit salt, not food's own sodium. */
const ADDED_SODIUM = new Set(['CONDIMENT']);

/**
 * Variety. WS/T 554-2017 §4 (配餐原则) asks for "食物多样" and at least three kinds of fresh vegetables a
 * day (每天至少提供三种以上新鲜蔬菜). The counts — at least 12 kinds of food a day and 25 a week, oil and
 * condiments not counted — are the Dietary Guidelines for Chinese Residents' (中国居民膳食指南 2016/2022,
 * 准则一 食物多样), which school menus are commonly held to; they are not in WS/T 554's tables. Our
 * reading for a canteen that serves fewer than three meals a day: the counts scale with the meals it
 * serves (lunch alone: a third — 4 kinds a day, 1 vegetable), rounded up.
 */
export const KINDS_PER_DAY = 12;
export const KINDS_PER_WEEK = 25;
export const VEGETABLES_PER_DAY = 3;

/** What the check measures. */
export enum NutritionMeasure {
  ENERGY = 'ENERGY',
  PROTEIN = 'PROTEIN',
  FAT_ENERGY_SHARE = 'FAT_ENERGY_SHARE',
  CARBOHYDRATE_ENERGY_SHARE = 'CARBOHYDRATE_ENERGY_SHARE',
  CALCIUM = 'CALCIUM',
  IRON = 'IRON',
  VITAMIN_A = 'VITAMIN_A',
  VITAMIN_C = 'VITAMIN_C',
  ADDED_SODIUM = 'ADDED_SODIUM',
  COOKING_OIL = 'COOKING_OIL',
  FOOD_GROUPS = 'FOOD_GROUPS',
  KINDS_OF_FOOD = 'KINDS_OF_FOOD',
  VEGETABLE_KINDS = 'VEGETABLE_KINDS',
  MEALS_PLANNED = 'MEALS_PLANNED',
}
registerEnumType(NutritionMeasure, {
  name: 'NutritionMeasure',
  description: 'What the nutrition check (营养评价) measures against WS/T 554-2017.',
  valuesConfig: {
    ENERGY: { description: 'Energy (能量), kcal per student.' },
    PROTEIN: { description: 'Protein (蛋白质), g per student.' },
    FAT_ENERGY_SHARE: { description: 'Share of the energy from fat (脂肪供能比), %.' },
    CARBOHYDRATE_ENERGY_SHARE: { description: 'Share of the energy from carbohydrate (碳水化合物供能比), %.' },
    CALCIUM: { description: 'Calcium (钙), mg per student.' },
    IRON: { description: 'Iron (铁), mg per student.' },
    VITAMIN_A: { description: 'Vitamin A (维生素A), µg RAE per student.' },
    VITAMIN_C: { description: 'Vitamin C (维生素C), mg per student.' },
    ADDED_SODIUM: { description: "Sodium from salt and condiments (盐), mg per student, at most the sodium of the guideline's salt." },
    COOKING_OIL: { description: 'Cooking oil (植物油), g per student.' },
    FOOD_GROUPS: { description: 'Food groups in a meal (食物类别数), of four.' },
    KINDS_OF_FOOD: { description: 'Kinds of food (食物种类数), oil and condiments not counted.' },
    VEGETABLE_KINDS: { description: 'Kinds of fresh vegetables (新鲜蔬菜种类数).' },
    MEALS_PLANNED: { description: 'Meals planned in the week (餐次数).' },
  },
});

/** The nutrients of the catalogue, per 100 g edible part (H2's Ingredient columns). */
export interface NutrientColumns {
  energyKcal: number;
  proteinUg: number;
  fatUg: number;
  carbohydrateUg: number;
  calciumUg: number;
  ironUg: number;
  vitaminAUg: number;
  vitaminCUg: number;
  sodiumUg: number;
}
export const NUTRIENT_KEYS: readonly (keyof NutrientColumns)[] = [
  'energyKcal',
  'proteinUg',
  'fatUg',
  'carbohydrateUg',
  'calciumUg',
  'ironUg',
  'vitaminAUg',
  'vitaminCUg',
  'sodiumUg',
];

/** What the check needs of an ingredient. */
export interface IngredientFacts extends NutrientColumns {
  id: string;
  name: string;
  category: string;
  /** Edible part (食部), percent of the weight as bought. */
  ediblePercent: number;
  allergens: readonly string[];
}

/** A recipe line: grams of an ingredient per serving, weighed as bought (市品); its edible part counts. */
export interface RecipeLine {
  ingredient: IngredientFacts;
  grams: number;
}

export interface PlannedDish {
  name: string;
  lines: readonly RecipeLine[];
}

export interface PlannedMeal {
  meal: MealKind;
  dishes: readonly PlannedDish[];
}

export interface PlannedDay {
  servedOn: string;
  meals: readonly PlannedMeal[];
}

const zero = (): NutrientColumns => ({
  energyKcal: 0,
  proteinUg: 0,
  fatUg: 0,
  carbohydrateUg: 0,
  calciumUg: 0,
  ironUg: 0,
  vitaminAUg: 0,
  vitaminCUg: 0,
  sodiumUg: 0,
});

/** Nutrients of `lines` (per serving): grams × edible part × per-100 g value, unrounded. */
export function nutrientsOf(lines: readonly RecipeLine[]): NutrientColumns {
  const total = zero();
  for (const { ingredient, grams } of lines) {
    const edibleGrams = (grams * ingredient.ediblePercent) / 100;
    for (const key of NUTRIENT_KEYS) total[key] += (edibleGrams * ingredient[key]) / 100;
  }
  return total;
}

/** The allergens of `lines`, each once, sorted. */
export function allergensOf(lines: readonly RecipeLine[]): string[] {
  return [...new Set(lines.flatMap((l) => l.ingredient.allergens))].sort();
}

/** One measure checked: what was planned and the range it should be in (either end may be open). */
export interface Finding {
  measure: NutritionMeasure;
  planned: number;
  min: number | null;
  max: number | null;
  unit: string;
  ok: boolean;
}

/** A finding that fails, where it is, and a sentence saying so. */
export interface Shortfall extends Finding {
  /** The day, or null for the week as a whole. */
  servedOn: string | null;
  /** The meal, or null for the day or week. */
  meal: MealKind | null;
  message: string;
}

export interface MealCheck {
  meal: MealKind;
  findings: Finding[];
  passes: boolean;
}

export interface DayCheck {
  servedOn: string;
  meals: MealCheck[];
  findings: Finding[];
  passes: boolean;
}

export interface NutritionCheckResult {
  ageGroup: StudentAgeGroup;
  passes: boolean;
  days: DayCheck[];
  /** Findings of the week as a whole (kinds of food, meals planned). */
  findings: Finding[];
  /** Every failing finding, in day and meal order, each explained. */
  shortfalls: Shortfall[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const UG_PER_G = 1_000_000;
const UG_PER_MG = 1_000;

function finding(measure: NutritionMeasure, planned: number, min: number | null, max: number | null, unit: string): Finding {
  const ok = (min === null || planned >= min) && (max === null || planned <= max);
  return { measure, planned: round1(planned), min: min === null ? null : round1(min), max: max === null ? null : round1(max), unit, ok };
}

const MEASURE_NAMES: Record<NutritionMeasure, string> = {
  ENERGY: 'Energy (能量)',
  PROTEIN: 'Protein (蛋白质)',
  FAT_ENERGY_SHARE: 'Energy from fat (脂肪供能比)',
  CARBOHYDRATE_ENERGY_SHARE: 'Energy from carbohydrate (碳水化合物供能比)',
  CALCIUM: 'Calcium (钙)',
  IRON: 'Iron (铁)',
  VITAMIN_A: 'Vitamin A (维生素A)',
  VITAMIN_C: 'Vitamin C (维生素C)',
  ADDED_SODIUM: 'Sodium from salt and condiments (盐)',
  COOKING_OIL: 'Cooking oil (植物油)',
  FOOD_GROUPS: 'Food groups (食物类别)',
  KINDS_OF_FOOD: 'Kinds of food (食物种类)',
  VEGETABLE_KINDS: 'Kinds of fresh vegetables (新鲜蔬菜种类)',
  MEALS_PLANNED: 'Meals planned (餐次)',
};

/** "Calcium (钙) at lunch on 2026-03-02: 120 mg planned, at least 297.5 mg." */
export function explain(f: Finding, servedOn: string | null, meal: MealKind | null): string {
  const where = meal ? ` at ${meal.toLowerCase()} on ${servedOn}` : servedOn ? ` on ${servedOn}` : ' in the week';
  const range =
    f.min !== null && f.max !== null
      ? `should be ${f.min}–${f.max} ${f.unit}`
      : f.min !== null
        ? `should be at least ${f.min} ${f.unit}`
        : `should be at most ${f.max} ${f.unit}`;
  const side = f.min !== null && f.planned < f.min ? 'too little' : 'too much';
  return `${MEASURE_NAMES[f.measure]}${where}: ${f.planned} ${f.unit} planned, ${range} (${side}).`;
}

/**
 * One meal against the guideline: its energy and nutrients within its share of the day (MEAL_SHARE
 * of Table 1, within Table 1's tolerances), fat and carbohydrate within their energy shares, salt and
 * oil at most Table 3/4's, and at least three of the four food groups.
 *
 * A class has boys and girls, whose Table 1 values differ: the range runs from the lower (girls')
 * value at the low end of the meal's share to the higher (boys') at the high end, so a meal passes
 * when it suits the girls or the boys of the age group. Calcium, iron and vitamins A and C have no
 * stated tolerance and no upper bound here: at least the low end of the meal's share of the lower value.
 */
export function checkMeal(ageGroup: StudentAgeGroup, meal: PlannedMeal): MealCheck {
  const supply = TABLE_1_DAILY_SUPPLY[ageGroup];
  const share = MEAL_SHARE[meal.meal];
  const lines = meal.dishes.flatMap((d) => d.lines);
  const n = nutrientsOf(lines);
  const lo = (v: BySex) => Math.min(v.boys, v.girls) * share.low;
  const hi = (v: BySex) => Math.max(v.boys, v.girls) * share.high;
  const energy = n.energyKcal;
  const fatShare = energy > 0 ? (((n.fatUg / UG_PER_G) * 9) / energy) * 100 : 0;
  const carbShare = energy > 0 ? (((n.carbohydrateUg / UG_PER_G) * 4) / energy) * 100 : 0;
  const added = lines.filter((l) => ADDED_SODIUM.has(l.ingredient.category));
  const addedSodiumMg = nutrientsOf(added).sodiumUg / UG_PER_MG;
  const oilGrams = lines.filter((l) => l.ingredient.category === 'OIL').reduce((sum, l) => sum + l.grams, 0);
  const limits = TABLE_3_4_OIL_SALT_G[meal.meal][ageGroup];
  const groups = new Set(lines.map((l) => FOOD_GROUP_OF[l.ingredient.category]).filter((g) => g));
  const findings = [
    finding(
      NutritionMeasure.ENERGY,
      energy,
      lo(supply.energyKcal) * ENERGY_TOLERANCE.low,
      hi(supply.energyKcal) * ENERGY_TOLERANCE.high,
      'kcal',
    ),
    finding(
      NutritionMeasure.PROTEIN,
      n.proteinUg / UG_PER_G,
      lo(supply.proteinG) * PROTEIN_TOLERANCE.low,
      hi(supply.proteinG) * PROTEIN_TOLERANCE.high,
      'g',
    ),
    finding(NutritionMeasure.FAT_ENERGY_SHARE, fatShare, FAT_ENERGY_SHARE.low * 100, FAT_ENERGY_SHARE.high * 100, '%'),
    finding(
      NutritionMeasure.CARBOHYDRATE_ENERGY_SHARE,
      carbShare,
      CARBOHYDRATE_ENERGY_SHARE.low * 100,
      CARBOHYDRATE_ENERGY_SHARE.high * 100,
      '%',
    ),
    finding(NutritionMeasure.CALCIUM, n.calciumUg / UG_PER_MG, lo(supply.calciumMg), null, 'mg'),
    finding(NutritionMeasure.IRON, n.ironUg / UG_PER_MG, lo(supply.ironMg), null, 'mg'),
    finding(NutritionMeasure.VITAMIN_A, n.vitaminAUg, lo(supply.vitaminAUgRae), null, 'µg RAE'),
    finding(NutritionMeasure.VITAMIN_C, n.vitaminCUg / UG_PER_MG, lo(supply.vitaminCMg), null, 'mg'),
    finding(NutritionMeasure.ADDED_SODIUM, addedSodiumMg, null, limits.salt * SODIUM_MG_PER_G_SALT, 'mg'),
    finding(NutritionMeasure.COOKING_OIL, oilGrams, null, limits.oil, 'g'),
    finding(NutritionMeasure.FOOD_GROUPS, groups.size, MIN_FOOD_GROUPS_PER_MEAL, null, 'groups'),
  ];
  return { meal: meal.meal, findings, passes: findings.every((f) => f.ok) };
}

/** Distinct ingredients that count as kinds of food (oil, condiments and sugar do not). */
function kindsIn(meals: readonly PlannedMeal[]): Set<string> {
  const ids = meals.flatMap((m) => m.dishes.flatMap((d) => d.lines.filter((l) => !NOT_A_KIND.has(l.ingredient.category))));
  return new Set(ids.map((l) => l.ingredient.id));
}

function vegetablesIn(meals: readonly PlannedMeal[]): Set<string> {
  const lines = meals.flatMap((m) => m.dishes.flatMap((d) => d.lines));
  return new Set(lines.filter((l) => l.ingredient.category === 'VEGETABLE').map((l) => l.ingredient.id));
}

/** A day: each planned meal (`checkMeal`), and kinds of food and of vegetables, scaled to the meals served (see KINDS_PER_DAY). */
export function checkDay(ageGroup: StudentAgeGroup, day: PlannedDay): DayCheck {
  const planned = day.meals.filter((m) => m.dishes.length);
  const meals = [...planned].sort((a, b) => MEAL_KINDS.indexOf(a.meal) - MEAL_KINDS.indexOf(b.meal)).map((m) => checkMeal(ageGroup, m));
  const part = planned.length / MEAL_KINDS.length;
  const findings = [
    finding(NutritionMeasure.KINDS_OF_FOOD, kindsIn(planned).size, Math.ceil(KINDS_PER_DAY * part), null, 'kinds'),
    finding(NutritionMeasure.VEGETABLE_KINDS, vegetablesIn(planned).size, Math.ceil(VEGETABLES_PER_DAY * part), null, 'kinds'),
  ];
  return { servedOn: day.servedOn, meals, findings, passes: findings.every((f) => f.ok) && meals.every((m) => m.passes) };
}

/**
 * A week: every day that plans a meal (`checkDay`; days without meals, weekends, are skipped), kinds
 * of food over the week scaled to the meals served per day, and at least one meal planned.
 */
export function checkWeek(ageGroup: StudentAgeGroup, days: readonly PlannedDay[]): NutritionCheckResult {
  const served = [...days]
    .filter((d) => d.meals.some((m) => m.dishes.length))
    .sort((a, b) => a.servedOn.localeCompare(b.servedOn))
    .map((d) => ({ ...d, meals: d.meals.filter((m) => m.dishes.length) }));
  const checked = served.map((d) => checkDay(ageGroup, d));
  const mealCount = served.reduce((sum, d) => sum + d.meals.length, 0);
  const mealsPerDay = served.length ? mealCount / served.length : 0;
  const findings = [
    finding(NutritionMeasure.MEALS_PLANNED, mealCount, 1, null, 'meals'),
    finding(
      NutritionMeasure.KINDS_OF_FOOD,
      kindsIn(served.flatMap((d) => d.meals)).size,
      Math.ceil((KINDS_PER_WEEK * mealsPerDay) / MEAL_KINDS.length),
      null,
      'kinds',
    ),
  ];
  const shortfalls: Shortfall[] = [];
  const fail = (f: Finding, servedOn: string | null, meal: MealKind | null) => {
    if (!f.ok) shortfalls.push({ ...f, servedOn, meal, message: explain(f, servedOn, meal) });
  };
  for (const day of checked) {
    for (const meal of day.meals) for (const f of meal.findings) fail(f, day.servedOn, meal.meal);
    for (const f of day.findings) fail(f, day.servedOn, null);
  }
  for (const f of findings) fail(f, null, null);
  return { ageGroup, passes: shortfalls.length === 0, days: checked, findings, shortfalls };
}
