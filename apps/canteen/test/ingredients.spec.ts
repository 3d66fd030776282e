import { Role } from '@houqin/auth';
import { AuditEntry } from '@houqin/persistence';
import { ForbiddenFood, Ingredient } from '../src/ingredient/ingredient.entity';
import { MAX_IMPORT_ROWS } from '../src/ingredient/ingredient.inputs';
import { IngredientService } from '../src/ingredient/ingredient.service';
import { STARTER_INGREDIENTS } from '../src/ingredient/starter-set';
import { P } from '../src/permissions';
import {
  byPermission,
  expectBadInput,
  expectCode,
  expectNoWrites,
  type GraphQLResponse,
  ok,
  startCanteen,
  type TestSubgraph,
  UNKNOWN_ID,
  V,
} from './support';

// Each refusal snapshots every canteen table before and after (expectNoWrites): slow on MySQL under load.
jest.setTimeout(60_000);

/**
 * The district's ingredient catalogue (食材目录): the district administrator imports rows of the
 * district's licensed food table (食物成分表) by food code, all or nothing; every school role reads
 * it; forbidden foods (禁用食品) are refused wherever a recipe or a delivery names an ingredient.
 */
let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startCanteen();
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const INGREDIENT_FIELDS = `id foodCode name category baseUnit pieceGrams ediblePercent allergens energyKcal proteinUg fatUg
  carbohydrateUg calciumUg ironUg vitaminAUg vitaminCUg sodiumUg source version districtId forbidden { id name }`;
const IMPORT = `mutation($input: ImportIngredientsInput!) { importIngredients(input: $input) {
  count created updated ingredients { ${INGREDIENT_FIELDS} } } }`;
const INGREDIENTS = `query($filter: IngredientFilter, $first: Int, $after: String) { ingredients(filter: $filter, first: $first, after: $after) {
  nodes { id foodCode name category } pageInfo { hasNextPage endCursor } } }`;
const INGREDIENT = `query($id: ID!) { ingredient(id: $id) { ${INGREDIENT_FIELDS} } }`;
const FORBIDDEN = `query { forbiddenFoods { id name reason foodCode ingredientId builtIn districtId addedByAccountId } }`;
const ADD_FORBIDDEN = `mutation($input: AddForbiddenFoodInput!) { addForbiddenFood(input: $input) { id name reason foodCode ingredientId builtIn } }`;
const REMOVE_FORBIDDEN = `mutation($id: ID!) { removeForbiddenFood(id: $id) { id name } }`;

const request = (who: keyof typeof V, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const ingredientsInDb = () => sub.dataSource.getRepository(Ingredient).count();
const audits = (action: string) => sub.dataSource.getRepository(AuditEntry).count({ where: { action } });

/** The row errors of a refused import, as the console shows them beside the file's rows. */
function rowErrors(response: GraphQLResponse): { row: number; field: string }[] {
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.data ?? null).toBeNull();
  const extensions = response.errors?.[0]?.extensions as { rowErrors?: { row: number; field: string; message: string }[] };
  for (const e of extensions.rowErrors ?? []) expect(e.message).toEqual(expect.any(String));
  return (extensions.rowErrors ?? []).map(({ row, field }) => ({ row, field }));
}

/** Three rows of a licensed table file (a district's own, with its own citation), in the table's units and notation. */
const LICENSED_FILE = [
  {
    foodCode: '012001X',
    name: ' 稻米（代表值） ',
    category: 'GRAIN',
    ediblePercent: 100,
    energyKcal: '346',
    proteinG: '7.9',
    fatG: '0.9',
    carbohydrateG: '77.2',
    calciumMg: '8',
    ironMg: '1.1',
    vitaminAUg: '0',
    vitaminCMg: '0',
    sodiumMg: '1.8',
    source: 'District licence no. 2026-17, 中国食物成分表 标准版 第6版, 012001x',
  },
  {
    foodCode: '111101x',
    name: '鸡蛋（代表值）',
    category: 'EGG',
    pieceGrams: 50,
    ediblePercent: 87,
    allergens: ['EGG'],
    energyKcal: '139',
    proteinG: '13.1',
    fatG: '8.6',
    carbohydrateG: '2.4',
    calciumMg: '56',
    ironMg: '1.6',
    vitaminAUg: '255',
    vitaminCMg: 'Tr',
    sodiumMg: '131.5',
    source: 'District licence no. 2026-17, 中国食物成分表 标准版 第6版, 111101x',
  },
  {
    foodCode: '031301x',
    name: '豆腐（代表值）',
    category: 'SOY',
    ediblePercent: 100,
    allergens: ['SOY'],
    energyKcal: '84',
    proteinG: '6.6',
    fatG: '5.3',
    carbohydrateG: '3.4',
    calciumMg: '78',
    ironMg: '1.2',
    vitaminAUg: '—',
    vitaminCMg: 'Tr',
    sodiumMg: '5.6',
    source: 'District licence no. 2026-17, 中国食物成分表 标准版 第6版, 031301x',
  },
];

