/**
 * Patrols (巡视): the director sets the teaching building's evening route; the electrician walks it,
 * scanning each room's QR code — one out of order, one with a dripping tap reported as a repair on the
 * spot, one missed; finishing counts them, and the district reads the school's completeness.
 */
import { Role } from '@houqin/auth';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { PatrolScan } from '../src/patrol/patrol.entity';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { SCHOOL_A, staffOf, startFacilities, TEST_NOW, V, viewer } from './support';

jest.setTimeout(60_000);

let clock = new Date('2026-11-16T17:30:00+08:00');
let sub: TestSubgraph;
let placeA: PlaceFixture;
let placeB: PlaceFixture;
const qr: Record<string, string> = {};
beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
  placeA = await placeOf(sub, 'A');
  placeB = await placeOf(sub, 'B');
  for (const [key, id] of [...Object.entries(placeA.rooms), ['B', placeB.rooms.CLASSROOM]])
    qr[key] = ok<{ room: { qrCode: string } }>(
      await sub.as(key === 'B' ? V.directorB : V.director).request(`query($id: ID!) { room(id: $id) { qrCode } }`, { id }),
    ).room.qrCode;
}, 60_000);
afterAll(() => sub?.stop());

/** A security guard (保安) of the school, with the plain staff role. */
const GUARD = viewer(105, 'guard', [[Role.STAFF, SCHOOL_A]], staffOf('A', 'SECURITY_GUARD'));
const WHO = { ...V, guard: GUARD };
type Who = keyof typeof WHO;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(WHO[who]).request(query, variables);
const ROUTE = `mutation($input: CreatePatrolRouteInput!) { createPatrolRoute(input: $input) { id checkpoints { order roomId } windowStart windowEnd } }`;
const START = `mutation($input: StartPatrolInput!) { startPatrol(input: $input) { id status inWindow expectedCount } }`;
const SCAN = `mutation($input: RecordPatrolScanInput!) { recordPatrolScan(input: $input) { seq roomId checkpointOrder outOfOrder issue workOrderId } }`;
const FINISH = `mutation($input: FinishPatrolInput!) { finishPatrol(input: $input) { status scannedCount missedCount outOfOrderCount scans { seq } } }`;
const routeInput = (changes: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  name: '教学楼晚间巡查 (evening round)',
  roomIds: [placeA.rooms.CLASSROOM, placeA.rooms.LAB, placeA.rooms.OFFICE, placeA.rooms.STOREROOM],
  windowStart: '17:00',
  windowEnd: '18:30',
  ...changes,
});

