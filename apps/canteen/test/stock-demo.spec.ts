/**
 * The stock part of the demo: after a term of deliveries, expired lots are written off with the
 * director's approval (the latest waiting for them), a rice stocktake found 0.5 kg less and was
 * approved, and a meal service is issued its ingredients first-expiring-first-out; every lot's
 * movements sum to its balance; run twice, nothing doubles.
 */
import pino from 'pino';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { seedCanteensDemo } from '../src/demo/canteen';
import { seedDeliveriesDemo } from '../src/demo/delivery';
import { seedIngredientsDemo } from '../src/demo/ingredient';
import { issueDemoStock, seedStockDemo, seedStockIssuesDemo } from '../src/demo/stock';
import { StockLot, StockMovement, StockMovementKind } from '../src/stock/stock.entity';
import { StockWriteOff, StockWriteOffStatus, Stocktake, StocktakeStatus } from '../src/stock/stock-review.entity';
import { createCanteenSubgraph } from '../src/subgraph';
import { mealService } from './stock-fixtures';
import { TEST_NOW, TEST_TODAY } from './support';

jest.setTimeout(120000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph({ ...createCanteenSubgraph({ now: TEST_NOW }), extensions: [] }, { seed: false });
});
afterAll(() => sub?.stop());

it('writes off expired lots with the director, approves a rice stocktake, issues to an open meal service; idempotent and balanced', async () => {
  const logger = pino({ level: 'silent' });
  const canteens = await seedCanteensDemo(sub.dataSource, logger, TEST_NOW);
  await seedIngredientsDemo(sub.dataSource, logger);
  await seedDeliveriesDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedStockDemo(sub.dataSource, logger, canteens, TEST_NOW);
  const m = sub.dataSource.manager;
  const writeOffs = await m.find(StockWriteOff);
  expect(writeOffs.filter((w) => w.status === StockWriteOffStatus.PENDING).length).toBeGreaterThanOrEqual(1);
  expect(writeOffs.filter((w) => w.status === StockWriteOffStatus.APPROVED).length).toBeGreaterThanOrEqual(1);
  const stocktakes = await m.find(Stocktake);
  expect(stocktakes.length).toBeGreaterThanOrEqual(1);
  expect(stocktakes.every((s) => s.status === StocktakeStatus.APPROVED)).toBe(true);
  expect(await m.countBy(StockMovement, { kind: StockMovementKind.STOCKTAKE_LOSS, quantity: -500 })).toBe(stocktakes.length);
  // No expired lot is left with stock but without a write-off asked for.
  const lots = await m.find(StockLot);
  const expiredLeft = lots.filter((l) => l.balance > 0 && l.expiresOn !== null && l.expiresOn < TEST_TODAY);
  for (const lot of expiredLeft) expect(writeOffs.some((w) => w.lotId === lot.id && w.status === StockWriteOffStatus.PENDING)).toBe(true);
  // A lot near expiry for the console's list (the flour from the deliveries).
  expect(lots.some((l) => l.balance > 0 && l.expiresOn !== null && l.expiresOn >= TEST_TODAY && l.expiresOn <= '2026-11-23')).toBe(true);

  const east = canteens.find((c) => c.campus === 'firstPrimaryEast')!;
  const lunch = await mealService(
    sub,
    {
      id: east.canteen.id,
      schoolId: east.canteen.schoolId,
      campusId: east.canteen.campusId,
      locations: { DRY: '', CHILLED: '', FROZEN: '' },
    },
    TEST_TODAY,
  );
  expect(await issueDemoStock(sub.dataSource, logger, lunch, TEST_NOW)).toBeGreaterThan(0);
  const before = await m.count(StockMovement);
  await seedStockDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedStockIssuesDemo(sub.dataSource, logger, TEST_NOW);
  expect(await m.count(StockMovement)).toBe(before);

  const rows: { balance: string; moved: string }[] = await sub.dataSource.query(
    'SELECT l.balance AS balance, SUM(m.quantity) AS moved FROM stock_lot l JOIN stock_movement m ON m.lotId = l.id GROUP BY l.id, l.balance',
  );
  for (const r of rows) expect(Number(r.moved)).toBe(Number(r.balance));
});