describe('importing the district’s licensed food table (食物成分表导入)', () => {
  it('a school role cannot import: FORBIDDEN before any row is read, nothing written', async () => {
    for (const who of ['canteen', 'principal', 'storekeeper', 'auditor'] as const) {
      const badRows = [{ ...LICENSED_FILE[0], foodCode: 'rice', proteinG: '-1' }];
      await expectNoWrites(sub, async () => expectCode(await request(who, IMPORT, { input: { rows: badRows } }), 'FORBIDDEN'));
    }
  });

  it('the administrator checks the file first (validateOnly): the same answer, nothing written', async () => {
    const checked = await expectNoWrites(sub, async () =>
      ok(await request('admin', IMPORT, { input: { rows: LICENSED_FILE, validateOnly: true } })),
    );
    expect(checked.importIngredients).toEqual({ count: 3, created: 3, updated: 0, ingredients: [] });
  });

  it('then imports it: 3 ingredients, nutrients per 100 g edible part in whole kcal and micrograms, each audited', async () => {
    const before = await ingredientsInDb();
    const imported = ok(await request('admin', IMPORT, { input: { rows: LICENSED_FILE } })).importIngredients;
    expect(imported).toMatchObject({ count: 3, created: 3, updated: 0 });
    expect(imported.ingredients).toEqual([
      expect.objectContaining({
        foodCode: '012001x',
        name: '稻米（代表值）',
        category: 'GRAIN',
        baseUnit: 'GRAM',
        pieceGrams: null,
        ediblePercent: 100,
        allergens: [],
        energyKcal: 346,
        proteinUg: 7_900_000,
        fatUg: 900_000,
        carbohydrateUg: 77_200_000,
        calciumUg: 8_000,
        ironUg: 1_100,
        vitaminAUg: 0,
        vitaminCUg: 0,
        sodiumUg: 1_800,
        version: 1,
        forbidden: null,
      }),
      expect.objectContaining({ foodCode: '111101x', pieceGrams: 50, allergens: ['EGG'], vitaminCUg: 0, sodiumUg: 131_500 }),
      // "—" (not determined) is null, not zero; "Tr" (trace) is zero.
      expect.objectContaining({ foodCode: '031301x', allergens: ['SOY'], vitaminAUg: null, vitaminCUg: 0 }),
    ]);
    expect(await ingredientsInDb()).toBe(before + 3);
    expect(await audits('ingredient.import.create')).toBe(3);
  });

  it('a file with a bad code and a negative nutrient: every bad row answered at once, nothing written', async () => {
    const file = [
      { ...LICENSED_FILE[0], foodCode: '0120', proteinG: '-7.9' },
      { ...LICENSED_FILE[1], ironMg: '1.6x', vitaminCMg: '0.0001' },
      { ...LICENSED_FILE[2], foodCode: '031303', name: '豆腐（北）' },
      { ...LICENSED_FILE[2], foodCode: '031303', name: '豆腐（北） again', ediblePercent: 0 },
      { ...LICENSED_FILE[2], foodCode: '031304', energyKcal: '950', fatG: '60', proteinG: '50' },
    ];
    const refused = await expectNoWrites(sub, () => request('admin', IMPORT, { input: { rows: file } }));
    expect(rowErrors(refused)).toEqual([
      { row: 0, field: 'foodCode' },
      { row: 0, field: 'proteinG' },
      { row: 1, field: 'ironMg' },
      { row: 1, field: 'vitaminCMg' },
      { row: 3, field: 'ediblePercent' },
      { row: 4, field: 'energyKcal' },
      { row: 4, field: 'proteinG' },
    ]);
    expect(refused.errors?.[0]?.message).toMatch(/^4 rows are bad \(7 errors\); nothing was written/);
  });

  it('a food code twice in one file is refused on the later row (the repeat only shows once the rows are otherwise good)', async () => {
    const file = [LICENSED_FILE[0], { ...LICENSED_FILE[0], name: '稻米 again' }];
    const refused = await expectNoWrites(sub, () => request('admin', IMPORT, { input: { rows: file } }));
    expect(rowErrors(refused)).toEqual([{ row: 1, field: 'foodCode' }]);
    expect(refused.errors?.[0]?.message).toMatch(/already in row 0 of this file/);
  });

  it('a row missing its citation, a piece of no weight: row errors from the row’s shape', async () => {
    const file = [
      { ...LICENSED_FILE[0], source: '   ' },
      { ...LICENSED_FILE[1], pieceGrams: 0 },
    ];
    const refused = await expectNoWrites(sub, () => request('admin', IMPORT, { input: { rows: file } }));
    expect(rowErrors(refused)).toEqual([
      { row: 0, field: 'source' },
      { row: 1, field: 'pieceGrams' },
    ]);
  });

  it('an empty file and one over the limit are refused on rows', async () => {
    expectBadInput(await request('admin', IMPORT, { input: { rows: [] } }), 'rows');
    const tooMany = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({
      ...LICENSED_FILE[0],
      foodCode: `9${String(i).padStart(5, '0')}`,
    }));
    await expectNoWrites(sub, async () => expectBadInput(await request('admin', IMPORT, { input: { rows: tooMany } }), 'rows'));
  });

  it('importing a code already in the catalogue replaces its row (version + 1) and says it updated it', async () => {
    const corrected = { ...LICENSED_FILE[0], sodiumMg: '2.0', source: 'District licence no. 2026-17, corrected' };
    const result = ok(
      await request('admin', IMPORT, { input: { rows: [corrected, { ...LICENSED_FILE[0], foodCode: '012101', name: '粳米（标一）' }] } }),
    ).importIngredients;
    expect(result).toMatchObject({ count: 2, created: 1, updated: 1 });
    expect(result.ingredients[0]).toMatchObject({
      foodCode: '012001x',
      sodiumUg: 2_000,
      version: 2,
      source: 'District licence no. 2026-17, corrected',
    });
    expect(await audits('ingredient.import.update')).toBe(1);
  });
});

