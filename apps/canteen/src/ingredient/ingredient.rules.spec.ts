import { GraphQLError } from 'graphql';
import { BUILT_IN_FORBIDDEN_FOODS } from './forbidden-defaults';
import { Allergen, IngredientCategory } from './ingredient.entity';
import { energyKcal, forbiddenMatch, ingredientValues, normalFoodCode, nutrientMicrograms, type IngredientRow } from './ingredient.rules';
import { STARTER_INGREDIENTS } from './starter-set';

/** The fields a BAD_USER_INPUT names (its violations), or fails when `fn` does not throw one. */
function refusedFields(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return (e.extensions.violations as { field: string }[]).map((v) => v.field);
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('food codes (食物编码)', () => {
  it.each([
    ['012001x', '012001x'],
    [' 012001X ', '012001x'],
    ['121102', '121102'],
    ['l-nacl', 'L-NACL'],
    ['L-SOY-SAUCE', 'L-SOY-SAUCE'],
  ])('%j is %j', (input, code) => expect(normalFoodCode(input)).toBe(code));

  it.each(['0120', '0120011', '012001y', 'x012001', 'L-', 'L-soy sauce', 'L-ABCDEFGHIJKLMNO', '', null, 12001])(
    '%j is not a food code',
    (input) => expect(normalFoodCode(input)).toBeNull(),
  );
});

describe('nutrients as the table prints them, into whole micrograms', () => {
  it.each([
    ['7.9', 'g', 7_900_000],
    ['0.9', 'g', 900_000],
    ['77.2', 'g', 77_200_000],
    ['100', 'g', 100_000_000],
    ['0.000001', 'g', 1],
    ['131.5', 'mg', 131_500],
    ['1.10', 'mg', 1_100],
    ['0.001', 'mg', 1],
    ['255', 'µg', 255],
    ['1.0', 'µg', 1],
    ['Tr', 'mg', 0],
    ['tr', 'g', 0],
    ['—', 'mg', null],
    ['-', 'mg', null],
    ['', 'mg', null],
  ] as const)('%j %s → %j', (text, unit, micrograms) => expect(nutrientMicrograms(text, unit, 'x')).toBe(micrograms));

  it('null or absent is not determined', () => {
    expect(nutrientMicrograms(null, 'g', 'x')).toBeNull();
    expect(nutrientMicrograms(undefined, 'g', 'x')).toBeNull();
  });

  it.each([
    ['-7.9', 'g', /negative/],
    ['0.0001', 'mg', /finer than a microgram/],
    ['1.2', 'µg', /finer than a microgram/],
    ['0.0000001', 'g', /finer than a microgram/],
    ['100.1', 'g', /more than 100 g/],
    ['1e3', 'mg', /must be a number/],
    ['7,9', 'g', /must be a number/],
    ['abc', 'g', /must be a number/],
  ] as const)('%j %s is refused', (text, unit, why) => {
    expect(() => nutrientMicrograms(text, unit, 'proteinG')).toThrow(why);
  });

  it('energy is whole kcal, at most 900 (pure fat)', () => {
    expect(energyKcal('346', 'e')).toBe(346);
    expect(energyKcal('Tr', 'e')).toBe(0);
    expect(energyKcal('—', 'e')).toBeNull();
    expect(() => energyKcal('346.5', 'e')).toThrow(/whole kcal/);
    expect(() => energyKcal('899*', 'e')).toThrow(/whole kcal/);
    expect(() => energyKcal('901', 'e')).toThrow(/900/);
    expect(() => energyKcal('-1', 'e')).toThrow(/negative/);
  });
});

describe('a row of a food table', () => {
  const rice: IngredientRow = {
    foodCode: '012001X',
    name: ' 稻米（代表值） ',
    category: IngredientCategory.GRAIN,
    ediblePercent: 100,
    allergens: [Allergen.SOY, Allergen.GLUTEN],
    energyKcal: '346',
    proteinG: '7.9',
    fatG: '0.9',
    carbohydrateG: '77.2',
    calciumMg: '8',
    ironMg: '1.1',
    vitaminAUg: '0',
    vitaminCMg: '0',
    sodiumMg: '1.8',
    source: ' table ',
  };

  it('becomes what the catalogue keeps: code normalised, texts trimmed, grams by default, allergens sorted', () => {
    expect(ingredientValues(rice)).toEqual({
      foodCode: '012001x',
      name: '稻米（代表值）',
      category: 'GRAIN',
      baseUnit: 'GRAM',
      pieceGrams: null,
      ediblePercent: 100,
      allergens: ['GLUTEN', 'SOY'],
      energyKcal: 346,
      proteinUg: 7_900_000,
      fatUg: 900_000,
      carbohydrateUg: 77_200_000,
      calciumUg: 8_000,
      ironUg: 1_100,
      vitaminAUg: 0,
      vitaminCUg: 0,
      sodiumUg: 1_800,
      source: 'table',
    });
  });

  it('names every field at fault at once', () => {
    expect(
      refusedFields(() =>
        ingredientValues({
          ...rice,
          foodCode: 'rice',
          ediblePercent: 0,
          pieceGrams: -1,
          allergens: [Allergen.EGG, Allergen.EGG],
          ironMg: '-1',
          sodiumMg: 'x',
        }),
      ),
    ).toEqual(['foodCode', 'ediblePercent', 'pieceGrams', 'allergens', 'ironMg', 'sodiumMg']);
  });

  it('protein, fat and carbohydrate may not add up to more than 100 g', () => {
    expect(refusedFields(() => ingredientValues({ ...rice, proteinG: '40', fatG: '40', carbohydrateG: '40' }))).toEqual(['proteinG']);
  });
});

describe('forbidden foods', () => {
  const list = BUILT_IN_FORBIDDEN_FOODS.map((f) => ({ name: f.name, ingredientId: null, foodCodes: f.foodCodes }));
  const ingredient = (foodCode: string, name: string) => ({ id: 'i-1', foodCode, name });

  it('the national entries cover four-season beans by code and by name, fresh daylilies, wild mushrooms, nitrite', () => {
    expect(forbiddenMatch(ingredient('042110', '四季豆（菜豆）'), list)?.name).toBe('四季豆');
    expect(forbiddenMatch(ingredient('042120', '菜豆、芸豆'), list)?.name).toBe('四季豆');
    expect(forbiddenMatch(ingredient('045412', '金针菜（鲜）[黄花菜]'), list)?.name).toBe('鲜黄花菜');
    expect(forbiddenMatch(ingredient('L-WILD', '野生蘑菇（混合）'), list)?.name).toBe('野生蘑菇');
    expect(forbiddenMatch(ingredient('L-NITRITE', '亚硝酸盐（工业用）'), list)?.name).toBe('亚硝酸盐');
    expect(forbiddenMatch(ingredient('L-X', '发芽 马铃薯'), list)?.name).toBe('发芽马铃薯');
  });

  it('ordinary potatoes, mushrooms and beans of other kinds are not forbidden', () => {
    expect(forbiddenMatch(ingredient('021101', '马铃薯[土豆、洋芋]'), list)).toBeNull();
    expect(forbiddenMatch(ingredient('051019', '香菇（鲜）[香蕈，冬菇]'), list)).toBeNull();
    expect(forbiddenMatch(ingredient('042104', '豆角'), list)).toBeNull();
  });

  it('a district entry matches by ingredient id', () => {
    expect(forbiddenMatch(ingredient('111101x', '鸡蛋'), [{ name: '生鸡蛋', ingredientId: 'i-1', foodCodes: [] }])?.name).toBe('生鸡蛋');
  });

  it('no starter ingredient is forbidden', () => {
    for (const row of STARTER_INGREDIENTS)
      expect(forbiddenMatch({ id: row.foodCode, foodCode: row.foodCode, name: row.name }, list)).toBeNull();
  });
});

describe('the starter set', () => {
  it('every row reads exactly, has a unique code and cites its source', () => {
    const codes = STARTER_INGREDIENTS.map((row) => ingredientValues(row).foodCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(25);
    for (const row of STARTER_INGREDIENTS) expect(row.source).toMatch(/食物编码 \d{6}x? |Not from the table/);
  });
});
