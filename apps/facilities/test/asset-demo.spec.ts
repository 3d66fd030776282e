import pino from 'pino';
import { ok, type TestSubgraph } from '@houqin/testing';
import { AssetEvent, FixedAsset } from '../src/asset/asset.entity';
import { seedAssetsDemo } from '../src/demo/asset';
import { seedPlacesDemo } from '../src/demo/place';
import { SCHOOL_A, startFacilities, V } from './support';

jest.setTimeout(120_000);

/** The demo register: a few hundred assets per school across classes and statuses, with histories; seeded once. */
let sub: TestSubgraph;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, logger);
  await seedAssetsDemo(sub.dataSource, logger);
}, 120_000);
afterAll(async () => {
  await sub?.stop();
});

it('seeds every active school’s register across classes and statuses, with moves in the histories, once', async () => {
  const assets = await sub.dataSource.getRepository(FixedAsset).find();
  const atA = assets.filter((a) => a.schoolId === SCHOOL_A);
  expect(atA.length).toBeGreaterThan(100);
  expect(new Set(atA.map((a) => a.classCode.slice(0, 1)))).toEqual(new Set(['1', '2', '3', '5', '6']));
  expect(new Set(atA.map((a) => a.status))).toEqual(new Set(['IN_USE', 'IDLE', 'UNDER_REPAIR', 'LENT']));
  const events = await sub.dataSource.getRepository(AssetEvent).find();
  expect(events.filter((e) => e.kind === 'REGISTERED')).toHaveLength(assets.length);
  expect(events.filter((e) => e.kind === 'MOVED').length).toBeGreaterThan(20);
  await seedAssetsDemo(sub.dataSource, logger);
  expect(await sub.dataSource.getRepository(FixedAsset).count()).toBe(assets.length);
  const summary = ok<{ _entities: { assetSummary: { count: number; netBookValue: { fen: number } } }[] }>(
    await sub
      .as(V.director)
      .request(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { assetSummary(month: "2026-11") { count netBookValue { fen } } } } }`,
        { r: [{ __typename: 'School', id: SCHOOL_A }] },
      ),
  )._entities[0].assetSummary;
  expect(summary.count).toBe(atA.length);
  expect(summary.netBookValue.fen).toBeGreaterThan(0);
});
