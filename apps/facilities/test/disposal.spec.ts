/**
 * Asset disposal (报废/处置): First Primary's projector in room 301 is broken beyond repair. The
 * general-affairs director asks to scrap it; its cost (¥7,200) is within the school's limit, so the
 * principal's approval is the last: the projector is DISPOSED and facilities.asset.disposed is in the
 * outbox, once. An ¥80,000 lab analyser needs the district bureau after the principal. Nobody approves
 * their own request; another school's is not found; roles without the right are refused before any
 * validation; every refusal writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { Role, Viewer } from '@houqin/auth';
import { OutboxEvent } from '@houqin/events';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { In } from 'typeorm';
import { moveAssetsWithCampus } from '../src/asset/asset.handlers';
import { AssetDisposal, AssetDisposalStatus } from '../src/disposal/disposal.entity';
import { assetDisposalFlow } from '../src/disposal/disposal.flow';
import { moveWaitingDisposalsWithCampus } from '../src/disposal/disposal.handlers';
import { Room } from '../src/place/place.entity';
import type { FacilitiesContext } from '../src/context';
import { createFacilitiesSubgraph } from '../src/subgraph';
import { CAMPUS_A, CAMPUS_B, SCHOOL_A, SCHOOL_B, startFacilities, TEST_NOW, UNKNOWN_ID, V, viewer } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
type Who = keyof typeof V | 'principalDirector';
/** A principal who is also the general-affairs director of school A (a small school): holds an approving role. */
const principalDirector = viewer(
  150,
  'principalDirector',
  [
    [Role.PRINCIPAL, SCHOOL_A],
    [Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A],
  ],
  null,
);
const as = (who: Who) => sub.as(who === 'principalDirector' ? principalDirector : V[who]);

const CREATE_BUILDING = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`;
const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id } }`;

const FIELDS = `id schoolId assetId status method source reason approvalRoles approvedCount nextApprovalRole requesterAccountId
  valuationMonth disposedOn version
  expectedProceeds { yuan } cost { yuan } accumulatedDepreciation { yuan } netBookValue { yuan } approvalValue { yuan }
  writtenOffAccumulatedDepreciation { yuan } writtenOffNetBookValue { yuan }
  steps { action actorAccountId comment } viewerActions asset { id status disposedOn }`;
const REQUEST = `mutation($input: RequestAssetDisposalInput!) { requestAssetDisposal(input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation($input: ApproveAssetDisposalInput!) { approveAssetDisposal(input: $input) { ${FIELDS} } }`;
const REJECT = `mutation($input: RejectAssetDisposalInput!) { rejectAssetDisposal(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($input: CancelAssetDisposalInput!) { cancelAssetDisposal(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { assetDisposal(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: AssetDisposalFilter) { assetDisposals(filter: $filter, first: 20) { nodes { id status assetId } } }`;
const ASSET = `query($id: ID!) { asset(id: $id) { id status disposedOn disposals { id status } history { kind toStatus source } } }`;
const SETTINGS = `query { assetDisposalSettings { districtId basis version levels { role upTo { yuan } } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateAssetDisposalSettingsInput!) { updateAssetDisposalSettings(input: $input) {
  basis version levels { role upTo { yuan } } } }`;

interface Out {
  id: string;
  status: string;
  assetId: string;
  approvalRoles: string[];
  approvedCount: number;
  nextApprovalRole: string | null;
  viewerActions: string[];
  steps: { action: string; actorAccountId: string; comment: string | null }[];
  [key: string]: unknown;
}

let roomA: string;
let roomB: string;

async function room(who: Who, schoolId: string, campusId: string, number: string): Promise<string> {
  const building = ok<{ createBuilding: { id: string } }>(
    await as(who).request(CREATE_BUILDING, { input: { schoolId, campusId, name: `Block ${number}`, floorsAbove: 4 } }),
  ).createBuilding.id;
  return ok<{ createRoom: { id: string } }>(
    await as(who).request(CREATE_ROOM, { input: { buildingId: building, floor: 3, number, name: `Room ${number}`, kind: 'CLASSROOM' } }),
  ).createRoom.id;
}
async function asset(
  tagNumber: string,
  name: string,
  classCode: string,
  cost: string,
  acquiredOn: string,
  schoolId = SCHOOL_A,
): Promise<string> {
  const who: Who = schoolId === SCHOOL_A ? 'director' : 'directorB';
  const input = { schoolId, tagNumber, name, classCode, acquiredOn, cost, roomId: schoolId === SCHOOL_A ? roomA : roomB };
  return ok<{ registerAsset: { id: string } }>(await as(who).request(REGISTER, { input })).registerAsset.id;
}
const request = (who: Who, input: Record<string, unknown>) => as(who).request<{ requestAssetDisposal: Out }>(REQUEST, { input });
const approve = (who: Who, id: string, comment?: string) =>
  as(who).request<{ approveAssetDisposal: Out }>(APPROVE, { input: { id, comment } });
