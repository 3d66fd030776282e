/**
 * Replacement before it is asked for (预测更换): class 3-2 has had a broom issued every 42 days since
 * June (3 June, 15 July, 26 August, 7 October), requisitioned by the teacher and issued by the
 * storekeeper through the API on those days; in the week of Monday 16 November the storekeeper's list
 * says to bring class 3-2 one broom on Wednesday 18 November. Class 3-1 has only two requisitions (no
 * prediction); class 3-3 would be overdue but already asked again (not listed).
 */
import { expectBadInput, expectCode, ok, type TestSubgraph } from '@houqin/testing';
import { createRoom, placeOf } from './place-fixtures';
import { createItem, receive, type ItemOut } from './storeroom-fixtures';
import { SCHOOL_A, startFacilities, TEST_NOW, V } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
let clock: Date = TEST_NOW();
let storeroom: string;
let class31: string;
let class32: string;
let class33: string;
let broom: ItemOut;
let chalk: ItemOut;

const REQUEST = `mutation($input: RequestRequisitionInput!) { requestRequisition(input: $input) { id status } }`;
const ISSUE = `mutation($input: IssueRequisitionInput!) { issueRequisition(input: $input) { id status } }`;
const DUE = `query($schoolId: ID!, $weekOf: String) { dueReplacements(schoolId: $schoolId, weekOf: $weekOf, first: 100) {
  nodes { roomId itemId state lastRequisitionedOn lastQuantity predictedOn expectedDays medianDaysPerUnit intervalsUsed
    requisitionCount confidence quantityToBring room { name } item { name } } } }`;

interface DueOut {
  roomId: string;
  itemId: string;
  [key: string]: unknown;
}

/** The teacher requisitions for `roomId` and the storekeeper issues it, on `day` at 10:00 in the school's zone. */
async function requisitioned(day: string, roomId: string, lines: { itemId: string; quantity: number }[], issue = true): Promise<void> {
  clock = new Date(`${day}T10:00:00+08:00`);
  const { requestRequisition } = ok<{ requestRequisition: { id: string; status: string } }>(
    await sub.as(V.teacher).request(REQUEST, { input: { schoolId: SCHOOL_A, roomId, lines } }),
  );
  expect(requestRequisition.status).toBe('APPROVED');
  if (issue) ok(await sub.as(V.storekeeper).request(ISSUE, { input: { id: requestRequisition.id, storeroomRoomId: storeroom } }));
}

const due = async (weekOf?: string, as = V.storekeeper) =>
  ok<{ dueReplacements: { nodes: DueOut[] } }>(await sub.as(as).request(DUE, { schoolId: SCHOOL_A, weekOf })).dueReplacements.nodes;

beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
  const place = await placeOf(sub, 'A');
  storeroom = place.rooms.STOREROOM;
  const classroom = async (number: string, name: string) =>
    (await createRoom(sub, V.director, { buildingId: place.buildingId, floor: 3, number, name, kind: 'CLASSROOM' })).id;
  class31 = await classroom('301', 'Class 3-1 (三年级1班)');
  class32 = await classroom('302', 'Class 3-2 (三年级2班)');
  class33 = await classroom('303', 'Class 3-3 (三年级3班)');
  broom = await createItem(sub, { schoolId: SCHOOL_A, name: '扫帚', unit: 'HANDLE', category: 'CLEANING', standardUnitCost: '15.00' });
  chalk = await createItem(sub, {
    schoolId: SCHOOL_A,
    name: '白粉笔',
    unit: 'BOX',
    category: 'CHALK_STATIONERY',
    standardUnitCost: '3.50',
  });
  clock = new Date('2026-06-01T09:00:00+08:00');
  await receive(sub, SCHOOL_A, storeroom, [
    { itemId: broom.id, quantity: 40, unitCost: '15.00' },
    { itemId: chalk.id, quantity: 100, unitCost: '3.50' },
  ]);
  // Class 3-2: a broom every 42 days; chalk every 28 days, two boxes at a time from September.
  for (const day of ['2026-06-03', '2026-07-15', '2026-08-26', '2026-10-07'])
    await requisitioned(day, class32, [{ itemId: broom.id, quantity: 1 }]);
  for (const day of ['2026-09-02', '2026-09-30', '2026-10-28']) await requisitioned(day, class32, [{ itemId: chalk.id, quantity: 2 }]);
  // Class 3-1: two brooms only.
  for (const day of ['2026-08-03', '2026-09-14']) await requisitioned(day, class31, [{ itemId: broom.id, quantity: 1 }]);
  // Class 3-3: every 30 days (next due 2026-10-30), and asked again on 10 November, not issued yet.
  for (const day of ['2026-08-01', '2026-08-31', '2026-09-30']) await requisitioned(day, class33, [{ itemId: broom.id, quantity: 1 }]);
  await requisitioned('2026-11-10', class33, [{ itemId: broom.id, quantity: 1 }], false);
  clock = TEST_NOW();
});
afterAll(() => sub?.stop());

