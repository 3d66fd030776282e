/**
 * Places (楼宇与房间): a general-affairs director registers Teaching Building A on the east campus and
 * room 302, Class 3-2 (三年级2班), whose QR label a teacher scans; other schools never see it; bad
 * inputs are refused on their field and write nothing; departments (部门/处室); Campus and School in
 * the graph; and when the West Campus moves to another school its buildings and rooms go with it.
 */
import { graphql } from 'graphql';
import pino from 'pino';
import { Role, Viewer } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import { EventConsumer, eventDefinition, type EventEnvelope, type EventPayload } from '@houqin/events';
import { AuditEntry, currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { facilitiesConsumer } from '../src/events/facilities.consumer';
import { Building, Room } from '../src/place/place.entity';
import { MAX_ROOMS_PER_BUILDING, newQrCode } from '../src/place/place.rules';
import { createFacilitiesSubgraph } from '../src/subgraph';
import {
  CREATE_BUILDING,
  CREATE_DEPARTMENT,
  CREATE_ROOM,
  createBuilding,
  createRoom,
  placeOf,
  ROOM_FIELDS,
  type RoomOut,
} from './place-fixtures';
import { CAMPUS_A, CAMPUS_A_WEST, CAMPUS_B, SCHOOL_A, SCHOOL_B, startFacilities, TEST_NOW, UNKNOWN_ID, V, viewer } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
});
afterAll(() => sub?.stop());

const call = async <T = Record<string, unknown>>(
  as: Parameters<TestSubgraph['as']>[0],
  query: string,
  variables?: Record<string, unknown>,
) => ok<T>(await sub.as(as).request(query, variables));

const BY_QR = `query($code: String!) { roomByQrCode(code: $code) { ${ROOM_FIELDS} building { id name floorsAbove } } }`;
const ROOM = `query($id: ID!) { room(id: $id) { ${ROOM_FIELDS} } }`;
const BUILDING = `query($id: ID!) { building(id: $id) { id name schoolId campusId version
  rooms { id number } floors { floor rooms { number name } } } }`;
const UPDATE_ROOM = `mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { ${ROOM_FIELDS} } }`;
const UPDATE_BUILDING = `mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { id name floorsAbove floorsBelow version } }`;
const RENAME_DEPARTMENT = `mutation($input: RenameDepartmentInput!) { renameDepartment(input: $input) { id name code version } }`;

/** Teaching Building A (教学楼A) with its room 302, Class 3-2, made once. */
let teaching: Promise<{ buildingId: string; room: RoomOut }> | undefined;
const teachingBuilding = () =>
  (teaching ??= (async () => {
    const buildingId = await createBuilding(sub, V.director, {
      schoolId: SCHOOL_A,
      campusId: CAMPUS_A,
      name: 'Teaching Building A (教学楼A)',
      floorsAbove: 5,
    });
    const room = await createRoom(sub, V.director, {
      buildingId,
      floor: 3,
      number: '302',
      name: 'Class 3-2 (三年级2班)',
      kind: 'CLASSROOM',
      capacity: 45,
    });
    return { buildingId, room };
  })());

const buildingInput = (changes: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  campusId: CAMPUS_A,
  name: 'Science Building (科学楼)',
  floorsAbove: 4,
  ...changes,
});

