/**
 * Recipes and weekly menus (菜品, 每周食谱) and the public menu (食谱公示): a canteen manager writes
 * recipes from the catalogue, plans a week seeing the WS/T 554-2017 check as they plan, publishes it,
 * and a parent opens it without signing in. Every refusal answers its code (and field) and writes nothing.
 */
import { STARTER_INGREDIENTS } from '../src/ingredient/starter-set';
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { createCanteenSubgraph } from '../src/subgraph';
import { Canteen } from '../src/canteen/canteen.entity';
import { DEMO_DISHES, FAILING_WEEK, lunchesOf, PASSING_WEEK, seedMenuDemo } from '../src/demo/menu';
import {
  call,
  canteenOf,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  expectNoWrites,
  ok,
  SCHOOL_B,
  startCanteen,
  type TestSubgraph,
  TEST_TODAY,
  UNKNOWN_ID,
  V,
} from './support';

jest.setTimeout(120000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
/** Catalogue ids by food code. */
const byCode = new Map<string, string>();
/** School A's dishes by name. */
const dishIds = new Map<string, string>();
let dishOfB: string;

const WEEK = TEST_TODAY; // Monday 16 November 2026
const NEXT_WEEK = '2026-11-23';
const LAST_WEEK = '2026-11-09';
/** Four-season beans (四季豆), as a district's licensed table has them: a forbidden food. */
const BEANS = { ...STARTER_INGREDIENTS.find((r) => r.foodCode === '043119')!, foodCode: '042120', name: '四季豆[菜豆、芸豆]' };

const CREATE_DISH = `mutation($input: CreateDishInput!) { createDish(input: $input) {
  id name note schoolId allergens nutrients { energyKcal proteinG fatG carbohydrateG calciumMg ironMg vitaminAUgRae vitaminCMg sodiumMg }
  lines { ingredientId grams milligramsPerServing ingredient { foodCode } } } }`;
const CHECK = `nutritionCheck { ageGroup passes shortfalls { servedOn meal measure planned min max unit ok message }
  days { servedOn passes meals { meal passes } findings { measure planned min } } findings { measure planned min } }`;
const WEEK_FIELDS = `id status version ageGroup weekStart canteenId schoolId publishedAt
  days { servedOn meals { meal dishes { name } nutrients { energyKcal calciumMg } } } ${CHECK}`;
const SAVE = `mutation($input: SaveMenuWeekInput!) { saveMenuWeek(input: $input) { ${WEEK_FIELDS} } }`;
const PUBLISH = `mutation($input: PublishMenuWeekInput!) { publishMenuWeek(input: $input) { ${WEEK_FIELDS} steps { action actorAccountId comment } } }`;
const PUBLIC = `query($canteenId: ID!, $weekOf: String) { publishedMenu(canteenId: $canteenId, weekOf: $weekOf) {
  canteenId canteenName weekStart ageGroup publishedAt
  days { servedOn meals { meal dishes { name allergens nutrients { energyKcal proteinG calciumMg } } nutrients { energyKcal } } }
  nutritionCheck { passes shortfalls { message } } } }`;
const WEEKS = `query($filter: MenuWeekFilter) { menuWeeks(filter: $filter) { nodes { id status weekStart } } }`;
const ONE_WEEK = `query($id: ID!) { menuWeek(id: $id) { id status } }`;

interface WeekOut {
  id: string;
  status: string;
  version: number;
  nutritionCheck: {
    passes: boolean;
    shortfalls: {
      servedOn: string | null;
      meal: string | null;
      measure: string;
      planned: number;
      min: number | null;
      max: number | null;
      message: string;
    }[];
  };
  days: { servedOn: string; meals: { meal: string; dishes: { name: string }[] }[] }[];
  steps?: { action: string; actorAccountId: string; comment: string | null }[];
}

const saveInput = (weekStart: string, week = PASSING_WEEK, extra: Record<string, unknown> = {}) => ({
  canteenId: canteen.id,
  weekStart,
  ageGroup: 'AGE_9_11',
  meals: lunchesOf(weekStart, week, dishIds),
  ...extra,
});
const save = async (input: Record<string, unknown>) =>
  (await call<{ saveMenuWeek: WeekOut }>(sub, V.canteen, SAVE, { input })).saveMenuWeek;
const publish = async (id: string) =>
  (await call<{ publishMenuWeek: WeekOut }>(sub, V.canteen, PUBLISH, { input: { id } })).publishMenuWeek;
const dishInput = (name: string, lines: [string, string][], schoolId = canteen.schoolId) => ({
  schoolId,
  name,
  lines: lines.map(([code, grams]) => ({ ingredientId: byCode.get(code) ?? code, grams })),
});

beforeAll(async () => {
  sub = await startCanteen();
  const imported = await call<{ importIngredients: { ingredients: { id: string; foodCode: string }[] } }>(
    sub,
    V.admin,
    'mutation($input: ImportIngredientsInput!) { importIngredients(input: $input) { ingredients { id foodCode } } }',
    { input: { rows: [...STARTER_INGREDIENTS, BEANS], validateOnly: false } },
  );
  for (const row of imported.importIngredients.ingredients) byCode.set(row.foodCode, row.id);
  canteen = await canteenOf(sub, 'A');
  canteenB = await canteenOf(sub, 'B');
  for (const dish of DEMO_DISHES) {
    const created = await call<{ createDish: { id: string } }>(sub, V.canteen, CREATE_DISH, {
      input: { ...dishInput(dish.name, dish.lines), note: dish.note },
    });
    dishIds.set(dish.name, created.createDish.id);
  }
  dishOfB = (
    await call<{ createDish: { id: string } }>(sub, V.canteenB, CREATE_DISH, { input: dishInput('米饭', [['012001x', '150']], SCHOOL_B) })
  ).createDish.id;
});
afterAll(() => sub?.stop());

describe('recipes (菜品)', () => {
  it('computes a dish’s nutrients and allergens per serving from the catalogue, grams exact to the milligram', async () => {
    // 纯牛奶（代表值，全脂）per 100 g: 65 kcal, 3.3 g protein, 107 mg calcium; 200 g of it, all edible.
    const milk = await call<{ dish: { name: string; allergens: string[]; nutrients: Record<string, number>; lines: unknown[] } }>(
      sub,
      V.teacher,
      `query($id: ID!) { dish(id: $id) { name allergens nutrients { energyKcal proteinG calciumMg } lines { grams milligramsPerServing ingredient { foodCode } } } }`,
      { id: dishIds.get('纯牛奶') },
    );
    expect(milk.dish).toEqual({
      name: '纯牛奶',
      allergens: ['MILK'],
      nutrients: { energyKcal: 130, proteinG: 6.6, calciumMg: 214 },
      lines: [{ grams: '200', milligramsPerServing: 200000, ingredient: { foodCode: '101101x' } }],
    });
    // 菠菜 89% edible: 120 g bought is 106.8 g eaten; salt 0.6 g is 600 mg exactly.
    const spinach = await call<{ dish: { nutrients: { energyKcal: number }; lines: { grams: string }[] } }>(
      sub,
      V.canteen,
      `query($id: ID!) { dish(id: $id) { nutrients { energyKcal } lines { grams } } }`,
      { id: dishIds.get('清炒菠菜') },
    );
    expect(spinach.dish.lines.map((l) => l.grams)).toEqual(['120', '4', '0.6']);
    expect(spinach.dish.nutrients.energyKcal).toBeCloseTo((106.8 * 28) / 100 + (4 * 899) / 100, 1);
  });

  it('refuses a recipe with four-season beans (四季豆), a forbidden food, naming its line, and writes nothing', async () => {
    const response = await expectNoWrites(sub, () =>
      sub.as(V.canteen).request(CREATE_DISH, {
        input: dishInput('干煸四季豆', [
          ['012001x', '50'],
          ['042120', '100'],
        ]),
      }),
    );
    expectBadInput(response, 'lines.1.ingredientId');
    expect(response.errors?.[0].message).toContain('四季豆');
  });

  it('refuses an unknown ingredient, and one named twice', async () => {
    for (const [lines, field] of [
      [
        [
          ['012001x', '50'],
          [UNKNOWN_ID, '10'],
        ],
        'lines.1.ingredientId',
      ],
      [
        [
          ['012001x', '50'],
          ['012001x', '10'],
        ],
        'lines.1.ingredientId',
      ],
    ] as [[string, string][], string][])
      expectBadInput(await expectNoWrites(sub, () => sub.as(V.canteen).request(CREATE_DISH, { input: dishInput('新菜', lines) })), field);
  });

  it.each([['0'], ['-5'], ['0.0005'], ['2001'], ['一百'], ['1e2']])('refuses %p grams per serving, naming the line', async (grams) => {
    const response = await expectNoWrites(sub, () =>
      sub.as(V.canteen).request(CREATE_DISH, {
        input: dishInput('新菜', [
          ['012001x', '50'],
          ['045301', grams],
        ]),
      }),
    );
    expectBadInput(response, 'lines.1.grams');
  });

  it('refuses a second dish of the same name in the school', async () => {
    expectBadInput(
      await expectNoWrites(sub, () => sub.as(V.canteen).request(CREATE_DISH, { input: dishInput('米饭', [['012001x', '100']]) })),
      'name',
    );
  });

  it('lets only canteen managers write recipes, at their own school (FORBIDDEN before any validation)', async () => {
    for (const who of [V.storekeeper, V.teacher, V.principal, V.admin])
      expectCode(await expectNoWrites(sub, () => sub.as(who).request(CREATE_DISH, { input: dishInput('', []) })), 'FORBIDDEN');
    expectCode(
      await expectNoWrites(sub, () => sub.as(V.canteen).request(CREATE_DISH, { input: dishInput('米饭', [['012001x', '100']], SCHOOL_B) })),
      'FORBIDDEN',
    );
    expectCode(await sub.as(null).request(CREATE_DISH, { input: dishInput('米饭', [['012001x', '100']]) }), 'UNAUTHENTICATED');
  });

  it('shows a dish only at its school: another school’s is NOT_FOUND', async () => {
    expectCode(await sub.as(V.teacherB).request(`query($id: ID!) { dish(id: $id) { id } }`, { id: dishIds.get('米饭') }), 'NOT_FOUND');
    const mine = await call<{ dishes: { nodes: { name: string }[] } }>(sub, V.teacherB, `{ dishes { nodes { name } } }`);
    expect(mine.dishes.nodes.map((d) => d.name)).toEqual(['米饭']);
  });
});

describe('a weekly menu, planned, checked, published and read by parents (食谱公示)', () => {
  let weekId: string;

  it('a canteen manager plans a week, seeing the check as they plan; publishing it lets a parent read it signed out', async () => {
    const publicRead = () => sub.as(null).request(PUBLIC, { canteenId: canteen.id, weekOf: '2026-11-18' });
    expect(ok(await publicRead()).publishedMenu).toBeNull();

    // Monday's lunch alone: the lunch passes, the week lacks variety (lunch only: a third of 25 kinds, 9).
    const monday = await save(saveInput(WEEK, [PASSING_WEEK[0]]));
    weekId = monday.id;
    expect(monday).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(monday.days).toEqual([
      { servedOn: WEEK, meals: [{ meal: 'LUNCH', dishes: PASSING_WEEK[0].map((name) => ({ name })), nutrients: expect.anything() }] },
    ]);
    expect(monday.nutritionCheck.passes).toBe(false);
    expect(monday.nutritionCheck.shortfalls).toEqual([
      expect.objectContaining({
        servedOn: null,
        meal: null,
        measure: 'KINDS_OF_FOOD',
        planned: 6,
        min: 9,
        message: 'Kinds of food (食物种类) in the week: 6 kinds planned, should be at least 9 kinds (too little).',
      }),
    ]);
    expect(ok(await publicRead()).publishedMenu).toBeNull();

    // The whole week: every lunch within WS/T 554-2017 for 9–11-year-olds, 16 kinds of food.
    const planned = await save(saveInput(WEEK, PASSING_WEEK, { version: monday.version }));
    expect(planned).toMatchObject({ id: weekId, status: 'DRAFT', version: 2 });
    expect(planned.nutritionCheck).toMatchObject({ passes: true, shortfalls: [] });
    expect(planned.days.map((d) => d.servedOn)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);

    const published = await publish(weekId);
    expect(published.status).toBe('PUBLISHED');
    expect(published.steps).toEqual([
      expect.objectContaining({ action: 'SAVED', actorAccountId: V.canteen.accountId }),
      expect.objectContaining({ action: 'REVISED' }),
      { action: 'PUBLISHED', actorAccountId: V.canteen.accountId, comment: 'Meets WS/T 554-2017 for its age group.' },
    ]);

    // A parent opens the school's link without signing in: the week of any of its days, or this week by default.
    const menu = ok(await publicRead()).publishedMenu;
    expect(menu).toMatchObject({
      canteenId: canteen.id,
      weekStart: WEEK,
      ageGroup: 'AGE_9_11',
      nutritionCheck: { passes: true, shortfalls: [] },
    });
    expect(menu.canteenName).toContain('Canteen');
    expect(menu.days).toHaveLength(5);
    expect(menu.days[0].meals[0].dishes.map((d: { name: string }) => d.name)).toEqual(PASSING_WEEK[0]);
    expect(menu.days[0].meals[0].dishes[1]).toEqual({
      name: '纯牛奶',
      allergens: ['MILK'],
      nutrients: { energyKcal: 130, proteinG: 6.6, calciumMg: 214 },
    });
    expect(menu.days[3].meals[0].dishes[0].allergens).toEqual(['EGG', 'GLUTEN']);
    expect(ok(await sub.as(null).request(PUBLIC, { canteenId: canteen.id })).publishedMenu.weekStart).toBe(WEEK);

    // Teachers of the school read it signed in too.
    const seen = await call<{ menuWeeks: { nodes: { id: string }[] } }>(sub, V.teacher, WEEKS, { filter: { canteenId: canteen.id } });
    expect(seen.menuWeeks.nodes.map((w) => w.id)).toEqual([weekId]);
  });

  it('publishes a menu that fails the check, listing its shortfalls: planned against the range', async () => {
    const failing = await save(saveInput(LAST_WEEK, FAILING_WEEK));
    const { shortfalls } = failing.nutritionCheck;
    expect(failing.nutritionCheck.passes).toBe(false);
    const monday = shortfalls.filter((s) => s.servedOn === LAST_WEEK && s.meal === 'LUNCH').map((s) => s.measure);
    expect(monday).toEqual(['PROTEIN', 'CALCIUM', 'IRON', 'VITAMIN_A', 'VITAMIN_C', 'ADDED_SODIUM', 'FOOD_GROUPS']);
    const calcium = shortfalls.find((s) => s.measure === 'CALCIUM')!;
    expect(calcium).toMatchObject({ planned: 14.9, min: 297.5, max: null, unit: 'mg' });
    expect(calcium.message).toBe('Calcium (钙) at lunch on 2026-11-09: 14.9 mg planned, should be at least 297.5 mg (too little).');
    expect(shortfalls.find((s) => s.measure === 'ADDED_SODIUM')).toMatchObject({ max: 786, message: expect.stringContaining('too much') });
    expect(shortfalls.filter((s) => s.servedOn === null).map((s) => s.measure)).toEqual(['KINDS_OF_FOOD']);

    const published = await publish(failing.id);
    expect(published.steps?.at(-1)?.comment).toBe(`Published with ${shortfalls.length} shortfall(s) against WS/T 554-2017.`);
    const menu = ok(await sub.as(null).request(PUBLIC, { canteenId: canteen.id, weekOf: LAST_WEEK })).publishedMenu;
    expect(menu.nutritionCheck.passes).toBe(false);
    expect(menu.nutritionCheck.shortfalls).toHaveLength(shortfalls.length);
  });

  it('keeps drafts to the kitchen and school leaders: teachers and parents see published weeks only', async () => {
    const draft = await save(saveInput(NEXT_WEEK));
    expectCode(await sub.as(V.teacher).request(ONE_WEEK, { id: draft.id }), 'NOT_FOUND');
    const teacher = await call<{ menuWeeks: { nodes: { id: string }[] } }>(sub, V.teacher, WEEKS, {});
    expect(teacher.menuWeeks.nodes.map((w) => w.id)).not.toContain(draft.id);
    for (const who of [V.canteen, V.principal, V.director, V.auditor])
      expect((await call<{ menuWeek: { status: string } }>(sub, who, ONE_WEEK, { id: draft.id })).menuWeek.status).toBe('DRAFT');
    expect(ok(await sub.as(null).request(PUBLIC, { canteenId: canteen.id, weekOf: NEXT_WEEK })).publishedMenu).toBeNull();
  });

  it('answers anonymous callers only the public menu: every other read and write is UNAUTHENTICATED', async () => {
    const anonymous = sub.as(null);
    for (const [query, variables] of [
      [WEEKS, {}],
      [ONE_WEEK, { id: weekId }],
      [`{ dishes { nodes { id } } }`, {}],
      [`query($id: ID!) { dish(id: $id) { id } }`, { id: dishIds.get('米饭') }],
      [`{ canteens { nodes { id } } }`, {}],
    ] as [string, Record<string, unknown>][])
      expectCode(await anonymous.request(query, variables), 'UNAUTHENTICATED');
    expectCode(await expectNoWrites(sub, () => anonymous.request(SAVE, { input: saveInput('2026-11-30') })), 'UNAUTHENTICATED');
    expectCode(await expectNoWrites(sub, () => anonymous.request(PUBLISH, { input: { id: weekId } })), 'UNAUTHENTICATED');
    // An unknown canteen and a canteen without a published week answer alike: nothing to learn.
    expect(ok(await anonymous.request(PUBLIC, { canteenId: UNKNOWN_ID })).publishedMenu).toBeNull();
    expect(ok(await anonymous.request(PUBLIC, { canteenId: canteenB.id, weekOf: WEEK })).publishedMenu).toBeNull();
    const malformed = await anonymous.request(PUBLIC, { canteenId: 'not-an-id' });
    expect(malformed.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'canteenId']]);
    const badWeek = await anonymous.request(PUBLIC, { canteenId: canteen.id, weekOf: '2026-02-30' });
    expect(badWeek.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'weekOf']]);
  });
});

