import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { canteenReaders } from '../health/health.store';
import { MealService } from '../meal/meal-service.entity';
import { MealKind } from '../menu/meal-kind';
import { AccompaniedMeal } from './accompanied.entity';
import type { AccompaniedMealFilter } from './accompanied.inputs';

/** Accompanied meals are read by those who read the canteen's records. */
export const accompaniedReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, AccompaniedMeal, 'AccompaniedMeal', 'acc', { visibility: canteenReaders });

/** Meal services a leader may name (in scope of their schools). */
export const accompaniedMealServiceReader = (ctx: ReadContext) => new ScopedReader(ctx, MealService, 'MealService', 'ms');

/** The accompanied meals' SQL (printed to apps/canteen/sql/accompanied.sql). */
export const accompaniedSql = defineSqlStore(
  'accompanied',
  {
    /** Accompanied meals in scope, by canteen, school and days. */
    list: (m, reader: ScopedReader<AccompaniedMeal>, filter: AccompaniedMealFilter) => {
      const qb = reader.query(m);
      if (filter.canteenId) qb.andWhere('acc.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (filter.schoolId) qb.andWhere('acc.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.from) qb.andWhere('acc.servedOn >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('acc.servedOn <= :to', { to: filter.to });
      return qb;
    },
    /** The meal service a canteen recorded for a day and meal, if any (an accompanied meal links to it). */
    mealServiceOf: (m, canteenId: string, servedOn: string, meal: MealKind) =>
      m.createQueryBuilder(MealService, 'ms').where('ms.canteenId = :canteenId AND ms.servedOn = :servedOn AND ms.meal = :meal', {
        canteenId,
        servedOn,
        meal,
      }),
    /** The days of a range each of these canteens had an accompanied lunch: one statement for a gap query. */
    lunchDays: (m, canteenIds: readonly string[], from: string, to: string) =>
      m
        .createQueryBuilder(AccompaniedMeal, 'acc')
        .select('acc.canteenId', 'canteenId')
        .addSelect('acc.servedOn', 'servedOn')
        .distinct(true)
        .where('acc.canteenId IN (:...canteenIds)', { canteenIds })
        .andWhere('acc.meal = :lunch', { lunch: MealKind.LUNCH })
        .andWhere('acc.servedOn >= :from AND acc.servedOn <= :to', { from, to }),
  },
  {
    list: [accompaniedReader(exampleRequest()), { canteenId: 'canteen-1', schoolId: 'school-1', from: '2026-03-01', to: '2026-03-31' }],
    mealServiceOf: ['canteen-1', '2026-03-02', MealKind.LUNCH],
    lunchDays: [['canteen-1', 'canteen-2'], '2026-03-01', '2026-06-30'],
  },
);
