/**
 * Who may do what with fixed assets, as the permission table says (src/permissions.ts, "Fixed assets and
 * settings (asset/)"): each rule read from the table, the allowed people succeed, everyone else is
 * refused and nothing is written — FORBIDDEN, or NOT_FOUND for another school's people on a record of
 * school A they cannot see.
 */
import { may, Role, Viewer, type Permission, type ViewerClaims } from '@houqin/auth';
import { expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { P } from '../src/permissions';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { SCHOOL_A, staffOf, startFacilities, V, viewer } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
let place: PlaceFixture;
beforeAll(async () => {
  sub = await startFacilities();
  place = await placeOf(sub, 'A');
}, 60_000);
afterAll(() => sub?.stop());

const parent = viewer(121, 'parentA', [[Role.PARENT_COMMITTEE, SCHOOL_A]]);
const PEOPLE: ViewerClaims[] = [...Object.values(V), parent];
const OTHER_SCHOOL = new Set<ViewerClaims>([V.directorB, V.storekeeperB, V.principalB, V.teacherB]);

function byPermission(permission: Permission): { allowed: ViewerClaims[]; refused: ViewerClaims[] } {
  const allowed = PEOPLE.filter((who) => may(new Viewer(who), permission, SCHOOL_A));
  return { allowed, refused: PEOPLE.filter((who) => !allowed.includes(who)) };
}
const refusal = (who: ViewerClaims, rule: Permission) => (OTHER_SCHOOL.has(who) && may(new Viewer(who), rule) ? 'NOT_FOUND' : 'FORBIDDEN');

const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id version status } }`;
const MOVE = `mutation($input: MoveAssetInput!) { moveAsset(input: $input) { id version } }`;
const STATUS = `mutation($input: ChangeAssetStatusInput!) { changeAssetStatus(input: $input) { id status } }`;
const UPDATE = `mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { id version } }`;
const IMPORT = `mutation($input: ImportAssetsInput!) { importAssets(input: $input) { count } }`;
const SETTINGS = `mutation($input: UpdateAssetSettingsInput!) { updateAssetSettings(input: $input) { version } }`;
const ASSETS = `query { assets(first: 100) { nodes { id } } }`;

let n = 0;
const card = () => ({
  schoolId: SCHOOL_A,
  tagNumber: `R-${++n}`,
  name: '投影仪',
  classCode: '2020200',
  acquiredOn: '2024-09-01',
  cost: '4200',
  roomId: place.rooms.CLASSROOM,
});
const registerAsDirector = async (extra: Record<string, unknown> = {}) =>
  ok<{ registerAsset: { id: string; version: number } }>(await sub.as(V.director).request(REGISTER, { input: { ...card(), ...extra } }))
    .registerAsset;

describe('fixed assets: who may, as the permission table says', () => {
  it('the table: leaders and the storekeeper keep the register; leaders import; the district administrator sets the settings', () => {
    for (const rule of [P.registerAsset, P.moveAsset, P.changeAssetStatus, P.updateAsset])
      expect(byPermission(rule).allowed).toEqual([V.principal, V.director, V.storekeeper, V.storekeeper2]);
    expect(byPermission(P.importAssets).allowed).toEqual([V.principal, V.director]);
    expect(byPermission(P.updateAssetSettings).allowed).toEqual([V.admin]);
    expect(byPermission(P.readFacilities).allowed).toEqual([
      V.admin,
      V.auditor,
      V.principal,
      V.director,
      V.storekeeper,
      V.accountant,
      V.storekeeper2,
    ]);
    expect(byPermission(P.readAssetsInCustody).refused).toEqual([...OTHER_SCHOOL, parent]);
  });

  it('registerAsset', async () => {
    const { allowed, refused } = byPermission(P.registerAsset);
    for (const who of allowed) ok(await sub.as(who).request(REGISTER, { input: card() }));
    for (const who of refused) expectCode(await expectNoWrites(sub, () => sub.as(who).request(REGISTER, { input: card() })), 'FORBIDDEN');
  });

  it('moveAsset, changeAssetStatus, updateAsset', async () => {
    for (const [rule, query, input] of [
      [P.moveAsset, MOVE, (id: string) => ({ assetId: id, roomId: place.rooms.LAB })],
      [P.changeAssetStatus, STATUS, (id: string) => ({ assetId: id, status: 'IDLE' })],
      [P.updateAsset, UPDATE, (id: string, version: number) => ({ assetId: id, version, model: 'X1' })],
    ] as [Permission, string, (id: string, version: number) => Record<string, unknown>][]) {
      const { allowed, refused } = byPermission(rule);
      for (const who of allowed) {
        const asset = await registerAsDirector();
        ok(await sub.as(who).request(query, { input: input(asset.id, asset.version) }));
      }
      const asset = await registerAsDirector();
      for (const who of refused)
        expectCode(
          await expectNoWrites(sub, () => sub.as(who).request(query, { input: input(asset.id, asset.version) })),
          refusal(who, rule),
        );
    }
  });

  it('importAssets', async () => {
    const { allowed, refused } = byPermission(P.importAssets);
    const rows = () => [{ ...card(), schoolId: undefined, roomId: undefined }];
    for (const who of allowed) ok(await sub.as(who).request(IMPORT, { input: { schoolId: SCHOOL_A, rows: rows() } }));
    for (const who of refused)
      expectCode(
        await expectNoWrites(sub, () => sub.as(who).request(IMPORT, { input: { schoolId: SCHOOL_A, rows: rows() } })),
        'FORBIDDEN',
      );
  });

  it('updateAssetSettings', async () => {
    const { allowed, refused } = byPermission(P.updateAssetSettings);
    for (const who of refused)
      expectCode(
        await expectNoWrites(sub, () => sub.as(who).request(SETTINGS, { input: { version: 0, generalThreshold: '1000' } })),
        'FORBIDDEN',
      );
    for (const who of allowed) ok(await sub.as(who).request(SETTINGS, { input: { version: 0, generalThreshold: '1000' } }));
  });

  it('reading: the register’s readers see every asset of the school, other staff their custody, others nothing', async () => {
    const inCustody = await registerAsDirector({ custodianStaffId: staffOf('A', 'CLEANER') });
    const total = (await sub.dataSource.query('SELECT COUNT(*) AS c FROM fixed_asset'))[0].c;
    const seen = async (who: ViewerClaims) =>
      ok<{ assets: { nodes: { id: string }[] } }>(await sub.as(who).request(ASSETS)).assets.nodes.map((a) => a.id);
    for (const who of byPermission(P.readFacilities).allowed) expect((await seen(who)).length).toBe(Math.min(100, Number(total)));
    expect(await seen(V.teacher2)).toEqual([inCustody.id]);
    expect(await seen(V.teacher)).toEqual([]);
    for (const who of OTHER_SCHOOL) expect(await seen(who)).toEqual([]);
    expectCode(await sub.as(parent).request(ASSETS), 'FORBIDDEN');
  });
});
