import { StudentAgeGroup } from './age-group';
import { MealKind } from './meal-kind';
import {
  allergensOf,
  checkDay,
  checkMeal,
  checkWeek,
  type IngredientFacts,
  MEAL_SHARE,
  nutrientsOf,
  NutritionMeasure,
  type PlannedDish,
  TABLE_1_DAILY_SUPPLY,
} from './nutrition.rules';

/** Made-up ingredients with round values per 100 g edible part, so every answer below is worked by hand. */
const G = 1_000_000;
const MG = 1_000;
function ingredient(id: string, category: string, per100: Partial<IngredientFacts>, ediblePercent = 100): IngredientFacts {
  return {
    id,
    name: id,
    category,
    ediblePercent,
    allergens: [],
    energyKcal: 0,
    proteinUg: 0,
    fatUg: 0,
    carbohydrateUg: 0,
    calciumUg: 0,
    ironUg: 0,
    vitaminAUg: 0,
    vitaminCUg: 0,
    sodiumUg: 0,
    ...per100,
  };
}
const rice = ingredient('rice', 'GRAIN', {
  energyKcal: 300,
  proteinUg: 6 * G,
  fatUg: 1 * G,
  carbohydrateUg: 66 * G,
  calciumUg: 10 * MG,
  ironUg: 1 * MG,
  sodiumUg: 2 * MG,
});
const pork = (id = 'pork') =>
  ingredient(id, 'MEAT', {
    energyKcal: 200,
    proteinUg: 20 * G,
    fatUg: 13 * G,
    carbohydrateUg: 1 * G,
    calciumUg: 6 * MG,
    ironUg: 3 * MG,
    vitaminAUg: 40,
    sodiumUg: 60 * MG,
  });
const greens = (id = 'greens') =>
  ingredient(
    id,
    'VEGETABLE',
    {
      energyKcal: 20,
      proteinUg: 2 * G,
      fatUg: 0.5 * G,
      carbohydrateUg: 3 * G,
      calciumUg: 150 * MG,
      ironUg: 2 * MG,
      vitaminAUg: 200,
      vitaminCUg: 40 * MG,
      sodiumUg: 50 * MG,
    },
    80,
  );
const tofu = ingredient(
  'tofu',
  'SOY',
  { energyKcal: 80, proteinUg: 8 * G, fatUg: 4 * G, carbohydrateUg: 3 * G, calciumUg: 300 * MG, ironUg: 2 * MG, sodiumUg: 7 * MG },
  100,
);
const oil = ingredient('oil', 'OIL', { energyKcal: 900, fatUg: 100 * G });
const salt = ingredient('salt', 'CONDIMENT', { sodiumUg: 39_300 * MG });
const milk = { ...ingredient('milk', 'DAIRY', { energyKcal: 60, proteinUg: 3 * G, calciumUg: 100 * MG }), allergens: ['MILK'] };
const bun = { ...ingredient('bun', 'GRAIN', { energyKcal: 220, proteinUg: 7 * G, carbohydrateUg: 47 * G }), allergens: ['GLUTEN'] };

/**
 * A lunch for 9–11-year-olds worked by hand: rice 150 g, pork 40 g, greens 150 g (80% edible: 120 g),
 * tofu 50 g, oil 8 g, salt 1.5 g. Energy 450 + 80 + 24 + 40 + 72 = 666 kcal; protein 9 + 8 + 2.4 + 4 =
 * 23.4 g; fat 17.3 g (155.7 kcal, 23.4%); carbohydrate 104.5 g (418 kcal, 62.8%); calcium 15 + 2.4 +
 * 180 + 150 = 347.4 mg; iron 6.1 mg; vitamin A 256 µg; vitamin C 48 mg; added sodium 589.5 mg; oil 8 g.
 */
const lunch = (meat = pork(), veg = greens()): PlannedDish[] => [
  { name: '米饭', lines: [{ ingredient: rice, grams: 150 }] },
  {
    name: '青菜炒肉',
    lines: [
      { ingredient: meat, grams: 40 },
      { ingredient: veg, grams: 150 },
      { ingredient: oil, grams: 5 },
      { ingredient: salt, grams: 1 },
    ],
  },
  {
    name: '家常豆腐',
    lines: [
      { ingredient: tofu, grams: 50 },
      { ingredient: oil, grams: 3 },
      { ingredient: salt, grams: 0.5 },
    ],
  },
];

