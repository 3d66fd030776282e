import type { DataSource } from 'typeorm';
import { Role, Viewer } from '@houqin/auth';
import { shiftDate, todayIn } from '@houqin/common';
import type { Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, demoAccountStaffId } from '@houqin/demo';
import { CanteenService } from '../canteen/canteen.service';
import type { CanteenContext } from '../context';
import { Ingredient } from '../ingredient/ingredient.entity';
import { IngredientService } from '../ingredient/ingredient.service';
import { StudentAgeGroup } from '../menu/age-group';
import { Dish } from '../menu/dish.entity';
import { MealKind } from '../menu/meal-kind';
import { MenuWeek, MenuWeekStatus } from '../menu/menu.entity';
import { mondayOf } from '../menu/menu.rules';
import { MenuService } from '../menu/menu.service';
import type { DemoCanteen } from './canteen';

/** A demo recipe: its name, how it is cooked, and [food code of the starter catalogue, grams per serving] lines. */
export interface DemoDish {
  name: string;
  note: string;
  lines: [foodCode: string, grams: string][];
}

/**
 * First Experimental Primary's recipes: lunches planned for 9–11-year-olds that pass WS/T 554-2017 with
 * the starter catalogue's values (worked through the check: each lunch 620–680 kcal, 21–24 g protein,
 * at least 300 mg calcium, salt under 2 g, oil at most 10 g), and one that does not (红烧肉饭).
 */
export const DEMO_DISHES: readonly DemoDish[] = [
  { name: '米饭', note: '蒸 (steamed)', lines: [['012001x', '95']] },
  { name: '纯牛奶', note: '200 mL 盒装 (a carton)', lines: [['101101x', '200']] },
  {
    name: '清炒菠菜',
    note: '焯水后快炒 (blanched, stir-fried)',
    lines: [
      ['045301', '120'],
      ['192004', '4'],
      ['L-NACL', '0.6'],
    ],
  },
  {
    name: '番茄土豆烩白菜',
    note: '烩 (braised)',
    lines: [
      ['043119', '80'],
      ['021101', '70'],
      ['045101x', '150'],
      ['192004', '6'],
      ['L-NACL', '1.2'],
    ],
  },
  {
    name: '鸡丝炒白菜胡萝卜',
    note: '炒 (stir-fried)',
    lines: [
      ['091112', '10'],
      ['045101x', '150'],
      ['041202', '60'],
      ['192004', '6'],
      ['L-NACL', '1'],
    ],
  },
  {
    name: '蒜蓉菠菜',
    note: '炒 (stir-fried)',
    lines: [
      ['045301', '80'],
      ['192004', '4'],
      ['L-NACL', '0.5'],
    ],
  },
  { name: '苹果', note: '洗净切块 (washed, cut)', lines: [['061101x', '80']] },
  {
    name: '香菇豆腐',
    note: '烧 (braised)',
    lines: [
      ['031301x', '120'],
      ['051019', '50'],
      ['192004', '5'],
      ['L-NACL', '0.8'],
    ],
  },
  {
    name: '菠菜白菜汤',
    note: '汤 (soup)',
    lines: [
      ['045301', '150'],
      ['045101x', '200'],
      ['192004', '5'],
      ['L-NACL', '0.8'],
    ],
  },
  { name: '橙子', note: '切块 (cut)', lines: [['064101', '80']] },
  {
    name: '番茄鸡蛋面',
    note: '煮 (boiled)',
    lines: [
      ['011301x', '95'],
      ['043119', '150'],
      ['111101x', '20'],
      ['192004', '5'],
      ['L-NACL', '0.6'],
    ],
  },
  {
    name: '小米饭',
    note: '蒸 (steamed)',
    lines: [
      ['015101', '40'],
      ['012001x', '80'],
    ],
  },
  {
    name: '红烧草鱼',
    note: '烧 (braised), 去刺 (boned)',
    lines: [
      ['121102', '40'],
      ['192004', '5'],
      ['L-NACL', '1'],
    ],
  },
  {
    name: '胡萝卜炒菠菜',
    note: '炒 (stir-fried)',
    lines: [
      ['045301', '100'],
      ['041202', '50'],
      ['192004', '4'],
      ['L-NACL', '0.6'],
    ],
  },
  {
    name: '红烧肉饭',
    note: '红烧 (braised in soy and sugar): fatty, salty, no vegetable',
    lines: [
      ['012001x', '95'],
      ['081110', '100'],
      ['192004', '10'],
      ['L-NACL', '2.5'],
      ['L-SUCROSE', '10'],
    ],
  },
];

/** A week's lunches, Monday (0) to Friday (4): the names of their dishes. */
export type DemoWeek = readonly (readonly string[])[];

