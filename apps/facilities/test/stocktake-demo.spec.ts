/**
 * The asset stocktake demo (资产盘点): after places, assets and disposals, First Experimental Primary has
 * an approved stocktake of an office with one difference of each kind — the missing asset's disposal
 * request filed, the computer found there moved in — and an open stocktake of a classroom half scanned;
 * a second seed adds nothing.
 */
import pino from 'pino';
import { ok, type TestSubgraph } from '@houqin/testing';
import { AssetEvent } from '../src/asset/asset.entity';
import { seedAssetsDemo } from '../src/demo/asset';
import { seedDisposalDemo } from '../src/demo/disposal';
import { seedPlacesDemo } from '../src/demo/place';
import { DEMO_UNKNOWN_TAG, seedStocktakeDemo } from '../src/demo/stocktake';
import { AssetStocktake, AssetStocktakeDifference } from '../src/stocktake/stocktake.entity';
import { SCHOOL_A, startFacilities, V } from './support';

jest.setTimeout(120_000);

const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, logger);
  await seedAssetsDemo(sub.dataSource, logger);
  await seedDisposalDemo(sub.dataSource, logger);
  await seedStocktakeDemo(sub.dataSource, logger);
}, 120_000);
afterAll(() => sub?.stop());

const LIST = `query($filter: AssetStocktakeFilter) { assetStocktakes(filter: $filter) { nodes {
  id status scope scannedCount summary { expected found missing wrongRoom unregistered } steps { action }
  differences(first: 50) { nodes { kind code outcome disposalId scannedRoomId } } } } }`;

interface Listed {
  id: string;
  status: string;
  scannedCount: number;
  summary: { expected: number; found: number; missing: number; wrongRoom: number; unregistered: number } | null;
  steps: { action: string }[];
  differences: { nodes: { kind: string; code: string; outcome: string | null; disposalId: string | null; scannedRoomId: string | null }[] };
}

describe('the stocktake demo', () => {
  it('an approved office stocktake with a missing asset (disposal requested), a computer moved in and an unknown tag; an open one half scanned', async () => {
    const list = ok<{ assetStocktakes: { nodes: Listed[] } }>(await sub.as(V.director).request(LIST, { filter: { schoolId: SCHOOL_A } }))
      .assetStocktakes.nodes;
    expect(list.map((s) => s.status).sort()).toEqual(['APPROVED', 'OPEN']);
    const approved = list.find((s) => s.status === 'APPROVED')!;
    expect(approved.steps.map((s) => s.action)).toEqual(['OPENED', 'CLOSED', 'APPROVED']);
    expect(approved.summary).toMatchObject({ missing: 1, wrongRoom: 1, unregistered: 1 });
    expect(approved.summary!.found).toBe(approved.summary!.expected - 1);
    const kinds = Object.fromEntries(approved.differences.nodes.map((d) => [d.kind, d]));
    expect(kinds.MISSING.disposalId).toEqual(expect.any(String));
    expect(kinds.UNREGISTERED.code).toBe(DEMO_UNKNOWN_TAG);
    expect(approved.differences.nodes.every((d) => d.outcome === 'ACCEPTED')).toBe(true);
    const moved = await sub.dataSource.getRepository(AssetEvent).findBy({ source: 'STOCKTAKE' as never });
    expect(moved).toEqual([expect.objectContaining({ kind: 'MOVED', toRoomId: kinds.WRONG_ROOM.scannedRoomId })]);
    const open = list.find((s) => s.status === 'OPEN')!;
    expect(open.summary).toBeNull();
    expect(open.scannedCount).toBeGreaterThan(0);
  });

  it('a second seed adds nothing', async () => {
    const before = [
      await sub.dataSource.getRepository(AssetStocktake).count(),
      await sub.dataSource.getRepository(AssetStocktakeDifference).count(),
    ];
    await seedStocktakeDemo(sub.dataSource, logger);
    expect([
      await sub.dataSource.getRepository(AssetStocktake).count(),
      await sub.dataSource.getRepository(AssetStocktakeDifference).count(),
    ]).toEqual(before);
  });
});