describe('reading the catalogue', () => {
  it('every school role and the district readers read it; search by name or the start of the food code, filter by food group', async () => {
    for (const who of ['teacher', 'canteen', 'storekeeper', 'principal', 'accountant', 'safety', 'auditor', 'admin', 'teacherB'] as const) {
      const page = ok(await request(who, INGREDIENTS, { filter: { search: '稻米' } })).ingredients;
      expect(page.nodes.map((n: { foodCode: string }) => n.foodCode)).toEqual(['012001x']);
    }
    const byCode = ok(await request('canteen', INGREDIENTS, { filter: { search: '0120' } })).ingredients.nodes;
    expect(byCode.map((n: { foodCode: string }) => n.foodCode)).toEqual(['012001x']);
    const soy = ok(await request('canteen', INGREDIENTS, { filter: { category: 'SOY' } })).ingredients.nodes;
    expect(soy.map((n: { name: string }) => n.name)).toEqual(['豆腐（代表值）']);
    // Wildcards in a search are taken literally.
    expect(ok(await request('canteen', INGREDIENTS, { filter: { search: '%' } })).ingredients.nodes).toEqual([]);
  });

  it('pages are bounded and follow on with the cursor', async () => {
    const first = ok(await request('canteen', INGREDIENTS, { first: 2 })).ingredients;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(await request('canteen', INGREDIENTS, { first: 100, after: first.pageInfo.endCursor })).ingredients;
    expect(rest.nodes).toHaveLength(2);
    expectBadInput(await request('canteen', INGREDIENTS, { first: 101 }), 'first');
  });

  it('one ingredient by id; an unknown id is NOT_FOUND; a malformed one BAD_USER_INPUT', async () => {
    const [rice] = ok(await request('canteen', INGREDIENTS, { filter: { search: '012001' } })).ingredients.nodes;
    expect(ok(await request('teacher', INGREDIENT, { id: rice.id })).ingredient).toMatchObject({
      foodCode: '012001x',
      proteinUg: 7_900_000,
    });
    expectCode(await request('teacher', INGREDIENT, { id: UNKNOWN_ID }), 'NOT_FOUND');
    expectBadInput(await request('teacher', INGREDIENT, { id: 'rice' }), 'id');
  });

  it('the permission table says who reads: every school role, the district admin and auditor', () => {
    // The parents' committee reads once the directory has its role (SCHOOL_ROLES is every school role of @houqin/auth).
    const people = Object.values(V).filter((who) => who.grants.every((g) => (Object.values(Role) as string[]).includes(g.role)));
    expect(byPermission(P.readCatalogue, undefined, people).refused).toEqual([]);
  });
});

