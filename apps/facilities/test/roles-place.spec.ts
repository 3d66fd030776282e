/**
 * Who may do what with places, as the permission table says (src/permissions.ts, "Places (place/)"):
 * each rule read from the table, the allowed people succeed, everyone else is refused and nothing is
 * written — FORBIDDEN, or NOT_FOUND for another school's people on a record they cannot see.
 */
import { may, Role, Viewer, type ViewerClaims } from '@houqin/auth';
import type { Permission } from '@houqin/auth';
import { expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { P } from '../src/permissions';
import { CREATE_BUILDING, CREATE_DEPARTMENT, CREATE_ROOM, createBuilding, placeOf } from './place-fixtures';
import { CAMPUS_A, SCHOOL_A, SCHOOL_B, startFacilities, V, viewer } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
});
afterAll(() => sub?.stop());

const parent = viewer(121, 'parentA', [[Role.PARENT_COMMITTEE, SCHOOL_A]]);
const PEOPLE: ViewerClaims[] = [...Object.values(V), parent];
/** Another school's people: they do not see school A's records at all. */
const OTHER_SCHOOL = new Set<ViewerClaims>([V.directorB, V.storekeeperB, V.principalB, V.teacherB]);

/** `PEOPLE` split by what the table says of `permission` at school A. */
function byPermission(permission: Permission): { allowed: ViewerClaims[]; refused: ViewerClaims[] } {
  const allowed = PEOPLE.filter((who) => may(new Viewer(who), permission, SCHOOL_A));
  return { allowed, refused: PEOPLE.filter((who) => !allowed.includes(who)) };
}

/** What a refused person gets on a record of school A: another school's leader passes the first check and does not find it. */
const refusal = (who: ViewerClaims, rule: Permission) => (OTHER_SCHOOL.has(who) && may(new Viewer(who), rule) ? 'NOT_FOUND' : 'FORBIDDEN');

const versionOf = async (query: string, id: string) =>
  ok<Record<string, { version: number }>>(await sub.as(V.director).request(query, { id })) as Record<string, { version: number }>;

