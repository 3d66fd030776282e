import type { DataSource } from 'typeorm';
import { Role, Viewer } from '@houqin/auth';
import { DEFAULT_TIME_ZONE, shiftDate, todayIn } from '@houqin/common';
import type { Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, demoAccountStaffId, demoStaffIdFor } from '@houqin/demo';
import { CanteenService } from '../canteen/canteen.service';
import type { CanteenContext } from '../context';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { MealService } from '../meal/meal-service.entity';
import { MealServiceService } from '../meal/meal.service';
import { Dish } from '../menu/dish.entity';
import { MealKind } from '../menu/meal-kind';
import { mondayOf } from '../menu/menu.rules';
import { FoodSample } from '../sample/sample.entity';
import { FoodSampleService } from '../sample/sample.service';
import { SettingsService } from '../settings/settings.service';
import { StockService } from '../stock/stock.service';
import type { DemoCanteen } from './canteen';
import { FAILING_WEEK, PASSING_WEEK } from './menu';
import { issueDemoStock } from './stock';

/** An instant of a school day, local time of the school. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);

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

/** The services a meal-service step uses, as a request of the canteen manager at `now` would have them. */
function desk(dataSource: DataSource, logger: Logger, viewer: Viewer, now: Date): CanteenContext {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now: () => now } as CanteenContext;
  ctx.canteens = new CanteenService(ctx);
  ctx.directoryCopy = new DirectoryCopyService(ctx);
  ctx.settings = new SettingsService(ctx);
  ctx.stock = new StockService(ctx);
  ctx.meals = new MealServiceService(ctx);
  ctx.samples = new FoodSampleService(ctx);
  return ctx;
}

/**
 * Meal services of the demo (meal/, sample/): First Experimental Primary's east-campus lunches of last
 * week (its failing menu) and of this week up to today (its passing menu), each planned by the canteen
 * manager on its morning, every dish sampled (150 g, by the cook, into the chiller), the stock issued
 * (stock/'s issueDemoStock) and the counts recorded after lunch, which locks it — except the last
 * past lunch, whose last dish was never sampled: its counts raise canteen.sample.missing. Samples past
 * their 48 hours are disposed of the next morning. Today's lunch is planned and left open (its issues
 * come from the stock demo). Through the real services; idempotent (a canteen with meal services is kept).
 */
export async function seedMealDemo(dataSource: DataSource, logger: Logger, canteens: DemoCanteen[], now: () => Date = () => new Date()) {
  const demo = canteens.find((c) => c.campus === 'firstPrimaryEast');
  if (!demo) return;
  const canteen = demo.canteen;
  if (await dataSource.manager.exists(MealService, { where: { canteenId: canteen.id } })) return;
  const viewer = manager(canteen.schoolId);
  const dishes = new Map((await dataSource.manager.find(Dish, { where: { schoolId: canteen.schoolId } })).map((d) => [d.name, d.id]));
  const today = todayIn(DEFAULT_TIME_ZONE, now());
  const thisMonday = mondayOf(today);
  const days: { day: string; names: readonly string[] }[] = [];
  for (const [monday, week] of [
    [shiftDate(thisMonday, -7), FAILING_WEEK],
    [thisMonday, PASSING_WEEK],
  ] as const)
    week.forEach((names, i) => {
      const day = shiftDate(monday, i);
      if (day <= today) days.push({ day, names });
    });
  const past = days.filter((d) => d.day < today);
  const cook = demoStaffIdFor(demo.school, 'COOK');
  let locked = 0;
  let missing = 0;
  for (const [n, { day, names }] of days.entries()) {
    const dishIds = names.map((name) => dishes.get(name)).filter((id): id is string => !!id);
    if (!dishIds.length) continue;
    const planned = await desk(dataSource, logger, viewer, day === today ? now() : at(day, '07:00')).meals.plan({
      canteenId: canteen.id,
      servedOn: day,
      meal: MealKind.LUNCH,
      dishIds,
      portionsPlannedStudents: 420,
      portionsPlannedStaff: 30,
    });
    if (day === today) continue;
    // The last past lunch: its last dish was not sampled (留样缺失).
    const unsampled = day === past[past.length - 1]?.day ? dishIds[dishIds.length - 1] : null;
    const kitchen = desk(dataSource, logger, viewer, at(day, '11:30'));
    for (const dishId of dishIds.filter((id) => id !== unsampled))
      await kitchen.samples.take({
        mealServiceId: planned.id,
        dishId,
        grams: 150,
        takenByStaffId: cook,
        locationId: demo.locations.CHILLED.id,
        takenAt: at(day, '11:20'),
        note: '留样柜第一层 (sample cabinet, top shelf)',
      });
    await issueDemoStock(dataSource, logger, planned.id, () => at(day, '09:00'));
    const counted = await desk(dataSource, logger, viewer, at(day, '12:50')).meals.recordCounts({
      id: planned.id,
      version: planned.version,
      portionsServedStudents: 400 + ((n * 7) % 18),
      portionsServedStaff: 24 + (n % 5),
    });
    locked += 1;
    if (counted.sampleMissingRaisedAt) missing += 1;
  }
  // Samples past their keeping time are disposed of the next morning (留样销毁), as long as that morning has come.
  const samples = await dataSource.manager.find(FoodSample, { where: { canteenId: canteen.id }, order: { takenAt: 'ASC' } });
  let disposed = 0;
  for (const sample of samples) {
    const morning = at(shiftDate(todayIn(DEFAULT_TIME_ZONE, sample.keepUntil), 1), '08:00');
    if (morning.getTime() > now().getTime()) continue;
    await desk(dataSource, logger, viewer, morning).samples.dispose(sample.id);
    disposed += 1;
  }
  logger.info(
    { services: days.length, locked, missing, samples: samples.length, disposed },
    'seeded the demo meal services and food samples',
  );
}
