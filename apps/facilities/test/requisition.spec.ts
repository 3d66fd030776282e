/**
 * Requisitions (领用): a teacher requisitions 2 boxes of chalk for Class 3-2, the storekeeper issues
 * them from the storeroom at average cost, the teacher confirms receipt; a requisition above the
 * district's ¥500 waits for the general-affairs director, who cannot approve their own; a line beyond
 * the stock is refused writing nothing; 20 issues at once against 10 boxes issue exactly 10; people
 * see their own requisitions, the storeroom's readers the school's, other schools nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnyData, codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { requisitionFlow } from '../src/storeroom/requisition.flow';
import { StoreMovement, StoreStock } from '../src/storeroom/storeroom.entity';
import { CREATE_DEPARTMENT, createRoom, placeOf } from './place-fixtures';
import { createItem, MOVEMENTS, receive, STOCK, type ItemOut } from './storeroom-fixtures';
import { SCHOOL_A, SCHOOL_B, startFacilities, UNKNOWN_ID, V } from './support';

jest.setTimeout(120_000);

type Who = Parameters<TestSubgraph['as']>[0];
let sub: TestSubgraph;
let storeroom: string;
let class32: string;
let classB: string;
let storeroomB: string;
let department: string;
let chalk: ItemOut;
let broom: ItemOut;

const REQ_FIELDS = `id schoolId status approvalRequired requesterAccountId requesterStaffId roomId departmentId storeroomRoomId
  estimatedValue { yuan fen } issuedValue { yuan fen } purpose rejectionReason issuedAt receivedAt version viewerActions
  lines { lineNo itemId quantity note estimatedValue { fen } issuedValue { fen } item { name } }
  steps { action actorAccountId comment } room { id name } requester { id }`;
const REQUEST = `mutation($input: RequestRequisitionInput!) { requestRequisition(input: $input) { ${REQ_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveRequisitionInput!) { approveRequisition(input: $input) { ${REQ_FIELDS} } }`;
const REJECT = `mutation($input: RejectRequisitionInput!) { rejectRequisition(input: $input) { ${REQ_FIELDS} } }`;
const ISSUE = `mutation($input: IssueRequisitionInput!) { issueRequisition(input: $input) { ${REQ_FIELDS} } }`;
const CONFIRM = `mutation($input: ConfirmRequisitionReceiptInput!) { confirmRequisitionReceipt(input: $input) { ${REQ_FIELDS} } }`;
const GET = `query($id: ID!) { requisition(id: $id) { id status viewerActions } }`;
const LIST = `query($filter: RequisitionFilter, $first: Int) { requisitions(filter: $filter, first: $first) { nodes { id status } } }`;

interface ReqOut {
  id: string;
  status: string;
  version: number;
  viewerActions: string[];
  [key: string]: unknown;
}

const call = async <T = AnyData>(as: Who, query: string, variables?: Record<string, unknown>) =>
  ok<T>(await sub.as(as).request(query, variables));
const request = async (as: Who, input: Record<string, unknown>) =>
  (await call<{ requestRequisition: ReqOut }>(as, REQUEST, { input: { schoolId: SCHOOL_A, ...input } })).requestRequisition;
const chalkFor = (quantity: number, roomId = class32) => ({ roomId, lines: [{ itemId: chalk.id, quantity }] });
const stockOf = async (itemId: string) =>
  (await sub.dataSource.getRepository(StoreStock).findOneBy({ itemId, storeroomRoomId: storeroom }))!;

beforeAll(async () => {
  sub = await startFacilities();
  const place = await placeOf(sub, 'A');
  storeroom = place.rooms.STOREROOM;
  class32 = (
    await createRoom(sub, V.director, {
      buildingId: place.buildingId,
      floor: 3,
      number: '302',
      name: 'Class 3-2 (三年级2班)',
      kind: 'CLASSROOM',
    })
  ).id;
  const placeB = await placeOf(sub, 'B');
  classB = placeB.rooms.CLASSROOM;
  storeroomB = placeB.rooms.STOREROOM;
  department = (
    await call<{ createDepartment: { id: string } }>(V.director, CREATE_DEPARTMENT, { input: { schoolId: SCHOOL_A, name: '教务处' } })
  ).createDepartment.id;
  chalk = await createItem(sub, {
    schoolId: SCHOOL_A,
    name: '白粉笔',
    unit: 'BOX',
    category: 'CHALK_STATIONERY',
    standardUnitCost: '12.00',
  });
  broom = await createItem(sub, { schoolId: SCHOOL_A, name: '扫帚', unit: 'HANDLE', category: 'CLEANING', standardUnitCost: '25.00' });
  await receive(sub, SCHOOL_A, storeroom, [
    { itemId: chalk.id, quantity: 50, unitCost: '12.50' },
    { itemId: broom.id, quantity: 20, unitCost: '25.00' },
  ]);
});

afterAll(() => sub?.close());

describe('a teacher requisitioning chalk for Class 3-2', () => {
  it('is approved at once below ¥500, issued by the storekeeper at average cost, and confirmed by the teacher', async () => {
    const requested = await request(V.teacher, { ...chalkFor(2), purpose: '黑板教学' });
    expect(requested).toMatchObject({
      status: 'APPROVED',
      approvalRequired: false,
      requesterAccountId: V.teacher.accountId,
      requesterStaffId: V.teacher.staffId,
      roomId: class32,
      room: { name: 'Class 3-2 (三年级2班)' },
      estimatedValue: { yuan: '25.00' },
      issuedValue: null,
      viewerActions: [],
      lines: [{ lineNo: 1, itemId: chalk.id, quantity: 2, estimatedValue: { fen: 2500 }, issuedValue: null, item: { name: '白粉笔' } }],
      steps: [{ action: 'REQUESTED', actorAccountId: V.teacher.accountId, comment: '黑板教学' }],
    });
    expect((await call(V.storekeeper, GET, { id: requested.id })).requisition).toMatchObject({ viewerActions: ['REJECT', 'ISSUE'] });
    expect((await call(V.director, GET, { id: requested.id })).requisition).toMatchObject({ viewerActions: ['REJECT'] });

    const issued = (
      await call<{ issueRequisition: ReqOut }>(V.storekeeper, ISSUE, { input: { id: requested.id, storeroomRoomId: storeroom } })
    ).issueRequisition;
    expect(issued).toMatchObject({
      status: 'ISSUED',
      storeroomRoomId: storeroom,
      issuedValue: { yuan: '25.00' },
      lines: [{ issuedValue: { fen: 2500 } }],
    });
    expect(await stockOf(chalk.id)).toMatchObject({ quantity: 48, valueFen: 60_000 });
    const moves = (await call(V.storekeeper, MOVEMENTS, { filter: { roomId: class32 } })).storeMovements.nodes;
    expect(moves).toEqual([
      expect.objectContaining({
        kind: 'ISSUE',
        quantity: -2,
        value: { fen: -2500 },
        balanceAfter: 48,
        requisitionId: requested.id,
        roomId: class32,
      }),
    ]);

    // Only the requester signs for it.
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(CONFIRM, { input: { id: requested.id } }), 'FORBIDDEN');
      expectCode(await sub.as(V.teacher2).request(CONFIRM, { input: { id: requested.id } }), 'NOT_FOUND');
    });
    expect((await call(V.teacher, GET, { id: requested.id })).requisition.viewerActions).toEqual(['CONFIRM_RECEIPT']);
    const received = (
      await call<{ confirmRequisitionReceipt: ReqOut }>(V.teacher, CONFIRM, { input: { id: requested.id, comment: '已收到' } })
    ).confirmRequisitionReceipt;
    expect(received).toMatchObject({ status: 'RECEIVED', viewerActions: [] });
    expect((received.steps as { action: string }[]).map((s) => s.action)).toEqual(['REQUESTED', 'ISSUED', 'RECEIVED']);
    expect(received.receivedAt).not.toBeNull();

    // A step taken twice is CONFLICT, writing nothing.
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.teacher).request(CONFIRM, { input: { id: requested.id } }), 'CONFLICT');
      expectCode(await sub.as(V.storekeeper).request(ISSUE, { input: { id: requested.id, storeroomRoomId: storeroom } }), 'CONFLICT');
    });

    // The teacher rates the service (服务评价), once: it counts for the storekeeper who issued it.
    const RATE = `mutation($input: RateRequisitionInput!) { rateRequisition(input: $input) { rating ratingComment issuedByStaffId } }`;
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(RATE, { input: { id: requested.id, rating: 5 } }), 'FORBIDDEN');
      expectBadInput(await sub.as(V.teacher).request(RATE, { input: { id: requested.id, rating: 0 } }), 'rating');
    });
    const rated = (
      await call<{ rateRequisition: Record<string, unknown> }>(V.teacher, RATE, {
        input: { id: requested.id, rating: 4, comment: '发得很快' },
      })
    ).rateRequisition;
    expect(rated).toEqual({ rating: 4, ratingComment: '发得很快', issuedByStaffId: V.storekeeper.staffId });
    expectCode(await expectNoWrites(sub, () => sub.as(V.teacher).request(RATE, { input: { id: requested.id, rating: 1 } })), 'CONFLICT');
  });

  it('requisitions for a department too', async () => {
    const requested = await request(V.teacher2, { departmentId: department, lines: [{ itemId: chalk.id, quantity: 1, note: '期中考试' }] });
    expect(requested).toMatchObject({ status: 'APPROVED', departmentId: department, roomId: null, lines: [{ note: '期中考试' }] });
    const issued = (await call(V.storekeeper, ISSUE, { input: { id: requested.id, storeroomRoomId: storeroom } })).issueRequisition;
    expect(issued).toMatchObject({ status: 'ISSUED' });
  });
});

describe('a large requisition', () => {
  it('waits for the director above ¥500; the storekeeper cannot issue it before; approved, it is issued', async () => {
    // 12 brooms at ¥25.00 and 20 boxes of chalk at ¥12.50: ¥550.00
    const requested = await request(V.teacher, {
      roomId: class32,
      lines: [
        { itemId: broom.id, quantity: 12 },
        { itemId: chalk.id, quantity: 20 },
      ],
    });
    expect(requested).toMatchObject({ status: 'REQUESTED', approvalRequired: true, estimatedValue: { yuan: '550.00' } });
    expect((await call(V.director, GET, { id: requested.id })).requisition.viewerActions).toEqual(['APPROVE', 'REJECT']);
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(ISSUE, { input: { id: requested.id, storeroomRoomId: storeroom } }), 'CONFLICT');
      expectCode(await sub.as(V.storekeeper).request(APPROVE, { input: { id: requested.id } }), 'FORBIDDEN');
      expectCode(await sub.as(V.principal).request(APPROVE, { input: { id: requested.id } }), 'FORBIDDEN');
      expectCode(await sub.as(V.directorB).request(APPROVE, { input: { id: requested.id } }), 'NOT_FOUND');
    });
    const approved = (await call(V.director, APPROVE, { input: { id: requested.id, comment: '同意' } })).approveRequisition;
    expect(approved).toMatchObject({ status: 'APPROVED' });
    const issued = (await call(V.storekeeper, ISSUE, { input: { id: requested.id, storeroomRoomId: storeroom } })).issueRequisition;
    expect(issued).toMatchObject({ status: 'ISSUED', issuedValue: { yuan: '550.00' } });
    expect((issued.steps as { action: string }[]).map((s) => s.action)).toEqual(['REQUESTED', 'APPROVED', 'ISSUED']);
  });

  it('cannot be approved by the director who requested it (separation of duties), writing nothing', async () => {
    const own = await request(V.director, {
      roomId: class32,
      lines: [
        { itemId: broom.id, quantity: 8 },
        { itemId: chalk.id, quantity: 30 },
      ],
    });
    expect(own).toMatchObject({ status: 'REQUESTED', estimatedValue: { yuan: '575.00' } }); // 8 × ¥25.00 + 30 × ¥12.50
    expect((await call(V.director, GET, { id: own.id })).requisition.viewerActions).toEqual(['REJECT']);
    await expectNoWrites(sub, async () => {
      const refused = await sub.as(V.director).request(APPROVE, { input: { id: own.id } });
      expectCode(refused, 'FORBIDDEN');
      expect(refused.errors?.[0]?.message).toMatch(/separation of duties/);
    });
    const rejected = (await call(V.director, REJECT, { input: { id: own.id, reason: '本月预算已用完' } })).rejectRequisition;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '本月预算已用完', viewerActions: [] });
  });

  it('is refused as a whole when a line is beyond the stock, naming the line and writing nothing', async () => {
    const big = await request(V.teacher, {
      roomId: class32,
      lines: [
        { itemId: chalk.id, quantity: 1 },
        { itemId: broom.id, quantity: 30 },
      ],
    });
    await call(V.director, APPROVE, { input: { id: big.id } });
    await expectNoWrites(sub, async () => {
      const refused = await sub.as(V.storekeeper).request(ISSUE, { input: { id: big.id, storeroomRoomId: storeroom } });
      expectCode(refused, 'CONFLICT');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'lines.1', available: 8 });
      expectBadInput(await sub.as(V.storekeeper).request(ISSUE, { input: { id: big.id, storeroomRoomId: storeroomB } }), 'storeroomRoomId');
      expectBadInput(await sub.as(V.storekeeper).request(ISSUE, { input: { id: big.id, storeroomRoomId: class32 } }), 'storeroomRoomId');
    });
    const rejected = (await call(V.storekeeper, REJECT, { input: { id: big.id, reason: '库存不足' } })).rejectRequisition;
    expect(rejected.status).toBe('REJECTED');
  });
});

describe('who sees and who may', () => {
  it('shows people their own, the storeroom’s readers the school’s, other schools nothing', async () => {
    const mine = (await call(V.teacher2, LIST, { filter: { mine: true } })).requisitions.nodes;
    const all2 = (await call(V.teacher2, LIST, {})).requisitions.nodes;
    expect(all2).toEqual(mine);
    expect(mine).toHaveLength(1);
    const school = (await call(V.storekeeper, LIST, { first: 100 })).requisitions.nodes;
    expect(school.length).toBeGreaterThan(3);
    expect((await call(V.auditor, LIST, { first: 100 })).requisitions.nodes).toHaveLength(school.length);
    expect((await call(V.storekeeperB, LIST, {})).requisitions.nodes).toEqual([]);
    const teacherOwn = (await call(V.teacher, LIST, { filter: { mine: true, status: 'RECEIVED' } })).requisitions.nodes;
    expect(teacherOwn).toHaveLength(1);
    expectCode(await sub.as(V.teacher2).request(GET, { id: teacherOwn[0].id }), 'NOT_FOUND');
    expectCode(await sub.as(V.teacherB).request(GET, { id: teacherOwn[0].id }), 'NOT_FOUND');
    const staff = await call(
      V.storekeeper,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id requisitions { id status } } } }`,
      {
        reps: [{ __typename: 'Staff', id: V.teacher.staffId }],
      },
    );
    expect(staff._entities[0].requisitions.length).toBeGreaterThanOrEqual(3);
    const room = await call(
      V.teacher2,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Room { id requisitions { id requesterAccountId } } } }`,
      {
        reps: [{ __typename: 'Room', id: class32 }],
      },
    );
    expect(room._entities[0].requisitions.every((r: { requesterAccountId: string }) => r.requesterAccountId === V.teacher2.accountId)).toBe(
      true,
    );
  });

  it('refuses FORBIDDEN before any validation: a district auditor or a parent requisitioning, a teacher approving or issuing', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(
        await sub
          .as(V.auditor)
          .request(REQUEST, { input: { schoolId: SCHOOL_A, roomId: UNKNOWN_ID, lines: [{ itemId: UNKNOWN_ID, quantity: 0 }] } }),
        'FORBIDDEN',
      );
      expectCode(
        await sub
          .as(V.teacherB)
          .request(REQUEST, { input: { schoolId: SCHOOL_A, roomId: UNKNOWN_ID, lines: [{ itemId: UNKNOWN_ID, quantity: 0 }] } }),
        'FORBIDDEN',
      );
      expectCode(await sub.as(V.teacher).request(APPROVE, { input: { id: UNKNOWN_ID } }), 'FORBIDDEN');
      expectCode(await sub.as(V.teacher).request(ISSUE, { input: { id: UNKNOWN_ID, storeroomRoomId: storeroom } }), 'FORBIDDEN');
      expectCode(await sub.as(V.teacher).request(REJECT, { input: { id: UNKNOWN_ID, reason: '' } }), 'FORBIDDEN');
      expectCode(await sub.as(V.accountant).request(APPROVE, { input: { id: UNKNOWN_ID } }), 'FORBIDDEN');
      expectCode(await sub.as(V.storekeeper).request(ISSUE, { input: { id: UNKNOWN_ID, storeroomRoomId: storeroom } }), 'NOT_FOUND');
    });
  });
});

describe('bad input', () => {
  it('refuses whole-unit, unknown, other-school and doubled lines and rooms, naming the field and writing nothing', async () => {
    const chalkB = await createItem(sub, { schoolId: SCHOOL_B, name: '白粉笔', unit: 'BOX', category: 'CHALK_STATIONERY' }, V.storekeeperB);
    const refused = (input: Record<string, unknown>) => sub.as(V.teacher).request(REQUEST, { input: { schoolId: SCHOOL_A, ...input } });
    await expectNoWrites(sub, async () => {
      expectBadInput(await refused(chalkFor(0)), 'lines.0.quantity');
      expectBadInput(await refused(chalkFor(-2)), 'lines.0.quantity');
      expect(codes(await refused(chalkFor(1.5)))).toEqual(['BAD_USER_INPUT']);
      expectBadInput(await refused({ roomId: class32, lines: [{ itemId: UNKNOWN_ID, quantity: 1 }] }), 'lines.0.itemId');
      expectBadInput(
        await refused({
          roomId: class32,
          lines: [
            { itemId: chalk.id, quantity: 1 },
            { itemId: chalkB.id, quantity: 1 },
          ],
        }),
        'lines.1.itemId',
      );
      expectBadInput(
        await refused({
          roomId: class32,
          lines: [
            { itemId: chalk.id, quantity: 1 },
            { itemId: chalk.id, quantity: 1 },
          ],
        }),
        'lines.1.itemId',
      );
      expectBadInput(await refused(chalkFor(1, classB)), 'roomId');
      expectBadInput(await refused(chalkFor(1, UNKNOWN_ID)), 'roomId');
      expectBadInput(await refused({ lines: [{ itemId: chalk.id, quantity: 1 }] }), 'roomId');
      expectBadInput(await refused({ ...chalkFor(1), departmentId: department }), 'roomId');
      expectBadInput(await refused({ departmentId: UNKNOWN_ID, lines: [{ itemId: chalk.id, quantity: 1 }] }), 'departmentId');
      expectBadInput(await sub.as(V.director).request(REJECT, { input: { id: UNKNOWN_ID, reason: '   ' } }), 'reason');
    });
  });
});

describe('issues at once', () => {
  it('issues exactly 10 of 20 one-box requisitions against 10 boxes: stock 0, never negative, movements = balance', async () => {
    const pens = await createItem(sub, {
      schoolId: SCHOOL_A,
      name: '红色记号笔',
      unit: 'STICK',
      category: 'CHALK_STATIONERY',
      standardUnitCost: '3.00',
    });
    await receive(sub, SCHOOL_A, storeroom, [{ itemId: pens.id, quantity: 10, unitCost: '3.33' }]);
    const requisitions: ReqOut[] = [];
    for (let i = 0; i < 20; i++)
      requisitions.push(await request(i % 2 ? V.teacher : V.teacher2, { roomId: class32, lines: [{ itemId: pens.id, quantity: 1 }] }));
    const results = await Promise.all(
      requisitions.map((r, i) =>
        sub.as(i % 2 ? V.storekeeper : V.storekeeper2).request(ISSUE, { input: { id: r.id, storeroomRoomId: storeroom } }),
      ),
    );
    const issued = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(issued).toHaveLength(10);
    expect(refused.map((r) => codes(r))).toEqual(Array.from({ length: 10 }, () => ['CONFLICT']));
    const stock = await stockOf(pens.id);
    expect(stock).toMatchObject({ quantity: 0, valueFen: 0 });
    const moves = await sub.dataSource.getRepository(StoreMovement).findBy({ itemId: pens.id });
    expect(moves.reduce((s, m) => s + m.quantity, 0)).toBe(0);
    expect(moves.reduce((s, m) => s + m.valueFen, 0)).toBe(0);
    expect(moves.filter((m) => m.kind === 'ISSUE')).toHaveLength(10);
    expect(Math.min(...moves.map((m) => m.balanceAfter))).toBe(0);
    expect(issued.reduce((s, r) => s + r.data.issueRequisition.issuedValue.fen, 0)).toBe(3330);
    const stockList = (await call(V.storekeeper, STOCK, { filter: { itemId: pens.id } })).storeStock.nodes;
    expect(stockList).toEqual([expect.objectContaining({ quantity: 0, value: { yuan: '0.00', fen: 0 }, averageUnitCost: null })]);
  });

  it('keeps every stock row equal to the sum of its movements', async () => {
    for (const stock of await sub.dataSource.getRepository(StoreStock).find()) {
      const moves = await sub.dataSource
        .getRepository(StoreMovement)
        .findBy({ itemId: stock.itemId, storeroomRoomId: stock.storeroomRoomId });
      expect([moves.reduce((s, m) => s + m.quantity, 0), moves.reduce((s, m) => s + m.valueFen, 0)]).toEqual([
        stock.quantity,
        stock.valueFen,
      ]);
      expect(stock.quantity).toBeGreaterThanOrEqual(0);
    }
  });
});

it('docs/facilities.md shows the requisition flow as the code declares it (on failure: paste requisitionFlow.diagram() there)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/facilities.md'), 'utf8');
  expect(doc).toContain(['```mermaid', requisitionFlow.diagram(), '```'].join('\n'));
});
