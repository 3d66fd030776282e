/**
 * Pure helpers of the menu pages (食谱): the week grid, the input saveMenuWeek takes, ranges of the
 * nutrition check as people read them, a recipe's nutrients previewed while it is written, the
 * public menu's link, and the words for the graph's enums. No React, so each is unit-tested.
 */

export type MealKindValue = 'BREAKFAST' | 'LUNCH' | 'DINNER';
export const MEAL_KINDS: readonly MealKindValue[] = ['BREAKFAST', 'LUNCH', 'DINNER'];

type Words = { zh: string; en: string };

export const MEAL_LABELS: Record<MealKindValue, Words> = {
  BREAKFAST: { zh: '早餐', en: 'Breakfast' },
  LUNCH: { zh: '午餐', en: 'Lunch' },
  DINNER: { zh: '晚餐', en: 'Dinner' },
};

export const AGE_GROUP_LABELS: Record<string, Words> = {
  AGE_6_8: { zh: '6–8 岁（小学低年级）', en: '6–8 years (primary 1–3)' },
  AGE_9_11: { zh: '9–11 岁（小学高年级）', en: '9–11 years (primary 4–6)' },
  AGE_12_14: { zh: '12–14 岁（初中）', en: '12–14 years (junior middle)' },
  AGE_15_17: { zh: '15–17 岁（高中）', en: '15–17 years (senior middle)' },
};

export const MEASURE_LABELS: Record<string, Words> = {
  ENERGY: { zh: '能量', en: 'Energy' },
  PROTEIN: { zh: '蛋白质', en: 'Protein' },
  FAT_ENERGY_SHARE: { zh: '脂肪供能比', en: 'Energy from fat' },
  CARBOHYDRATE_ENERGY_SHARE: { zh: '碳水化合物供能比', en: 'Energy from carbohydrate' },
  CALCIUM: { zh: '钙', en: 'Calcium' },
  IRON: { zh: '铁', en: 'Iron' },
  VITAMIN_A: { zh: '维生素A', en: 'Vitamin A' },
  VITAMIN_C: { zh: '维生素C', en: 'Vitamin C' },
  ADDED_SODIUM: { zh: '盐（钠）', en: 'Salt (sodium)' },
  COOKING_OIL: { zh: '烹调油', en: 'Cooking oil' },
  FOOD_GROUPS: { zh: '食物类别数', en: 'Food groups' },
  KINDS_OF_FOOD: { zh: '食物种类数', en: 'Kinds of food' },
  VEGETABLE_KINDS: { zh: '新鲜蔬菜种类数', en: 'Kinds of fresh vegetables' },
  MEALS_PLANNED: { zh: '餐次数', en: 'Meals planned' },
};

export const ALLERGEN_LABELS: Record<string, Words> = {
  GLUTEN: { zh: '麸质谷物', en: 'Gluten' },
  CRUSTACEAN: { zh: '甲壳类', en: 'Crustaceans' },
  FISH: { zh: '鱼类', en: 'Fish' },
  EGG: { zh: '蛋类', en: 'Egg' },
  PEANUT: { zh: '花生', en: 'Peanut' },
  SOY: { zh: '大豆', en: 'Soy' },
  MILK: { zh: '乳制品', en: 'Milk' },
  TREE_NUT: { zh: '坚果', en: 'Tree nuts' },
  SESAME: { zh: '芝麻', en: 'Sesame' },
  MOLLUSC: { zh: '软体动物', en: 'Molluscs' },
};

