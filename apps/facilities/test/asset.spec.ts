import { Role } from '@houqin/auth';
import { expectBadInput, expectCode, expectNoWrites, ok, type GraphQLResponse, type TestSubgraph } from '@houqin/testing';
import { AssetEvent, FixedAsset } from '../src/asset/asset.entity';
import { moveAssetsWithCampus } from '../src/asset/asset.handlers';
import { ASSET_HISTORY_SHOWN, CUSTODY_SHOWN } from '../src/asset/asset.service';
import { P } from '../src/permissions';
import { Room } from '../src/place/place.entity';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { SCHOOL_A, SCHOOL_B, staffOf, startFacilities, UNKNOWN_ID, V } from './support';

jest.setTimeout(60_000);

/**
 * The fixed-asset register (固定资产): First Primary's director registers the computers a purchase
 * brought, moves one to the science lab and hands it to a teacher, sends one for repair; the teacher
 * sees what is in their custody and nothing else; the district sets its thresholds and lives.
 */
let sub: TestSubgraph;
let placeA: PlaceFixture;
let placeB: PlaceFixture;
const TEACHER_A = staffOf('A', 'TEACHER');
const DIRECTOR_A = staffOf('A', 'GENERAL_AFFAIRS_DIRECTOR');

beforeAll(async () => {
  sub = await startFacilities();
  placeA = await placeOf(sub, 'A');
  placeB = await placeOf(sub, 'B');
}, 60_000);
afterAll(async () => {
  await sub?.stop();
});

const ASSET_FIELDS = `id schoolId tagNumber name classCode model serialNumber acquiredOn cost { yuan fen } usefulLifeMonths
  roomId custodianStaffId status version disposedOn monthlyDepreciation { yuan fen }
  accumulatedDepreciation(asOf: "2026-11") { yuan fen } netBookValue(asOf: "2026-11") { yuan fen }
  assetClass { code nameZh special } room { id name } custodian { id }`;