/** Five lunches that pass the check for 9–11-year-olds (16 kinds of food in the week, a vegetable every day). */
export const PASSING_WEEK: DemoWeek = [
  ['米饭', '纯牛奶', '清炒菠菜', '番茄土豆烩白菜'],
  ['米饭', '纯牛奶', '鸡丝炒白菜胡萝卜', '蒜蓉菠菜', '苹果'],
  ['米饭', '香菇豆腐', '菠菜白菜汤', '橙子'],
  ['番茄鸡蛋面', '纯牛奶', '清炒菠菜'],
  ['小米饭', '纯牛奶', '红烧草鱼', '胡萝卜炒菠菜'],
];

/** The same braised-pork rice every day: protein and salt too high, calcium, vitamins and vegetables short, no variety. */
export const FAILING_WEEK: DemoWeek = [['红烧肉饭'], ['红烧肉饭'], ['红烧肉饭'], ['红烧肉饭'], ['红烧肉饭']];

/** The week's meals as saveMenuWeek takes them: lunch on Monday to Friday, dishes by id. */
export function lunchesOf(weekStart: string, week: DemoWeek, dishIds: ReadonlyMap<string, string>) {
  return week.map((names, day) => ({
    servedOn: shiftDate(weekStart, day),
    meal: MealKind.LUNCH,
    dishIds: names.map((name) => dishIds.get(name)!),
  }));
}

/** The demo canteen manager of First Experimental Primary (the `canteen` account). */
function manager(schoolId: string): Viewer {
  const account = DEMO_ACCOUNTS.find((a) => a.username === 'canteen')!;
  return new Viewer({
    accountId: account.id,
    username: account.username,
    staffId: demoAccountStaffId(account),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role: Role.CANTEEN_MANAGER, schoolId }],
  });
}

/**
 * Menus of the demo (menu/): First Experimental Primary's recipes and, for its east-campus canteen,
 * last week's menu that fails the nutrition check and this week's that passes, both published (食谱公示),
 * and next week's passing menu as a draft. Written through the real service as the canteen manager.
 * Needs the starter catalogue (ingredient/); idempotent (dishes and weeks that exist are kept).
 */
export async function seedMenuDemo(dataSource: DataSource, logger: Logger, canteens: DemoCanteen[], now: () => Date = () => new Date()) {
  const demo = canteens.find((c) => c.campus === 'firstPrimaryEast');
  if (!demo) return;
  const ctx = { viewer: manager(demo.canteen.schoolId), requestId: 'seed-demo', logger, dataSource, now } as CanteenContext;
  ctx.canteens = new CanteenService(ctx);
  ctx.ingredients = new IngredientService(ctx);
  ctx.menus = new MenuService(ctx);
  const codes = [...new Set(DEMO_DISHES.flatMap((d) => d.lines.map(([code]) => code)))];
  const rows = await dataSource.manager.find(Ingredient, { where: codes.map((foodCode) => ({ districtId: DEMO_DISTRICT.id, foodCode })) });
  const byCode = new Map(rows.map((r) => [r.foodCode, r.id]));
  const missing = codes.filter((c) => !byCode.has(c));
  if (missing.length) {
    logger.warn({ missing }, 'the demo menus need the starter catalogue: skipped');
    return;
  }
  const dishIds = new Map<string, string>();
  for (const dish of DEMO_DISHES) {
    const existing = await dataSource.manager.findOne(Dish, { where: { schoolId: demo.canteen.schoolId, name: dish.name } });
    const saved =
      existing ??
      (await ctx.menus.createDish({
        schoolId: demo.canteen.schoolId,
        name: dish.name,
        note: dish.note,
        lines: dish.lines.map(([code, grams]) => ({ ingredientId: byCode.get(code)!, grams })),
      }));
    dishIds.set(dish.name, saved.id);
  }
  const thisWeek = mondayOf(todayIn(DEMO_DISTRICT.timeZone, now()));
  const weeks: [string, DemoWeek, boolean][] = [
    [shiftDate(thisWeek, -7), FAILING_WEEK, true],
    [thisWeek, PASSING_WEEK, true],
    [shiftDate(thisWeek, 7), PASSING_WEEK, false],
  ];
  for (const [weekStart, week, publish] of weeks) {
    const existing = await dataSource.manager.findOne(MenuWeek, { where: { canteenId: demo.canteen.id, weekStart } });
    if (existing) continue;
    const saved = await ctx.menus.saveWeek({
      canteenId: demo.canteen.id,
      weekStart,
      ageGroup: StudentAgeGroup.AGE_9_11,
      meals: lunchesOf(weekStart, week, dishIds),
    });
    if (publish && saved.status === MenuWeekStatus.DRAFT) await ctx.menus.publishWeek({ id: saved.id });
  }
  logger.info({ dishes: dishIds.size, weeks: weeks.length }, 'seeded the demo menus');
}