describe('forbidden foods (禁用食品)', () => {
  it('every district has the national entries built in: 亚硝酸盐, 四季豆, 鲜黄花菜, 野生蘑菇, 发芽马铃薯', async () => {
    const list = ok(await request('storekeeper', FORBIDDEN)).forbiddenFoods;
    expect(list.map((f: { name: string }) => f.name)).toEqual(['亚硝酸盐', '四季豆', '鲜黄花菜', '野生蘑菇', '发芽马铃薯']);
    expect(list.every((f: { builtIn: boolean; addedByAccountId: string | null }) => f.builtIn && f.addedByAccountId === null)).toBe(true);
  });

  it('a built-in entry cannot be removed', async () => {
    const [nitrite] = ok(await request('admin', FORBIDDEN)).forbiddenFoods;
    await expectNoWrites(sub, async () => expectBadInput(await request('admin', REMOVE_FORBIDDEN, { id: nitrite.id }), 'id'));
  });

  it('a school role may not add or remove: FORBIDDEN, nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await request('canteen', ADD_FORBIDDEN, { input: { name: '河豚', reason: 'Puffer fish.' } }), 'FORBIDDEN');
      expectCode(await request('director', REMOVE_FORBIDDEN, { id: UNKNOWN_ID }), 'FORBIDDEN');
    });
  });

  it('the administrator adds the province’s entry for an ingredient; the catalogue shows it forbidden; then removes it', async () => {
    const [tofu] = ok(await request('admin', INGREDIENTS, { filter: { search: '031301' } })).ingredients.nodes;
    const added = ok(
      await request('admin', ADD_FORBIDDEN, {
        input: { name: ' 豆腐（代表值） ', reason: 'Provincial notice (test).', ingredientId: tofu.id },
      }),
    ).addForbiddenFood;
    expect(added).toMatchObject({ name: '豆腐（代表值）', ingredientId: tofu.id, builtIn: false });
    expect(await audits('forbiddenFood.add')).toBe(1);
    expect(ok(await request('canteen', INGREDIENT, { id: tofu.id })).ingredient.forbidden).toEqual({
      id: added.id,
      name: '豆腐（代表值）',
    });
    // The same name twice, or a built-in one, is refused.
    await expectNoWrites(sub, async () => {
      expectBadInput(await request('admin', ADD_FORBIDDEN, { input: { name: '豆腐（代表值）', reason: 'Again.' } }), 'name');
      expectBadInput(await request('admin', ADD_FORBIDDEN, { input: { name: '四季豆', reason: 'Again.' } }), 'name');
      expectBadInput(await request('admin', ADD_FORBIDDEN, { input: { name: '河豚', reason: 'x', foodCode: 'fugu!' } }), 'foodCode');
      expectCode(await request('admin', ADD_FORBIDDEN, { input: { name: '河豚', reason: 'x', ingredientId: UNKNOWN_ID } }), 'NOT_FOUND');
      expectBadInput(await request('admin', ADD_FORBIDDEN, { input: { name: '  ', reason: 'x' } }), 'name');
    });
    expect(ok(await request('admin', REMOVE_FORBIDDEN, { id: added.id })).removeForbiddenFood).toEqual({
      id: added.id,
      name: '豆腐（代表值）',
    });
    expect(await sub.dataSource.getRepository(ForbiddenFood).count()).toBe(0);
    expect(await audits('forbiddenFood.remove')).toBe(1);
    await expectNoWrites(sub, async () => expectBadInput(await request('admin', REMOVE_FORBIDDEN, { id: added.id }), 'id'));
  });
});