describe('registering buildings and rooms', () => {
  it('the director registers Teaching Building A with 5 floors and room 302, Class 3-2; it gets a QR link at once', async () => {
    const { buildingId, room } = await teachingBuilding();
    expect(room).toMatchObject({
      schoolId: SCHOOL_A,
      campusId: CAMPUS_A,
      buildingId,
      floor: 3,
      number: '302',
      name: 'Class 3-2 (三年级2班)',
      kind: 'CLASSROOM',
      capacity: 45,
      version: 1,
    });
    expect(room.qrCode).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(room.qrPayload).toBe(`http://localhost:4200/r/${room.qrCode}`);

    const building = (
      await call<{ building: { floors: { floor: number; rooms: { number: string }[] }[] } }>(V.teacher, BUILDING, { id: buildingId })
    ).building;
    expect(building.floors.map((f) => f.floor)).toEqual([5, 4, 3, 2, 1]);
    expect(building.floors[2].rooms).toEqual([{ number: '302', name: 'Class 3-2 (三年级2班)' }]);

    // Each registration is in the audit trail.
    const audit = await sub.dataSource.getRepository(AuditEntry).find({ where: { entityId: room.id } });
    expect(audit.map((a) => a.action)).toEqual(['room.create']);
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ entityId: buildingId, action: 'building.create' })).toBe(1);
  });

  it('a teacher scans the QR label of room 302 and gets the room with its building', async () => {
    const { buildingId, room } = await teachingBuilding();
    const scanned = (
      await call<{ roomByQrCode: RoomOut & { building: { id: string; name: string } } }>(V.teacher, BY_QR, { code: room.qrCode })
    ).roomByQrCode;
    expect(scanned).toMatchObject({ id: room.id, number: '302', building: { id: buildingId, name: 'Teaching Building A (教学楼A)' } });
  });

  it("another school's director scanning the code, or reading the room or building, gets NOT_FOUND", async () => {
    const { buildingId, room } = await teachingBuilding();
    for (const who of [V.directorB, V.teacherB]) {
      expectCode(await sub.as(who).request(BY_QR, { code: room.qrCode }), 'NOT_FOUND');
      expectCode(await sub.as(who).request(ROOM, { id: room.id }), 'NOT_FOUND');
      expectCode(await sub.as(who).request(BUILDING, { id: buildingId }), 'NOT_FOUND');
    }
    expectCode(await sub.as(V.teacher).request(BY_QR, { code: 'AAAAAAAAAAAA' }), 'NOT_FOUND');
    expectBadInput(await sub.as(V.teacher).request(BY_QR, { code: 'not a code' }), 'code');
  });

  it.each([
    ['a campus of another school', { campusId: CAMPUS_B }, 'campusId'],
    ['an unknown campus', { campusId: UNKNOWN_ID }, 'campusId'],
    ['a name the campus already has', { name: 'Teaching Building A (教学楼A)' }, 'name'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
    ['no floor above ground', { floorsAbove: 0 }, 'floorsAbove'],
    ['negative floors below ground', { floorsBelow: -1 }, 'floorsBelow'],
    ['another school as the school', { schoolId: SCHOOL_B }, null],
  ])('a building on %s is refused, writing nothing', async (_what, changes, field) => {
    await teachingBuilding();
    const response = await expectNoWrites(sub, () => sub.as(V.director).request(CREATE_BUILDING, { input: buildingInput(changes) }));
    if (field) expectBadInput(response, field);
    else expectCode(response, 'FORBIDDEN');
  });

  it('the same building name on another campus of the school is fine', async () => {
    await teachingBuilding();
    const id = await createBuilding(sub, V.director, {
      ...buildingInput(),
      campusId: CAMPUS_A_WEST,
      name: 'Teaching Building A (教学楼A)',
    });
    expect(id).toBeTruthy();
  });

  it.each([
    ['a number the building already has', { number: '302' }, 'number'],
    ['the same number in lower case', { number: ' 302 ' }, 'number'],
    ['floor 0', { floor: 0 }, 'floor'],
    ['floor 6 of a 5-floor building', { floor: 6 }, 'floor'],
    ['a basement the building does not have', { floor: -1 }, 'floor'],
    ['an empty name', { name: '' }, 'name'],
    ['a name of 101 characters', { name: '班'.repeat(101) }, 'name'],
    ['a number with spaces', { number: '3 03' }, 'number'],
    ['a capacity of 0', { capacity: 0 }, 'capacity'],
    ['an unknown building', { buildingId: UNKNOWN_ID }, 'NOT_FOUND'],
    ['an unknown kind', { kind: 'BALLROOM' }, 'BAD_USER_INPUT'],
  ])('a room with %s is refused, writing nothing', async (_what, changes, expected) => {
    const { buildingId } = await teachingBuilding();
    const input = { buildingId, floor: 3, number: '303', name: 'Class 3-3 (三年级3班)', kind: 'CLASSROOM', ...changes };
    const response = await expectNoWrites(sub, () => sub.as(V.director).request(CREATE_ROOM, { input }));
    if (expected === 'NOT_FOUND' || expected === 'BAD_USER_INPUT') expectCode(response, expected);
    else expectBadInput(response, expected);
  });

  it('a teacher creating a room is FORBIDDEN before the input is even looked at', async () => {
    const response = await expectNoWrites(sub, () =>
      sub.as(V.teacher).request(CREATE_ROOM, { input: { buildingId: UNKNOWN_ID, floor: 0, number: '', name: '', kind: 'CLASSROOM' } }),
    );
    expectCode(response, 'FORBIDDEN');
    // Another school's director does not learn that the building exists.
    const { buildingId } = await teachingBuilding();
    const other = await expectNoWrites(sub, () =>
      sub.as(V.directorB).request(CREATE_ROOM, { input: { buildingId, floor: 1, number: '101', name: 'Hall', kind: 'OTHER' } }),
    );
    expectCode(other, 'NOT_FOUND');
  });
});

