import type { DataSource } from 'typeorm';
import { shiftDate } from '@houqin/common';
import type { Logger } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_SUPPLIER_IDS } from '@houqin/demo';
import {
  applyDemoFacts,
  type ConsumerDefinition,
  demoFactMaker,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@houqin/events';

/**
 * The demo district's suppliers as finance's demo registers them (apps/finance/src/demo/seed.ts):
 * a non-food office supplier, the building-maintenance contractor facilities gives repairs to, fresh
 * produce, grain and oil, a meat supplier suspended after a failed inspection, and a dairy whose food
 * licence expired 40 days ago. `days`: from today to the last
 * day of the food licence. The ids are the fixed ones finance's demo registers them with
 * (DEMO_SUPPLIER_IDS), so a demo delivery's supplier is finance's own.
 */
export const DEMO_SUPPLIERS = {
  office: {
    id: DEMO_SUPPLIER_IDS.office,
    name: 'Hangzhou Wenhua Office Supplies Co., Ltd. (杭州文华办公用品有限公司)',
    body: '91330102MA27XK5P1',
  },
  repairs: {
    id: DEMO_SUPPLIER_IDS.repairs,
    name: 'Chengjian Building Maintenance Co., Ltd. (城建维修工程有限公司)',
    body: '91330104MA2CJ8W3R',
  },
  produce: {
    id: DEMO_SUPPLIER_IDS.produce,
    name: 'Lvye Fresh Produce Distribution Co., Ltd. (绿野生鲜配送有限公司)',
    body: '91330110MA2J5LY7Q',
    food: { number: 'JY13301100045678', days: 540 },
  },
  grain: {
    id: DEMO_SUPPLIER_IDS.grain,
    name: 'Fengshou Grain and Oil Co., Ltd. (丰收粮油有限公司)',
    body: '91330109MA2F3NY8N',
    food: { number: 'JY13301090023456', days: 400 },
  },
  meat: {
    id: DEMO_SUPPLIER_IDS.meat,
    name: 'Xianda Meat Products Co., Ltd. (鲜达肉类食品有限公司)',
    body: '91330105MA2D6XD4W',
    food: { number: 'JY13301050034567', days: 300 },
    suspended: true,
  },
  dairy: {
    id: DEMO_SUPPLIER_IDS.dairy,
    name: 'Chenguang Dairy Co., Ltd. (晨光乳业有限公司)',
    body: '91330183MA2K1CG9D',
    food: { number: 'JY13301830056789', days: -40 },
  },
} as const satisfies Record<
  string,
  { id: string; name: string; body: string; food?: { number: string; days: number }; suspended?: boolean }
>;

export type DemoSupplierKey = keyof typeof DEMO_SUPPLIERS;

/** GB 32100-2015: the check character of a unified social credit code's first 17 characters. */
function creditCode(body: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...body].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i], 0);
  return body + chars[(31 - (sum % 31)) % 31];
}

/**
 * Finance's events for the demo suppliers as finance publishes them (`finance.supplier.changed`
 * snapshots, and for the meat supplier its suspension), licences dated from `today` (YYYY-MM-DD).
 * Each envelope has a fixed id from the smallest UUIDv7 time, so applying them twice is a duplicate
 * and any event finance really published is newer and wins.
 */
export function demoSupplierEvents(today: string): EventEnvelope[] {
  const fact = demoFactMaker('8001', 'demo-suppliers', DEMO_DISTRICT.id);
  const event = <T extends EventType>(type: T, payload: EventPayload<T>) => fact(type, null, payload);
  return Object.values(DEMO_SUPPLIERS).flatMap((s) => {
    const food = 'food' in s ? s.food : null;
    const snapshot = (supplierVersion: number, status: 'ACTIVE' | 'SUSPENDED') =>
      event('finance.supplier.changed', {
        supplierId: s.id,
        districtId: DEMO_DISTRICT.id,
        supplierVersion,
        change: status === 'SUSPENDED' ? 'SUSPENDED' : 'CREATED',
        name: s.name,
        creditCode: creditCode(s.body),
        status,
        foodSupplier: food !== null,
        foodLicenceNumber: food?.number ?? null,
        foodLicenceExpiresOn: food ? shiftDate(today, food.days) : null,
      });
    if (!('suspended' in s)) return [snapshot(1, 'ACTIVE')];
    return [
      snapshot(1, 'ACTIVE'),
      snapshot(2, 'SUSPENDED'),
      event('finance.supplier.suspended', { supplierId: s.id, name: s.name, foodSupplier: food !== null, reason: null }),
    ];
  });
}

/** Applies the demo suppliers to a service's copy through its real consumer (idempotent). */
export async function applyDemoSuppliers(
  dataSource: DataSource,
  logger: Logger,
  today: string,
  definition: ConsumerDefinition,
): Promise<void> {
  await applyDemoFacts(dataSource, logger, definition, demoSupplierEvents(today), 'demo supplier');
}