describe('nutrients of a recipe', () => {
  it('counts the edible part of the grams as bought', () => {
    const n = nutrientsOf([{ ingredient: greens(), grams: 150 }]);
    expect(n.energyKcal).toBeCloseTo(24);
    expect(n.calciumUg).toBeCloseTo(180 * MG);
    expect(n.vitaminAUg).toBeCloseTo(240);
  });

  it('adds the lines of a dish and lists each allergen once', () => {
    const lines = [
      { ingredient: milk, grams: 200 },
      { ingredient: bun, grams: 100 },
      { ingredient: { ...bun, id: 'bun2' }, grams: 50 },
    ];
    expect(nutrientsOf(lines).energyKcal).toBeCloseTo(120 + 220 + 110);
    expect(allergensOf(lines)).toEqual(['GLUTEN', 'MILK']);
  });
});

describe('a meal against WS/T 554-2017', () => {
  it('passes a lunch within every range, and says what it planned and the range', () => {
    const check = checkMeal(StudentAgeGroup.AGE_9_11, { meal: MealKind.LUNCH, dishes: lunch() });
    const by = Object.fromEntries(check.findings.map((f) => [f.measure, f]));
    // 9–11: energy 1900–2100 kcal a day; lunch 35%–40% of it; ±10%: 598.5–924 kcal.
    expect(by.ENERGY).toEqual({ measure: NutritionMeasure.ENERGY, planned: 666, min: 598.5, max: 924, unit: 'kcal', ok: true });
    expect(by.PROTEIN).toMatchObject({ planned: 23.4, min: 14, max: 24, ok: true });
    expect(by.FAT_ENERGY_SHARE).toMatchObject({ planned: 23.4, min: 20, max: 30, ok: true });
    expect(by.CARBOHYDRATE_ENERGY_SHARE).toMatchObject({ planned: 62.8, min: 50, max: 65, ok: true });
    expect(by.CALCIUM).toMatchObject({ planned: 347.4, min: 297.5, max: null, ok: true });
    expect(by.IRON).toMatchObject({ planned: 6.1, min: 4.9, ok: true });
    expect(by.VITAMIN_A).toMatchObject({ planned: 256, min: 192.5, ok: true });
    expect(by.VITAMIN_C).toMatchObject({ planned: 48, min: 26.3, ok: true });
    expect(by.ADDED_SODIUM).toMatchObject({ planned: 589.5, min: null, max: 786, ok: true });
    expect(by.COOKING_OIL).toMatchObject({ planned: 8, max: 10, ok: true });
    expect(by.FOOD_GROUPS).toMatchObject({ planned: 4, min: 3, ok: true });
    expect(check.passes).toBe(true);
  });

  it('fails the same lunch without the tofu on calcium, and too much salt and oil', () => {
    const [rice150, stirFry] = lunch();
    const salty = { ...stirFry, lines: [...stirFry.lines, { ingredient: salt, grams: 1.5 }, { ingredient: oil, grams: 6 }] };
    const check = checkMeal(StudentAgeGroup.AGE_9_11, { meal: MealKind.LUNCH, dishes: [rice150, salty] });
    const failing = check.findings.filter((f) => !f.ok);
    expect(failing.map((f) => f.measure)).toEqual([NutritionMeasure.CALCIUM, NutritionMeasure.ADDED_SODIUM, NutritionMeasure.COOKING_OIL]);
    expect(failing[0]).toMatchObject({ planned: 197.4, min: 297.5 });
    expect(failing[1]).toMatchObject({ planned: 982.5, max: 786 });
    expect(failing[2]).toMatchObject({ planned: 11, max: 10 });
    expect(check.passes).toBe(false);
  });

  it('holds a meal to its share of the day: the same food is too much for a 6–8 breakfast', () => {
    // 6–8 breakfast: 25%–30% of 1550–1700 kcal, ±10%: 348.8–561 kcal; 666 is too much.
    const check = checkMeal(StudentAgeGroup.AGE_6_8, { meal: MealKind.BREAKFAST, dishes: lunch() });
    expect(check.findings.find((f) => f.measure === NutritionMeasure.ENERGY)).toMatchObject({
      planned: 666,
      min: 348.8,
      max: 561,
      ok: false,
    });
  });

  it('asks for three of the four food groups', () => {
    const check = checkMeal(StudentAgeGroup.AGE_9_11, {
      meal: MealKind.BREAKFAST,
      dishes: [
        { name: '馒头', lines: [{ ingredient: bun, grams: 100 }] },
        { name: '牛奶', lines: [{ ingredient: milk, grams: 250 }] },
      ],
    });
    expect(check.findings.find((f) => f.measure === NutritionMeasure.FOOD_GROUPS)).toMatchObject({ planned: 2, min: 3, ok: false });
  });
});

