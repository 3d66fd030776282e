import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { ok, type TestSubgraph } from '@houqin/testing';
import { AssetStatus, FixedAsset } from '../src/asset/asset.entity';
import { bookValueAt } from '../src/asset/depreciation.rules';
import { SCHOOL_A, startFacilities, V } from './support';

/**
 * The aggregate reports sum depreciation in SQL (report/asset-value.sql.ts), not asset by asset in the
 * service: the district auditor's summary of a school must equal, to the fen, what the depreciation
 * rule gives for each asset — on MariaDB and on the embedded database alike.
 */
jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
});
afterAll(async () => {
  await sub?.stop();
});

const SUMMARY = `query($r: [_Any!]!, $month: String) {
  _entities(representations: $r) {
    ... on School {
      assetSummary(month: $month) { count cost { fen } netBookValue { fen } byStatus { status count cost { fen } accumulatedDepreciation { fen } netBookValue { fen } } }
      assetsByClass(month: $month) { classCode className status count cost { fen } accumulatedDepreciation { fen } netBookValue { fen } }
    }
  }
}`;

/** Cards of every shape the rule knows: new, part-depreciated, fully depreciated, never depreciated (books), disposed, acquired later. */
const CARDS: Partial<FixedAsset>[] = [
  { classCode: '2010100', costFen: 600_000, usefulLifeMonths: 72, acquiredOn: '2024-03-15', status: AssetStatus.IN_USE },
  { classCode: '2010100', costFen: 599_999, usefulLifeMonths: 72, acquiredOn: '2026-11-30', status: AssetStatus.IN_USE },
  { classCode: '2020200', costFen: 1_234_567, usefulLifeMonths: 72, acquiredOn: '2015-01-01', status: AssetStatus.IDLE },
  { classCode: '2020200', costFen: 250_001, usefulLifeMonths: 72, acquiredOn: '2021-06-10', status: AssetStatus.UNDER_REPAIR },
  { classCode: '5010000', costFen: 300_000, usefulLifeMonths: 0, acquiredOn: '2020-09-01', status: AssetStatus.IN_USE },
  {
    classCode: '2010200',
    costFen: 800_000,
    usefulLifeMonths: 72,
    acquiredOn: '2023-02-01',
    status: AssetStatus.DISPOSED,
    disposedOn: '2026-05-20',
  },
  { classCode: '6010000', costFen: 150_000, usefulLifeMonths: 180, acquiredOn: '2026-12-01', status: AssetStatus.IN_USE },
  { classCode: '1020100', costFen: 2_000_000_000, usefulLifeMonths: 600, acquiredOn: '1998-07-01', status: AssetStatus.IN_USE },
];

beforeAll(async () => {
  await sub.dataSource.getRepository(FixedAsset).insert(
    CARDS.map((card, i) => ({
      id: newId(),
      districtId: DEMO_DISTRICT.id,
      schoolId: SCHOOL_A,
      tagNumber: `RPT-${i}`,
      name: `Report card ${i}`,
      model: null,
      serialNumber: null,
      purchaseRequestId: null,
      roomId: null,
      custodianStaffId: null,
      disposedOn: null,
      ...card,
    })),
  );
});

it('sums cost, accumulated depreciation and net book value per status and per class exactly as the rule does, card by card', async () => {
  const month = '2026-11';
  const expected = new Map<string, { count: number; cost: number; accumulated: number }>();
  for (const card of CARDS) {
    if (card.acquiredOn! > '2026-11-30') continue;
    const value = bookValueAt(card as FixedAsset, month);
    const line = expected.get(card.status!) ?? { count: 0, cost: 0, accumulated: 0 };
    expected.set(card.status!, {
      count: line.count + 1,
      cost: line.cost + card.costFen!,
      accumulated: line.accumulated + value.accumulatedFen,
    });
  }
  const school = ok(await sub.as(V.auditor).request(SUMMARY, { r: [{ __typename: 'School', id: SCHOOL_A }], month }))._entities[0];
  const byStatus = Object.fromEntries(
    school.assetSummary.byStatus.map(
      (l: { status: string; count: number; cost: { fen: number }; accumulatedDepreciation: { fen: number } }) => [
        l.status,
        { count: l.count, cost: l.cost.fen, accumulated: l.accumulatedDepreciation.fen },
      ],
    ),
  );
  expect(byStatus).toEqual(Object.fromEntries(expected));
  const notDisposed = [...expected].filter(([status]) => status !== AssetStatus.DISPOSED).map(([, l]) => l);
  expect(school.assetSummary.count).toBe(notDisposed.reduce((n, l) => n + l.count, 0));
  expect(school.assetSummary.netBookValue.fen).toBe(notDisposed.reduce((n, l) => n + l.cost - l.accumulated, 0));

  // By class: the top-level classes (门类) the cards fall in, their sums equal the per-status ones.
  const byClass = school.assetsByClass as {
    classCode: string;
    status: string;
    count: number;
    cost: { fen: number };
    netBookValue: { fen: number };
  }[];
  expect([...new Set(byClass.map((l) => l.classCode))].sort()).toEqual(['1000000', '2000000', '5000000']);
  expect(byClass.reduce((n, l) => n + l.cost.fen, 0)).toBe([...expected.values()].reduce((n, l) => n + l.cost, 0));
  expect(byClass.find((l) => l.classCode === '5000000')).toMatchObject({ count: 1, netBookValue: { fen: 300_000 } });
});

it('answers a month before any card was acquired with nothing, and refuses a malformed month and another school', async () => {
  const school = ok(await sub.as(V.auditor).request(SUMMARY, { r: [{ __typename: 'School', id: SCHOOL_A }], month: '1990-01' }))
    ._entities[0];
  expect(school.assetSummary).toMatchObject({ count: 0, cost: { fen: 0 } });
  expect(school.assetsByClass).toEqual([]);
  // An entity's field error leaves the entity null (federation's _entities), with the error's code.
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.map((e) => e.extensions?.code);
  expect(codeOf(await sub.as(V.auditor).request(SUMMARY, { r: [{ __typename: 'School', id: SCHOOL_A }], month: '2026-13' }))).toContain(
    'BAD_USER_INPUT',
  );
  expect(codeOf(await sub.as(V.directorB).request(SUMMARY, { r: [{ __typename: 'School', id: SCHOOL_A }], month: '2026-11' }))).toContain(
    'FORBIDDEN',
  );
});