describe('refusals of saveMenuWeek and publishMenuWeek, each writing nothing', () => {
  const refuse = async (who: typeof V.canteen, query: string, input: Record<string, unknown>) =>
    expectNoWrites(sub, () => sub.as(who).request(query, { input }));

  it('FORBIDDEN for anyone but a canteen manager, before any validation', async () => {
    for (const who of [V.storekeeper, V.teacher, V.principal, V.director, V.admin]) {
      expectCode(await refuse(who, SAVE, { ...saveInput('2026-11-30'), weekStart: 'not a date' }), 'FORBIDDEN');
      expectCode(await refuse(who, PUBLISH, { id: UNKNOWN_ID }), 'FORBIDDEN');
    }
  });

  it('NOT_FOUND for another school’s canteen or week', async () => {
    expectCode(await refuse(V.canteenB, SAVE, saveInput('2026-11-30')), 'NOT_FOUND');
    const [week] = (
      await call<{ menuWeeks: { nodes: { id: string; status: string }[] } }>(sub, V.canteen, WEEKS, { filter: { status: 'DRAFT' } })
    ).menuWeeks.nodes;
    expectCode(await refuse(V.canteenB, PUBLISH, { id: week.id }), 'NOT_FOUND');
    expectCode(await sub.as(V.teacherB).request(ONE_WEEK, { id: week.id }), 'NOT_FOUND');
  });

  it('BAD_USER_INPUT naming the field: not a Monday, a day outside the week, a meal twice, another school’s dish', async () => {
    const base = saveInput('2026-11-30');
    const lunch = (base.meals as { servedOn: string; meal: string; dishIds: string[] }[])[0];
    for (const [input, field] of [
      [{ ...base, weekStart: '2026-12-01' }, 'weekStart'],
      [{ ...base, weekStart: '2026-11-31' }, 'weekStart'],
      [{ ...base, meals: [{ ...lunch, servedOn: '2026-12-07' }] }, 'meals.0.servedOn'],
      [{ ...base, meals: [lunch, lunch] }, 'meals.1.meal'],
      [{ ...base, meals: [{ ...lunch, dishIds: [dishOfB] }] }, 'meals.0.dishIds'],
      [{ ...base, meals: [{ ...lunch, dishIds: ['not-an-id'] }] }, 'meals.0.dishIds.0'],
      [{ ...base, ageGroup: 'AGE_3_5' }, 'ageGroup'],
    ] as [Record<string, unknown>, string][]) {
      const response = await refuse(V.canteen, SAVE, input);
      if (field === 'ageGroup') expect(response.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      else expectBadInput(response, field);
    }
  });

  it('CONFLICT for a stale or missing version, a published week saved again, or published twice', async () => {
    const [draft] = (
      await call<{ menuWeeks: { nodes: { id: string; weekStart: string }[] } }>(sub, V.canteen, WEEKS, { filter: { status: 'DRAFT' } })
    ).menuWeeks.nodes;
    expectCode(await refuse(V.canteen, SAVE, saveInput(draft.weekStart)), 'CONFLICT');
    expectCode(await refuse(V.canteen, SAVE, saveInput(draft.weekStart, PASSING_WEEK, { version: 99 })), 'CONFLICT');
    expectCode(await refuse(V.canteen, SAVE, saveInput(WEEK, PASSING_WEEK, { version: 3 })), 'CONFLICT');
    const [published] = (
      await call<{ menuWeeks: { nodes: { id: string }[] } }>(sub, V.canteen, WEEKS, { filter: { status: 'PUBLISHED', from: WEEK } })
    ).menuWeeks.nodes;
    expectCode(await refuse(V.canteen, PUBLISH, { id: published.id }), 'CONFLICT');
  });

  it('CONFLICT publishing a week that plans nothing', async () => {
    const empty = await save({ ...saveInput('2026-12-07'), meals: [] });
    expect(empty.nutritionCheck.shortfalls.map((s) => s.measure)).toEqual(['MEALS_PLANNED']);
    expectCode(await refuse(V.canteen, PUBLISH, { id: empty.id }), 'CONFLICT');
  });
});

describe('the demo menus', () => {
  it('seeds last week failing and this week passing, both published, and next week as a draft; again, it writes nothing', async () => {
    const row = await sub.dataSource.manager.findOneByOrFail(Canteen, { id: canteen.id });
    const demo = [{ campus: 'firstPrimaryEast' as const, school: 'firstPrimary' as const, canteen: row, locations: {} as never }];
    const now = () => new Date('2027-03-03T10:00:00+08:00');
    await seedMenuDemo(sub.dataSource, pino({ level: 'silent' }), demo, now);
    const weeks = await call<{ menuWeeks: { nodes: { weekStart: string; status: string; nutritionCheck: { passes: boolean } }[] } }>(
      sub,
      V.principal,
      `query { menuWeeks(filter: { from: "2027-02-22" }) { nodes { weekStart status nutritionCheck { passes } } } }`,
    );
    expect(weeks.menuWeeks.nodes).toEqual([
      { weekStart: '2027-02-22', status: 'PUBLISHED', nutritionCheck: { passes: false } },
      { weekStart: '2027-03-01', status: 'PUBLISHED', nutritionCheck: { passes: true } },
      { weekStart: '2027-03-08', status: 'DRAFT', nutritionCheck: { passes: true } },
    ]);
    await expectNoWrites(sub, () => seedMenuDemo(sub.dataSource, pino({ level: 'silent' }), demo, now));
  });
});

describe('reads in batches', () => {
  it('costs the same statements for a page of one week as for all of them: days, dishes, recipes, nutrients and checks batched', async () => {
    const definition = createCanteenSubgraph();
    const { schema } = await buildFederatedSchema(definition);
    const source = `query($first: Int) { menuWeeks(first: $first) { nodes { weekStart nutritionCheck { passes }
      days { meals { nutrients { energyKcal } dishes { name allergens nutrients { calciumMg } lines { grams ingredient { name } } } } } } } }`;
    const run = (first: number) =>
      withSqlStats(async () => {
        const contextValue = definition.createContext({
          viewer: new Viewer(V.principal),
          requestId: 't',
          logger: pino({ level: 'silent' }),
          dataSource: sub.dataSource,
        });
        const result = await graphql({ schema, source, variableValues: { first }, contextValue });
        expect(result.errors).toBeUndefined();
        return { weeks: (result.data!.menuWeeks as { nodes: unknown[] }).nodes.length, statements: currentSqlStats()!.statements };
      });
    const one = await run(1);
    const all = await run(100);
    expect(one.weeks).toBe(1);
    expect(all.weeks).toBeGreaterThanOrEqual(3);
    expect(all.statements).toBe(one.statements);
    expect(all.statements).toBeLessThanOrEqual(6);
  });
});
