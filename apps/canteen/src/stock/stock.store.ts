import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Canteen, StorageLocation } from '../canteen/canteen.entity';
import { MealService } from '../meal/meal-service.entity';
import { StockLot, StockMovement, StockMovementKind } from './stock.entity';
import { StockWriteOff, StockWriteOffStatus, Stocktake, StocktakeCount, StocktakeStatus } from './stock-review.entity';

/**
 * Stock records are read by whoever reads the canteen's records (readCanteen: kitchen staff, school
 * leaders, district readers), on top of the tenancy scope: a teacher of the school finds none.
 */
const canteenReaders = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readCanteen);
  if (schools === 'district') return;
  qb.andWhere(schools.length ? `${alias}.schoolId IN (:...canteenReadable)` : '1 = 0', { canteenReadable: schools });
};
const visibility = { visibility: canteenReaders };

export const lotReader = (ctx: ReadContext) => new ScopedReader(ctx, StockLot, 'StockLot', 'lot', visibility);
export const writeOffReader = (ctx: ReadContext) => new ScopedReader(ctx, StockWriteOff, 'StockWriteOff', 'w', visibility);
export const stocktakeReader = (ctx: ReadContext) => new ScopedReader(ctx, Stocktake, 'Stocktake', 's', visibility);
export const mealServiceReader = (ctx: ReadContext) => new ScopedReader(ctx, MealService, 'MealService', 'ms', visibility);
export const canteenReader = (ctx: ReadContext) => new ScopedReader(ctx, Canteen, 'Canteen', 'c', visibility);
export const locationReader = (ctx: ReadContext) => new ScopedReader(ctx, StorageLocation, 'StorageLocation', 'loc', visibility);

export interface LotListFilter {
  canteenId?: string | null;
  ingredientIds?: readonly string[] | null;
  /** Lots with a balance expiring on or before this day. */
  expiringBy?: string | null;
  withBalance?: boolean | null;
}

/**
 * Stock's hand-written SQL (printed to apps/canteen/sql/stock.sql). A lot's balance and remaining
 * cost change only through `take` and `add`, each guarded by the version the service read (under a
 * row lock on MySQL) and by the balance, so stock never goes negative and every change is one
 * movement; lots are locked in one statement in index order, so concurrent issuers queue instead of
 * deadlocking.
 */
