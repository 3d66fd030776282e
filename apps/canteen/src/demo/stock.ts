import { In, IsNull, type DataSource } from 'typeorm';
import { Role, Viewer } from '@houqin/auth';
import { todayIn } from '@houqin/common';
import type { Logger } from '@houqin/common';
import {
  DEMO_ACCOUNTS,
  DEMO_DISTRICT,
  DEMO_SCHOOLS,
  demoAccountId,
  demoStaffIdFor,
  demoStaffNumber,
  type DemoSchoolKey,
} from '@houqin/demo';
import type { CanteenContext } from '../context';
import { Ingredient } from '../ingredient/ingredient.entity';
import { MealService } from '../meal/meal-service.entity';
import type { MealKind } from '../menu/meal-kind';
import { BaseUnit, QuantityUnit } from '../quantity/quantity.rules';
import { StockLot, StockMovement, StockMovementKind } from '../stock/stock.entity';
import { StockWriteOff, Stocktake } from '../stock/stock-review.entity';
import { StockService } from '../stock/stock.service';
import type { DemoCanteen } from './canteen';

/** A demo account of a school's kitchen or its director: the demo account at First Experimental Primary, one numbered like its staff member elsewhere. */
function demoViewer(school: DemoSchoolKey, post: 'STOREKEEPER' | 'GENERAL_AFFAIRS_DIRECTOR'): Viewer {
  const role = post === 'STOREKEEPER' ? Role.STOREKEEPER : Role.GENERAL_AFFAIRS_DIRECTOR;
  const account = DEMO_ACCOUNTS.find((a) => a.school === school && a.role === role);
  const n = demoStaffNumber(school, post);
  return new Viewer({
    accountId: account?.id ?? demoAccountId(n),
    username: account?.username ?? `demo-${n}`,
    staffId: demoStaffIdFor(school, post),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role, schoolId: DEMO_SCHOOLS[school].id }],
  });
}

/** The stock service as a request of `viewer` would have it. */
function stockDesk(dataSource: DataSource, logger: Logger, viewer: Viewer, now: () => Date): StockService {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now } as CanteenContext;
  ctx.stock = new StockService(ctx);
  return ctx.stock;
}

const unitOf = (baseUnit: BaseUnit): QuantityUnit =>
  baseUnit === BaseUnit.GRAM ? QuantityUnit.G : baseUnit === BaseUnit.MILLILITRE ? QuantityUnit.ML : QuantityUnit.PIECE;

/**
 * Write-offs and a stocktake over the term (after the deliveries): at each demo canteen with stock,
 * the storekeeper asks to write off each lot that expired with something left (tofu kept past its
 * three days); the director approved all but the latest, which waits for them (待审批). A stocktake
 * of the rice found 0.5 kg less than the books; the director approved it, so a STOCKTAKE_LOSS
 * movement sits in the rice lot's history. The flour expiring in five days (from the deliveries) is
 * the lot near expiry. Idempotent: any write-off or stocktake means it was seeded.
 */
export async function seedStockDemo(
  dataSource: DataSource,
  logger: Logger,
  canteens: readonly DemoCanteen[],
  now: () => Date = () => new Date(),
): Promise<void> {
  if ((await dataSource.manager.count(StockWriteOff)) || (await dataSource.manager.count(Stocktake))) return;
  const today = todayIn(DEMO_DISTRICT.timeZone, now());
  const rice = await dataSource.manager.findOne(Ingredient, { where: { districtId: DEMO_DISTRICT.id, foodCode: '012001x' } });
  let writeOffs = 0;
  let stocktakes = 0;
  for (const demo of canteens) {
    const lots = await dataSource.manager.find(StockLot, { where: { canteenId: demo.canteen.id }, order: { expiresOn: 'ASC', id: 'ASC' } });
    if (!lots.length) continue;
    const keeper = stockDesk(dataSource, logger, demoViewer(demo.school, 'STOREKEEPER'), now);
    const director = stockDesk(dataSource, logger, demoViewer(demo.school, 'GENERAL_AFFAIRS_DIRECTOR'), now);

    const expired = lots.filter((l) => l.balance > 0 && l.expiresOn !== null && l.expiresOn < today);
    for (const [i, lot] of expired.entries()) {
      const writeOff = await keeper.requestWriteOff({
        lotId: lot.id,
        quantity: { amount: String(lot.balance), unit: unitOf(lot.baseUnit) },
        reason: `Expired on ${lot.expiresOn} (过期), batch ${lot.batchNumber ?? 'unknown'}`,
      });
      writeOffs++;
      // The latest waits for the director.
      if (i < expired.length - 1)
        await director.approveWriteOff({ id: writeOff.id, comment: 'Checked in the chiller: past its date (核实过期)' });
    }

    const riceLot = rice
      ? lots.find((l) => l.ingredientId === rice.id && l.balance > 500 && (!l.expiresOn || l.expiresOn >= today))
      : undefined;
    if (riceLot) {
      const stocktake = await keeper.openStocktake({ canteenId: demo.canteen.id });
      await keeper.recordCounts({
        id: stocktake.id,
        counts: [{ lotId: riceLot.id, quantity: { amount: String(riceLot.balance - 500), unit: unitOf(riceLot.baseUnit) } }],
      });
      await keeper.submitStocktake({ id: stocktake.id });
      await director.approveStocktake({ id: stocktake.id, comment: 'A torn sack; recounted with the storekeeper (复盘确认)' });
      stocktakes++;
    }
  }
  logger.info({ writeOffs, stocktakes }, 'seeded the demo write-offs and stocktakes');
}

