/**
 * Responsibility zones (责任区域), told as the safety officer of First Primary sets them up: the third
 * floor of Teaching Building A goes to the electrician, weekly patrols; a room is in one zone only;
 * a hazard reported in a room lands in its zone, and the zone's owner sees and rectifies it. Every
 * refusal names its field and writes nothing.
 */
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { CAMPUS_A, CAMPUS_B, ROOMS, SCHOOL_A, SCHOOL_B, staffOf, startSafety, UNKNOWN_ID, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const FIELDS = 'id name kind patrolEveryDays active version description responsible { id } campus { id } rooms { id }';
const CREATE = `mutation($input: CreateSafetyZoneInput!) { createSafetyZone(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSafetyZoneInput!) { updateSafetyZone(input: $input) { ${FIELDS} } }`;

interface ZoneView {
  id: string;
  name: string;
  version: number;
  rooms: { id: string }[];
  [key: string]: unknown;
}
let n = 0;
const zoneInput = (extra: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  campusId: CAMPUS_A,
  name: `区域${++n}`,
  kind: 'ROOMS',
  responsibleStaffId: staffOf('A', 'ELECTRICIAN'),
  patrolEveryDays: 7,
  roomIds: [],
  ...extra,
});
const create = async (who: Who, extra: Record<string, unknown> = {}) =>
  ok<{ createSafetyZone: ZoneView }>(await request(who, CREATE, { input: zoneInput(extra) })).createSafetyZone;

describe('the officer sets up the third floor of Teaching Building A (教学楼A三楼)', () => {
  let floor3: ZoneView;

  it('creates the zone with its responsible person, weekly patrols and two rooms', async () => {
    floor3 = await create('safety', {
      name: '教学楼A三楼',
      description: '三楼教室及卫生间',
      roomIds: [ROOMS.class32.roomId, ROOMS.toilet3.roomId],
    });
    expect(floor3).toMatchObject({
      name: '教学楼A三楼',
      kind: 'ROOMS',
      patrolEveryDays: 7,
      active: true,
      responsible: { id: staffOf('A', 'ELECTRICIAN') },
      campus: { id: CAMPUS_A },
    });
    expect(floor3.rooms.map((r) => r.id).sort()).toEqual([ROOMS.class32.roomId, ROOMS.toilet3.roomId].sort());
  });

  it('lists the school’s zones to anyone of the school, and a room tells its zone', async () => {
    const listed = ok(await request('teacher', `{ safetyZones(schoolId: "${SCHOOL_A}", first: 50) { nodes { id name } } }`));
    expect(listed.safetyZones.nodes).toEqual(expect.arrayContaining([{ id: floor3.id, name: '教学楼A三楼' }]));
    const rooms = ok(
      await request('teacher', `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Room { id safetyZone { name } } } }`, {
        reps: [
          { __typename: 'Room', id: ROOMS.class32.roomId },
          { __typename: 'Room', id: ROOMS.kitchen.roomId },
        ],
      }),
    );
    expect(rooms._entities).toEqual([
      { id: ROOMS.class32.roomId, safetyZone: { name: '教学楼A三楼' } },
      { id: ROOMS.kitchen.roomId, safetyZone: null },
    ]);
  });

  it('refuses a room already in another zone (a room is in at most one zone), writing nothing', async () => {
    const response = await expectNoWrites(sub, () =>
      request('safety', CREATE, { input: zoneInput({ roomIds: [ROOMS.kitchen.roomId, ROOMS.class32.roomId] }) }),
    );
    expectBadInput(response, 'roomIds');
    expect(response.errors![0].message).toContain('教学楼A三楼');
  });

  it('a hazard reported in Class 3-2 lands in the zone; its owner sees it and a zone of the wrong room is refused', async () => {
    const reported = ok(
      await request('teacher', `mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id zoneId roomId } }`, {
        input: { schoolId: SCHOOL_A, title: '教室插座松动', description: '讲台旁插座面板脱落', roomId: ROOMS.class32.roomId },
      }),
    ).reportHazard;
    expect(reported).toMatchObject({ zoneId: floor3.id, roomId: ROOMS.class32.roomId });
    const seen = ok(await request('electrician', `{ hazard(id: "${reported.id}") { id zoneId } }`));
    expect(seen.hazard).toEqual({ id: reported.id, zoneId: floor3.id });
    expectCode(await request('teacher2', `{ hazard(id: "${reported.id}") { id } }`), 'NOT_FOUND');

    const kitchenZone = await create('safety', { name: '食堂后厨', roomIds: [ROOMS.kitchen.roomId] });
    const wrongZone = await expectNoWrites(sub, () =>
      request('teacher', `mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }`, {
        input: { schoolId: SCHOOL_A, title: '插座松动', description: '插座松动', roomId: ROOMS.class32.roomId, zoneId: kitchenZone.id },
      }),
    );
    expectBadInput(wrongZone, 'zoneId');
  });

  it('replaces its rooms, and retiring it frees them for another zone', async () => {
    const moved = ok<{ updateSafetyZone: ZoneView }>(
      await request('director', UPDATE, {
        input: { id: floor3.id, version: floor3.version, roomIds: [ROOMS.class32.roomId], patrolEveryDays: 1 },
      }),
    ).updateSafetyZone;
    expect(moved).toMatchObject({ patrolEveryDays: 1, rooms: [{ id: ROOMS.class32.roomId }] });

    const stale = await expectNoWrites(sub, () =>
      request('safety', UPDATE, { input: { id: floor3.id, version: floor3.version, name: '旧名' } }),
    );
    expectCode(stale, 'CONFLICT');

    const retired = ok<{ updateSafetyZone: ZoneView }>(
      await request('safety', UPDATE, { input: { id: moved.id, version: moved.version, active: false } }),
    ).updateSafetyZone;
    expect(retired).toMatchObject({ active: false, rooms: [] });
    const reused = await create('safety', { roomIds: [ROOMS.class32.roomId] });
    expect(reused.rooms).toEqual([{ id: ROOMS.class32.roomId }]);
  });
});

