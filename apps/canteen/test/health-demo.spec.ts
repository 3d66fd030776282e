/**
 * The staff-health part of the demo (demo/health.ts): the east canteen's roster with one certificate
 * expiring and one expired, a term of morning checks with a feverish helper and an expired
 * certificate failing, accompanied lunches with gaps, and ratings; run twice, nothing doubles.
 */
import pino from 'pino';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { AccompaniedMeal } from '../src/accompanied/accompanied.entity';
import { seedCanteensDemo } from '../src/demo/canteen';
import { seedHealthDemo } from '../src/demo/health';
import { seedIngredientsDemo } from '../src/demo/ingredient';
import { seedMenuDemo } from '../src/demo/menu';
import { CanteenStaffMember, HealthCertificate, MorningCheck } from '../src/health/health.entity';
import { DishRating } from '../src/rating/rating.entity';
import { createCanteenSubgraph } from '../src/subgraph';
import { call, staffOf, TEST_NOW, TEST_TODAY, V } from './support';

jest.setTimeout(120000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph({ ...createCanteenSubgraph({ now: TEST_NOW }), extensions: [] }, { seed: false });
});
afterAll(() => sub?.stop());

it('seeds the roster, certificates (one expiring, one expired), a term of checks, accompanied lunches with gaps and ratings, once', async () => {
  const logger = pino({ level: 'silent' });
  const canteens = await seedCanteensDemo(sub.dataSource, logger, TEST_NOW);
  await seedIngredientsDemo(sub.dataSource, logger);
  await seedMenuDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedHealthDemo(sub.dataSource, logger, canteens, TEST_NOW);
  await seedHealthDemo(sub.dataSource, logger, canteens, TEST_NOW);
  const m = sub.dataSource.manager;
  const east = canteens.find((c) => c.campus === 'firstPrimaryEast')!.canteen;
  expect(await m.count(CanteenStaffMember)).toBe(5);
  expect(await m.count(HealthCertificate)).toBe(5);
  expect(await m.count(MorningCheck)).toBe(150);
  expect(await m.countBy(MorningCheck, { passed: false, staffId: staffOf('A', 'GARDENER') })).toBe(1);
  expect(await m.countBy(MorningCheck, { passed: false, staffId: staffOf('A', 'STOREKEEPER') })).toBeGreaterThan(0);
  expect(await m.countBy(MorningCheck, { passed: false, staffId: staffOf('A', 'COOK') })).toBe(0);
  expect(await m.count(AccompaniedMeal)).toBe(27);
  expect(await m.count(DishRating)).toBeGreaterThan(0);

  const { healthCertificates } = await call<{ healthCertificates: { nodes: { staffId: string; state: string }[] } }>(
    sub,
    V.canteen,
    '{ healthCertificates(filter: { expiringWithinDays: 30 }) { nodes { staffId state } } }',
  );
  expect(healthCertificates.nodes.map((c) => [c.staffId, c.state]).sort()).toEqual(
    [
      [staffOf('A', 'CLEANER'), 'EXPIRING'],
      [staffOf('A', 'STOREKEEPER'), 'EXPIRED'],
    ].sort(),
  );
  const { accompaniedMealGaps } = await call<{ accompaniedMealGaps: { gaps: string[] }[] }>(
    sub,
    V.principal,
    'query($input: AccompaniedMealGapsInput!) { accompaniedMealGaps(input: $input) { gaps } }',
    { input: { canteenIds: [east.id], from: '2026-10-01', to: TEST_TODAY } },
  );
  // Two school days nobody came, and today's lunch still to come.
  expect(accompaniedMealGaps[0].gaps).toHaveLength(3);
  expect(accompaniedMealGaps[0].gaps[2]).toBe(TEST_TODAY);
});
