/**
 * The meal part of the demo on Monday 16 November 2026: last week's five lunches locked with their
 * samples and issues, the Friday one with a dish unsampled (canteen.sample.missing, once), today's
 * lunch open; run twice, nothing doubles.
 */
import pino from 'pino';
import { OutboxEvent } from '@houqin/events';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { seedCanteensDemo } from '../src/demo/canteen';
import { seedDeliveriesDemo } from '../src/demo/delivery';
import { seedIngredientsDemo } from '../src/demo/ingredient';
import { seedMealDemo } from '../src/demo/meal';
import { seedMenuDemo } from '../src/demo/menu';
import { MealService } from '../src/meal/meal-service.entity';
import { FoodSample, FoodSampleDisposal } from '../src/sample/sample.entity';
import { createCanteenSubgraph } from '../src/subgraph';
import { call, TEST_NOW, V } from './support';

jest.setTimeout(180000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph({ ...createCanteenSubgraph({ now: TEST_NOW }), extensions: [] }, { seed: false });
});
afterAll(() => sub?.stop());

it('seeds last week’s lunches locked and sampled, one sample missing, today’s open; idempotently', async () => {
  const logger = pino({ level: 'silent' });
  const canteens = await seedCanteensDemo(sub.dataSource, logger, TEST_NOW);
  await seedIngredientsDemo(sub.dataSource, logger);
  await seedDeliveriesDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedMenuDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedMealDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedMealDemo(sub.dataSource, logger, canteens, TEST_NOW);
  const m = sub.dataSource.manager;
  const services = await m.find(MealService, { order: { servedOn: 'ASC' } });
  expect(services.map((s) => [s.servedOn, s.lockedAt !== null])).toEqual([
    ['2026-11-09', true],
    ['2026-11-10', true],
    ['2026-11-11', true],
    ['2026-11-12', true],
    ['2026-11-13', true],
    ['2026-11-16', false],
  ]);
  expect(services.filter((s) => s.sampleMissingRaisedAt).map((s) => s.servedOn)).toEqual(['2026-11-13']);
  expect(await m.count(OutboxEvent, { where: { type: 'canteen.sample.missing' } })).toBe(1);
  // Every dish of the first four lunches sampled; those kept 48 hours disposed of by today.
  expect(await m.count(FoodSample)).toBeGreaterThanOrEqual(4);
  expect(await m.count(FoodSampleDisposal)).toBeGreaterThan(0);
  const lunches = await call<{
    mealServices: { nodes: { servedOn: string; issuedCost: { fen: number }; costPerMeal: { fen: number } | null }[] };
  }>(sub, V.principal, '{ mealServices(filter: { locked: true }) { nodes { servedOn issuedCost { fen } costPerMeal { fen } } } }');
  expect(lunches.mealServices.nodes).toHaveLength(5);
  for (const lunch of lunches.mealServices.nodes) expect(lunch.costPerMeal).not.toBeNull();
});