export const stockSql = defineSqlStore(
  'stock',
  {
    /** Lots in the viewer's scope, narrowed by the filter (first-expiring first within a page's order of ids). */
    lots: (m, lots: ScopedReader<StockLot>, filter: LotListFilter) => {
      const qb = lots.query(m);
      if (filter.canteenId) qb.andWhere('lot.canteenId = :canteenId', { canteenId: filter.canteenId });
      if (filter.ingredientIds?.length) qb.andWhere('lot.ingredientId IN (:...ingredientIds)', { ingredientIds: filter.ingredientIds });
      if (filter.expiringBy) qb.andWhere('lot.expiresOn <= :expiringBy AND lot.balance > 0', { expiringBy: filter.expiringBy });
      if (filter.withBalance === true) qb.andWhere('lot.balance > 0');
      if (filter.withBalance === false) qb.andWhere('lot.balance = 0');
      return qb;
    },
    /**
     * The meal service an issue is for, in the viewer's scope, share-locked until the issue commits so
     * recording its meal counts (which locks it) waits for the issue instead of missing it.
     */
    mealServiceForIssue: (m, services: ScopedReader<MealService>, mealServiceId: string) =>
      lockRows(services.query(m).andWhere('ms.id = :mealServiceId', { mealServiceId }), 'pessimistic_read'),
    /** The lots of a canteen's ingredients that an issue may take from, locked for update (index order: no deadlock between issuers). */
    lockLotsOf: (m, canteenId: string, ingredientIds: readonly string[]) =>
      lockRows(
        m
          .getRepository(StockLot)
          .createQueryBuilder('lot')
          .where('lot.canteenId = :canteenId AND lot.ingredientId IN (:...ingredientIds) AND lot.balance > 0', { canteenId, ingredientIds })
          .orderBy('lot.id', 'ASC'),
        'pessimistic_write',
      ),
    /** Lots by id, locked for update in id order (a write-off, a stocktake's approval). */
    lockLots: (m, lotIds: readonly string[]) =>
      lockRows(
        m.getRepository(StockLot).createQueryBuilder('lot').where('lot.id IN (:...lotIds)', { lotIds }).orderBy('lot.id', 'ASC'),
        'pessimistic_write',
      ),
    /** Takes a quantity and its cost out of a lot: only at the version read and while it holds them (never negative). */
    take: (m, lotId: string, version: number, quantity: number, costFen: number) =>
      m
        .createQueryBuilder()
        .update(StockLot)
        .set({ balance: () => `balance - ${Number(quantity)}`, balanceCostFen: () => `balanceCostFen - ${Number(costFen)}` })
        .where('id = :lotId AND version = :version AND balance >= :quantity AND balanceCostFen >= :costFen', {
          lotId,
          version,
          quantity,
          costFen,
        }),
    /** Adds a quantity and its cost to a lot (a stocktake gain), at the version read. */
    add: (m, lotId: string, version: number, quantity: number, costFen: number) =>
      m
        .createQueryBuilder()
        .update(StockLot)
        .set({ balance: () => `balance + ${Number(quantity)}`, balanceCostFen: () => `balanceCostFen + ${Number(costFen)}` })
        .where('id = :lotId AND version = :version', { lotId, version }),
    /** Movements of these lots, oldest first (a field over a page of lots: one statement). */
    movementsOf: (m, lotIds: readonly string[]) =>
      m
        .getRepository(StockMovement)
        .createQueryBuilder('mv')
        .where('mv.lotId IN (:...lotIds)', { lotIds })
        .orderBy('mv.at', 'ASC')
        .addOrderBy('mv.id', 'ASC'),
    /** Issues to these meal services (traceability and cost per meal), oldest first. */
    issuesTo: (m, mealServiceIds: readonly string[]) =>
      m
        .getRepository(StockMovement)
        .createQueryBuilder('mv')
        .where('mv.mealServiceId IN (:...mealServiceIds) AND mv.kind = :kind', { mealServiceIds, kind: StockMovementKind.ISSUE })
        .orderBy('mv.at', 'ASC')
        .addOrderBy('mv.id', 'ASC'),
    /** Cost issued to each of these meal services, fen (issues are negative movements: the sum is turned positive). */
    issuedCost: (m, mealServiceIds: readonly string[]) =>
      m
        .getRepository(StockMovement)
        .createQueryBuilder('mv')
        .select('mv.mealServiceId', 'mealServiceId')
        .addSelect('-SUM(mv.costFen)', 'costFen')
        .where('mv.mealServiceId IN (:...mealServiceIds) AND mv.kind = :kind', { mealServiceIds, kind: StockMovementKind.ISSUE })
        .groupBy('mv.mealServiceId'),
    /** What the stock of each of these canteens is worth now (库存金额), fen. */
    stockValue: (m, canteenIds: readonly string[]) =>
      m
        .getRepository(StockLot)
        .createQueryBuilder('lot')
        .select('lot.canteenId', 'canteenId')
        .addSelect('SUM(lot.balanceCostFen)', 'valueFen')
        .where('lot.canteenId IN (:...canteenIds) AND lot.balance > 0', { canteenIds })
        .groupBy('lot.canteenId'),
    /** Write-offs in the viewer's scope, narrowed by the filter. */
    writeOffs: (m, writeOffs: ScopedReader<StockWriteOff>, canteenId: string | null, status: StockWriteOffStatus | null) => {
      const qb = writeOffs.query(m);
      if (canteenId) qb.andWhere('w.canteenId = :canteenId', { canteenId });
      if (status) qb.andWhere('w.status = :status', { status });
      return qb;
    },
    /** Stocktakes in the viewer's scope, narrowed by the filter. */
    stocktakes: (m, stocktakes: ScopedReader<Stocktake>, canteenId: string | null, status: StocktakeStatus | null) => {
      const qb = stocktakes.query(m);
      if (canteenId) qb.andWhere('s.canteenId = :canteenId', { canteenId });
      if (status) qb.andWhere('s.status = :status', { status });
      return qb;
    },
    /** The counts of these stocktakes, in the order recorded. */
    countsOf: (m, stocktakeIds: readonly string[]) =>
      m
        .getRepository(StocktakeCount)
        .createQueryBuilder('sc')
        .where('sc.stocktakeId IN (:...stocktakeIds)', { stocktakeIds })
        .orderBy('sc.countedAt', 'ASC')
        .addOrderBy('sc.id', 'ASC'),
  },
  {
    lots: [
      lotReader(exampleRequest(Role.STOREKEEPER)),
      { canteenId: 'canteen-1', ingredientIds: ['ingredient-1'], expiringBy: '2026-09-14', withBalance: true },
    ],
    mealServiceForIssue: [mealServiceReader(exampleRequest(Role.STOREKEEPER)), 'meal-service-1'],
    lockLotsOf: ['canteen-1', ['ingredient-1', 'ingredient-2']],
    lockLots: [['lot-1', 'lot-2']],
    take: ['lot-1', 3, 12_000, 6_000],
    add: ['lot-1', 4, 200, 100],
    movementsOf: [['lot-1', 'lot-2']],
    issuesTo: [['meal-service-1', 'meal-service-2']],
    issuedCost: [['meal-service-1', 'meal-service-2']],
    stockValue: [['canteen-1', 'canteen-2']],
    writeOffs: [writeOffReader(exampleRequest(Role.STOREKEEPER)), 'canteen-1', StockWriteOffStatus.PENDING],
    stocktakes: [stocktakeReader(exampleRequest(Role.STOREKEEPER)), 'canteen-1', StocktakeStatus.SUBMITTED],
    countsOf: [['stocktake-1']],
  },
);