const reject = (who: Who, id: string, reason: string) => as(who).request<{ rejectAssetDisposal: Out }>(REJECT, { input: { id, reason } });
const read = async (who: Who, id: string) => ok<{ assetDisposal: Out }>(await as(who).request(ONE, { id })).assetDisposal;

/** The facilities.asset.disposed events in the outbox for a disposal. */
async function disposedEvents(disposalId: string): Promise<{ payload: Record<string, unknown> }[]> {
  const rows = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: 'facilities.asset.disposed' } });
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) })).filter((row) => row.payload.disposalId === disposalId);
}

let projector: string;
let analyser: string;
let printer: string;
let otherSchools: string;

beforeAll(async () => {
  sub = await startFacilities();
  roomA = await room('director', SCHOOL_A, CAMPUS_A, '301');
  roomB = await room('directorB', SCHOOL_B, CAMPUS_B, '101');
  // ¥7,200 over 6 years: ¥100 a month; Sep 2021 – Oct 2026 is 62 months charged.
  projector = await asset('ZC-TY-0001', '投影仪', '2020200', '7200.00', '2021-09-01');
  analyser = await asset('ZC-SY-0001', '光谱分析仪', '2020200', '80000.00', '2024-09-01');
  printer = await asset('ZC-DY-0001', '打印机', '2020200', '3000.00', '2023-03-01');
  otherSchools = await asset('ZC-B-0001', '投影仪', '2020200', '7200.00', '2021-09-01', SCHOOL_B);
});
afterAll(() => sub?.close());

