import type { DataSource } from 'typeorm';
import { type Role, Viewer } from '@houqin/auth';
import { DEFAULT_TIME_ZONE, shiftDate, todayIn } from '@houqin/common';
import type { Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, demoAccountStaffId, demoStaffIdFor } from '@houqin/demo';
import { AccompaniedMealService } from '../accompanied/accompanied.service';
import { isSchoolDay } from '@houqin/common';
import { CanteenService } from '../canteen/canteen.service';
import type { CanteenContext } from '../context';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { CanteenPost, CanteenStaffMember, MorningCheckSymptom } from '../health/health.entity';
import { HealthService } from '../health/health.service';
import { MenuService } from '../menu/menu.service';
import { Dish } from '../menu/dish.entity';
import { MealKind } from '../menu/meal-kind';
import { DishRaterKind } from '../rating/rating.entity';
import { DishRatingService } from '../rating/rating.service';
import { SettingsService } from '../settings/settings.service';
import type { DemoCanteen } from './canteen';

/** School days of morning checks, accompanied meals and ratings the demo goes back over. */
const TERM_DAYS = 30;

/** An instant of a school day, local time of the school. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);

/** A demo account of First Experimental Primary as a viewer with its one role there. */
function account(username: string, schoolId: string): Viewer {
  const found = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  return new Viewer({
    accountId: found.id,
    username: found.username,
    staffId: demoAccountStaffId(found),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role: found.role as Role, schoolId }],
  });
}

/** The services a step uses, as a request of `viewer` at `now` would have them. */
function desk(dataSource: DataSource, logger: Logger, viewer: Viewer, now: Date): CanteenContext {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now: () => now } as CanteenContext;
  ctx.canteens = new CanteenService(ctx);
  ctx.directoryCopy = new DirectoryCopyService(ctx);
  ctx.settings = new SettingsService(ctx);
  ctx.menus = new MenuService(ctx);
  ctx.health = new HealthService(ctx);
  ctx.accompaniedMeals = new AccompaniedMealService(ctx);
  ctx.ratings = new DishRatingService(ctx);
  return ctx;
}

/**
 * Staff health, accompanied meals and ratings of the demo (health/, accompanied/, rating/), at
 * First Experimental Primary's east-campus canteen, through the real services, over its last 30
 * school days: the kitchen on the roster (the cook, a helper and the cleaner have no account), their
 * health certificates — the cleaner's expiring within the notice days, the storekeeper's expired ten
 * days ago — and every school day's morning checks (the helper ran a 38.2 ℃ fever one day; the
 * storekeeper fails since their certificate ran out); the principal's and the director's accompanied
 * lunches with two school days missed (gaps); students' ratings recorded by the teacher and the
 * parents' committee member's. Idempotent: a canteen with a roster is kept.
 */