describe('the evening round of the teaching building', () => {
  it('is walked with one checkpoint out of order, one issue reported as a repair, one missed; finishing counts them', async () => {
    const route = ok<{ createPatrolRoute: { id: string; checkpoints: unknown[] } }>(
      await request('director', ROUTE, { input: routeInput() }),
    ).createPatrolRoute;
    expect(route.checkpoints).toHaveLength(4);
    const patrol = ok<{ startPatrol: { id: string; inWindow: boolean; expectedCount: number } }>(
      await request('guard', START, { input: { routeId: route.id } }),
    ).startPatrol;
    expect(patrol).toMatchObject({ inWindow: true, expectedCount: 4 });
    // The guard reads the route they walk and their own patrol; another teacher does not see the patrol.
    expect(
      ok<{ patrolRoute: { id: string } }>(await request('guard', `query($id: ID!) { patrolRoute(id: $id) { id } }`, { id: route.id }))
        .patrolRoute.id,
    ).toBe(route.id);
    expect(
      ok<{ patrolRoutes: { nodes: { id: string }[] } }>(await request('guard', `{ patrolRoutes { nodes { id } } }`)).patrolRoutes.nodes,
    ).toContainEqual({
      id: route.id,
    });
    expect(
      ok<{ patrol: { id: string } }>(await request('guard', `query($id: ID!) { patrol(id: $id) { id } }`, { id: patrol.id })).patrol.id,
    ).toBe(patrol.id);
    expectCode(await request('teacher2', `query($id: ID!) { patrol(id: $id) { id } }`, { id: patrol.id }), 'NOT_FOUND');
    expectCode(await request('directorB', `query($id: ID!) { patrolRoute(id: $id) { id } }`, { id: route.id }), 'NOT_FOUND');
    const scan = (who: Who, code: string, extra: Record<string, unknown> = {}) =>
      request(who, SCAN, { input: { patrolId: patrol.id, qrCode: code, ...extra } });
    ok(await scan('guard', qr.CLASSROOM));
    ok(await scan('guard', qr.OFFICE));
    const lab = ok<{ recordPatrolScan: { outOfOrder: boolean; checkpointOrder: number; workOrderId: string | null } }>(
      await scan('guard', qr.LAB, { issue: '实验室水龙头滴水 (lab tap dripping)', reportRepair: true, category: 'PLUMBING' }),
    ).recordPatrolScan;
    expect(lab).toMatchObject({ outOfOrder: true, checkpointOrder: 2 });
    expect(lab.workOrderId).toBeTruthy();
    const repair = ok<{ workOrder: { status: string; roomId: string; category: string } }>(
      await request('director', `query($id: ID!) { workOrder(id: $id) { status roomId category } }`, { id: lab.workOrderId }),
    ).workOrder;
    expect(repair).toEqual({ status: 'REPORTED', roomId: placeA.rooms.LAB, category: 'PLUMBING' });

    // Not another's patrol; not another school's room; not a code at all.
    expectCode(await expectNoWrites(sub, () => scan('teacher2', qr.STOREROOM)), 'FORBIDDEN');
    expectBadInput(await expectNoWrites(sub, () => scan('guard', qr.B)), 'qrCode');
    expectBadInput(await expectNoWrites(sub, () => scan('guard', 'not-a-code')), 'qrCode');
    expectBadInput(await expectNoWrites(sub, () => scan('guard', qr.STOREROOM, { reportRepair: true })), 'issue');

    const finished = ok<{ finishPatrol: { status: string; scannedCount: number; missedCount: number; outOfOrderCount: number } }>(
      await request('guard', FINISH, { input: { patrolId: patrol.id } }),
    ).finishPatrol;
    expect(finished).toMatchObject({ status: 'FINISHED', scannedCount: 3, missedCount: 1, outOfOrderCount: 1 });
    expectCode(await expectNoWrites(sub, () => scan('guard', qr.STOREROOM)), 'CONFLICT');

    const COMPLETENESS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School {
      patrolCompleteness(from: "2026-11-01", to: "2026-11-30") { patrols expected scanned missed outOfOrder outsideWindow completenessPercent } } } }`;
    const completeness = ok<{ _entities: { patrolCompleteness: Record<string, number> }[] }>(
      await request('auditor', COMPLETENESS, { reps: [{ __typename: 'School', id: SCHOOL_A }] }),
    )._entities[0].patrolCompleteness;
    expect(completeness).toEqual({
      patrols: 1,
      expected: 4,
      scanned: 3,
      missed: 1,
      outOfOrder: 1,
      outsideWindow: 0,
      completenessPercent: 75,
    });
  });

  it('loses no scan when several arrive at once; a patrol started outside its window says so', async () => {
    const route = ok<{ createPatrolRoute: { id: string } }>(
      await request('director', ROUTE, { input: routeInput({ name: '早间巡查' }) }),
    ).createPatrolRoute;
    clock = TEST_NOW(); // 10:00, outside 17:00–18:30
    const patrol = ok<{ startPatrol: { id: string; inWindow: boolean } }>(
      await request('maintenance', START, { input: { routeId: route.id } }),
    ).startPatrol;
    expect(patrol.inWindow).toBe(false);
    const codes = [qr.CLASSROOM, qr.LAB, qr.OFFICE, qr.STOREROOM, qr.CLASSROOM];
    const results = await Promise.all(codes.map((code) => request('maintenance', SCAN, { input: { patrolId: patrol.id, qrCode: code } })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const scans = await sub.dataSource.getRepository(PatrolScan).find({ where: { patrolId: patrol.id }, order: { seq: 'ASC' } });
    expect(scans.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a bad route on its field and writes nothing; a teacher is FORBIDDEN', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ roomIds: [placeA.rooms.CLASSROOM] }, 'roomIds'],
      [{ roomIds: [placeB.rooms.CLASSROOM, placeA.rooms.LAB] }, 'roomIds.0'],
      [{ roomIds: [placeA.rooms.LAB, placeA.rooms.LAB] }, 'roomIds.1'],
      [{ windowEnd: '16:00' }, 'windowEnd'],
      [{ windowStart: '25:00' }, 'windowStart'],
    ];
    for (const [changes, field] of cases)
      expectBadInput(await expectNoWrites(sub, () => request('director', ROUTE, { input: routeInput(changes) })), field);
    expectCode(await expectNoWrites(sub, () => request('teacher', ROUTE, { input: routeInput({ roomIds: [] }) })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => request('directorB', ROUTE, { input: routeInput() })), 'FORBIDDEN');
  });
});
