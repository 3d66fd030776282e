// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cellKey,
  dayLabel,
  formatRange,
  gridOf,
  mealsOf,
  mondayOf,
  parseGrams,
  previewRecipe,
  publicMenuPath,
  shiftDay,
  shortfallDirection,
  tableValue,
  weekDays,
} from './menu-helpers';

describe('the week of the planner', () => {
  it('finds the Monday of any day, across a month and a year end', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02'); // a Wednesday
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // a Monday is its own
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // Sunday belongs to the week before
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(shiftDay('2026-02-27', 3)).toBe('2026-03-02');
  });

  it('lists the seven days and names them in both languages', () => {
    expect(weekDays('2026-03-02')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(dayLabel('2026-03-02', 'zh')).toBe('周一 03-02');
    expect(dayLabel('2026-03-08', 'en')).toBe('Sun 03-08');
  });

  it('turns the grid into saveMenuWeek’s meals: days in order, breakfast first, empty cells left out', () => {
    const grid = {
      [cellKey('2026-03-03', 'LUNCH')]: ['rice', 'fish'],
      [cellKey('2026-03-02', 'DINNER')]: ['noodles'],
      [cellKey('2026-03-02', 'BREAKFAST')]: ['milk'],
      [cellKey('2026-03-04', 'LUNCH')]: [],
      [cellKey('2026-03-09', 'LUNCH')]: ['outside the week'],
    };
    expect(mealsOf('2026-03-02', grid)).toEqual([
      { servedOn: '2026-03-02', meal: 'BREAKFAST', dishIds: ['milk'] },
      { servedOn: '2026-03-02', meal: 'DINNER', dishIds: ['noodles'] },
      { servedOn: '2026-03-03', meal: 'LUNCH', dishIds: ['rice', 'fish'] },
    ]);
  });

  it('reads a saved week back into the grid, so saving it unchanged sends the same meals', () => {
    const days = [
      { servedOn: '2026-03-02', meals: [{ meal: 'LUNCH', dishes: [{ id: 'rice' }, { id: 'fish' }] }] },
      { servedOn: '2026-03-03', meals: [{ meal: 'BREAKFAST', dishes: [{ id: 'milk' }] }] },
    ];
    const grid = gridOf(days);
    expect(grid).toEqual({ '2026-03-02|LUNCH': ['rice', 'fish'], '2026-03-03|BREAKFAST': ['milk'] });
    expect(mealsOf('2026-03-02', grid).map((m) => [m.servedOn, m.meal, m.dishIds])).toEqual([
      ['2026-03-02', 'LUNCH', ['rice', 'fish']],
      ['2026-03-03', 'BREAKFAST', ['milk']],
    ]);
  });
});

describe('a shortfall as the planner explains it', () => {
  it('writes the guideline’s range with either end open', () => {
    expect(formatRange(297.5, null, 'mg')).toBe('≥ 297.5 mg');
    expect(formatRange(null, 2000, 'mg')).toBe('≤ 2000 mg');
    expect(formatRange(20, 30, '%')).toBe('20–30 %');
    expect(formatRange(3, 4.0000001, '')).toBe('3–4');
    expect(formatRange(null, null, 'g')).toBe('—');
  });

  it('says whether the plan is too little or too much', () => {
    expect(shortfallDirection(15, 297.5, null)).toBe('LOW');
    expect(shortfallDirection(2500, null, 2000)).toBe('HIGH');
    expect(shortfallDirection(25, 20, 30)).toBeNull();
    expect(shortfallDirection(20, 20, 30)).toBeNull(); // the bounds are within range
  });
});

describe('a recipe previewed while it is written', () => {
  const rice = { ediblePercent: 100, allergens: [], energyKcal: 346, proteinUg: 7_900_000, calciumUg: 13_000, sodiumUg: 3_800 };
  const spinach = {
    ediblePercent: 89,
    allergens: [],
    energyKcal: 28,
    proteinUg: 2_600_000,
    calciumUg: 66_000,
    vitaminCUg: 32_000,
    sodiumUg: 85_200,
  };
  const milk = { ediblePercent: 100, allergens: ['MILK'], energyKcal: 65, proteinUg: 3_300_000, calciumUg: 107_000, fatUg: null };
  const bread = { ediblePercent: 100, allergens: ['GLUTEN', 'MILK'], energyKcal: 313 };

  it('counts the edible part of the grams as bought, per 100 g, rounded to one decimal as the graph answers', () => {
    const { nutrients } = previewRecipe([
      { ingredient: rice, grams: '95' },
      { ingredient: spinach, grams: '120' },
    ]);
    // rice 95 g: 328.7 kcal; spinach 120 g × 89% = 106.8 g: 29.904 kcal
    expect(nutrients.energyKcal).toBe(358.6);
    expect(nutrients.proteinG).toBe(10.3); // 7.505 + 2.7768
    expect(nutrients.calciumMg).toBe(82.8); // 12.35 + 70.488
    expect(nutrients.vitaminCMg).toBe(34.2);
    expect(nutrients.fatG).toBe(0);
  });

  it('gathers the allergens once each, sorted, and leaves out lines not yet complete or with bad grams', () => {
    const preview = previewRecipe([
      { ingredient: milk, grams: '200' },
      { ingredient: bread, grams: '50' },
      { ingredient: rice, grams: '' },
      { ingredient: rice, grams: '2500' },
      { ingredient: null, grams: '100' },
    ]);
    expect(preview.allergens).toEqual(['GLUTEN', 'MILK']);
    expect(preview.nutrients.energyKcal).toBe(286.5); // 130 + 156.5: the rice lines do not count
  });

  it('takes grams as createDish does: a decimal with at most three places, above 0, at most 2000', () => {
    expect(parseGrams('150')).toBe(150);
    expect(parseGrams(' 1.5 ')).toBe(1.5);
    expect(parseGrams('0.125')).toBe(0.125);
    expect(parseGrams('2000')).toBe(2000);
    for (const bad of ['0', '0.0001', '2000.5', '-3', '1e3', '1,5', '', undefined]) expect(parseGrams(bad)).toBeNull();
  });
});

describe('the catalogue and the public page', () => {
  it('shows a per-100 g value in the table’s unit, exactly, and "—" when not determined', () => {
    expect(tableValue(7_900_000, 1e6)).toBe('7.9');
    expect(tableValue(13_000, 1e3)).toBe('13');
    expect(tableValue(1_234, 1e3)).toBe('1.234');
    expect(tableValue(0, 1e3)).toBe('0');
    expect(tableValue(null, 1e3)).toBe('—');
  });

  it('links the canteen’s public menu, for a week when one is named', () => {
    expect(publicMenuPath('c1')).toBe('/public/menus/c1');
    expect(publicMenuPath('c 1', '2026-03-02')).toBe('/public/menus/c%201?week=2026-03-02');
  });
});
