import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Delivery, DeliveryItem } from '../delivery/delivery.entity';
import { Dish } from '../menu/dish.entity';
import { MealKind } from '../menu/meal-kind';
import { P } from '../permissions';
import { StockLot, StockMovement, StockMovementKind } from '../stock/stock.entity';
import { MealService, MealServiceDish, MealServiceDuty } from './meal-service.entity';
import type { MealServiceFilter } from './meal.inputs';

/** Meal services, samples and traces are canteen records: for those who read them (kitchen, leaders, district readers), not every teacher. */
export function canteenRecordReaders<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readCanteen);
  if (schools === 'district') return;
  if (schools.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`${alias}.schoolId IN (:...canteenRecordSchools)`, { canteenRecordSchools: schools });
}

export const mealServiceReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, MealService, 'MealService', 'ms', { visibility: canteenRecordReaders });
/** Lots, delivery items and deliveries as a trace reads them (stock/ and delivery/ own them). */
export const tracedLotReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, StockLot, 'StockLot', 'lot', { visibility: canteenRecordReaders });
export const tracedItemReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, DeliveryItem, 'DeliveryItem', 'di', { visibility: canteenRecordReaders });
export const tracedDeliveryReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, Delivery, 'Delivery', 'dlv', { visibility: canteenRecordReaders });

/** What was issued from one lot to one meal service, summed over its ISSUE movements (positive). */
export interface LotIssueRow {
  mealServiceId: string;
  lotId: string;
  quantity: number;
  costFen: number;
}

/** Issues (signed negative in the movements) summed and turned positive, by meal service and lot. */
const issueSums = (m: EntityManager) =>
  m
    .createQueryBuilder(StockMovement, 'mv')
    .select('mv.mealServiceId', 'mealServiceId')
    .addSelect('mv.lotId', 'lotId')
    .addSelect('-SUM(mv.quantity)', 'quantity')
    .addSelect('-SUM(mv.costFen)', 'costFen')
    .where('mv.kind = :issue', { issue: StockMovementKind.ISSUE })
    .groupBy('mv.mealServiceId')
    .addGroupBy('mv.lotId');