describe('what to bring to which room this week', () => {
  it('class 3-2’s broom is due on Wednesday 18 November: 42 days after the last, from intervals of 42 days', async () => {
    const list = await due();
    expect(list).toEqual([
      {
        roomId: class32,
        itemId: broom.id,
        state: 'DUE',
        lastRequisitionedOn: '2026-10-07',
        lastQuantity: 1,
        predictedOn: '2026-11-18',
        expectedDays: 42,
        medianDaysPerUnit: 42,
        intervalsUsed: [42, 42, 42],
        requisitionCount: 4,
        confidence: 'HIGH',
        quantityToBring: 1,
        room: { name: 'Class 3-2 (三年级2班)' },
        item: { name: '扫帚' },
      },
    ]);
    // The same list for any day of that week (Monday–Sunday), and for the director and the accountant.
    expect(await due('2026-11-22')).toHaveLength(1);
    expect(await due('2026-11-16', V.director)).toHaveLength(1);
    expect(await due(undefined, V.accountant)).toHaveLength(1);
  });

  it('two boxes of chalk last twice as long: 14 days a box, so the chalk is due 28 days after the last two', async () => {
    // Chalk: 2 boxes on 2 Sep, 30 Sep, 28 Oct → 14 days a box; next 28 days after 28 Oct = 25 Nov, the week after.
    const next = await due('2026-11-23');
    expect(next.find((d) => d.itemId === chalk.id)).toMatchObject({
      roomId: class32,
      state: 'DUE',
      predictedOn: '2026-11-25',
      medianDaysPerUnit: 14,
      intervalsUsed: [14, 14],
      expectedDays: 28,
      quantityToBring: 2,
    });
    // By then the broom (18 Nov) is overdue: listed as OVERDUE until it is requisitioned.
    expect(next.find((d) => d.itemId === broom.id)).toMatchObject({ roomId: class32, state: 'OVERDUE', predictedOn: '2026-11-18' });
  });

  it('a room with too short a history, or already asked again, is not listed', async () => {
    const rooms = (await due('2026-11-02')).map((d) => d.roomId);
    expect(rooms).not.toContain(class31);
    // Class 3-3 was due on 30 October: overdue in the week of 2 November, but it asked again on 10 November.
    expect(rooms).not.toContain(class33);
    expect((await due()).map((d) => d.roomId)).not.toContain(class33);
  });

  it('as known on the day asked: a week in October lists what was due then', async () => {
    // Week of 24 August: class 3-2 had had only two brooms (3 June, 15 July): no prediction yet; nobody else either.
    expect(await due('2026-08-24')).toEqual([]);
    // Week of 5 October: 3 June, 15 July, 26 August → 7 October; class 3-3's next (30 October) is later.
    expect((await due('2026-10-05')).map((d) => [d.roomId, d.predictedOn])).toEqual([[class32, '2026-10-07']]);
  });

  it('refuses those who may not read it, and a malformed week', async () => {
    expectCode(await sub.as(V.teacher).request(DUE, { schoolId: SCHOOL_A }), 'FORBIDDEN');
    expectCode(await sub.as(V.directorB).request(DUE, { schoolId: SCHOOL_A }), 'FORBIDDEN');
    expectBadInput(await sub.as(V.storekeeper).request(DUE, { schoolId: SCHOOL_A, weekOf: '2026-13-01' }), 'weekOf');
  });
});