describe('changing buildings and rooms', () => {
  it('a new school year renames Class 3-2 to Class 4-2 and moves it to floor 4; its QR code stays', async () => {
    const { room } = await teachingBuilding();
    const current = (await call<{ room: RoomOut }>(V.director, ROOM, { id: room.id })).room;
    const moved = (
      await call<{ updateRoom: RoomOut }>(V.director, UPDATE_ROOM, {
        input: { id: room.id, version: current.version, name: 'Class 4-2 (四年级2班)', floor: 4, number: '402' },
      })
    ).updateRoom;
    expect(moved).toMatchObject({
      name: 'Class 4-2 (四年级2班)',
      floor: 4,
      number: '402',
      qrCode: room.qrCode,
      version: current.version + 1,
    });
    // An old copy is a CONFLICT; a floor outside the building is refused; nothing written.
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(V.director).request(UPDATE_ROOM, { input: { id: room.id, version: current.version, name: 'X' } }),
      ),
      'CONFLICT',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        sub.as(V.director).request(UPDATE_ROOM, { input: { id: room.id, version: moved.version, floor: 0 } }),
      ),
      'floor',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        sub.as(V.director).request(UPDATE_ROOM, { input: { id: room.id, version: moved.version, floor: 9 } }),
      ),
      'floor',
    );
    // Back to 302 for the other stories; the capacity forgotten.
    const back = (
      await call<{ updateRoom: RoomOut }>(V.principal, UPDATE_ROOM, {
        input: {
          id: room.id,
          version: moved.version,
          name: 'Class 3-2 (三年级2班)',
          floor: 3,
          number: '302',
          kind: 'CLASSROOM',
          clearCapacity: true,
        },
      })
    ).updateRoom;
    expect(back).toMatchObject({ number: '302', floor: 3, capacity: null, qrCode: room.qrCode });
  });

  it('a building keeps the floors its rooms are on, and its name stays unique on the campus', async () => {
    const { buildingId } = await teachingBuilding();
    const read = (await call<{ building: { version: number } }>(V.director, BUILDING, { id: buildingId })).building;
    expectBadInput(
      await expectNoWrites(sub, () =>
        sub.as(V.director).request(UPDATE_BUILDING, { input: { id: buildingId, version: read.version, floorsAbove: 2 } }),
      ),
      'floorsAbove',
    );
    const other = await createBuilding(sub, V.director, buildingInput({ name: 'Library (图书馆)', floorsAbove: 2 }));
    const otherVersion = (await call<{ building: { version: number } }>(V.director, BUILDING, { id: other })).building.version;
    expectBadInput(
      await expectNoWrites(sub, () =>
        sub.as(V.director).request(UPDATE_BUILDING, { input: { id: other, version: otherVersion, name: 'Teaching Building A (教学楼A)' } }),
      ),
      'name',
    );
    const updated = (
      await call<{ updateBuilding: { floorsAbove: number; floorsBelow: number; name: string } }>(V.director, UPDATE_BUILDING, {
        input: { id: other, version: otherVersion, name: 'Library and Archives (图书档案馆)', floorsAbove: 3, floorsBelow: 1 },
      })
    ).updateBuilding;
    expect(updated).toEqual({
      id: other,
      name: 'Library and Archives (图书档案馆)',
      floorsAbove: 3,
      floorsBelow: 1,
      version: otherVersion + 1,
    });
    // The basement now exists: a room can go on floor -1.
    expect(
      (await createRoom(sub, V.director, { buildingId: other, floor: -1, number: 'B1-01', name: 'Archive (档案室)', kind: 'OTHER' })).floor,
    ).toBe(-1);
  });
});