describe('a week: the days, and variety', () => {
  const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

  it('passes five lunches with a different meat and vegetable each day (lunch alone asks a third of 25 kinds a week: 9)', () => {
    const week = days.map((servedOn, i) => ({
      servedOn,
      meals: [{ meal: MealKind.LUNCH, dishes: lunch(pork(`meat${i}`), greens(`veg${i}`)) }],
    }));
    const check = checkWeek(StudentAgeGroup.AGE_9_11, week);
    expect(check.shortfalls).toEqual([]);
    expect(check.passes).toBe(true);
    expect(check.findings.find((f) => f.measure === NutritionMeasure.KINDS_OF_FOOD)).toMatchObject({ planned: 12, min: 9 });
    expect(check.days[0].findings).toEqual([
      expect.objectContaining({ measure: NutritionMeasure.KINDS_OF_FOOD, planned: 4, min: 4, ok: true }),
      expect.objectContaining({ measure: NutritionMeasure.VEGETABLE_KINDS, planned: 1, min: 1, ok: true }),
    ]);
  });

  it('fails the same lunch five times on variety, and explains it', () => {
    const week = days.map((servedOn) => ({ servedOn, meals: [{ meal: MealKind.LUNCH, dishes: lunch() }] }));
    const check = checkWeek(StudentAgeGroup.AGE_9_11, week);
    expect(check.passes).toBe(false);
    expect(check.shortfalls).toEqual([
      expect.objectContaining({
        servedOn: null,
        meal: null,
        measure: NutritionMeasure.KINDS_OF_FOOD,
        planned: 4,
        min: 9,
        message: 'Kinds of food (食物种类) in the week: 4 kinds planned, should be at least 9 kinds (too little).',
      }),
    ]);
  });

  it('asks a day of three meals for 12 kinds of food and 3 vegetables', () => {
    const day = checkDay(StudentAgeGroup.AGE_9_11, {
      servedOn: days[0],
      meals: [
        { meal: MealKind.BREAKFAST, dishes: [{ name: '馒头', lines: [{ ingredient: bun, grams: 100 }] }] },
        { meal: MealKind.LUNCH, dishes: lunch() },
        { meal: MealKind.DINNER, dishes: lunch() },
      ],
    });
    expect(day.findings).toEqual([
      expect.objectContaining({ measure: NutritionMeasure.KINDS_OF_FOOD, planned: 5, min: 12, ok: false }),
      expect.objectContaining({ measure: NutritionMeasure.VEGETABLE_KINDS, planned: 1, min: 3, ok: false }),
    ]);
    expect(day.meals.map((m) => m.meal)).toEqual([MealKind.BREAKFAST, MealKind.LUNCH, MealKind.DINNER]);
  });

  it('names the day and meal of each shortfall', () => {
    const week = [
      { servedOn: days[1], meals: [{ meal: MealKind.LUNCH, dishes: [{ name: '米饭', lines: [{ ingredient: rice, grams: 150 }] }] }] },
    ];
    const check = checkWeek(StudentAgeGroup.AGE_12_14, week);
    const calcium = check.shortfalls.find((s) => s.measure === NutritionMeasure.CALCIUM);
    // 12–14: 950 mg a day, lunch at least 35%: 332.5 mg; 150 g of rice gives 15 mg.
    expect(calcium).toMatchObject({ servedOn: days[1], meal: MealKind.LUNCH, planned: 15, min: 332.5 });
    expect(calcium?.message).toBe('Calcium (钙) at lunch on 2026-03-03: 15 mg planned, should be at least 332.5 mg (too little).');
  });

  it('fails a week with nothing planned', () => {
    const check = checkWeek(StudentAgeGroup.AGE_9_11, []);
    expect(check.passes).toBe(false);
    expect(check.shortfalls.map((s) => s.measure)).toEqual([NutritionMeasure.MEALS_PLANNED]);
  });
});

describe('the guideline table as data', () => {
  it('has every age group, meal shares summing to the whole day, and marks what is not transcribed', () => {
    for (const group of Object.values(StudentAgeGroup)) expect(TABLE_1_DAILY_SUPPLY[group].energyKcal.boys).toBeGreaterThan(1000);
    const shares = Object.values(MEAL_SHARE);
    expect(shares.reduce((s, x) => s + x.low, 0)).toBeLessThanOrEqual(1);
    expect(shares.reduce((s, x) => s + x.high, 0)).toBeGreaterThanOrEqual(1);
    expect(TABLE_1_DAILY_SUPPLY.AGE_6_8.calciumMg.provenance).toBe('unverified');
    expect(TABLE_1_DAILY_SUPPLY.AGE_12_14.energyKcal).toEqual({ boys: 2450, girls: 2100, provenance: 'transcribed' });
  });
});