describe('a projector broken beyond repair (报废)', () => {
  let disposal: Out;

  it('the director asks to scrap it: its book value is recorded, and the principal is the one level its cost needs', async () => {
    disposal = ok(
      await request('director', {
        assetId: projector,
        reason: '灯泡及主板损坏, 无维修价值',
        method: 'SCRAPPED',
        expectedProceeds: '50.00',
      }),
    ).requestAssetDisposal;
    expect(disposal).toMatchObject({
      status: 'PENDING_APPROVAL',
      method: 'SCRAPPED',
      source: 'MANUAL',
      approvalRoles: ['PRINCIPAL'],
      approvedCount: 0,
      nextApprovalRole: 'PRINCIPAL',
      requesterAccountId: V.director.accountId,
      valuationMonth: '2026-11',
      expectedProceeds: { yuan: '50.00' },
      cost: { yuan: '7200.00' },
      accumulatedDepreciation: { yuan: '6200.00' },
      netBookValue: { yuan: '1000.00' },
      approvalValue: { yuan: '7200.00' },
      writtenOffNetBookValue: null,
      viewerActions: ['CANCEL'],
      asset: { id: projector, status: 'IN_USE', disposedOn: null },
    });
    expect(disposal.steps).toEqual([{ action: 'REQUESTED', actorAccountId: V.director.accountId, comment: '灯泡及主板损坏, 无维修价值' }]);
    expect((await read('principal', disposal.id)).viewerActions).toEqual(['APPROVE', 'REJECT']);
    expect((await read('storekeeper', disposal.id)).viewerActions).toEqual([]);
  });

  it('a second request for it while one waits is refused, naming assetId', async () => {
    await expectNoWrites(sub, async () =>
      expectBadInput(await request('storekeeper', { assetId: projector, reason: '坏了', method: 'SCRAPPED' }), 'assetId'),
    );
  });

  it('the storekeeper and the district (not its level) may not approve it; the auditor nothing; each writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await approve('storekeeper', disposal.id), 'FORBIDDEN');
      expectCode(await approve('admin', disposal.id), 'FORBIDDEN');
      expectCode(await approve('auditor', disposal.id), 'FORBIDDEN');
      expectCode(await reject('teacher', disposal.id, 'no'), 'FORBIDDEN');
    });
  });

  it('another school’s principal does not find it', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await approve('principalB', disposal.id), 'NOT_FOUND');
      expectCode(await as('directorB').request(ONE, { id: disposal.id }), 'NOT_FOUND');
    });
  });

  it('the principal approves: the projector is DISPOSED today, and facilities.asset.disposed is in the outbox once', async () => {
    const approved = ok(await approve('principal', disposal.id, '同意报废')).approveAssetDisposal;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      approvedCount: 1,
      nextApprovalRole: null,
      disposedOn: '2026-11-16',
      writtenOffAccumulatedDepreciation: { yuan: '6200.00' },
      writtenOffNetBookValue: { yuan: '1000.00' },
      viewerActions: [],
      asset: { id: projector, status: 'DISPOSED', disposedOn: '2026-11-16' },
    });
    expect(approved.steps.map((s) => s.action)).toEqual(['REQUESTED', 'APPROVED']);
    const events = await disposedEvents(disposal.id);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({
      disposalId: disposal.id,
      assetId: projector,
      schoolId: SCHOOL_A,
      tagNumber: 'ZC-TY-0001',
      name: '投影仪',
      classCode: '2020200',
      costFen: 720_000,
      accumulatedDepreciationFen: 620_000,
      netBookValueFen: 100_000,
      method: 'SCRAPPED',
      proceedsFen: 5_000,
      disposedOn: '2026-11-16',
    });
    const history = ok<{
      asset: { disposals: { id: string; status: string }[]; history: { kind: string; toStatus: string; source: string }[] };
    }>(await as('director').request(ASSET, { id: projector })).asset;
    expect(history.disposals).toEqual([{ id: disposal.id, status: 'APPROVED' }]);
    expect(history.history.at(-1)).toEqual({ kind: 'STATUS_CHANGED', toStatus: 'DISPOSED', source: 'DISPOSAL' });
  });

  it('approving it again is a CONFLICT; a new request for the disposed projector is BAD_USER_INPUT on assetId; nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await approve('principal', disposal.id), 'CONFLICT');
      expectBadInput(await request('director', { assetId: projector, reason: '再次报废', method: 'SCRAPPED' }), 'assetId');
    });
    expect(await disposedEvents(disposal.id)).toHaveLength(1);
  });
});

describe('an ¥80,000 analyser needs the district bureau too', () => {
  let disposal: Out;

  it('the storekeeper asks to sell it: principal, then the district', async () => {
    disposal = ok(
      await request('storekeeper', { assetId: analyser, reason: '淘汰设备, 拍卖处置', method: 'SOLD', expectedProceeds: '20000.00' }),
    ).requestAssetDisposal;
    expect(disposal).toMatchObject({
      approvalRoles: ['PRINCIPAL', 'DISTRICT_ADMIN'],
      nextApprovalRole: 'PRINCIPAL',
      cost: { yuan: '80000.00' },
    });
  });

  it('the district may not approve before the principal; the principal’s approval leaves it waiting, publishing nothing', async () => {
    await expectNoWrites(sub, async () => expectCode(await approve('admin', disposal.id), 'FORBIDDEN'));
    const after = ok(await approve('principal', disposal.id)).approveAssetDisposal;
    expect(after).toMatchObject({
      status: 'PENDING_APPROVAL',
      approvedCount: 1,
      nextApprovalRole: 'DISTRICT_ADMIN',
      asset: { status: 'IN_USE' },
    });
    expect(await disposedEvents(disposal.id)).toHaveLength(0);
    expect((await read('admin', disposal.id)).viewerActions).toEqual(['APPROVE', 'REJECT']);
    const waiting = ok<{ assetDisposals: { nodes: { id: string }[] } }>(
      await as('admin').request(LIST, { filter: { awaitingMyApproval: true } }),
    ).assetDisposals.nodes;
    expect(waiting.map((d) => d.id)).toEqual([disposal.id]);
    await expectNoWrites(sub, async () => expectCode(await approve('principal', disposal.id), 'FORBIDDEN'));
  });

  it('the district administrator approves last: DISPOSED, one event', async () => {
    const approved = ok(await approve('admin', disposal.id)).approveAssetDisposal;
    expect(approved).toMatchObject({ status: 'APPROVED', approvedCount: 2, asset: { status: 'DISPOSED' } });
    expect(await disposedEvents(disposal.id)).toHaveLength(1);
  });
});