describe('how much a building and a campus hold', () => {
  it('a building with MAX_ROOMS_PER_BUILDING rooms refuses another on buildingId; its room list stays whole and bounded', async () => {
    const buildingId = await createBuilding(sub, V.director, buildingInput({ name: 'Dormitory Block 1 (宿舍1号楼)', floorsAbove: 6 }));
    const building = (await sub.dataSource.getRepository(Building).findOneByOrFail({ id: buildingId }))!;
    // The dormitory's rooms as a school's first load would leave them (set up in the table; the limit is what is tried).
    await sub.dataSource.getRepository(Room).insert(
      Array.from({ length: MAX_ROOMS_PER_BUILDING }, (_, i) => ({
        id: newId(),
        districtId: building.districtId,
        schoolId: building.schoolId,
        campusId: building.campusId,
        buildingId,
        floor: 1 + (i % 6),
        number: `D${i + 1}`,
        name: `Dorm room ${i + 1}`,
        kind: 'DORMITORY' as Room['kind'],
        capacity: 8,
        qrCode: newQrCode(),
      })),
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        sub
          .as(V.director)
          .request(CREATE_ROOM, { input: { buildingId, floor: 1, number: 'D999', name: 'One too many', kind: 'DORMITORY' } }),
      ),
      'buildingId',
    );
    const read = (await call<{ building: { rooms: unknown[]; floors: { rooms: unknown[] }[] } }>(V.director, BUILDING, { id: buildingId }))
      .building;
    expect(read.rooms).toHaveLength(MAX_ROOMS_PER_BUILDING);
    expect(read.floors.reduce((sum, floor) => sum + floor.rooms.length, 0)).toBe(MAX_ROOMS_PER_BUILDING);
  });
});

describe('reading places', () => {
  it('rooms by campus, building, kind and a text; buildings by campus; pages of at most `first`', async () => {
    const { buildingId, room } = await teachingBuilding();
    const place = await placeOf(sub, 'A');
    await placeOf(sub, 'B');
    const rooms = async (as: Viewer | typeof V.director, filter: Record<string, unknown>, first = 100) =>
      (
        await call<{ rooms: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(
          as as typeof V.director,
          'query($filter: RoomFilter, $first: Int) { rooms(filter: $filter, first: $first) { nodes { id } pageInfo { hasNextPage } } }',
          { filter, first },
        )
      ).rooms;
    expect((await rooms(V.teacher, { search: '三年级2' })).nodes).toEqual([{ id: room.id }]);
    expect((await rooms(V.teacher, { kind: 'STOREROOM', campusId: CAMPUS_A })).nodes).toEqual([{ id: place.rooms.STOREROOM }]);
    expect((await rooms(V.teacher, { buildingId })).nodes).toEqual([{ id: room.id }]);
    expect((await rooms(V.teacherB, { buildingId })).nodes).toEqual([]);
    expect((await rooms(V.auditor, { schoolId: SCHOOL_B })).nodes).toHaveLength(4);
    const page = await rooms(V.director, { schoolId: SCHOOL_A }, 2);
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const buildings = (
      await call<{ buildings: { nodes: { id: string }[] } }>(
        V.storekeeper,
        'query($f: BuildingFilter) { buildings(filter: $f) { nodes { id } } }',
        {
          f: { campusId: CAMPUS_A },
        },
      )
    ).buildings.nodes.map((b) => b.id);
    expect(buildings).toEqual(expect.arrayContaining([buildingId, place.buildingId]));
  });

  it('Room is a federation entity: other subgraphs resolve rooms by id, nothing outside the viewer’s schools', async () => {
    const { room } = await teachingBuilding();
    const b = await placeOf(sub, 'B');
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Room { id number qrPayload } } }`;
    const reps = [room.id, b.rooms.CLASSROOM].map((id) => ({ __typename: 'Room', id }));
    const found = (await call<{ _entities: ({ id: string } | null)[] }>(V.teacher, entities, { reps }))._entities;
    expect(found[0]).toMatchObject({ id: room.id, number: '302' });
    expect(found[1]).toBeNull();
  });

  it('Campus.buildings, Campus.rooms and School.placeCounts over a page cost one statement each', async () => {
    await teachingBuilding();
    await placeOf(sub, 'B');
    const definition = createFacilitiesSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    const run = async (source: string, reps: { __typename: string; id: string }[]) =>
      withSqlStats(async () => {
        const contextValue = definition.createContext({
          viewer: new Viewer(V.auditor),
          requestId: 't',
          logger: pino({ level: 'silent' }),
          dataSource: sub.dataSource,
        });
        const result = await graphql({ schema, source, variableValues: { reps }, contextValue });
        return { result, statements: currentSqlStats()!.statements };
      });
    const campuses = Object.values(DEMO_CAMPUSES).map((c) => ({ __typename: 'Campus', id: c.id }));
    const byCampus = await run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Campus { id buildings { id } } } }`,
      campuses,
    );
    expect(byCampus.result.errors).toBeUndefined();
    expect(byCampus.statements).toBe(1);
    const roomsByCampus = await run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Campus { id rooms { id } } } }`,
      campuses,
    );
    expect(roomsByCampus.statements).toBe(1);
    const data = roomsByCampus.result.data!._entities as { id: string; rooms: unknown[] }[];
    expect(data.find((c) => c.id === CAMPUS_B)!.rooms).toHaveLength(4);

    const schools = Object.values(DEMO_SCHOOLS).map((s) => ({ __typename: 'School', id: s.id }));
    const counts = await run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id placeCounts { buildings rooms } } } }`,
      schools,
    );
    expect(counts.statements).toBe(2);
    const bCounts = (counts.result.data!._entities as { id: string; placeCounts: { buildings: number; rooms: number } }[]).find(
      (s) => s.id === SCHOOL_B,
    );
    expect(bCounts!.placeCounts).toEqual({ buildings: 1, rooms: 4 });

    const trees = await run(`query { buildings(first: 100) { nodes { id floors { floor rooms { id } } building: rooms { id } } } }`, []);
    expect(trees.result.errors).toBeUndefined();
    expect(trees.statements).toBe(2);
  });

  it('a parents’ committee member reads no places', async () => {
    const parent = viewer(120, 'parent', [[Role.PARENT_COMMITTEE, SCHOOL_A]]);
    expectCode(await sub.as(parent).request('{ rooms { nodes { id } } }'), 'FORBIDDEN');
  });
});