describe('places: who may, as the permission table says', () => {
  it('the table: directors and principals manage places; every staff member and the district read them', () => {
    for (const rule of [P.createBuilding, P.updateBuilding, P.createRoom, P.updateRoom, P.createDepartment, P.renameDepartment]) {
      const { allowed } = byPermission(rule);
      expect(allowed).toEqual([V.principal, V.director]);
    }
    const { allowed, refused } = byPermission(P.readPlaces);
    expect(refused).toEqual([...OTHER_SCHOOL, parent]);
    expect(allowed).toEqual(expect.arrayContaining([V.admin, V.auditor, V.teacher, V.storekeeper, V.canteen, V.maintenance]));
  });

  it('createBuilding', async () => {
    const { allowed, refused } = byPermission(P.createBuilding);
    for (const [i, who] of allowed.entries())
      ok(
        await sub
          .as(who)
          .request(CREATE_BUILDING, { input: { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: `Block ${i}`, floorsAbove: 2 } }),
      );
    for (const who of refused) {
      const input = { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: `Refused ${who.username}`, floorsAbove: 2 };
      expectCode(await expectNoWrites(sub, () => sub.as(who).request(CREATE_BUILDING, { input })), 'FORBIDDEN');
    }
  });

  it('updateBuilding', async () => {
    const { allowed, refused } = byPermission(P.updateBuilding);
    const id = await createBuilding(sub, V.director, { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: 'Renamed often', floorsAbove: 2 });
    const query = 'query($id: ID!) { building(id: $id) { version } }';
    const update = 'mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { id version } }';
    for (const [i, who] of allowed.entries()) {
      const { version } = (await versionOf(query, id)).building;
      ok(await sub.as(who).request(update, { input: { id, version, name: `Renamed ${i}` } }));
    }
    const { version } = (await versionOf(query, id)).building;
    for (const who of refused) {
      const response = await expectNoWrites(sub, () => sub.as(who).request(update, { input: { id, version, name: 'Refused' } }));
      expectCode(response, refusal(who, P.updateBuilding));
    }
  });

  it('createRoom', async () => {
    const { allowed, refused } = byPermission(P.createRoom);
    const { buildingId } = await placeOf(sub, 'A');
    for (const [i, who] of allowed.entries())
      ok(await sub.as(who).request(CREATE_ROOM, { input: { buildingId, floor: 3, number: `30${i}`, name: `Room ${i}`, kind: 'OFFICE' } }));
    for (const who of refused) {
      const input = { buildingId, floor: 3, number: '399', name: 'Refused', kind: 'OFFICE' };
      expectCode(await expectNoWrites(sub, () => sub.as(who).request(CREATE_ROOM, { input })), refusal(who, P.createRoom));
    }
  });

  it('updateRoom', async () => {
    const { allowed, refused } = byPermission(P.updateRoom);
    const { rooms } = await placeOf(sub, 'A');
    const id = rooms.LAB;
    const query = 'query($id: ID!) { room(id: $id) { version } }';
    const update = 'mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { id version } }';
    for (const [i, who] of allowed.entries()) {
      const { version } = (await versionOf(query, id)).room;
      ok(await sub.as(who).request(update, { input: { id, version, capacity: 40 + i } }));
    }
    const { version } = (await versionOf(query, id)).room;
    for (const who of refused) {
      const response = await expectNoWrites(sub, () => sub.as(who).request(update, { input: { id, version, name: 'Refused' } }));
      expectCode(response, refusal(who, P.updateRoom));
    }
  });

  it('createDepartment', async () => {
    const { allowed, refused } = byPermission(P.createDepartment);
    for (const [i, who] of allowed.entries())
      ok(await sub.as(who).request(CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: `部门${i}` } }));
    for (const who of refused) {
      const input = { schoolId: SCHOOL_A, name: `Refused ${who.username}` };
      expectCode(await expectNoWrites(sub, () => sub.as(who).request(CREATE_DEPARTMENT, { input })), 'FORBIDDEN');
    }
  });

  it('renameDepartment', async () => {
    const { allowed, refused } = byPermission(P.renameDepartment);
    const created = ok<{ createDepartment: { id: string } }>(
      await sub.as(V.director).request(CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: '总务处' } }),
    ).createDepartment;
    const id = created.id;
    const list = 'query { departments(first: 100) { nodes { id version } } }';
    const versionNow = async () =>
      ok<{ departments: { nodes: { id: string; version: number }[] } }>(await sub.as(V.director).request(list)).departments.nodes.find(
        (d) => d.id === id,
      )!.version;
    const rename = 'mutation($input: RenameDepartmentInput!) { renameDepartment(input: $input) { id version } }';
    for (const [i, who] of allowed.entries())
      ok(await sub.as(who).request(rename, { input: { id, version: await versionNow(), name: `总务处 ${i}` } }));
    const version = await versionNow();
    for (const who of refused) {
      const response = await expectNoWrites(sub, () => sub.as(who).request(rename, { input: { id, version, name: 'Refused' } }));
      expectCode(response, refusal(who, P.renameDepartment));
    }
  });

  it('readPlaces: every staff member of the school and the district read its rooms; others see none', async () => {
    const { allowed, refused } = byPermission(P.readPlaces);
    const { rooms } = await placeOf(sub, 'A');
    const query = 'query($id: ID!) { room(id: $id) { id } }';
    for (const who of allowed)
      expect(ok<{ room: { id: string } }>(await sub.as(who).request(query, { id: rooms.OFFICE })).room.id).toBe(rooms.OFFICE);
    for (const who of refused)
      expectCode(await sub.as(who).request(query, { id: rooms.OFFICE }), who === parent ? 'FORBIDDEN' : 'NOT_FOUND');
    // School B's lists hold none of school A's rooms.
    const list = ok<{ rooms: { nodes: { schoolId: string }[] } }>(
      await sub.as(V.teacherB).request('{ rooms(first: 100) { nodes { schoolId } } }'),
    );
    expect(list.rooms.nodes.every((r) => r.schoolId === SCHOOL_B)).toBe(true);
  });
});