describe('assertUsable: what recipes and deliveries check', () => {
  /** The service as a recipe or a delivery calls it, in its own transaction. */
  async function assertUsable(ids: string[], districtId = V.admin.districtId) {
    const service = new IngredientService({ dataSource: sub.dataSource, viewer: null, requestId: 'test' } as never);
    return sub.dataSource.transaction((manager) => service.assertUsable(manager, districtId, ids, (i) => `lines.${i}.ingredientId`));
  }
  const thrown = async (act: () => Promise<unknown>) => {
    try {
      await act();
    } catch (error) {
      const e = error as { extensions: { code: string; field: string }; message: string };
      return { code: e.extensions.code, field: e.extensions.field, message: e.message };
    }
    throw new Error('expected a refusal');
  };

  it('answers the ingredients by id; unknown or another district’s ids are refused on their line', async () => {
    const [rice] = ok(await request('admin', INGREDIENTS, { filter: { search: '012001' } })).ingredients.nodes;
    const found = await assertUsable([rice.id, rice.id]);
    expect([...found.keys()]).toEqual([rice.id]);
    expect(await thrown(() => assertUsable([rice.id, UNKNOWN_ID]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines.1.ingredientId',
    });
    expect(await thrown(() => assertUsable([rice.id], '01900000-0000-7000-8000-0000000d0002'))).toMatchObject({
      field: 'lines.0.ingredientId',
    });
    expect(await thrown(() => assertUsable(['not-an-id']))).toMatchObject({ field: 'lines.0.ingredientId' });
  });

  it('a forbidden food is refused, by food code (四季豆 042120), by name (野生蘑菇) or by the district’s own entry', async () => {
    ok(
      await request('admin', IMPORT, {
        input: {
          rows: [
            { ...LICENSED_FILE[2], foodCode: '042120', name: '四季豆[菜豆、芸豆]', category: 'VEGETABLE', allergens: [] },
            { ...LICENSED_FILE[2], foodCode: 'L-MUSHROOM', name: '野生蘑菇（混合）', category: 'FUNGI_ALGAE', allergens: [] },
          ],
        },
      }),
    );
    const nodes = ok(await request('admin', INGREDIENTS, { first: 100 })).ingredients.nodes as { id: string; foodCode: string }[];
    const id = (code: string) => nodes.find((n) => n.foodCode === code)!.id;
    const [rice, beans, mushroom, egg] = [id('012001x'), id('042120'), id('L-MUSHROOM'), id('111101x')];
    expect(await thrown(() => assertUsable([rice, beans]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines.1.ingredientId',
      message: expect.stringContaining('forbidden food (禁用食品: 四季豆)'),
    });
    expect(await thrown(() => assertUsable([mushroom]))).toMatchObject({ message: expect.stringContaining('野生蘑菇') });
    expect(ok(await request('canteen', INGREDIENT, { id: beans })).ingredient.forbidden.name).toBe('四季豆');
    const added = ok(
      await request('admin', ADD_FORBIDDEN, { input: { name: '生鸡蛋', reason: 'Test entry.', foodCode: '111101X' } }),
    ).addForbiddenFood;
    expect(await thrown(() => assertUsable([rice, egg]))).toMatchObject({
      field: 'lines.1.ingredientId',
      message: expect.stringContaining('生鸡蛋'),
    });
    ok(await request('admin', REMOVE_FORBIDDEN, { id: added.id }));
    expect((await assertUsable([rice, egg])).size).toBe(2);
  });
});

describe('the starter set', () => {
  it('imports as it stands: every row valid, each citing its source', async () => {
    const checked = ok(await request('admin', IMPORT, { input: { rows: STARTER_INGREDIENTS, validateOnly: true } })).importIngredients;
    expect(checked.count).toBe(STARTER_INGREDIENTS.length);
    for (const row of STARTER_INGREDIENTS) expect(row.source).toMatch(/中国食物成分表 标准版 第6版|Not from the table/);
  });
});