describe('departments (部门/处室)', () => {
  const departments = async (as: typeof V.director, schoolId: string) =>
    (
      await call<{ departments: { nodes: { id: string; name: string; code: string | null }[] } }>(
        as,
        'query($s: ID) { departments(schoolId: $s) { nodes { id name code } } }',
        { s: schoolId },
      )
    ).departments.nodes;

  it('the director registers 教务处 and 三年级组; names and codes are unique in the school; renamed later', async () => {
    const created = (
      await call<{ createDepartment: { id: string; code: string; version: number } }>(V.director, CREATE_DEPARTMENT, {
        input: { schoolId: SCHOOL_A, name: '教务处', code: 'jwc' },
      })
    ).createDepartment;
    expect(created.code).toBe('JWC');
    await call(V.principal, CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: '三年级组' } });
    // School B may have its own 教务处 with the same code.
    await call(V.directorB, CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_B, name: '教务处', code: 'JWC' } });

    for (const [input, field] of [
      [{ name: '教务处' }, 'name'],
      [{ name: 'Academic Office', code: 'JWC' }, 'code'],
      [{ name: ' ' }, 'name'],
      [{ name: 'x'.repeat(61) }, 'name'],
      [{ name: 'Office', code: 'J W C' }, 'code'],
    ] as const)
      expectBadInput(
        await expectNoWrites(sub, () => sub.as(V.director).request(CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, ...input } })),
        field,
      );
    expectCode(
      await expectNoWrites(sub, () => sub.as(V.teacher).request(CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: '' } })),
      'FORBIDDEN',
    );

    const renamed = (
      await call<{ renameDepartment: { name: string; code: string; version: number } }>(V.director, RENAME_DEPARTMENT, {
        input: { id: created.id, version: created.version, name: '教务处 (Academic Affairs Office)' },
      })
    ).renameDepartment;
    expect(renamed).toMatchObject({ name: '教务处 (Academic Affairs Office)', code: 'JWC', version: created.version + 1 });
    expectCode(
      await sub.as(V.directorB).request(RENAME_DEPARTMENT, { input: { id: created.id, version: renamed.version, name: 'Mine' } }),
      'NOT_FOUND',
    );

    expect((await departments(V.teacher, SCHOOL_A)).map((d) => d.name)).toEqual(['教务处 (Academic Affairs Office)', '三年级组']);
    expect(await departments(V.teacher, SCHOOL_B)).toEqual([]);
  });

  it('other concepts check the rooms and departments their inputs name (requireRoomOf, requireDepartmentOf)', async () => {
    const a = await placeOf(sub, 'A');
    const b = await placeOf(sub, 'B');
    const ctx = createFacilitiesSubgraph({ now: TEST_NOW }).createContext({
      viewer: new Viewer(V.director),
      requestId: 't',
      logger: pino({ level: 'silent' }),
      dataSource: sub.dataSource,
    });
    const m = sub.dataSource.manager;
    const [deptA] = await departments(V.director, SCHOOL_A);
    const [deptB] = await departments(V.directorB, SCHOOL_B);
    expect((await ctx.places.requireDepartmentOf(m, SCHOOL_A, deptA.id, 'departmentId')).name).toBe(deptA.name);
    await expect(ctx.places.requireDepartmentOf(m, SCHOOL_A, deptB.id, 'departmentId')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'departmentId' },
    });
    expect((await ctx.places.requireRoomOf(m, SCHOOL_A, a.rooms.STOREROOM, 'storeroomRoomId', 'STOREROOM' as never)).id).toBe(
      a.rooms.STOREROOM,
    );
    await expect(ctx.places.requireRoomOf(m, SCHOOL_A, a.rooms.OFFICE, 'storeroomRoomId', 'STOREROOM' as never)).rejects.toMatchObject({
      extensions: { field: 'storeroomRoomId' },
    });
    await expect(ctx.places.requireRoomOf(m, SCHOOL_A, b.rooms.CLASSROOM, 'roomId')).rejects.toMatchObject({
      extensions: { field: 'roomId' },
    });
  });
});

