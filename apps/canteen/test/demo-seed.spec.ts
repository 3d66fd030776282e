/**
 * The whole canteen demo as `npm start` seeds it (seedCanteenDemo, every concept's part in order, on
 * today's date): what the issue asks the demo district to show is there, the books match the goods,
 * and a second start adds nothing.
 */
import pino from 'pino';
import { IsNull, Not } from 'typeorm';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { Delivery, DeliveryItem, DeliveryItemStatus, DeliveryStatus } from '../src/delivery/delivery.entity';
import { seedCanteenDemo } from '../src/demo/seed';
import { HealthCertificate, MorningCheck } from '../src/health/health.entity';
import { MealService } from '../src/meal/meal-service.entity';
import { MenuWeek } from '../src/menu/menu.entity';
import { MenuDayCheck } from '../src/report/menu-day-check.entity';
import { FoodSample } from '../src/sample/sample.entity';
import { StockLot, StockMovement } from '../src/stock/stock.entity';
import { createCanteenSubgraph } from '../src/subgraph';
import { call, V } from './support';

jest.setTimeout(300_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph({ ...createCanteenSubgraph(), extensions: [] }, { seed: false });
  const logger = pino({ level: 'silent' });
  await seedCanteenDemo(sub.dataSource, logger);
});
afterAll(() => sub?.stop());

it('shows a term of canteen life: deliveries with a rejected item, lots, menus that pass and fail, samples with one missing, certificates expiring and expired', async () => {
  const m = sub.dataSource.manager;
  expect(await m.count(Delivery)).toBeGreaterThan(5);
  expect(await m.countBy(DeliveryItem, { status: DeliveryItemStatus.REJECTED })).toBeGreaterThan(0);
  expect(await m.countBy(Delivery, { status: DeliveryStatus.REJECTED })).toBeGreaterThan(0);
  expect(await m.count(StockLot)).toBeGreaterThan(5);
  const published = await m.find(MenuWeek, { where: { status: 'PUBLISHED' as MenuWeek['status'] } });
  expect(published.length).toBeGreaterThanOrEqual(2);
  const checks = await m.find(MenuDayCheck);
  expect(checks.some((c) => c.passes)).toBe(true);
  expect(checks.some((c) => !c.passes)).toBe(true);
  expect(await m.count(MealService)).toBeGreaterThan(5);
  expect(await m.count(FoodSample)).toBeGreaterThan(5);
  // The last past lunch had a dish unsampled: its alert was raised.
  expect(await m.count(MealService, { where: { sampleMissingRaisedAt: Not(IsNull()) } })).toBeGreaterThan(0);
  expect(await m.count(HealthCertificate)).toBeGreaterThan(3);
  expect(await m.count(MorningCheck)).toBeGreaterThan(30);
});

it('keeps the books and the goods equal (帐物相符): every lot’s movements sum to its balance, none negative', async () => {
  const m = sub.dataSource.manager;
  const lots = await m.find(StockLot);
  const sums = new Map<string, number>();
  for (const movement of await m.find(StockMovement)) sums.set(movement.lotId, (sums.get(movement.lotId) ?? 0) + movement.quantity);
  for (const lot of lots) {
    expect(lot.balance).toBeGreaterThanOrEqual(0);
    expect(sums.get(lot.id) ?? 0).toBe(lot.balance);
  }
});

it('gives the district comparison figures for First Experimental Primary this month', async () => {
  const month = new Date().toISOString().slice(0, 7);
  const { districtCanteenComparison } = await call<{
    districtCanteenComparison: { nodes: { schoolId: string; rosterSize: number; menuDays: number }[] };
  }>(sub, V.auditor, 'query($m: String!) { districtCanteenComparison(month: $m, first: 20) { nodes { schoolId rosterSize menuDays } } }', {
    m: month,
  });
  const first = districtCanteenComparison.nodes.find((n) => n.schoolId === DEMO_SCHOOLS.firstPrimary.id);
  expect(first?.rosterSize).toBeGreaterThan(0);
});

it('a second start adds nothing', async () => {
  const m = sub.dataSource.manager;
  const counts = async () => Promise.all([Delivery, StockLot, StockMovement, MealService, FoodSample, MorningCheck].map((e) => m.count(e)));
  const before = await counts();
  await seedCanteenDemo(sub.dataSource, pino({ level: 'silent' }));
  expect(await counts()).toEqual(before);
});
