import { MealKind } from './meal-kind';
import { checkDate, checkDistinctIngredients, checkMealPlans, checkWeekStart, formatGrams, mondayOf, parseGrams } from './menu.rules';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  throw new Error('did not throw');
};

describe('grams per serving', () => {
  it('reads a decimal of grams exactly, to the milligram', () => {
    expect(parseGrams('150', 'g')).toBe(150_000);
    expect(parseGrams('1.5', 'g')).toBe(1_500);
    expect(parseGrams('0.005', 'g')).toBe(5);
    expect(formatGrams(1_500)).toBe('1.5');
    expect(formatGrams(150_000)).toBe('150');
    expect(formatGrams(5)).toBe('0.005');
  });

  it.each([['0'], ['-5'], ['0.0005'], ['abc'], ['1e3'], ['2000.001'], ['']])('refuses %p naming the field', (text) => {
    expect(fieldOf(() => parseGrams(text, 'lines.0.grams'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.grams' });
  });

  it('takes an ingredient once per recipe', () => {
    expect(fieldOf(() => checkDistinctIngredients(['a', 'b', 'a']))).toMatchObject({ field: 'lines.2.ingredientId' });
  });
});

describe('a menu week', () => {
  it('starts on a Monday', () => {
    expect(() => checkWeekStart('2026-03-02')).not.toThrow();
    expect(fieldOf(() => checkWeekStart('2026-03-03'))).toMatchObject({ field: 'weekStart' });
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
  });

  it('reads a public date argument only when it is a real date', () => {
    expect(checkDate('2026-11-18', 'weekOf')).toBe('2026-11-18');
    for (const text of ['2026-11-31', '18/11/2026', 'abc', ''])
      expect(fieldOf(() => checkDate(text, 'weekOf'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weekOf' });
  });

  it('plans each meal of a day of the week once, each dish once in it', () => {
    const lunch = { servedOn: '2026-03-02', meal: MealKind.LUNCH, dishIds: ['a'] };
    expect(() => checkMealPlans('2026-03-02', [lunch, { ...lunch, meal: MealKind.DINNER }])).not.toThrow();
    expect(fieldOf(() => checkMealPlans('2026-03-02', [lunch, lunch]))).toMatchObject({ field: 'meals.1.meal' });
    expect(fieldOf(() => checkMealPlans('2026-03-02', [{ ...lunch, servedOn: '2026-03-09' }]))).toMatchObject({
      field: 'meals.0.servedOn',
    });
    expect(fieldOf(() => checkMealPlans('2026-03-02', [{ ...lunch, dishIds: ['a', 'a'] }]))).toMatchObject({ field: 'meals.0.dishIds' });
  });
});