export const CATEGORY_LABELS: Record<string, Words> = {
  GRAIN: { zh: '谷类及制品', en: 'Grains' },
  TUBER: { zh: '薯类、淀粉及制品', en: 'Tubers and starches' },
  SOY: { zh: '干豆类及制品', en: 'Legumes and soy' },
  VEGETABLE: { zh: '蔬菜类及制品', en: 'Vegetables' },
  FUNGI_ALGAE: { zh: '菌藻类', en: 'Fungi and algae' },
  FRUIT: { zh: '水果类及制品', en: 'Fruit' },
  NUT_SEED: { zh: '坚果、种子类', en: 'Nuts and seeds' },
  MEAT: { zh: '畜肉类及制品', en: 'Meat' },
  POULTRY: { zh: '禽肉类及制品', en: 'Poultry' },
  DAIRY: { zh: '乳类及制品', en: 'Dairy' },
  EGG: { zh: '蛋类及制品', en: 'Eggs' },
  AQUATIC: { zh: '鱼虾蟹贝类', en: 'Fish and seafood' },
  OIL: { zh: '油脂类', en: 'Oils and fats' },
  CONDIMENT: { zh: '调味品类', en: 'Condiments' },
  SUGAR: { zh: '糖类', en: 'Sugar' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** The words for `value` in a label table, or the value itself when the table lacks it. */
export function labelOf(table: Record<string, Words>, value: string, language: 'zh' | 'en'): string {
  return table[value]?.[language] ?? value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** `day` moved by `days` calendar days (YYYY-MM-DD). */
export function shiftDay(day: string, days: number): string {
  return new Date(parseDay(day).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week `day` falls in. */
export function mondayOf(day: string): string {
  const weekday = (parseDay(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return shiftDay(day, -weekday);
}

/** The seven days of the week starting on `weekStart` (a Monday). */
export function weekDays(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => shiftDay(weekStart, i));
}

const WEEKDAYS: Words[] = [
  { zh: '周一', en: 'Mon' },
  { zh: '周二', en: 'Tue' },
  { zh: '周三', en: 'Wed' },
  { zh: '周四', en: 'Thu' },
  { zh: '周五', en: 'Fri' },
  { zh: '周六', en: 'Sat' },
  { zh: '周日', en: 'Sun' },
];

/** "周一 03-02" / "Mon 03-02". */
export function dayLabel(day: string, language: 'zh' | 'en'): string {
  const weekday = (parseDay(day).getUTCDay() + 6) % 7;
  return `${WEEKDAYS[weekday][language]} ${day.slice(5)}`;
}

/** The planner's grid: the dish ids of each day and meal, keyed `${servedOn}|${meal}`. */
export type MenuGrid = Record<string, string[]>;

export const cellKey = (servedOn: string, meal: MealKindValue) => `${servedOn}|${meal}`;

/** The grid of a saved week's days (as menuWeek answers them). */
export function gridOf(
  days: readonly { servedOn: string; meals: readonly { meal: string; dishes: readonly { id: string }[] }[] }[],
): MenuGrid {
  const grid: MenuGrid = {};
  for (const day of days)
    for (const meal of day.meals) grid[cellKey(day.servedOn, meal.meal as MealKindValue)] = meal.dishes.map((d) => d.id);
  return grid;
}

/** saveMenuWeek's meals: each day of the week in order, breakfast first, the cells that have dishes. */
export function mealsOf(weekStart: string, grid: MenuGrid): { servedOn: string; meal: MealKindValue; dishIds: string[] }[] {
  return weekDays(weekStart).flatMap((servedOn) =>
    MEAL_KINDS.flatMap((meal) => {
      const dishIds = grid[cellKey(servedOn, meal)] ?? [];
      return dishIds.length ? [{ servedOn, meal, dishIds: [...dishIds] }] : [];
    }),
  );
}

/** A number as the check reads: at most one decimal, no trailing zero. */
export function formatAmount(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The range a measure should be in: "297.5–400 mg", "≥ 297.5 mg", "≤ 2000 mg". */
export function formatRange(min: number | null | undefined, max: number | null | undefined, unit: string): string {
  const u = unit ? ` ${unit}` : '';
  if (min != null && max != null) return `${formatAmount(min)}–${formatAmount(max)}${u}`;
  if (min != null) return `≥ ${formatAmount(min)}${u}`;
  if (max != null) return `≤ ${formatAmount(max)}${u}`;
  return '—';
}

/** Whether a shortfall is too little or too much of its range. */
export function shortfallDirection(planned: number, min: number | null | undefined, max: number | null | undefined): 'LOW' | 'HIGH' | null {
  if (min != null && planned < min) return 'LOW';
  if (max != null && planned > max) return 'HIGH';
  return null;
}

/** What the catalogue says of an ingredient, per 100 g edible part (as the graph's Ingredient gives it). */
export interface IngredientFacts {
  ediblePercent: number;
  allergens: readonly string[];
  energyKcal?: number | null;
  proteinUg?: number | null;
  fatUg?: number | null;
  carbohydrateUg?: number | null;
  calciumUg?: number | null;
  ironUg?: number | null;
  vitaminAUg?: number | null;
  vitaminCUg?: number | null;
  sodiumUg?: number | null;
}

/** A serving's nutrients in the units the graph's Nutrients type answers. */
export interface NutrientValues {
  energyKcal: number;
  proteinG: number;
  fatG: number;
  carbohydrateG: number;
  calciumMg: number;
  ironMg: number;
  vitaminAUgRae: number;
  vitaminCMg: number;
  sodiumMg: number;
}

/** A recipe's grams as typed: a decimal with at most three places, more than 0 and at most 2000 (as createDish takes it). */
export function parseGrams(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^\d{1,4}(\.\d{1,3})?$/.test(trimmed)) return null;
  const grams = Number(trimmed);
  return grams > 0 && grams <= 2000 ? grams : null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * A serving's nutrients and allergens while the recipe is written, the way the graph computes them
 * (grams as bought × edible part × value per 100 g, an undetermined value counted as 0), rounded to
 * one decimal as the graph answers. Lines without an ingredient or valid grams are left out.
 */
export function previewRecipe(lines: readonly { ingredient?: IngredientFacts | null; grams?: string | null }[]): {
  nutrients: NutrientValues;
  allergens: string[];
} {
  const sum = {
    energyKcal: 0,
    proteinUg: 0,
    fatUg: 0,
    carbohydrateUg: 0,
    calciumUg: 0,
    ironUg: 0,
    vitaminAUg: 0,
    vitaminCUg: 0,
    sodiumUg: 0,
  };
  const allergens = new Set<string>();
  for (const line of lines) {
    const grams = parseGrams(line.grams);
    if (!line.ingredient || grams == null) continue;
    const edible = (grams * line.ingredient.ediblePercent) / 100;
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += (edible * (line.ingredient[key] ?? 0)) / 100;
    for (const allergen of line.ingredient.allergens) allergens.add(allergen);
  }
  return {
    nutrients: {
      energyKcal: round1(sum.energyKcal),
      proteinG: round1(sum.proteinUg / 1e6),
      fatG: round1(sum.fatUg / 1e6),
      carbohydrateG: round1(sum.carbohydrateUg / 1e6),
      calciumMg: round1(sum.calciumUg / 1e3),
      ironMg: round1(sum.ironUg / 1e3),
      vitaminAUgRae: round1(sum.vitaminAUg),
      vitaminCMg: round1(sum.vitaminCUg / 1e3),
      sodiumMg: round1(sum.sodiumUg / 1e3),
    },
    allergens: [...allergens].sort(),
  };
}

/** The nutrients shown for a dish or meal, in order, with their units. */
export const NUTRIENT_COLUMNS: { key: keyof NutrientValues; label: Words; unit: string }[] = [
  { key: 'energyKcal', label: { zh: '能量', en: 'Energy' }, unit: 'kcal' },
  { key: 'proteinG', label: { zh: '蛋白质', en: 'Protein' }, unit: 'g' },
  { key: 'fatG', label: { zh: '脂肪', en: 'Fat' }, unit: 'g' },
  { key: 'carbohydrateG', label: { zh: '碳水化合物', en: 'Carbohydrate' }, unit: 'g' },
  { key: 'calciumMg', label: { zh: '钙', en: 'Calcium' }, unit: 'mg' },
  { key: 'ironMg', label: { zh: '铁', en: 'Iron' }, unit: 'mg' },
  { key: 'vitaminAUgRae', label: { zh: '维生素A', en: 'Vitamin A' }, unit: 'µg RAE' },
  { key: 'vitaminCMg', label: { zh: '维生素C', en: 'Vitamin C' }, unit: 'mg' },
  { key: 'sodiumMg', label: { zh: '钠', en: 'Sodium' }, unit: 'mg' },
];

/** The page parents open without signing in (食谱公示), for a canteen and a week. */
export function publicMenuPath(canteenId: string, weekStart?: string): string {
  const path = `/public/menus/${encodeURIComponent(canteenId)}`;
  return weekStart ? `${path}?week=${weekStart}` : path;
}

/** A per-100 g value in micrograms as the table prints it in `unitUg` (1e6 for g, 1e3 for mg, 1 for µg); "—" when not determined. */
export function tableValue(ug: number | null | undefined, unitUg: number): string {
  if (ug == null) return '—';
  return String(Math.round((ug / unitUg) * 1000) / 1000);
}
