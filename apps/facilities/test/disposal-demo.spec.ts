/**
 * The demo's disposals at First Experimental Primary: a projector scrapped (its write-off event in the
 * outbox once), a batch of books waiting for the district after the principal, a printer refused, a
 * computer waiting for the principal; seeding again adds nothing.
 */
import pino from 'pino';
import { OutboxEvent } from '@houqin/events';
import type { TestSubgraph } from '@houqin/testing';
import { AssetStatus, FixedAsset } from '../src/asset/asset.entity';
import { seedAssetsDemo } from '../src/demo/asset';
import { seedDisposalDemo } from '../src/demo/disposal';
import { seedPlacesDemo } from '../src/demo/place';
import { AssetDisposal } from '../src/disposal/disposal.entity';
import { SCHOOL_A, startFacilities } from './support';

jest.setTimeout(120_000);

const silent = pino({ level: 'silent' });
let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, silent);
  await seedAssetsDemo(sub.dataSource, silent);
  await seedDisposalDemo(sub.dataSource, silent);
});
afterAll(() => sub?.close());

it('seeds an approved, a half-approved, a rejected and a pending disposal, and publishes the approved one once', async () => {
  const disposals = await sub.dataSource.manager.find(AssetDisposal, {
    where: { schoolId: SCHOOL_A },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  expect(disposals.map((d) => [d.status, d.approvedCount, d.nextApprovalRole])).toEqual([
    ['APPROVED', 1, null],
    ['PENDING_APPROVAL', 1, 'DISTRICT_ADMIN'],
    ['REJECTED', 0, null],
    ['PENDING_APPROVAL', 0, 'PRINCIPAL'],
  ]);
  const scrapped = await sub.dataSource.manager.findOneByOrFail(FixedAsset, { id: disposals[0].assetId });
  expect(scrapped.status).toBe(AssetStatus.DISPOSED);
  expect(await sub.dataSource.manager.countBy(OutboxEvent, { type: 'facilities.asset.disposed' })).toBe(1);
  await seedDisposalDemo(sub.dataSource, silent);
  expect(await sub.dataSource.manager.countBy(AssetDisposal, { schoolId: SCHOOL_A })).toBe(4);
});