const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { ${ASSET_FIELDS} } }`;
const MOVE = `mutation($input: MoveAssetInput!) { moveAsset(input: $input) { ${ASSET_FIELDS} history { kind fromRoomId toRoomId
  fromCustodianStaffId toCustodianStaffId fromStatus toStatus reason source actorAccountId } } }`;
const STATUS = `mutation($input: ChangeAssetStatusInput!) { changeAssetStatus(input: $input) { id status version history { kind fromStatus toStatus reason } } }`;
const UPDATE = `mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { id name model serialNumber version } }`;
const ASSETS = `query($filter: AssetFilter, $first: Int) { assets(filter: $filter, first: $first) { nodes { id tagNumber status custodianStaffId } } }`;
const ASSET = `query($id: ID!) { asset(id: $id) { id tagNumber } }`;
const BY_TAG = `query($schoolId: ID!, $tag: String!) { assetByTag(schoolId: $schoolId, tagNumber: $tag) { id tagNumber } }`;
const IMPORT = `mutation($input: ImportAssetsInput!) { importAssets(input: $input) { count assets { id tagNumber roomId usefulLifeMonths } } }`;
const SETTINGS = `query { assetSettings { districtId generalThreshold { yuan } specialThreshold { yuan } usefulLifeOverrides { classCode years } version } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateAssetSettingsInput!) { updateAssetSettings(input: $input) {
  generalThreshold { yuan } specialThreshold { yuan } usefulLifeOverrides { classCode years } version } }`;

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
interface AssetOut {
  id: string;
  tagNumber: string;
  status: string;
  version: number;
  [key: string]: unknown;
}

let tagCounter = 0;
/** A ¥6,000 desktop computer (6 years) at school A, unless `overrides` say otherwise. */
const computer = (overrides: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  tagNumber: `ZC-T-${String(++tagCounter).padStart(4, '0')}`,
  name: '台式计算机',
  classCode: '2010100',
  model: 'ThinkCentre M920',
  serialNumber: `SN${tagCounter}`,
  acquiredOn: '2020-03-15',
  cost: '6000.00',
  roomId: placeA.rooms.OFFICE,
  custodianStaffId: staffOf('A', 'GENERAL_AFFAIRS_DIRECTOR'),
  ...overrides,
});

async function register(who: Who, overrides: Record<string, unknown> = {}): Promise<AssetOut> {
  return ok<{ registerAsset: AssetOut }>(await request(who, REGISTER, { input: computer(overrides) })).registerAsset;
}

describe('registering an asset (建卡)', () => {
  it('registers a computer with its class, room, custodian and depreciation to date', async () => {
    const asset = await register('director', { tagNumber: 'zc-2020-0001', acquiredOn: '2021-03-15' });
    expect(asset).toMatchObject({
      schoolId: SCHOOL_A,
      tagNumber: 'ZC-2020-0001',
      classCode: '2010100',
      cost: { yuan: '6000.00', fen: 600_000 },
      usefulLifeMonths: 72,
      status: 'IN_USE',
      monthlyDepreciation: { yuan: '83.33' },
      // March 2021 … November 2026: 69 months of 83.33.
      accumulatedDepreciation: { fen: 69 * 8_333 },
      netBookValue: { fen: 600_000 - 69 * 8_333 },
      assetClass: { code: '2010100', nameZh: '台式计算机', special: false },
      room: { id: placeA.rooms.OFFICE },
      custodian: { id: staffOf('A', 'GENERAL_AFFAIRS_DIRECTOR') },
      disposedOn: null,
    });
    const events = await sub.dataSource.getRepository(AssetEvent).find({ where: { assetId: asset.id } });
    expect(events).toEqual([
      expect.objectContaining({ kind: 'REGISTERED', toRoomId: placeA.rooms.OFFICE, toStatus: 'IN_USE', source: 'MANUAL' }),
    ]);
  });

  it('lets the storekeeper register what they received; books are not depreciated', async () => {
    const books = await register('storekeeper', { classCode: '5010000', name: '图书一批', cost: '25000', acquiredOn: '2015-09-01' });
    expect(books).toMatchObject({ usefulLifeMonths: 0, monthlyDepreciation: { fen: 0 }, netBookValue: { fen: 2_500_000 } });
  });

  it('uses the higher threshold for special equipment (专用设备): ¥1,500', async () => {
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', REGISTER, { input: computer({ classCode: '3400100', name: '显微镜', cost: '1499.99' }) }),
      ),
      'cost',
    );
    await register('director', { classCode: '3400100', name: '显微镜', cost: '1500', roomId: placeA.rooms.LAB });
  });

  it.each([
    ['a tag already used at the school', { tagNumber: 'ZC-2020-0001' }, 'tagNumber'],
    ['an unknown class code', { classCode: '9990000' }, 'classCode'],
    ['a top-level class', { classCode: '2000000' }, 'classCode'],
    ['a cost in fractions of a fen', { cost: '6000.001' }, 'cost'],
    ['an acquisition in the future', { acquiredOn: '2026-11-17' }, 'acquiredOn'],
    ['a room of another school', { roomId: UNKNOWN_ID }, 'roomId'],
    ['a custodian of another school', { custodianStaffId: staffOf('B', 'TEACHER') }, 'custodianStaffId'],
    ['a cost below the threshold (低值易耗品)', { cost: '999.99' }, 'cost'],
    ['a disposed status', { status: 'DISPOSED' }, 'status'],
  ])('refuses %s (BAD_USER_INPUT, nothing written)', async (_what, overrides, field) => {
    const input = computer(overrides);
    if (field === 'roomId') input.roomId = placeB.rooms.OFFICE;
    const response = await expectNoWrites(sub, () => request('director', REGISTER, { input }));
    expectBadInput(response, field);
  });

  it('says a below-threshold item is a low-value consumable for the storeroom', async () => {
    const response = await request('director', REGISTER, { input: computer({ cost: '800' }) });
    expect(response.errors?.[0]?.message).toMatch(/低值易耗品/);
  });

  it('refuses a teacher before looking at the input (FORBIDDEN), and a director at another school', async () => {
    expectCode(
      await expectNoWrites(sub, () => request('teacher', REGISTER, { input: computer({ classCode: 'nonsense', cost: 'x' }) })),
      'FORBIDDEN',
    );
    expectCode(await expectNoWrites(sub, () => request('directorB', REGISTER, { input: computer() })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => request('accountant', REGISTER, { input: computer() })), 'FORBIDDEN');
  });
});

describe('moving an asset and changing its status (调拨, 状态变更)', () => {
  it('moves a computer to the lab into a teacher’s custody, sends it for repair, and keeps every change in its history', async () => {
    const asset = await register('director');
    const moved = ok<{ moveAsset: AssetOut & { history: Record<string, unknown>[] } }>(
      await request('storekeeper', MOVE, {
        input: { assetId: asset.id, roomId: placeA.rooms.LAB, custodianStaffId: TEACHER_A, reason: '科学课使用' },
      }),
    ).moveAsset;
    expect(moved).toMatchObject({ roomId: placeA.rooms.LAB, custodianStaffId: TEACHER_A, version: asset.version + 1 });
    expect(moved.history.map((h) => h.kind)).toEqual(['REGISTERED', 'MOVED']);
    expect(moved.history[1]).toMatchObject({
      fromRoomId: placeA.rooms.OFFICE,
      toRoomId: placeA.rooms.LAB,
      toCustodianStaffId: TEACHER_A,
      reason: '科学课使用',
      source: 'MANUAL',
      actorAccountId: V.storekeeper.accountId,
    });
    const repaired = ok<{ changeAssetStatus: AssetOut & { history: { kind: string }[] } }>(
      await request('director', STATUS, { input: { assetId: asset.id, status: 'UNDER_REPAIR', reason: '屏幕损坏' } }),
    ).changeAssetStatus;
    expect(repaired.status).toBe('UNDER_REPAIR');
    expect(repaired.history.map((h) => h.kind)).toEqual(['REGISTERED', 'MOVED', 'STATUS_CHANGED']);

    // Never DISPOSED by hand; another school's room; a teacher; another school's director (NOT_FOUND).
    expectBadInput(
      await expectNoWrites(sub, () => request('director', STATUS, { input: { assetId: asset.id, status: 'DISPOSED' } })),
      'status',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('director', MOVE, { input: { assetId: asset.id, roomId: placeB.rooms.OFFICE } })),
      'roomId',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', MOVE, { input: { assetId: asset.id, custodianStaffId: staffOf('B', 'TEACHER') } }),
      ),
      'custodianStaffId',
    );
    expectCode(
      await expectNoWrites(sub, () => request('teacher', MOVE, { input: { assetId: asset.id, roomId: placeA.rooms.OFFICE } })),
      'FORBIDDEN',
    );
    expectCode(
      await expectNoWrites(sub, () => request('directorB', MOVE, { input: { assetId: asset.id, roomId: placeB.rooms.OFFICE } })),
      'NOT_FOUND',
    );
    expectCode(await expectNoWrites(sub, () => request('directorB', ASSET, { id: asset.id })), 'NOT_FOUND');
  });

  it('corrects the card at the version read (CONFLICT on a stale one); cost and class are not editable', async () => {
    const asset = await register('director');
    const updated = ok<{ updateAsset: AssetOut }>(
      await request('storekeeper', UPDATE, { input: { assetId: asset.id, version: asset.version, model: 'M930', serialNumber: '' } }),
    ).updateAsset;
    expect(updated).toMatchObject({ model: 'M930', serialNumber: null, version: asset.version + 1 });
    expectCode(
      await expectNoWrites(sub, () => request('director', UPDATE, { input: { assetId: asset.id, version: asset.version, name: 'x' } })),
      'CONFLICT',
    );
  });

  it('refuses any change to a disposed asset (disposal sets DISPOSED through setStatusIn)', async () => {
    const asset = await register('director', { acquiredOn: '2024-01-10' });
    // As an approved disposal leaves it (the disposal concept's story tests setStatusIn itself).
    await sub.dataSource.transaction(async (manager) => {
      const row = await manager.findOneByOrFail(FixedAsset, { id: asset.id });
      await manager.update(FixedAsset, { id: row.id }, { status: 'DISPOSED' as FixedAsset['status'], disposedOn: '2026-11-16' });
    });
    expectCode(await expectNoWrites(sub, () => request('director', STATUS, { input: { assetId: asset.id, status: 'IDLE' } })), 'CONFLICT');
    expectCode(
      await expectNoWrites(sub, () => request('director', MOVE, { input: { assetId: asset.id, roomId: placeA.rooms.LAB } })),
      'CONFLICT',
    );
  });
});

describe('who reads the register', () => {
  it('shows the register to its readers, and a teacher only the assets in their custody', async () => {
    const mine = await register('director', { custodianStaffId: TEACHER_A, roomId: placeA.rooms.CLASSROOM });
    const notMine = await register('director');
    const tags = (response: GraphQLResponse) =>
      (ok<{ assets: { nodes: AssetOut[] } }>(response).assets.nodes as AssetOut[]).map((a) => a.tagNumber);
    for (const reader of ['director', 'principal', 'storekeeper', 'accountant', 'admin', 'auditor'] as Who[])
      expect(tags(await request(reader, ASSETS, { filter: { schoolId: SCHOOL_A }, first: 100 }))).toEqual(
        expect.arrayContaining([mine.tagNumber, notMine.tagNumber]),
      );
    const teacherSees = tags(await request('teacher', ASSETS, { first: 100 }));
    expect(teacherSees).toContain(mine.tagNumber);
    expect(teacherSees).not.toContain(notMine.tagNumber);
    expect(ok<{ asset: AssetOut }>(await request('teacher', ASSET, { id: mine.id })).asset.id).toBe(mine.id);
    expectCode(await request('teacher', ASSET, { id: notMine.id }), 'NOT_FOUND');
    expect(tags(await request('directorB', ASSETS, { filter: { schoolId: SCHOOL_A } }))).toEqual([]);
    expect(ok<{ assetByTag: AssetOut }>(await request('director', BY_TAG, { schoolId: SCHOOL_A, tag: mine.tagNumber })).assetByTag.id).toBe(
      mine.id,
    );
    const custody = ok<{ _entities: { assetsInCustody: { id: string }[] }[] }>(
      await request('teacher', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { assetsInCustody { id } } } }`, {
        r: [{ __typename: 'Staff', id: TEACHER_A }],
      }),
    );
    expect(custody._entities[0].assetsInCustody.map((a) => a.id)).toContain(mine.id);
    expect(P.readAssetsInCustody.school).toContain(Role.STAFF);
  });

  it('narrows the register by class (and the classes under it), status, room and text; lists the classes', async () => {
    const scope = await register('director', {
      name: '生物显微镜',
      classCode: '3400100',
      cost: '2600',
      roomId: placeA.rooms.LAB,
      model: 'Motic BA210',
    });
    const find = async (filter: Record<string, unknown>) =>
      ok<{ assets: { nodes: AssetOut[] } }>(
        await request('director', ASSETS, { filter: { schoolId: SCHOOL_A, ...filter }, first: 100 }),
      ).assets.nodes.map((a) => a.id);
    expect(await find({ classCode: '3400000' })).toContain(scope.id);
    expect(await find({ classCode: '2010000' })).not.toContain(scope.id);
    expect(await find({ search: 'motic', roomId: placeA.rooms.LAB, status: 'IN_USE' })).toEqual([scope.id]);
    expect(await find({ custodianStaffId: TEACHER_A, search: 'motic' })).toEqual([]);
    const classes = ok<{ assetClasses: { code: string; usefulLifeYears: number | null; registrable: boolean; inStandard: boolean }[] }>(
      await request('teacher', `query { assetClasses { code nameZh nameEn parentCode usefulLifeYears special registrable inStandard } }`),
    ).assetClasses;
    expect(classes.find((c) => c.code === '2000000')).toMatchObject({ registrable: false, usefulLifeYears: null, inStandard: true });
    expect(classes.find((c) => c.code === '5010000')).toMatchObject({ registrable: true, usefulLifeYears: 0 });
  });

  it('sums a school’s assets by status (School.assetSummary), for the register’s readers', async () => {
    const summary = ok<{ _entities: { assetSummary: { count: number; byStatus: { status: string; count: number }[] } }[] }>(
      await request(
        'director',
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { assetSummary(month: "2026-11") {
        count cost { fen } netBookValue { fen } byStatus { status count cost { fen } netBookValue { fen } } } } } }`,
        {
          r: [{ __typename: 'School', id: SCHOOL_A }],
        },
      ),
    )._entities[0].assetSummary;
    expect(summary.count).toBeGreaterThan(3);
    expect(summary.byStatus.map((s) => s.status)).toContain('IN_USE');
  });
});

describe('importing a school’s register (资产台账导入)', () => {
  const row = (n: number, overrides: Record<string, unknown> = {}) => ({
    tagNumber: `IMP-${n}`,
    name: '投影仪',
    classCode: '2020200',
    acquiredOn: '2022-09-01',
    cost: '4200.00',
    room: placeA.rooms.CLASSROOM,
    ...overrides,
  });

  it('answers every bad row at once and writes nothing; then loads the file, rooms named by id or QR code', async () => {
    const qr = (await sub.dataSource.getRepository(Room).findOneByOrFail({ id: placeA.rooms.LAB })).qrCode;
    const bad = await expectNoWrites(sub, () =>
      request('director', IMPORT, {
        input: {
          schoolId: SCHOOL_A,
          rows: [
            row(1),
            row(1),
            row(2, { classCode: 'X' }),
            row(3, { cost: '10' }),
            row(4, { room: 'nope' }),
            row(5, { acquiredOn: '2030-01-01' }),
          ],
        },
      }),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (bad.errors?.[0]?.extensions?.rowErrors as { row: number; field: string }[]).map(({ row: r, field }) => ({ row: r, field })),
    ).toEqual([
      { row: 1, field: 'tagNumber' },
      { row: 2, field: 'classCode' },
      { row: 3, field: 'cost' },
      { row: 4, field: 'room' },
      { row: 5, field: 'acquiredOn' },
    ]);
    const rows = [
      row(10),
      row(11, { room: qr, custodianStaffId: TEACHER_A }),
      row(12, { room: null, classCode: '6010100', name: '课桌椅', cost: '1200' }),
    ];
    const checked = ok<{ importAssets: { count: number; assets: unknown[] } }>(
      await expectNoWrites(sub, () => request('director', IMPORT, { input: { schoolId: SCHOOL_A, rows, validateOnly: true } })),
    ).importAssets;
    expect(checked).toEqual({ count: 3, assets: [] });
    const loaded = ok<{ importAssets: { assets: { roomId: string | null; usefulLifeMonths: number }[] } }>(
      await request('director', IMPORT, { input: { schoolId: SCHOOL_A, rows } }),
    ).importAssets.assets;
    expect(loaded.map((a) => [a.roomId, a.usefulLifeMonths])).toEqual([
      [placeA.rooms.CLASSROOM, 72],
      [placeA.rooms.LAB, 72],
      [null, 180],
    ]);
    expectCode(
      await expectNoWrites(sub, () => request('storekeeper', IMPORT, { input: { schoolId: SCHOOL_A, rows: [row(20)] } })),
      'FORBIDDEN',
    );
  });
});

describe('a whole register file (500 rows)', () => {
  it('loads 500 rows at once and refuses a 501st', async () => {
    const rows = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, i) => ({
        tagNumber: `${prefix}-${i}`,
        name: '课桌椅（45套）',
        classCode: '6010100',
        acquiredOn: '2019-08-20',
        cost: '11250.00',
        room: placeA.rooms.CLASSROOM,
        custodianStaffId: DIRECTOR_A,
      }));
    expectBadInput(
      await expectNoWrites(sub, () => request('director', IMPORT, { input: { schoolId: SCHOOL_A, rows: rows(501, 'BIG') } })),
      'rows',
    );
    const loaded = ok<{ importAssets: { count: number; assets: { tagNumber: string; usefulLifeMonths: number }[] } }>(
      await request('director', IMPORT, { input: { schoolId: SCHOOL_A, rows: rows(500, 'BIG') } }),
    ).importAssets;
    expect(loaded.count).toBe(500);
    expect(loaded.assets.map((a) => a.tagNumber)).toEqual(rows(500, 'BIG').map((r) => r.tagNumber));
    expect(await sub.dataSource.getRepository(AssetEvent).countBy({ source: 'IMPORT' as AssetEvent['source'] })).toBeGreaterThanOrEqual(
      500,
    );

    // The director now keeps more than 500 assets: Staff.assetsInCustody shows the first CUSTODY_SHOWN by
    // tag number; the register filtered by custodian pages through all of them.
    const custody = ok<{ _entities: { assetsInCustody: { tagNumber: string }[] }[] }>(
      await request(
        'director',
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { assetsInCustody { tagNumber } } } }`,
        {
          r: [{ __typename: 'Staff', id: DIRECTOR_A }],
        },
      ),
    )._entities[0].assetsInCustody.map((a) => a.tagNumber);
    expect(custody).toHaveLength(CUSTODY_SHOWN);
    expect(custody).toEqual([...custody].sort());
    const kept = await sub.dataSource.getRepository(FixedAsset).countBy({ custodianStaffId: DIRECTOR_A });
    expect(kept).toBeGreaterThan(500);
    let listed = 0;
    let after: string | null = null;
    do {
      const page: { assets: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = ok(
        await request(
          'director',
          `query($filter: AssetFilter, $after: String) { assets(filter: $filter, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { filter: { custodianStaffId: DIRECTOR_A }, after },
        ),
      );
      listed += page.assets.nodes.length;
      after = page.assets.pageInfo.hasNextPage ? page.assets.pageInfo.endCursor : null;
    } while (after);
    expect(listed).toBe(kept);
  });
});

describe('a computer moved many times', () => {
  it('shows the latest 50 changes on its card; Query.assetHistory pages through all of them, for its readers only', async () => {
    const asset = await register('director');
    for (let i = 0; i < 60; i++)
      ok(await request('director', MOVE, { input: { assetId: asset.id, roomId: i % 2 ? placeA.rooms.OFFICE : placeA.rooms.LAB } }));
    const card = ok<{ asset: { history: { kind: string; toRoomId: string }[] } }>(
      await request('director', `query($id: ID!) { asset(id: $id) { history { kind toRoomId } } }`, { id: asset.id }),
    ).asset.history;
    expect(card).toHaveLength(ASSET_HISTORY_SHOWN);
    expect(card.every((event) => event.kind === 'MOVED')).toBe(true);
    expect(card[card.length - 1].toRoomId).toBe(placeA.rooms.OFFICE);

    const HISTORY = `query($assetId: ID!, $after: String) { assetHistory(assetId: $assetId, first: 40, after: $after) {
      nodes { id kind } pageInfo { hasNextPage endCursor } } }`;
    type HistoryPage = { assetHistory: { nodes: { id: string; kind: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = ok<HistoryPage>(await request('director', HISTORY, { assetId: asset.id })).assetHistory;
    expect(first.nodes[0].kind).toBe('REGISTERED');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok<HistoryPage>(await request('auditor', HISTORY, { assetId: asset.id, after: first.pageInfo.endCursor })).assetHistory;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes]).toHaveLength(61);
    expect(new Set([...first.nodes, ...second.nodes].map((e) => e.id)).size).toBe(61);
    expectCode(await request('directorB', HISTORY, { assetId: asset.id }), 'NOT_FOUND');
    expectCode(await request('teacher', HISTORY, { assetId: asset.id }), 'NOT_FOUND');
  });
});

describe('the district’s asset settings', () => {
  it('starts from the school finance rules; the district administrator raises a threshold and lengthens a life', async () => {
    expect(ok<{ assetSettings: Record<string, unknown> }>(await request('teacher', SETTINGS)).assetSettings).toMatchObject({
      generalThreshold: { yuan: '1000.00' },
      specialThreshold: { yuan: '1500.00' },
      usefulLifeOverrides: [],
      version: 0,
    });
    expectCode(
      await expectNoWrites(sub, () => request('director', UPDATE_SETTINGS, { input: { version: 0, generalThreshold: '1200' } })),
      'FORBIDDEN',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('admin', UPDATE_SETTINGS, { input: { version: 0, generalThreshold: '800' } })),
      'generalThreshold',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('admin', UPDATE_SETTINGS, { input: { version: 0, usefulLifeOverrides: [{ classCode: '2010100', years: 4 }] } }),
      ),
      'usefulLifeOverrides.0.years',
    );
    const updated = ok<{ updateAssetSettings: Record<string, unknown> }>(
      await request('admin', UPDATE_SETTINGS, {
        input: {
          version: 0,
          generalThreshold: '1000',
          specialThreshold: '2000',
          usefulLifeOverrides: [{ classCode: '2010000', years: 8 }],
        },
      }),
    ).updateAssetSettings;
    expect(updated).toMatchObject({
      specialThreshold: { yuan: '2000.00' },
      usefulLifeOverrides: [{ classCode: '2010000', years: 8 }],
      version: 1,
    });
    expectCode(
      await expectNoWrites(sub, () => request('admin', UPDATE_SETTINGS, { input: { version: 0, generalThreshold: '1100' } })),
      'CONFLICT',
    );
    // A new computer takes the district's 8 years; those registered before keep theirs.
    expect((await register('director')).usefulLifeMonths).toBe(96);
    expectBadInput(await request('director', REGISTER, { input: computer({ classCode: '3400100', cost: '1800' }) }), 'cost');
    ok(await request('admin', UPDATE_SETTINGS, { input: { version: 1, specialThreshold: '1500', usefulLifeOverrides: [] } }));
  });
});

describe('a campus moved to another school (校区划转)', () => {
  it('takes the assets in its rooms along, unless a tag clashes at the new school', async () => {
    const asset = await register('director', { roomId: placeA.rooms.STOREROOM, tagNumber: 'CAMPUS-1' });
    const clash = await register('director', { roomId: placeA.rooms.STOREROOM, tagNumber: 'CAMPUS-2' });
    await register('directorB', { schoolId: SCHOOL_B, roomId: placeB.rooms.OFFICE, custodianStaffId: null, tagNumber: 'CAMPUS-2' });
    const campusId = (await sub.dataSource.getRepository(Room).findOneByOrFail({ id: placeA.rooms.STOREROOM })).campusId;
    // As places' handler leaves it: the campus's rooms now school B's (rolled back below).
    await expect(
      sub.dataSource.transaction(async (manager) => {
        await manager.update(Room, { campusId }, { schoolId: SCHOOL_B });
        await moveAssetsWithCampus(manager, campusId, new Date(), 'merger');
      }),
    ).rejects.toThrow(/CAMPUS-2.*re-tag/);
    expect((await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: asset.id })).schoolId).toBe(SCHOOL_A);
    // Without the clash (in a transaction rolled back, to leave the other stories as they were): every asset follows.
    await sub.dataSource
      .transaction(async (manager) => {
        await manager.update(FixedAsset, { id: clash.id }, { tagNumber: 'CAMPUS-2A' });
        await manager.update(Room, { campusId }, { schoolId: SCHOOL_B });
        const moved = await moveAssetsWithCampus(manager, campusId, new Date(), 'merger');
        expect(moved).toBeGreaterThan(2);
        expect((await manager.findOneByOrFail(FixedAsset, { id: asset.id })).schoolId).toBe(SCHOOL_B);
        const events = await manager.find(AssetEvent, { where: { assetId: asset.id } });
        expect(events.map((e) => [e.kind, e.schoolId, e.source])).toEqual([
          ['REGISTERED', SCHOOL_A, 'MANUAL'],
          ['SCHOOL_CHANGED', SCHOOL_B, 'CAMPUS_MOVE'],
        ]);
        throw new Error('rollback');
      })
      .catch((error: Error) => expect(error.message).toBe('rollback'));
  });
});
