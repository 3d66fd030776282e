/**
 * The receiving part of the demo: a term of deliveries through the real service, with what the issue
 * asks the demo to show (an item and a delivery refused, the suspended supplier turned away, lots near
 * their expiry, a delivery waiting for its second inspector); run twice, nothing doubles.
 */
import pino from 'pino';
import { shiftDate } from '@houqin/common';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { seedCanteensDemo } from '../src/demo/canteen';
import { seedDeliveriesDemo } from '../src/demo/delivery';
import { seedIngredientsDemo } from '../src/demo/ingredient';
import { Delivery, DeliveryItem } from '../src/delivery/delivery.entity';
import { StockLot } from '../src/stock/stock.entity';
import { OutboxEvent } from '@houqin/events';
import { createCanteenSubgraph } from '../src/subgraph';
import { SCHOOL_A, SCHOOL_B, SUPPLIERS, TEST_NOW, TEST_TODAY } from './support';

jest.setTimeout(120000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph({ ...createCanteenSubgraph({ now: TEST_NOW }), extensions: [] }, { seed: false });
});
afterAll(() => sub?.stop());

it('seeds a term of receiving inspection, idempotently', async () => {
  const logger = pino({ level: 'silent' });
  const canteens = await seedCanteensDemo(sub.dataSource, logger, TEST_NOW);
  await seedIngredientsDemo(sub.dataSource, logger);
  await seedDeliveriesDemo(sub.dataSource, logger, canteens, TEST_NOW);
  const m = sub.dataSource.manager;
  const deliveries = await m.find(Delivery, { order: { id: 'ASC' } });
  // First Experimental Primary: 11 weekly produce, 6 fortnightly grain, one refused; Second Junior: 5 weeks of produce.
  expect(deliveries.filter((d) => d.schoolId === SCHOOL_A)).toHaveLength(18);
  expect(deliveries.filter((d) => d.schoolId === SCHOOL_B)).toHaveLength(5);
  expect(deliveries.filter((d) => d.status === 'REJECTED')).toHaveLength(1);
  expect(deliveries.filter((d) => d.status === 'PENDING_SECOND_INSPECTION').map((d) => d.deliveredOn)).toEqual([TEST_TODAY]);
  expect(deliveries.some((d) => d.supplierId === SUPPLIERS.meat)).toBe(false);
  const refusedItem = await m.findOneByOrFail(DeliveryItem, { arrivalTemperatureTenths: 105 });
  expect(refusedItem).toMatchObject({
    status: 'REJECTED',
    rejectionReason: 'Arrived at 10.5 ℃; chilled goods (冷藏) must arrive at 0–8 ℃.',
  });
  // Lots near their expiry: today's tofu (2 days) and the flour of eight weeks ago (5 days).
  const soon = (await m.find(StockLot)).filter(
    (lot) => lot.expiresOn && lot.expiresOn >= TEST_TODAY && lot.expiresOn <= shiftDate(TEST_TODAY, 7),
  );
  expect(soon.map((lot) => lot.expiresOn).sort()).toEqual(expect.arrayContaining([shiftDate(TEST_TODAY, 2), shiftDate(TEST_TODAY, 5)]));
  // Every accepted delivery told finance once.
  const accepted = deliveries.filter((d) => d.status === 'ACCEPTED');
  expect(await m.countBy(OutboxEvent, { type: 'canteen.delivery.accepted' })).toBe(accepted.length);

  await seedDeliveriesDemo(sub.dataSource, logger, canteens, TEST_NOW);
  expect(await m.count(Delivery)).toBe(deliveries.length);
});