export async function seedHealthDemo(dataSource: DataSource, logger: Logger, canteens: DemoCanteen[], now: () => Date = () => new Date()) {
  const demo = canteens.find((c) => c.campus === 'firstPrimaryEast');
  if (!demo) return;
  const canteen = demo.canteen;
  if (await dataSource.manager.exists(CanteenStaffMember, { where: { canteenId: canteen.id } })) return;
  const schoolId = canteen.schoolId;
  const today = todayIn(DEFAULT_TIME_ZONE, now());
  const days: string[] = [];
  for (let day = today; days.length < TERM_DAYS; day = shiftDate(day, -1)) if (isSchoolDay(day)) days.unshift(day);
  const first = days[0];
  const staff = (post: string) => demoStaffIdFor(demo.school, post);
  const kitchen = [
    { staffId: staff('CANTEEN_MANAGER'), post: CanteenPost.MANAGER, certificate: { issued: -200, expires: 165 } },
    { staffId: staff('COOK'), post: CanteenPost.COOK, certificate: { issued: -150, expires: 215 } },
    { staffId: staff('GARDENER'), post: CanteenPost.HELPER, certificate: { issued: -90, expires: 275 } },
    // Due for renewal: within the district's notice days (30 by default).
    { staffId: staff('CLEANER'), post: CanteenPost.CLEANER, certificate: { issued: -353, expires: 12 } },
    // Expired ten days ago, not renewed: every morning check since fails.
    { staffId: staff('STOREKEEPER'), post: CanteenPost.STOREKEEPER, certificate: { issued: -375, expires: -10 } },
  ];
  const manager = account('canteen', schoolId);
  const setUp = desk(dataSource, logger, manager, at(first, '07:00'));
  for (const [i, person] of kitchen.entries()) {
    await setUp.health.addStaff({ canteenId: canteen.id, staffId: person.staffId, post: person.post, joinedOn: first });
    await setUp.health.recordCertificate({
      canteenId: canteen.id,
      staffId: person.staffId,
      number: `JK${today.slice(0, 4)}${String(3301001 + i).padStart(8, '0')}`,
      issuedOn: shiftDate(today, person.certificate.issued),
      expiresOn: shiftDate(today, person.certificate.expires),
    });
  }
  // Every school day's morning checks, at 07:00 (晨检).
  let checks = 0;
  let failed = 0;
  for (const [n, day] of days.entries()) {
    const morning = desk(dataSource, logger, manager, at(day, '07:00'));
    for (const [i, person] of kitchen.entries()) {
      const fever = person.post === CanteenPost.HELPER && n === days.length - 6;
      const check = await morning.health.recordCheck({
        canteenId: canteen.id,
        staffId: person.staffId,
        temperature: fever ? '38.2' : `36.${(n * 3 + i * 2) % 8}`,
        symptoms: fever ? [MorningCheckSymptom.FEVER, MorningCheckSymptom.SORE_THROAT] : [],
        remarks: fever ? '发热、咽痛，已离岗就医 (sent home to see a doctor)' : null,
      });
      checks += 1;
      if (!check.passed) failed += 1;
    }
  }
  // Accompanied lunches (陪餐): the principal most days, the director on Wednesdays; two school days nobody came.
  const principal = account('principal', schoolId);
  const director = account('director', schoolId);
  const missed = new Set([days[days.length - 4], days[days.length - 13]]);
  const remarks = ['饭菜温度合适，学生吃得干净。', '青菜略老，已告知厨房。', '分量足，汤偏咸。', '排队有序，餐具消毒到位。'];
  let accompanied = 0;
  // Up to yesterday: today's lunch is still to be eaten.
  for (const [n, day] of days.slice(0, -1).entries()) {
    if (missed.has(day)) continue;
    const leader = n % 5 === 2 ? director : principal;
    await desk(dataSource, logger, leader, at(day, '12:40')).accompaniedMeals.log({
      canteenId: canteen.id,
      servedOn: day,
      meal: MealKind.LUNCH,
      rating: 3 + ((n * 7) % 3),
      remarks: remarks[n % remarks.length],
    });
    accompanied += 1;
  }
  // Ratings of the school's dishes over the five school days before today: the teacher records students', the committee member rates too.
  const dishes = await dataSource.manager.find(Dish, { where: { schoolId }, order: { name: 'ASC' }, take: 6 });
  const teacher = account('teacher', schoolId);
  const parent = DEMO_ACCOUNTS.some((a) => a.username === 'parent') ? account('parent', schoolId) : null;
  let ratings = 0;
  for (const [n, day] of days.slice(-6, -1).entries()) {
    const atLunch = at(day, '13:10');
    for (const [d, dish] of dishes.entries()) {
      for (let s = 1; s <= 3; s++) {
        await desk(dataSource, logger, teacher, atLunch).ratings.rate({
          dishId: dish.id,
          score: 2 + ((n + d + s) % 4),
          comment: s === 1 ? ['好吃', '有点咸', '想再多一点', '不太喜欢'][(n + d) % 4] : null,
          raterKind: DishRaterKind.STUDENT,
          studentRef: `三年级${1 + (d % 3)}班${10 + s}号`,
        });
        ratings += 1;
      }
      if (parent && d < 2) {
        await desk(dataSource, logger, parent, atLunch).ratings.rate({
          dishId: dish.id,
          score: 3 + ((n + d) % 3),
          comment: d === 0 ? '建议少油少盐 (less oil and salt, please)' : null,
          raterKind: DishRaterKind.PARENT_COMMITTEE,
        });
        ratings += 1;
      }
    }
  }
  logger.info(
    { roster: kitchen.length, checks, failed, accompanied, gaps: missed.size, ratings },
    'seeded the demo staff health, accompanied meals and ratings',
  );
}