describe('a campus moved to another school (directory.campus.moved)', () => {
  it('the West Campus moving takes its buildings and rooms along: the same rows, the same QR codes', async () => {
    const westBuilding = await createBuilding(sub, V.director, {
      schoolId: SCHOOL_A,
      campusId: CAMPUS_A_WEST,
      name: 'West Teaching Building (西校区教学楼)',
      floorsAbove: 3,
    });
    const westRoom = await createRoom(sub, V.director, {
      buildingId: westBuilding,
      floor: 2,
      number: '201',
      name: 'Class 2-1 (二年级1班)',
      kind: 'CLASSROOM',
    });
    const { room: eastRoom } = await teachingBuilding();

    // The directory moves the West Campus to school B (a second merger, for the story).
    const envelope: EventEnvelope = {
      id: newId(),
      type: 'directory.campus.moved',
      version: eventDefinition('directory.campus.moved')!.version,
      occurredAt: new Date().toISOString(),
      districtId: DEMO_DISTRICT.id,
      schoolId: SCHOOL_B,
      actor: null,
      requestId: 'test-campus-moved',
      payload: {
        campusId: CAMPUS_A_WEST,
        fromSchoolId: SCHOOL_A,
        toSchoolId: SCHOOL_B,
        name: DEMO_CAMPUSES.firstPrimaryWest.name,
        active: true,
        effectiveOn: '2026-11-16',
        reason: 'Merged into Second Junior Middle (test)',
      } satisfies EventPayload<'directory.campus.moved'>,
    };
    const result = await new EventConsumer(facilitiesConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) }).handle(
      envelope,
    );
    expect({ outcome: result.outcome, error: result.error }).toEqual({ outcome: 'handled', error: undefined });

    // School B's director now sees the building and the room, under the same id and QR code.
    const scanned = (await call<{ roomByQrCode: RoomOut }>(V.directorB, BY_QR, { code: westRoom.qrCode })).roomByQrCode;
    expect(scanned).toMatchObject({ id: westRoom.id, schoolId: SCHOOL_B, campusId: CAMPUS_A_WEST, qrCode: westRoom.qrCode });
    expect((await call<{ building: { schoolId: string } }>(V.directorB, BUILDING, { id: westBuilding })).building.schoolId).toBe(SCHOOL_B);
    // School A no longer does; its east campus rooms stay.
    expectCode(await sub.as(V.director).request(ROOM, { id: westRoom.id }), 'NOT_FOUND');
    expect((await call<{ room: RoomOut }>(V.director, ROOM, { id: eastRoom.id })).room.schoolId).toBe(SCHOOL_A);
    // School B's director may now register rooms there; school A's may not.
    await createRoom(sub, V.directorB, { buildingId: westBuilding, floor: 1, number: '101', name: 'Office (办公室)', kind: 'OFFICE' });
    expectCode(
      await sub
        .as(V.director)
        .request(CREATE_ROOM, { input: { buildingId: westBuilding, floor: 1, number: '102', name: 'X', kind: 'OFFICE' } }),
      'NOT_FOUND',
    );
  });
});