/** The meal services' hand-written SQL (printed to apps/canteen/sql/mealService.sql). */
export const mealSql = defineSqlStore(
  'mealService',
  {
    /** Meal services in scope, narrowed by canteen, school, days, meal and whether locked; newest day first is the caller's paging. */
    list: (m, services: ScopedReader<MealService>, filter: MealServiceFilter) => {
      const qb = services.query(m);
      if (filter.canteenId) qb.andWhere('ms.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (filter.schoolId) qb.andWhere('ms.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.from) qb.andWhere('ms.servedOn >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('ms.servedOn <= :to', { to: filter.to });
      if (filter.meal) qb.andWhere('ms.meal = :meal', { meal: filter.meal });
      if (filter.locked === true) qb.andWhere('ms.lockedAt IS NOT NULL');
      if (filter.locked === false) qb.andWhere('ms.lockedAt IS NULL');
      return qb;
    },
    /** The dishes of the school among `dishIds` (a plan names them): one statement. */
    dishesOfSchool: (m, schoolId: string, dishIds: readonly string[]) =>
      m.createQueryBuilder(Dish, 'dish').where('dish.schoolId = :schoolId AND dish.id IN (:...dishIds)', { schoolId, dishIds }),
    /** The dishes of a page of meal services, in serving order: one statement. */
    dishesOf: (m, mealServiceIds: readonly string[]) =>
      m
        .createQueryBuilder(MealServiceDish, 'msd')
        .where('msd.mealServiceId IN (:...mealServiceIds)', { mealServiceIds })
        .orderBy('msd.mealServiceId', 'ASC')
        .addOrderBy('msd.position', 'ASC'),
    /** The duty lists of a page of meal services: one statement. */
    dutiesOf: (m, mealServiceIds: readonly string[]) =>
      m
        .createQueryBuilder(MealServiceDuty, 'duty')
        .where('duty.mealServiceId IN (:...mealServiceIds)', { mealServiceIds })
        .orderBy('duty.id', 'ASC'),
    /** Removes an open service's dishes before its plan lists them again (only while nothing was sampled from them). */
    dropDishes: (m, mealServiceId: string, dishIds: readonly string[]) =>
      m
        .createQueryBuilder()
        .delete()
        .from(MealServiceDish)
        .where('mealServiceId = :mealServiceId AND dishId IN (:...dishIds)', { mealServiceId, dishIds }),
    /**
     * Records the counts and locks the record, only if it is still open at the version read: the
     * lock and a racing stock issue (which checks lockedAt IS NULL under the same row) cannot both win.
     */
    lock: (m, id: string, version: number, served: { students: number; staff: number }, at: Date, accountId: string) =>
      m
        .createQueryBuilder()
        .update(MealService)
        .set({
          portionsServedStudents: served.students,
          portionsServedStaff: served.staff,
          lockedAt: at,
          lockedByAccountId: accountId,
        })
        .where('id = :id AND version = :version AND lockedAt IS NULL', { id, version }),
    /**
     * Marks the end-of-service sample check as done, once: only the first check (at the counts or by
     * the job) updates the row, so canteen.sample.missing is published at most once per service.
     */
    markSamplesChecked: (m, id: string, at: Date, missing: boolean) =>
      m
        .createQueryBuilder()
        .update(MealService)
        // A system mark, not an edit: the version stays (a manager's counts after the job's check are not stale).
        .set({ samplesCheckedAt: at, sampleMissingRaisedAt: missing ? at : null, version: () => 'version' })
        .where('id = :id AND samplesCheckedAt IS NULL', { id }),
    /**
     * Open services whose samples have not been checked, served on or before `today` (the job decides
     * per service whether its meal has ended); by id after `afterId`. The job reads every district.
     */
    dueForSampleCheck: (m, today: string, afterId: string, limit: number) =>
      m
        .createQueryBuilder(MealService, 'ms')
        .where('ms.samplesCheckedAt IS NULL')
        .andWhere('ms.lockedAt IS NULL')
        .andWhere('ms.servedOn <= :today', { today })
        .andWhere('ms.id > :afterId', { afterId })
        .orderBy('ms.id', 'ASC')
        .limit(limit),
    /** What each of a page of meal services drew from each lot (MealService.lotsUsed): one statement. */
    lotsUsedBy: (m, mealServiceIds: readonly string[]) =>
      issueSums(m).andWhere('mv.mealServiceId IN (:...mealServiceIds)', { mealServiceIds }).orderBy('mv.lotId', 'ASC'),
    /** Every meal service each of some lots was issued to (a recall): one statement. */
    servicesUsingLots: (m, lotIds: readonly string[]) =>
      issueSums(m).andWhere('mv.lotId IN (:...lotIds)', { lotIds }).orderBy('mv.mealServiceId', 'ASC'),
    /** The lots in scope of a supplier's batch (生产批号), across the viewer's canteens: a recall's starting point. */
    lotsOfBatch: (m, lots: ScopedReader<StockLot>, supplierId: string, batchNumber: string) =>
      lots
        .query(m)
        .andWhere('lot.supplierId = :supplierId AND lot.batchNumber = :batchNumber', { supplierId, batchNumber })
        .orderBy('lot.receivedOn', 'ASC')
        .addOrderBy('lot.id', 'ASC'),
  },
  {
    list: [
      mealServiceReader(exampleRequest(Role.CANTEEN_MANAGER)),
      { canteenId: 'canteen-1', schoolId: 'school-1', from: '2026-03-02', to: '2026-03-06', meal: MealKind.LUNCH, locked: true },
    ],
    dishesOfSchool: ['school-1', ['dish-1', 'dish-2']],
    dishesOf: [['meal-service-1', 'meal-service-2']],
    dutiesOf: [['meal-service-1', 'meal-service-2']],
    dropDishes: ['meal-service-1', ['dish-1']],
    lock: ['meal-service-1', 3, { students: 480, staff: 36 }, new Date('2026-03-02T05:10:00Z'), 'account-1'],
    markSamplesChecked: ['meal-service-1', new Date('2026-03-02T05:10:00Z'), true],
    dueForSampleCheck: ['2026-03-02', '', 200],
    lotsUsedBy: [['meal-service-1', 'meal-service-2']],
    servicesUsingLots: [['lot-1', 'lot-2']],
    lotsOfBatch: [tracedLotReader(exampleRequest(Role.CANTEEN_MANAGER)), 'supplier-1', 'B20260301'],
  },
);