/** Grams (or mL, or pieces) of each food per planned portion that a demo meal issues, by the food's code. */
const PER_PORTION: Record<MealKind, Record<string, number>> = {
  BREAKFAST: { '011201x': 60, '111101x': 1 },
  LUNCH: { '012001x': 100, '081110': 40, '045101x': 80, '031301x': 30, '192004': 8 },
  DINNER: { '012001x': 90, '045101x': 80, '192004': 8 },
};

/**
 * Issues a demo meal service its ingredients (出库), first-expiring-first-out, as the storekeeper
 * would before cooking: per planned portion (PER_PORTION), one issue per food so a food out of stock
 * is skipped (logged) instead of failing the rest. For the meal demo to call before it records a
 * service's counts (a locked service takes no issue). Returns the cost issued, fen.
 */
export async function issueDemoStock(
  dataSource: DataSource,
  logger: Logger,
  mealServiceId: string,
  now: () => Date = () => new Date(),
): Promise<number> {
  const service = await dataSource.manager.findOneByOrFail(MealService, { id: mealServiceId });
  const school = (Object.keys(DEMO_SCHOOLS) as DemoSchoolKey[]).find((k) => DEMO_SCHOOLS[k].id === service.schoolId);
  if (!school || service.lockedAt) return 0;
  const keeper = stockDesk(dataSource, logger, demoViewer(school, 'STOREKEEPER'), now);
  const portions = service.portionsPlannedStudents + service.portionsPlannedStaff;
  const codes = Object.keys(PER_PORTION[service.meal]);
  const ingredients = await dataSource.manager.find(Ingredient, { where: { districtId: service.districtId, foodCode: In(codes) } });
  let costFen = 0;
  for (const ingredient of ingredients) {
    const lot = await dataSource.manager.findOne(StockLot, { where: { canteenId: service.canteenId, ingredientId: ingredient.id } });
    if (!lot) continue;
    const amount = PER_PORTION[service.meal][ingredient.foodCode] * portions;
    try {
      const issued = await keeper.issue({
        mealServiceId,
        lines: [{ ingredientId: ingredient.id, quantity: { amount: String(amount), unit: unitOf(lot.baseUnit) } }],
      });
      costFen += issued.costFen;
    } catch (error) {
      logger.info({ mealServiceId, food: ingredient.foodCode, reason: (error as Error).message }, 'demo: not issued');
    }
  }
  return costFen;
}

/**
 * Issues to every open demo meal service nothing was issued to yet (after the meal demo): what the
 * storekeeper issues for today's and the coming meals. Idempotent: a service with an issue is skipped.
 */
export async function seedStockIssuesDemo(dataSource: DataSource, logger: Logger, now: () => Date = () => new Date()): Promise<void> {
  const open = await dataSource.manager.find(MealService, { where: { lockedAt: IsNull() }, order: { servedOn: 'ASC', id: 'ASC' } });
  if (!open.length) return;
  const issued = new Set(
    (
      await dataSource.manager.find(StockMovement, { where: { kind: StockMovementKind.ISSUE, mealServiceId: In(open.map((s) => s.id)) } })
    ).map((m) => m.mealServiceId),
  );
  let services = 0;
  for (const service of open.filter((s) => !issued.has(s.id))) {
    if ((await issueDemoStock(dataSource, logger, service.id, now)) > 0) services++;
  }
  logger.info({ services }, 'seeded the demo stock issues');
}
