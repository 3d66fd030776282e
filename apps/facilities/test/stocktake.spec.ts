/**
 * Asset stocktake by scan (资产盘点): First Primary's storekeeper counts room 302 with a phone — three of
 * its four assets scanned, a projector of room 305 found there, a tag nobody knows; closing lists the
 * differences; the general-affairs director approves them: the projector is moved to 302 and the
 * missing computer becomes a disposal request (盘亏). Scanners in parallel lose nothing (on MariaDB),
 * and every refusal writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@houqin/auth';
import { expectBadInput, expectCode, expectNoWrites, ok, testStorage, type TestSubgraph } from '@houqin/testing';
import { AssetEvent, FixedAsset } from '../src/asset/asset.entity';
import { P } from '../src/permissions';
import { AssetStocktakeScan } from '../src/stocktake/stocktake.entity';
import { assetStocktakeFlow } from '../src/stocktake/stocktake.flow';
import { CAMPUS_A, CAMPUS_B, SCHOOL_A, SCHOOL_B, startFacilities, UNKNOWN_ID, V, viewer } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
const rooms: Record<string, string> = {};
const assets: Record<string, string> = {};
let roomB: string;

type Who = keyof typeof V;
const as = (who: Who) => sub.as(V[who]);

const CREATE_BUILDING = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`;
const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id } }`;

const STOCKTAKE_FIELDS = `id schoolId scope campusId roomId status expectedCount scannedCount version openedByAccountId closedByAccountId
  summary { expected scanned found missing wrongRoom unregistered }
  steps { action actorAccountId comment } viewerActions`;
const OPEN = `mutation($input: OpenAssetStocktakeInput!) { openAssetStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const SCAN = `mutation($input: RecordAssetScansInput!) { recordAssetScans(input: $input) {
  recorded alreadyScanned scans { code roomId scannedByAccountId } stocktake { id status } } }`;
const CLOSE = `mutation($input: CloseAssetStocktakeInput!) { closeAssetStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveAssetStocktakeInput!) { approveAssetStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const REJECT = `mutation($input: RejectAssetStocktakeInput!) { rejectAssetStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const DIFFERENCES = `query($id: ID!) { assetStocktake(id: $id) { id
  differences(first: 100) { nodes { id kind code assetId expectedRoomId scannedRoomId outcome disposalId asset { id tagNumber roomId } } }
  expectedAssets(first: 100) { nodes { tagNumber roomId } }
  scans(first: 100) { nodes { code roomId } } } }`;
const LIST = `query($filter: AssetStocktakeFilter) { assetStocktakes(filter: $filter, first: 20) { nodes { id status scope } } }`;

interface StocktakeOut {
  id: string;
  status: string;
  expectedCount: number;
  scannedCount: number;
  version: number;
  closedByAccountId: string | null;
  summary: { expected: number; scanned: number; found: number; missing: number; wrongRoom: number; unregistered: number } | null;
  steps: { action: string; actorAccountId: string; comment: string | null }[];
  viewerActions: string[];
}
interface DifferenceOut {
  id: string;
  kind: string;
  code: string;
  assetId: string | null;
  expectedRoomId: string | null;
  scannedRoomId: string | null;
  outcome: string | null;
  disposalId: string | null;
}

async function building(who: Who, schoolId: string, campusId: string, name: string): Promise<string> {
  return ok<{ createBuilding: { id: string } }>(
    await as(who).request(CREATE_BUILDING, { input: { schoolId, campusId, name, floorsAbove: 4 } }),
  ).createBuilding.id;
}
async function room(who: Who, buildingId: string, number: string): Promise<string> {
  return ok<{ createRoom: { id: string } }>(
    await as(who).request(CREATE_ROOM, { input: { buildingId, floor: 3, number, name: `Room ${number}`, kind: 'CLASSROOM' } }),
  ).createRoom.id;
}
async function asset(tagNumber: string, name: string, roomId: string, schoolId = SCHOOL_A, who: Who = 'director'): Promise<string> {
  const input = { schoolId, tagNumber, name, classCode: '2010100', acquiredOn: '2022-09-01', cost: '6000.00', roomId };
  return ok<{ registerAsset: { id: string } }>(await as(who).request(REGISTER, { input })).registerAsset.id;
}
const open = async (who: Who, input: Record<string, unknown>) =>
  ok<{ openAssetStocktake: StocktakeOut }>(await as(who).request(OPEN, { input })).openAssetStocktake;
const scan = async (who: Who, stocktakeId: string, roomId: string, codes: string[]) =>
  ok<{ recordAssetScans: { recorded: number; alreadyScanned: number; scans: { code: string; roomId: string }[] } }>(
    await as(who).request(SCAN, { input: { stocktakeId, roomId, codes } }),
  ).recordAssetScans;
const close = async (who: Who, id: string) =>
  ok<{ closeAssetStocktake: StocktakeOut }>(await as(who).request(CLOSE, { input: { id } })).closeAssetStocktake;
const details = async (id: string) =>
  ok<{
    assetStocktake: {
      differences: { nodes: DifferenceOut[] };
      expectedAssets: { nodes: { tagNumber: string; roomId: string }[] };
      scans: { nodes: { code: string; roomId: string }[] };
    };
  }>(await as('director').request(DIFFERENCES, { id })).assetStocktake;

beforeAll(async () => {
  sub = await startFacilities();
  const teaching = await building('director', SCHOOL_A, CAMPUS_A, 'Teaching Building B (教学楼B)');
  for (const number of ['302', '305', '306', '307', '308']) rooms[number] = await room('director', teaching, number);
  const buildingB = await building('directorB', SCHOOL_B, CAMPUS_B, 'Main Building (主楼)');
  roomB = await room('directorB', buildingB, '101');
  assets.pc1 = await asset('ZC-302-01', '台式计算机', rooms['302']);
  assets.pc2 = await asset('ZC-302-02', '台式计算机', rooms['302']);
  assets.board = await asset('ZC-302-03', '交互式白板', rooms['302']);
  assets.pc4 = await asset('ZC-302-04', '台式计算机', rooms['302']);
  assets.projector = await asset('ZC-305-01', '投影仪', rooms['305']);
}, 120_000);
afterAll(async () => {
  await sub?.stop();
});

describe('a storekeeper counts room 302 (单间盘点)', () => {
  let stocktake: StocktakeOut;

  it('opens it: the four assets of 302 are expected, snapshotted as they are now', async () => {
    stocktake = await open('storekeeper', { schoolId: SCHOOL_A, scope: 'ROOM', roomId: rooms['302'], note: '期末盘点' });
    expect(stocktake).toMatchObject({ status: 'OPEN', expectedCount: 4, scannedCount: 0, summary: null });
    expect(stocktake.steps).toEqual([{ action: 'OPENED', actorAccountId: V.storekeeper.accountId, comment: '期末盘点' }]);
    expect(stocktake.viewerActions).toEqual(['SCAN', 'CLOSE']);
    expect((await details(stocktake.id)).expectedAssets.nodes.map((e) => e.tagNumber).sort()).toEqual([
      'ZC-302-01',
      'ZC-302-02',
      'ZC-302-03',
      'ZC-302-04',
    ]);
  });

  it('a second stocktake counting the same room (or the whole school) while it runs is a CONFLICT; another room is not', async () => {
    for (const input of [
      { schoolId: SCHOOL_A, scope: 'ROOM', roomId: rooms['302'] },
      { schoolId: SCHOOL_A, scope: 'SCHOOL' },
      { schoolId: SCHOOL_A, scope: 'CAMPUS', campusId: CAMPUS_A },
    ])
      await expectNoWrites(sub, async () => expectCode(await as('director').request(OPEN, { input }), 'CONFLICT'));
  });

  it('scans: three of the four, the projector of 305, an unknown tag; a repeat and a lower-case code keep the first scan', async () => {
    const first = await scan('storekeeper', stocktake.id, rooms['302'], ['ZC-302-01', 'zc-302-02 ', 'ZC-302-01', 'ZC-305-01']);
    expect(first).toMatchObject({ recorded: 3, alreadyScanned: 0 });
    expect(first.scans.map((s) => s.code)).toEqual(['ZC-302-01', 'ZC-302-02', 'ZC-305-01']);
    const second = await scan('storekeeper2', stocktake.id, rooms['302'], ['ZC-302-02', 'ZC-302-03', 'XX-UNKNOWN-9']);
    expect(second).toMatchObject({ recorded: 2, alreadyScanned: 1 });
  });

  it('a room outside the scope is BAD_USER_INPUT on roomId; an empty code on its index; a teacher is FORBIDDEN first; nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await as('storekeeper').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: rooms['305'], codes: ['ZC-1'] } }),
        'roomId',
      );
      expectBadInput(
        await as('storekeeper').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: roomB, codes: ['ZC-1'] } }),
        'roomId',
      );
      expectBadInput(
        await as('storekeeper').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: rooms['302'], codes: ['ZC-1', ' '] } }),
        'codes.1',
      );
      expectCode(
        await as('teacher').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: rooms['302'], codes: [' '] } }),
        'FORBIDDEN',
      );
      expectCode(
        await as('accountant').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: rooms['302'], codes: ['ZC-1'] } }),
        'FORBIDDEN',
      );
      expectCode(
        await as('storekeeperB').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: rooms['302'], codes: ['ZC-1'] } }),
        'NOT_FOUND',
      );
    });
  });

  it('closes it: the missing computer, the projector in the wrong room and the unknown tag are listed and the counts frozen', async () => {
    const closed = await close('storekeeper', stocktake.id);
    expect(closed).toMatchObject({ status: 'CLOSED', closedByAccountId: V.storekeeper.accountId, scannedCount: 5 });
    expect(closed.summary).toEqual({ expected: 4, scanned: 5, found: 3, missing: 1, wrongRoom: 1, unregistered: 1 });
    expect(closed.viewerActions).toEqual([]);
    const { differences } = await details(stocktake.id);
    expect(
      differences.nodes
        .map(({ kind, code, assetId, expectedRoomId, scannedRoomId, outcome }) => ({
          kind,
          code,
          assetId,
          expectedRoomId,
          scannedRoomId,
          outcome,
        }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'MISSING', code: 'ZC-302-04', assetId: assets.pc4, expectedRoomId: rooms['302'], scannedRoomId: null, outcome: null },
      { kind: 'UNREGISTERED', code: 'XX-UNKNOWN-9', assetId: null, expectedRoomId: null, scannedRoomId: rooms['302'], outcome: null },
      {
        kind: 'WRONG_ROOM',
        code: 'ZC-305-01',
        assetId: assets.projector,
        expectedRoomId: rooms['305'],
        scannedRoomId: rooms['302'],
        outcome: null,
      },
    ]);
    stocktake = closed;
  });

  it('scanning or closing it again is a CONFLICT; the closer may not approve it (separation of duties): nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(
        await as('storekeeper').request(SCAN, { input: { stocktakeId: stocktake.id, roomId: rooms['302'], codes: ['ZC-302-04'] } }),
        'CONFLICT',
      );
      expectCode(await as('storekeeper').request(CLOSE, { input: { id: stocktake.id } }), 'CONFLICT');
      // The storekeeper holds no approval role at all; the teacher neither; another school's director does not see it.
      expectCode(await as('storekeeper').request(APPROVE, { input: { id: stocktake.id } }), 'FORBIDDEN');
      expectCode(await as('teacher').request(APPROVE, { input: { id: stocktake.id } }), 'FORBIDDEN');
      expectCode(await as('directorB').request(APPROVE, { input: { id: stocktake.id } }), 'NOT_FOUND');
      expectBadInput(await as('director').request(APPROVE, { input: { id: stocktake.id, accept: [UNKNOWN_ID] } }), 'accept.0');
    });
  });

  it('the director approves: the projector moves to 302 (history source STOCKTAKE) and the missing computer becomes a disposal request', async () => {
    expect(
      (await as('director').request(`query($id: ID!) { assetStocktake(id: $id) { viewerActions } }`, { id: stocktake.id })).data,
    ).toEqual({
      assetStocktake: { viewerActions: ['APPROVE', 'REJECT'] },
    });
    const approved = ok<{ approveAssetStocktake: StocktakeOut }>(
      await as('director').request(APPROVE, { input: { id: stocktake.id, comment: '同意' } }),
    ).approveAssetStocktake;
    expect(approved.status).toBe('APPROVED');
    expect(approved.steps.map((s) => s.action)).toEqual(['OPENED', 'CLOSED', 'APPROVED']);
    const projector = await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: assets.projector });
    expect(projector.roomId).toBe(rooms['302']);
    const moves = await sub.dataSource.getRepository(AssetEvent).findBy({ assetId: assets.projector, kind: 'MOVED' as never });
    expect(moves).toEqual([
      expect.objectContaining({
        fromRoomId: rooms['305'],
        toRoomId: rooms['302'],
        source: 'STOCKTAKE',
        actorAccountId: V.director.accountId,
      }),
    ]);
    const { differences } = await details(stocktake.id);
    const missing = differences.nodes.find((d) => d.kind === 'MISSING')!;
    expect(missing.outcome).toBe('ACCEPTED');
    expect(missing.disposalId).toEqual(expect.any(String));
    const disposal = await sub.dataSource.query(`SELECT * FROM asset_disposal WHERE id = ?`, [missing.disposalId]);
    expect(disposal).toHaveLength(1);
    expect(disposal[0]).toMatchObject({ assetId: assets.pc4, method: 'LOST', source: 'STOCKTAKE', status: 'PENDING_APPROVAL' });
    expect(disposal[0].reason).toContain('盘亏');
    expect(differences.nodes.every((d) => d.outcome === 'ACCEPTED')).toBe(true);
    await expectNoWrites(sub, async () => expectCode(await as('director').request(APPROVE, { input: { id: stocktake.id } }), 'CONFLICT'));
  });
});

describe('the director counts, so the storekeeper may not decide, and another director decides only what they accept', () => {
  it('the director closes a stocktake they ran: approving or rejecting it themselves is FORBIDDEN (separation of duties), nothing written', async () => {
    const st = await open('director', { schoolId: SCHOOL_A, scope: 'ROOM', roomId: rooms['306'] });
    await close('director', st.id);
    await expectNoWrites(sub, async () => {
      expectCode(await as('director').request(APPROVE, { input: { id: st.id } }), 'FORBIDDEN');
      expectCode(await as('director').request(REJECT, { input: { id: st.id, reason: '重盘' } }), 'FORBIDDEN');
    });
    // Another general-affairs director of the school rejects it, saying why; the register is unchanged.
    const director2 = viewer(131, 'director2', [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A]]);
    await expectNoWrites(sub, async () =>
      expectBadInput(await sub.as(director2).request(REJECT, { input: { id: st.id, reason: ' ' } }), 'reason'),
    );
    const rejected = ok<{ rejectAssetStocktake: StocktakeOut }>(
      await sub.as(director2).request(REJECT, { input: { id: st.id, reason: '未扫完，重盘' } }),
    ).rejectAssetStocktake;
    expect(rejected).toMatchObject({ status: 'REJECTED' });
    expect(rejected.steps.at(-1)).toEqual({ action: 'REJECTED', actorAccountId: director2.accountId, comment: '未扫完，重盘' });
  });

  it('an approval accepting only some differences dismisses the rest: a dismissed wrong room moves nothing', async () => {
    const pc = await asset('ZC-307-01', '台式计算机', rooms['307']);
    const st = await open('storekeeper', { schoolId: SCHOOL_A, scope: 'CAMPUS', campusId: CAMPUS_A });
    await scan('storekeeper', st.id, rooms['308'], ['ZC-307-01', 'ZC-302-01', 'ZC-302-02', 'ZC-302-03', 'ZC-305-01']);
    await close('storekeeper', st.id);
    const { differences } = await details(st.id);
    const wrong = differences.nodes.filter((d) => d.kind === 'WRONG_ROOM');
    expect(wrong.map((d) => d.code).sort()).toEqual(['ZC-302-01', 'ZC-302-02', 'ZC-302-03', 'ZC-305-01', 'ZC-307-01']);
    const keep = wrong.find((d) => d.code === 'ZC-307-01')!;
    const approved = ok<{ approveAssetStocktake: StocktakeOut }>(
      await as('director').request(APPROVE, { input: { id: st.id, accept: [keep.id] } }),
    ).approveAssetStocktake;
    expect(approved.status).toBe('APPROVED');
    const after = await details(st.id);
    expect(after.differences.nodes.filter((d) => d.outcome === 'ACCEPTED').map((d) => d.id)).toEqual([keep.id]);
    expect((await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: pc })).roomId).toBe(rooms['308']);
    expect((await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: assets.pc1 })).roomId).toBe(rooms['302']);
  });
});

describe('opening and reading: roles and bad input', () => {
  it('a teacher is FORBIDDEN before any check of the input; another school is FORBIDDEN for a storekeeper of A; nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await as('teacher').request(OPEN, { input: { schoolId: SCHOOL_A, scope: 'ROOM' } }), 'FORBIDDEN');
      expectCode(await as('storekeeper').request(OPEN, { input: { schoolId: SCHOOL_B, scope: 'SCHOOL' } }), 'FORBIDDEN');
      expectCode(await as('principal').request(OPEN, { input: { schoolId: SCHOOL_A, scope: 'SCHOOL' } }), 'FORBIDDEN');
    });
  });

  it('a scope without its place, or with a place of another school, is BAD_USER_INPUT naming the field; nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await as('storekeeper').request(OPEN, { input: { schoolId: SCHOOL_A, scope: 'ROOM' } }), 'roomId');
      expectBadInput(await as('storekeeper').request(OPEN, { input: { schoolId: SCHOOL_A, scope: 'CAMPUS' } }), 'campusId');
      expectBadInput(await as('storekeeper').request(OPEN, { input: { schoolId: SCHOOL_A, scope: 'ROOM', roomId: roomB } }), 'roomId');
      expectBadInput(
        await as('storekeeper').request(OPEN, { input: { schoolId: SCHOOL_A, scope: 'CAMPUS', campusId: CAMPUS_B } }),
        'campusId',
      );
    });
  });

  it('the register’s readers list the school’s stocktakes; a teacher sees none; another school’s stocktake is NOT_FOUND', async () => {
    const list = async (who: Who) =>
      ok<{ assetStocktakes: { nodes: { id: string }[] } }>(await as(who).request(LIST, { filter: { schoolId: SCHOOL_A } })).assetStocktakes
        .nodes;
    expect((await list('accountant')).length).toBeGreaterThanOrEqual(3);
    expect((await list('auditor')).length).toBeGreaterThanOrEqual(3);
    expect(await list('teacher')).toEqual([]);
    const [someId] = (await list('director')).map((s) => s.id);
    expectCode(await as('directorB').request(`query($id: ID!) { assetStocktake(id: $id) { id } }`, { id: someId }), 'NOT_FOUND');
  });

  it('the permission table: storekeepers and the director run stocktakes, only the director decides', () => {
    expect(P.openAssetStocktake.school).toEqual([Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER]);
    expect(P.approveAssetStocktake.school).toEqual([Role.GENERAL_AFFAIRS_DIRECTOR]);
  });
});

it('docs/facilities.md shows the stocktake flow as the code declares it (on failure: paste assetStocktakeFlow.diagram() there)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/facilities.md'), 'utf8');
  expect(doc).toContain(['```mermaid', assetStocktakeFlow.diagram(), '```'].join('\n'));
});

const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('two scanners in parallel on MariaDB / MySQL', () => {
  it('many overlapping scan calls at once: every code recorded exactly once, none lost, first scan wins', async () => {
    const st = await open('storekeeper', { schoolId: SCHOOL_A, scope: 'ROOM', roomId: rooms['308'] });
    const codes = Array.from({ length: 300 }, (_, i) => `ZC-P-${String(i).padStart(4, '0')}`);
    // Two scanners, 20 calls each, overlapping windows of 60 codes, in scrambled orders.
    const calls = Array.from({ length: 40 }, (_, i) => {
      const start = (i * 7) % (codes.length - 60);
      const window = codes.slice(start, start + 60);
      return { who: (i % 2 === 0 ? 'storekeeper' : 'storekeeper2') as Who, codes: i % 3 === 0 ? window.reverse() : window };
    });
    // Every code at least once: a final sweep in each half.
    calls.push({ who: 'storekeeper', codes: codes.slice(0, 150) }, { who: 'storekeeper2', codes: codes.slice(150) });
    const results = await Promise.all(
      calls.map((c) => as(c.who).request(SCAN, { input: { stocktakeId: st.id, roomId: rooms['308'], codes: c.codes } })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const recorded = results.reduce((sum, r) => sum + (r.data as { recordAssetScans: { recorded: number } }).recordAssetScans.recorded, 0);
    expect(recorded).toBe(codes.length);
    const rows = await sub.dataSource.getRepository(AssetStocktakeScan).findBy({ stocktakeId: st.id });
    expect(rows.map((r) => r.code).sort()).toEqual(codes);
    const closed = await close('storekeeper', st.id);
    expect(closed.summary).toMatchObject({ scanned: 300, unregistered: 300 });
  });

  it('scans racing a close: each scan is either in the frozen counts or refused as CONFLICT, never lost between them', async () => {
    const st = await open('storekeeper', { schoolId: SCHOOL_A, scope: 'ROOM', roomId: rooms['306'] });
    const scanCalls = Array.from({ length: 20 }, (_, i) =>
      as(i % 2 ? 'storekeeper' : 'storekeeper2').request(SCAN, {
        input: { stocktakeId: st.id, roomId: rooms['306'], codes: [`ZC-R-${i}-A`, `ZC-R-${i}-B`] },
      }),
    );
    const [closing, ...scans] = await Promise.all([
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return as('director').request(CLOSE, { input: { id: st.id } });
      })(),
      ...scanCalls,
    ]);
    const closed = ok<{ closeAssetStocktake: StocktakeOut }>(closing).closeAssetStocktake;
    const accepted = scans.filter((r) => !r.errors);
    for (const r of scans.filter((x) => x.errors)) expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const rows = await sub.dataSource.getRepository(AssetStocktakeScan).countBy({ stocktakeId: st.id });
    expect(rows).toBe(accepted.length * 2);
    expect(closed.summary?.scanned).toBe(rows);
  });
});
