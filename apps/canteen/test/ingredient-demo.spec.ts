/**
 * The ingredient part of the demo: the starter catalogue imported as the district administrator would
 * import a licensed table, and a provincial forbidden food; run twice, nothing doubles or changes.
 */
import pino from 'pino';
import { DEMO_DISTRICT } from '@houqin/demo';
import { seedIngredientsDemo } from '../src/demo/ingredient';
import { ForbiddenFood, Ingredient } from '../src/ingredient/ingredient.entity';
import { STARTER_INGREDIENTS } from '../src/ingredient/starter-set';
import { call, startCanteen, type TestSubgraph, V } from './support';

jest.setTimeout(60000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startCanteen();
});
afterAll(() => sub?.stop());

it('seeds the cited starter catalogue and one provincial forbidden food, idempotently', async () => {
  const logger = pino({ level: 'silent' });
  await seedIngredientsDemo(sub.dataSource, logger);
  const first = await sub.dataSource.manager.find(Ingredient, { order: { foodCode: 'ASC' } });
  await seedIngredientsDemo(sub.dataSource, logger);
  const again = await sub.dataSource.manager.find(Ingredient, { order: { foodCode: 'ASC' } });
  expect(first).toHaveLength(STARTER_INGREDIENTS.length);
  expect(again).toEqual(first);
  expect(first.every((i) => i.districtId === DEMO_DISTRICT.id && i.version === 1 && i.source.length > 20)).toBe(true);
  expect(await sub.dataSource.manager.count(ForbiddenFood)).toBe(1);

  // A storekeeper finds rice by name and the district's list shows the national entries and the province's.
  const found = await call<{ ingredients: { nodes: { foodCode: string; proteinUg: number; source: string }[] } }>(
    sub,
    V.storekeeper,
    'query { ingredients(filter: { search: "稻米" }) { nodes { foodCode proteinUg source } } }',
  );
  expect(found.ingredients.nodes).toEqual([
    { foodCode: '012001x', proteinUg: 7_900_000, source: expect.stringContaining('食物编码 012001x 稻米（代表值）') },
  ]);
  const list = await call<{ forbiddenFoods: { name: string; builtIn: boolean }[] }>(
    sub,
    V.canteen,
    'query { forbiddenFoods { name builtIn } }',
  );
  expect(list.forbiddenFoods.map((f) => `${f.name}${f.builtIn ? '' : ' (district)'}`)).toEqual([
    '亚硝酸盐',
    '四季豆',
    '鲜黄花菜',
    '野生蘑菇',
    '发芽马铃薯',
    '河豚 (district)',
  ]);
});
