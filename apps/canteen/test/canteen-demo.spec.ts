/**
 * The canteen part of the demo: the copies filled and a canteen for every campus of an open demo
 * school with its dry store, chiller and freezer, through the real service; run twice, nothing doubles.
 */
import pino from 'pino';
import { DEMO_CAMPUSES } from '@houqin/demo';
import { Canteen, StorageLocation } from '../src/canteen/canteen.entity';
import { seedCanteensDemo } from '../src/demo/canteen';
import { KnownCampus, KnownSchool, KnownStaff } from '@houqin/directory-copy';
import { KnownSupplier } from '@houqin/supplier-copy';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { createCanteenSubgraph } from '../src/subgraph';
import { call, CAMPUS_A_WEST, SUPPLIERS, TEST_NOW, V } from './support';

jest.setTimeout(60000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph({ ...createCanteenSubgraph({ now: TEST_NOW }), extensions: [] }, { seed: false });
});
afterAll(() => sub?.stop());

it('seeds the copies and one canteen per demo campus with three locations, idempotently', async () => {
  const logger = pino({ level: 'silent' });
  const first = await seedCanteensDemo(sub.dataSource, logger, TEST_NOW);
  const again = await seedCanteensDemo(sub.dataSource, logger, TEST_NOW);
  const m = sub.dataSource.manager;
  expect(first.map((c) => c.campus).sort()).toEqual(Object.keys(DEMO_CAMPUSES).sort());
  expect(again.map((c) => c.canteen.id)).toEqual(first.map((c) => c.canteen.id));
  expect(await m.count(Canteen)).toBe(Object.keys(DEMO_CAMPUSES).length);
  expect(await m.count(StorageLocation)).toBe(3 * Object.keys(DEMO_CAMPUSES).length);
  expect(await m.count(KnownSchool)).toBe(5);
  expect(await m.count(KnownCampus)).toBe(5);
  expect(await m.count(KnownStaff)).toBeGreaterThan(40);
  expect(await m.findOneByOrFail(KnownSupplier, { supplierId: SUPPLIERS.meat })).toMatchObject({ status: 'SUSPENDED', supplierVersion: 2 });
  expect((await m.findOneByOrFail(KnownSupplier, { supplierId: SUPPLIERS.dairy })).foodLicenceExpiresOn).toBe('2026-10-07');
  // The west campus's licence is due for renewal: the filter of licences to renew finds it.
  const due = await call<{ canteens: { nodes: { campusId: string }[] } }>(
    sub,
    V.principal,
    'query($by: String) { canteens(filter: { licenceExpiresBy: $by }) { nodes { campusId } } }',
    { by: '2026-12-31' },
  );
  expect(due.canteens.nodes).toEqual([{ campusId: CAMPUS_A_WEST }]);
});