describe('separation of duties, rejection and withdrawal', () => {
  it('a principal who is also the director files a request: it goes to the district, and they may not approve it', async () => {
    const filed = ok(
      await request('principalDirector', { assetId: printer, reason: '卡纸频繁, 维修费高于残值', method: 'SCRAPPED' }),
    ).requestAssetDisposal;
    expect(filed.approvalRoles).toEqual(['DISTRICT_ADMIN']);
    await expectNoWrites(sub, async () => {
      expectCode(await approve('principalDirector', filed.id), 'FORBIDDEN');
      expectCode(await approve('principal', filed.id), 'FORBIDDEN');
    });
    // Withdrawn by the requester only.
    await expectNoWrites(sub, async () => expectCode(await as('director').request(CANCEL, { input: { id: filed.id } }), 'FORBIDDEN'));
    const cancelled = ok<{ cancelAssetDisposal: Out }>(
      await as('principalDirector').request(CANCEL, { input: { id: filed.id, reason: '修好了' } }),
    ).cancelAssetDisposal;
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('a rejection needs a reason; rejected, the printer stays, and may be asked for again', async () => {
    const filed = ok(await request('director', { assetId: printer, reason: '卡纸频繁', method: 'SCRAPPED' })).requestAssetDisposal;
    await expectNoWrites(sub, async () => expectBadInput(await reject('principal', filed.id, '   '), 'reason'));
    await expectNoWrites(sub, async () => expectCode(await reject('director', filed.id, '自己驳回'), 'FORBIDDEN'));
    const rejected = ok(await reject('principal', filed.id, '尚可维修使用')).rejectAssetDisposal;
    expect(rejected).toMatchObject({ status: 'REJECTED', nextApprovalRole: null, asset: { status: 'IN_USE' } });
    expect(rejected.steps.at(-1)).toMatchObject({ action: 'REJECTED', comment: '尚可维修使用' });
    const again = ok(await request('director', { assetId: printer, reason: '确已无法维修', method: 'SCRAPPED' })).requestAssetDisposal;
    expect(again.status).toBe('PENDING_APPROVAL');
    const list = ok<{ assetDisposals: { nodes: { id: string; status: string }[] } }>(
      await as('auditor').request(LIST, { filter: { assetId: printer } }),
    ).assetDisposals.nodes;
    expect(list.map((d) => d.status)).toEqual(['PENDING_APPROVAL', 'REJECTED', 'CANCELLED']);
  });
});

describe('refusals before anything else', () => {
  it('roles that may not request are FORBIDDEN before their input is looked at', async () => {
    await expectNoWrites(sub, async () => {
      for (const who of ['teacher', 'accountant', 'auditor', 'principal', 'admin'] as const)
        expectCode(await request(who, { assetId: UNKNOWN_ID, reason: 'x', method: 'SCRAPPED', expectedProceeds: '-1' }), 'FORBIDDEN');
    });
  });

  it('another school’s asset is NOT_FOUND; an unknown asset too; bad proceeds name the field', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await request('directorB', { assetId: projector, reason: '报废', method: 'SCRAPPED' }), 'NOT_FOUND');
      expectCode(await request('director', { assetId: otherSchools, reason: '报废', method: 'SCRAPPED' }), 'NOT_FOUND');
      expectCode(await request('director', { assetId: UNKNOWN_ID, reason: '报废', method: 'SCRAPPED' }), 'NOT_FOUND');
      expectBadInput(
        await request('director', { assetId: analyser, reason: '报废', method: 'SCRAPPED', expectedProceeds: '1.234' }),
        'expectedProceeds',
      );
      expectBadInput(await request('director', { assetId: otherSchools, reason: '  ', method: 'SCRAPPED' }), 'reason');
    });
  });
});

describe('who reads disposals (readFacilities)', () => {
  it('the general-affairs office, the accountant and the district read them; a teacher may not; another school sees none of A’s', async () => {
    for (const who of ['director', 'storekeeper', 'principal', 'accountant', 'admin', 'auditor'] as const)
      expect(
        ok<{ assetDisposals: { nodes: unknown[] } }>(await as(who).request(LIST, { filter: { schoolId: SCHOOL_A } })).assetDisposals.nodes
          .length,
      ).toBeGreaterThan(0);
    expectCode(await as('teacher').request(LIST), 'FORBIDDEN');
    expect(
      ok<{ assetDisposals: { nodes: unknown[] } }>(await as('directorB').request(LIST, { filter: { schoolId: SCHOOL_A } })).assetDisposals
        .nodes,
    ).toEqual([]);
  });
});

