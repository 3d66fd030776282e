/**
 * Stock fixtures of the stock specs (not a spec itself): lots received as an accepted delivery
 * receives them (`ctx.stock.receiveLots`, in a transaction of their own) and meal services as
 * planned, written directly so the stock stories do not depend on the delivery and menu flows.
 */
import pino from 'pino';
import { newId } from '@houqin/common';
import type { TestSubgraph } from '@houqin/testing';
import type { CanteenContext } from '../src/context';
import { MealService } from '../src/meal/meal-service.entity';
import { MealKind } from '../src/menu/meal-kind';
import { BaseUnit } from '../src/quantity/quantity.rules';
import type { StockLot } from '../src/stock/stock.entity';
import { type ReceiveLotRow, StockService } from '../src/stock/stock.service';
import { type CanteenFixture, TEST_NOW, V } from './support';

/** A StockService outside a request (the fixture's receiving), acting as the canteen's storekeeper. */
export function stockServiceOf(sub: TestSubgraph, now: () => Date = TEST_NOW): StockService {
  const ctx = {
    viewer: null,
    requestId: 'fixture',
    logger: pino({ level: 'silent' }),
    dataSource: sub.dataSource,
    now,
  } as unknown as CanteenContext;
  return new StockService(ctx);
}

export interface LotSpec {
  ingredientId: string;
  /** Grams (or the base unit given). */
  quantity: number;
  costFen: number;
  expiresOn: string | null;
  receivedOn?: string;
  baseUnit?: BaseUnit;
  location?: 'DRY' | 'CHILLED' | 'FROZEN';
  batchNumber?: string;
}

/** Receives lots into the canteen as one accepted delivery would; returns them in order. */
export async function receive(sub: TestSubgraph, canteen: CanteenFixture, lots: LotSpec[]): Promise<StockLot[]> {
  const districtId = V.storekeeper.districtId;
  const rows: ReceiveLotRow[] = lots.map((l) => ({
    districtId,
    schoolId: canteen.schoolId,
    canteenId: canteen.id,
    locationId: canteen.locations[l.location ?? 'DRY'],
    ingredientId: l.ingredientId,
    baseUnit: l.baseUnit ?? BaseUnit.GRAM,
    deliveryItemId: null,
    supplierId: null,
    batchNumber: l.batchNumber ?? null,
    productionDate: null,
    expiresOn: l.expiresOn,
    quantity: l.quantity,
    costFen: l.costFen,
    receivedOn: l.receivedOn ?? '2026-11-02',
  }));
  return sub.dataSource.transaction((manager) => stockServiceOf(sub).receiveLots(manager, rows));
}

/** A meal service of the canteen, planned (open) unless `locked`. */
export async function mealService(
  sub: TestSubgraph,
  canteen: CanteenFixture,
  servedOn: string,
  meal: MealKind = MealKind.LUNCH,
  locked = false,
): Promise<string> {
  const id = newId();
  await sub.dataSource.getRepository(MealService).insert({
    id,
    districtId: V.storekeeper.districtId,
    schoolId: canteen.schoolId,
    canteenId: canteen.id,
    servedOn,
    meal,
    portionsPlannedStudents: 400,
    portionsPlannedStaff: 30,
    portionsServedStudents: locked ? 398 : null,
    portionsServedStaff: locked ? 29 : null,
    lockedAt: locked ? new Date() : null,
    lockedByAccountId: locked ? V.canteen.accountId : null,
    sampleMissingRaisedAt: null,
    plannedByAccountId: V.canteen.accountId,
  });
  return id;
}