describe('what a zone refuses, writing nothing', () => {
  const refused = async (who: Who, extra: Record<string, unknown>) =>
    expectNoWrites(sub, () => request(who, CREATE, { input: zoneInput(extra) }));

  it('a teacher may not create one (FORBIDDEN before any validation)', async () => {
    expectCode(await refused('teacher', { patrolEveryDays: 0, campusId: 'nonsense' }), 'FORBIDDEN');
  });

  it('school B’s officer may not create one at school A, nor read or change school A’s', async () => {
    expectCode(await refused('safetyB', {}), 'FORBIDDEN');
    const zone = await create('safety');
    expectCode(await request('safetyB', `{ safetyZone(id: "${zone.id}") { id } }`), 'NOT_FOUND');
    expectCode(
      await expectNoWrites(sub, () => request('safetyB', UPDATE, { input: { id: zone.id, version: zone.version, name: '偷改' } })),
      'NOT_FOUND',
    );
  });

  it.each([
    ['patrolEveryDays', { patrolEveryDays: 0 }],
    ['patrolEveryDays', { patrolEveryDays: 365 }],
    ['campusId', { campusId: CAMPUS_B }],
    ['responsibleStaffId', { responsibleStaffId: staffOf('B', 'TEACHER') }],
    ['roomIds', { roomIds: [ROOMS.labB.roomId] }],
    ['roomIds', { roomIds: [UNKNOWN_ID] }],
    ['roomIds', { roomIds: [ROOMS.kitchen.roomId, ROOMS.kitchen.roomId] }],
    ['roomIds[0]', { roomIds: ['room-1'] }],
    ['name', { name: '   ' }],
    ['schoolId', { schoolId: SCHOOL_B }],
  ])('bad %s', async (field, extra) => {
    const response = await refused('safety', extra);
    if (field === 'schoolId') expect(codes(response)).toEqual(['FORBIDDEN']);
    else expectBadInput(response, field);
  });

  it('a second zone with a name the school already has', async () => {
    const zone = await create('safety');
    expectBadInput(await refused('safety', { name: zone.name }), 'name');
  });

  it('a hazard in a room of another school', async () => {
    const response = await expectNoWrites(sub, () =>
      request('teacher', `mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }`, {
        input: { schoolId: SCHOOL_A, title: '插座松动', description: '插座松动', roomId: ROOMS.labB.roomId },
      }),
    );
    expectBadInput(response, 'roomId');
  });
});