describe('at the same moment (on MariaDB: row locks and the unique open request)', () => {
  it('two people file a request for the same asset at once: one is filed, the other is told assetId has one waiting', async () => {
    const chair = await asset('ZC-YZ-0001', '会议椅', '2020200', '2400.00', '2022-03-01');
    const [a, b] = await Promise.all([
      request('director', { assetId: chair, reason: '散架', method: 'SCRAPPED' }),
      request('storekeeper', { assetId: chair, reason: '散架了', method: 'SCRAPPED' }),
    ]);
    const filed = [a, b].filter((r) => !r.errors);
    expect(filed).toHaveLength(1);
    expectBadInput(
      [a, b].find((r) => r.errors)!,
      'assetId',
    );
    const list = ok<{ assetDisposals: { nodes: { id: string }[] } }>(await as('director').request(LIST, { filter: { assetId: chair } }))
      .assetDisposals.nodes;
    expect(list).toHaveLength(1);
  });

  it('the principal approves twice at once: one approval, one CONFLICT, one event', async () => {
    const lamp = await asset('ZC-TD-0001', '实物展台', '2020200', '1800.00', '2022-03-01');
    const filed = ok(await request('director', { assetId: lamp, reason: '镜头损坏', method: 'SCRAPPED' })).requestAssetDisposal;
    const results = await Promise.all([approve('principal', filed.id), approve('principal', filed.id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectCode(
      results.find((r) => r.errors)!,
      'CONFLICT',
    );
    expect(await disposedEvents(filed.id)).toHaveLength(1);
    expect((await read('principal', filed.id)).steps.map((s) => s.action)).toEqual(['REQUESTED', 'APPROVED']);
  });
});

describe("the stocktake's way in: ctx.disposals.requestIn", () => {
  /** The facilities services as a request of the director would have them. */
  const directorCtx = () =>
    createFacilitiesSubgraph({ now: TEST_NOW }).createContext!({
      viewer: new Viewer(V.director),
      requestId: 'test-stocktake',
      logger: pino({ level: 'silent' }),
      dataSource: sub.dataSource,
    } as never) as FacilitiesContext;

  it('files a LOST request (source STOCKTAKE); for an asset with one waiting it answers that one instead of refusing', async () => {
    const scale = await asset('ZC-TP-0001', '电子天平', '2020200', '1850.00', '2023-03-01');
    const ctx = directorCtx();
    const lost = await sub.dataSource.transaction(async (manager) =>
      ctx.disposals.requestIn(manager, await ctx.assets.getIn(manager, scale), {
        reason: '盘亏: stocktake 1',
        method: 'LOST',
        source: 'STOCKTAKE',
      }),
    );
    expect(lost).toMatchObject({
      method: 'LOST',
      source: 'STOCKTAKE',
      status: 'PENDING_APPROVAL',
      requesterAccountId: V.director.accountId,
    });
    const again = await sub.dataSource.transaction(async (manager) =>
      ctx.disposals.requestIn(manager, await ctx.assets.getIn(manager, scale), {
        reason: '盘亏: stocktake 2',
        method: 'LOST',
        source: 'STOCKTAKE',
      }),
    );
    expect(again.id).toBe(lost.id);
    await expectNoWrites(sub, async () =>
      expectBadInput(await request('director', { assetId: scale, reason: '丢失', method: 'LOST' }), 'assetId'),
    );
  });
});

describe('a campus moved to another school (校区划转)', () => {
  it('a waiting request follows its asset to the new school; a decided one stays with the school that decided it', async () => {
    const board = await asset('ZC-HB-0001', '黑板', '2020200', '2000.00', '2020-03-01');
    const waiting = ok(await request('director', { assetId: board, reason: '板面破损', method: 'SCRAPPED' })).requestAssetDisposal;
    const campusId = (await sub.dataSource.getRepository(Room).findOneByOrFail({ id: roomA })).campusId;
    // As places' and assets' handlers leave it (in a transaction rolled back, to leave the other stories as they were).
    await sub.dataSource
      .transaction(async (manager) => {
        await manager.update(Room, { campusId }, { schoolId: SCHOOL_B });
        await moveAssetsWithCampus(manager, campusId, new Date(), 'merger');
        const waitingBefore = await manager.countBy(AssetDisposal, { schoolId: SCHOOL_A, status: AssetDisposalStatus.PENDING_APPROVAL });
        expect(await moveWaitingDisposalsWithCampus(manager, campusId)).toBe(waitingBefore);
        const after = await manager.find(AssetDisposal, { where: { assetId: In([board, projector]) } });
        expect(after.map((d) => [d.id === waiting.id, d.status, d.schoolId]).sort()).toEqual(
          [
            [true, 'PENDING_APPROVAL', SCHOOL_B],
            [false, 'APPROVED', SCHOOL_A],
          ].sort(),
        );
        expect(await manager.countBy(AssetDisposal, { schoolId: SCHOOL_A, status: AssetDisposalStatus.PENDING_APPROVAL })).toBe(0);
        expect(await moveWaitingDisposalsWithCampus(manager, campusId)).toBe(0);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await sub.dataSource.getRepository(AssetDisposal).findOneByOrFail({ id: waiting.id })).schoolId).toBe(SCHOOL_A);
  });
});

describe("the district's approval settings", () => {
  it('read the defaults: the principal up to ¥50,000 of cost, then the district', async () => {
    expect(ok<{ assetDisposalSettings: unknown }>(await as('teacher').request(SETTINGS)).assetDisposalSettings).toMatchObject({
      basis: 'COST',
      version: 0,
      levels: [
        { role: 'PRINCIPAL', upTo: { yuan: '50000.00' } },
        { role: 'DISTRICT_ADMIN', upTo: null },
      ],
    });
  });

  it('only a district administrator changes them; bad levels name the field; a stale version is a CONFLICT', async () => {
    const levels = [
      { role: 'GENERAL_AFFAIRS_DIRECTOR', upTo: '2000.00' },
      { role: 'PRINCIPAL', upTo: '30000.00' },
      { role: 'DISTRICT_ADMIN' },
    ];
    await expectNoWrites(sub, async () => {
      expectCode(await as('principal').request(UPDATE_SETTINGS, { input: { version: 0, levels } }), 'FORBIDDEN');
      expectBadInput(
        await as('admin').request(UPDATE_SETTINGS, { input: { version: 0, levels: [{ role: 'PRINCIPAL', upTo: '100.00' }] } }),
        'levels.0.upTo',
      );
      expectBadInput(
        await as('admin').request(UPDATE_SETTINGS, { input: { version: 0, levels: [levels[1], levels[0], levels[2]] } }),
        'levels.1.role',
      );
    });
    const updated = ok<{ updateAssetDisposalSettings: { version: number } }>(
      await as('admin').request(UPDATE_SETTINGS, { input: { version: 0, levels, basis: 'NET_BOOK_VALUE' } }),
    ).updateAssetDisposalSettings;
    expect(updated).toMatchObject({ basis: 'NET_BOOK_VALUE', version: 1, levels: [{ upTo: { yuan: '2000.00' } }, {}, { upTo: null }] });
    await expectNoWrites(sub, async () =>
      expectCode(await as('admin').request(UPDATE_SETTINGS, { input: { version: 0, basis: 'COST' } }), 'CONFLICT'),
    );
  });

  it('a request filed under the new settings: valued at net book value, the director then the principal (the storekeeper filed it)', async () => {
    const desk = await asset('ZC-JJ-0001', '实验台', '2020200', '36000.00', '2021-09-01');
    // ¥36,000 over 72 months: ¥500 a month, 62 charged: NBV ¥5,000 — above the director's ¥2,000.
    const filed = ok(await request('storekeeper', { assetId: desk, reason: '台面开裂', method: 'DONATED' })).requestAssetDisposal;
    expect(filed).toMatchObject({
      approvalValue: { yuan: '5000.00' },
      netBookValue: { yuan: '5000.00' },
      approvalRoles: ['GENERAL_AFFAIRS_DIRECTOR', 'PRINCIPAL'],
    });
    expect(ok(await approve('director', filed.id)).approveAssetDisposal).toMatchObject({ nextApprovalRole: 'PRINCIPAL' });
  });
});

it('docs/facilities.md shows the disposal flow as the code declares it (on failure: paste assetDisposalFlow.diagram() there)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/facilities.md'), 'utf8');
  expect(doc).toContain(['```mermaid', assetDisposalFlow.diagram(), '```'].join('\n'));
});
