/**
 * Repairs (维修): Teacher Zhou reports a leaking tap in her classroom; the electrician costs it, the
 * director approves it in house and assigns the plumber, who starts and finishes it; the director
 * records the final account (finance is told); Teacher Zhou rates it and it closes — every step on
 * the record. Due times count school days; a skipped step, a stranger and bad input are refused and
 * write nothing.
 */
import pino from 'pino';
import { graphql } from 'graphql';
import { Role, Viewer } from '@houqin/auth';
import { DEMO_SUPPLIER_IDS } from '@houqin/demo';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { WorkOrder } from '../src/repair/work-order.entity';
import { createFacilitiesSubgraph } from '../src/subgraph';
import { OutboxEvent } from '@houqin/events';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { workOrderOverdueJob } from '../src/repair/overdue.job';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { createItem, receive } from './storeroom-fixtures';
import { SCHOOL_A, SCHOOL_B, staffOf, startFacilities, TEST_NOW, UNKNOWN_ID, V, viewer } from './support';

jest.setTimeout(60_000);

/** The school's plumber (水电工), a second maintenance worker beside the demo electrician. */
const PLUMBER = viewer(103, 'plumber', [[Role.MAINTENANCE, SCHOOL_A]], staffOf('A', 'PLUMBER'));
const WHO = { ...V, plumber: PLUMBER };
type Who = keyof typeof WHO;

let clock = TEST_NOW();
let sub: TestSubgraph;
let placeA: PlaceFixture;
let placeB: PlaceFixture;
beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
  placeA = await placeOf(sub, 'A');
  placeB = await placeOf(sub, 'B');
}, 60_000);
afterAll(() => sub?.stop());
afterEach(() => {
  clock = TEST_NOW();
});

const FIELDS = `id schoolId status priority safety category roomId assetId reportedAt dueAt overdue version rating ratingComment
  resolution contractorSupplierId rejectionReason assigneeStaffIds viewerActions
  estimate { fen } actualTotal { fen } steps { action actorAccountId comment }`;
const REPORT = `mutation($input: ReportWorkOrderInput!) { reportWorkOrder(input: $input) { ${FIELDS} } }`;
const m = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const TRIAGE = m('triageWorkOrder', 'TriageWorkOrderInput');
const COST = m('costWorkOrder', 'CostWorkOrderInput');
const REVIEW = m('reviewWorkOrder', 'ReviewWorkOrderInput');
const ASSIGN = m('assignWorkOrder', 'AssignWorkOrderInput');
const START = m('startWorkOrder', 'WorkOrderStepInput');
const FINISH = m('finishWorkOrder', 'WorkOrderStepInput');
const ACCOUNT = m('accountWorkOrder', 'AccountWorkOrderInput');
const RATE = m('rateWorkOrder', 'RateWorkOrderInput');
const ONE = `query($id: ID!) { workOrder(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: WorkOrderFilter) { workOrders(filter: $filter, first: 100) { nodes { id status } } }`;

interface Order {
  id: string;
  status: string;
  version: number;
  dueAt: string;
  [key: string]: unknown;
}
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(WHO[who]).request(query, variables);
const run = async (who: Who, query: string, input: Record<string, unknown>): Promise<Order> => {
  const data = ok<Record<string, Order>>(await request(who, query, { input }));
  return Object.values(data)[0];
};
const leak = (changes: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  roomId: placeA.rooms.CLASSROOM,
  title: '三年级2班水龙头漏水',
  description: 'The tap by the door drips all day; the floor is wet.',
  category: 'PLUMBING',
  ...changes,
});
const report = (who: Who = 'teacher', changes: Record<string, unknown> = {}) => run(who, REPORT, leak(changes));

/** A work order taken through the flow up to `until` (inclusive), as the usual people take it. */
async function through(until: 'COSTED' | 'APPROVED' | 'ASSIGNED' | 'IN_PROGRESS' | 'REPAIRED' | 'ACCOUNTED'): Promise<Order> {
  let order = await report();
  const next = async (who: Who, query: string, input: Record<string, unknown>) =>
    (order = await run(who, query, { id: order.id, version: order.version, ...input }));
  await next('maintenance', COST, { labour: '120.00', materials: '80.50' });
  if (until === 'COSTED') return order;
  await next('director', REVIEW, { decision: 'IN_HOUSE' });
  if (until === 'APPROVED') return order;
  await next('director', ASSIGN, { staffIds: [staffOf('A', 'PLUMBER')] });
  if (until === 'ASSIGNED') return order;
  await next('plumber', START, {});
  if (until === 'IN_PROGRESS') return order;
  await next('plumber', FINISH, { comment: 'Washer replaced.' });
  if (until === 'REPAIRED') return order;
  await next('director', ACCOUNT, { labour: '120.00', materials: '80.50', contractor: '0' });
  return order;
}

describe('a leaking tap, from report to rating (申报—核算—研究—维修—决算—评价)', () => {
  it('goes through every step, each recorded with who and why; the final account tells finance; the reporter rates it', async () => {
    let order = await report();
    expect(order).toMatchObject({ status: 'REPORTED', priority: 'NORMAL', safety: false, viewerActions: [] });
    // Reported Monday 16 November 2026 10:00: three school days on, the end of Thursday the 19th (China time).
    expect(order.dueAt).toBe('2026-11-19T16:00:00.000Z');
    const step = async (who: Who, query: string, input: Record<string, unknown> = {}) =>
      (order = await run(who, query, { id: order.id, version: order.version, ...input }));

    await step('maintenance', COST, { labour: '120.00', materials: '80.50', comment: 'New washer and an hour’s work.' });
    expect(order).toMatchObject({ status: 'COSTED', estimate: { fen: 20050 } });
    await step('director', REVIEW, { decision: 'IN_HOUSE', comment: 'Our plumber does it.' });
    expect(order).toMatchObject({ status: 'APPROVED', resolution: 'IN_HOUSE' });
    await step('director', ASSIGN, { staffIds: [staffOf('A', 'PLUMBER')] });
    expect(order).toMatchObject({ status: 'ASSIGNED', assigneeStaffIds: [staffOf('A', 'PLUMBER')] });
    expect(ok<{ workOrder: Order }>(await request('plumber', ONE, { id: order.id })).workOrder.viewerActions).toEqual(['START']);
    await step('plumber', START);
    await step('plumber', FINISH, { comment: 'Washer replaced; dry now.' });
    expect(order).toMatchObject({ status: 'REPAIRED', overdue: false });

    // ¥260 against ¥200.50 is more than 10% over: it needs an explanation, and with none nothing is written.
    const account = { id: order.id, version: order.version, labour: '150.00', materials: '110.00', contractor: '0' };
    expectBadInput(await expectNoWrites(sub, () => request('director', ACCOUNT, { input: account })), 'varianceExplanation');
    await step('director', ACCOUNT, {
      labour: '150.00',
      materials: '110.00',
      contractor: '0',
      varianceExplanation: 'The valve seat was worn too.',
    });
    expect(order).toMatchObject({ status: 'ACCOUNTED', actualTotal: { fen: 26000 } });
    const published = (await sub.dataSource.getRepository(OutboxEvent).findBy({ type: 'facilities.workOrder.accounted' })).map(
      (event) => JSON.parse(event.payload) as Record<string, unknown>,
    );
    expect(published.filter((p) => p.workOrderId === order.id)).toEqual([
      expect.objectContaining({
        schoolId: SCHOOL_A,
        category: 'PLUMBING',
        labourFen: 15000,
        materialsFen: 11000,
        totalFen: 26000,
        estimateFen: 20050,
      }),
    ]);

    // Only Teacher Zhou rates it.
    expectCode(
      await expectNoWrites(sub, () => request('teacher2', RATE, { input: { id: order.id, version: order.version, rating: 1 } })),
      'FORBIDDEN',
    );
    await step('teacher', RATE, { rating: 5, comment: 'Fixed the same day, thank you.' });
    expect(order).toMatchObject({ status: 'CLOSED', rating: 5, ratingComment: 'Fixed the same day, thank you.' });
    expect((order.steps as { action: string }[]).map((s) => s.action)).toEqual([
      'REPORTED',
      'COSTED',
      'APPROVED',
      'ASSIGNED',
      'STARTED',
      'FINISHED',
      'ACCOUNTED',
      'RATED',
    ]);
    expect((order.steps as { actorAccountId: string }[])[4].actorAccountId).toBe(PLUMBER.accountId);
  });

  it('refuses a skipped step with CONFLICT and writes nothing: no review before costing, no start before assignment', async () => {
    const reported = await report();
    expectCode(
      await expectNoWrites(sub, () =>
        request('director', REVIEW, { input: { id: reported.id, version: reported.version, decision: 'IN_HOUSE' } }),
      ),
      'CONFLICT',
    );
    const approved = await through('APPROVED');
    expectCode(
      await expectNoWrites(sub, () => request('plumber', START, { input: { id: approved.id, version: approved.version } })),
      'CONFLICT',
    );
    const repaired = await through('REPAIRED');
    expectCode(
      await expectNoWrites(sub, () => request('teacher', RATE, { input: { id: repaired.id, version: repaired.version, rating: 4 } })),
      'CONFLICT',
    );
    // A stale version is a CONFLICT too.
    const costed = await through('COSTED');
    expectCode(
      await expectNoWrites(sub, () =>
        request('director', REVIEW, { input: { id: costed.id, version: costed.version - 1, decision: 'IN_HOUSE' } }),
      ),
      'CONFLICT',
    );
  });
});

describe('due times on the school calendar (校历)', () => {
  it('a safety matter is due the same school day; reported on Saturday, by the end of Monday', async () => {
    expect((await report('teacher', { safety: true, title: '插座冒烟' })).dueAt).toBe('2026-11-16T16:00:00.000Z');
    clock = new Date('2026-11-21T09:00:00+08:00'); // a Saturday
    const saturday = await report('teacher', { safety: true, title: '楼梯扶手松动', category: 'BUILDING' });
    expect(saturday).toMatchObject({ priority: 'SAFETY', dueAt: '2026-11-23T16:00:00.000Z' });
  });

  it('an urgent one is due 24 hours later; over the National Day week a normal one counts only school days', async () => {
    expect((await report('teacher', { urgent: true })).dueAt).toBe('2026-11-17T02:00:00.000Z');
    clock = new Date('2026-09-30T15:00:00+08:00'); // the eve of the 1–7 October holiday
    expect((await report()).dueAt).toBe('2026-10-10T16:00:00.000Z'); // Thu 8, Fri 9, Sat 10 (a make-up school day)
  });

  it('the director raises a tap to SAFETY at triage: its due time is counted again from the report', async () => {
    const order = await report();
    const triaged = await run('director', TRIAGE, {
      id: order.id,
      version: order.version,
      priority: 'SAFETY',
      comment: 'Water near a socket.',
    });
    expect(triaged).toMatchObject({ status: 'REPORTED', priority: 'SAFETY', safety: true, dueAt: '2026-11-16T16:00:00.000Z' });
  });

  it('an open work order past its due time shows as overdue, and in the overdue filter', async () => {
    const order = await report();
    clock = new Date('2026-11-20T09:00:00+08:00');
    expect(ok<{ workOrder: Order }>(await request('director', ONE, { id: order.id })).workOrder.overdue).toBe(true);
    const overdue = ok<{ workOrders: { nodes: Order[] } }>(await request('director', LIST, { filter: { overdue: true } })).workOrders.nodes;
    expect(overdue.map((o) => o.id)).toContain(order.id);
  });
});

describe('who does what', () => {
  it('above the district’s ¥5,000 limit the principal reviews, not the director; a contractor must be named, and be a supplier the district has not suspended', async () => {
    let order = await report();
    order = await run('maintenance', COST, { id: order.id, version: order.version, labour: '2000.00', materials: '6000.00' });
    const review = (decision: string, extra: Record<string, unknown> = {}) => ({
      id: order.id,
      version: order.version,
      decision,
      ...extra,
    });
    expectCode(await expectNoWrites(sub, () => request('director', REVIEW, { input: review('IN_HOUSE') })), 'FORBIDDEN');
    expectBadInput(await expectNoWrites(sub, () => request('principal', REVIEW, { input: review('CONTRACTOR') })), 'contractorSupplierId');
    expectBadInput(await expectNoWrites(sub, () => request('principal', REVIEW, { input: review('REJECT') })), 'comment');
    // Not a supplier of finance's register, and the meat supplier finance suspended: refused by name.
    expectBadInput(
      await expectNoWrites(sub, () => request('principal', REVIEW, { input: review('CONTRACTOR', { contractorSupplierId: UNKNOWN_ID }) })),
      'contractorSupplierId',
    );
    const suspended = await expectNoWrites(sub, () =>
      request('principal', REVIEW, { input: review('CONTRACTOR', { contractorSupplierId: DEMO_SUPPLIER_IDS.meat }) }),
    );
    expectBadInput(suspended, 'contractorSupplierId');
    expect(suspended.errors?.[0].message).toContain('suspended');
    const approved = await run('principal', REVIEW, review('CONTRACTOR', { contractorSupplierId: DEMO_SUPPLIER_IDS.repairs }));
    expect(approved).toMatchObject({ status: 'APPROVED', resolution: 'CONTRACTOR', contractorSupplierId: DEMO_SUPPLIER_IDS.repairs });
  });

  it('a teacher may only report and rate: costing, reviewing or assigning is FORBIDDEN before the input is looked at', async () => {
    const order = await report();
    for (const [query, input] of [
      [COST, { labour: '1.234', materials: 'x' }],
      [REVIEW, { decision: 'IN_HOUSE' }],
      [ASSIGN, { staffIds: ['nonsense'] }],
      [TRIAGE, { priority: 'SAFETY' }],
    ] as const)
      expectCode(
        await expectNoWrites(sub, () => request('teacher', query, { input: { id: order.id, version: order.version, ...input } })),
        'FORBIDDEN',
      );
    expectCode(
      await expectNoWrites(sub, () =>
        request('auditor', COST, { input: { id: order.id, version: order.version, labour: '1', materials: '1' } }),
      ),
      'FORBIDDEN',
    );
  });

  it('only an assignee (or the director) starts and finishes: the electrician, not assigned, is FORBIDDEN', async () => {
    const assigned = await through('ASSIGNED');
    expectCode(
      await expectNoWrites(sub, () => request('maintenance', START, { input: { id: assigned.id, version: assigned.version } })),
      'FORBIDDEN',
    );
    expect((await run('director', START, { id: assigned.id, version: assigned.version })).status).toBe('IN_PROGRESS');
  });

  it('another school’s director gets NOT_FOUND for the work order, and sees none in the list', async () => {
    const order = await through('COSTED');
    expectCode(
      await expectNoWrites(sub, () =>
        request('directorB', REVIEW, { input: { id: order.id, version: order.version, decision: 'IN_HOUSE' } }),
      ),
      'NOT_FOUND',
    );
    expectCode(await request('directorB', ONE, { id: order.id }), 'NOT_FOUND');
    expect(ok<{ workOrders: { nodes: Order[] } }>(await request('directorB', LIST, {})).workOrders.nodes).toEqual([]);
  });

  it('a teacher sees what they reported; maintenance staff the school’s queue and their own assignments; the auditor all', async () => {
    const mine = await report('teacher');
    const theirs = await report('teacher2');
    const ids = async (who: Who, filter: Record<string, unknown> = {}) =>
      ok<{ workOrders: { nodes: Order[] } }>(await request(who, LIST, { filter })).workOrders.nodes.map((o) => o.id);
    expect(await ids('teacher')).toContain(mine.id);
    expect(await ids('teacher')).not.toContain(theirs.id);
    expectCode(await request('teacher', ONE, { id: theirs.id }), 'NOT_FOUND');
    expect(await ids('maintenance')).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(await ids('auditor', { schoolId: SCHOOL_A })).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const assigned = await through('ASSIGNED');
    expect(await ids('plumber', { assigneeStaffId: staffOf('A', 'PLUMBER') })).toContain(assigned.id);
    expect(await ids('plumber', { assigneeStaffId: staffOf('A', 'PLUMBER') })).not.toContain(mine.id);
  });
});

describe('bad input is answered on its field and writes nothing', () => {
  it('reports: another school’s room, an unknown asset, no place at all, too many photos, an empty title', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ roomId: placeB.rooms.CLASSROOM }, 'roomId'],
      [{ roomId: null, assetId: UNKNOWN_ID }, 'assetId'],
      [{ roomId: null }, 'roomId'],
      [{ photoRefs: Array.from({ length: 7 }, (_, i) => `photo-${i}.jpg`) }, 'photoRefs'],
      [{ title: '   ' }, 'title'],
      [{ category: 'MAGIC' }, 'input.category'],
      [{ schoolId: SCHOOL_B }, 'schoolId'],
    ];
    for (const [changes, field] of cases) {
      const response = await expectNoWrites(sub, () => request('teacher', REPORT, { input: leak(changes) }));
      if (field === 'schoolId') expectCode(response, 'FORBIDDEN');
      else if (field.startsWith('input.')) expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      else expectBadInput(response, field);
    }
  });

  it('steps: an estimate in fractions of a fen, a staff member of another school, a rating of 6, a contractor cost for an in-house repair', async () => {
    const reported = await report();
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('maintenance', COST, { input: { id: reported.id, version: reported.version, labour: '120.005', materials: '0' } }),
      ),
      'labour',
    );
    const approved = await through('APPROVED');
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', ASSIGN, { input: { id: approved.id, version: approved.version, staffIds: [staffOf('B', 'PLUMBER')] } }),
      ),
      'staffIds.0',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('director', ASSIGN, { input: { id: approved.id, version: approved.version, staffIds: [] } })),
      'staffIds',
    );
    const repaired = await through('REPAIRED');
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', ACCOUNT, {
          input: { id: repaired.id, version: repaired.version, labour: '100', materials: '80', contractor: '20' },
        }),
      ),
      'contractor',
    );
    const accounted = await through('ACCOUNTED');
    expectBadInput(
      await expectNoWrites(sub, () => request('teacher', RATE, { input: { id: accounted.id, version: accounted.version, rating: 6 } })),
      'rating',
    );
  });

  it('the district’s settings: only its administrator changes them, within their limits', async () => {
    const SETTINGS = `mutation($input: UpdateWorkOrderSettingsInput!) { updateWorkOrderSettings(input: $input) { normalDueSchoolDays variancePercent version } }`;
    expectCode(
      await expectNoWrites(sub, () => request('director', SETTINGS, { input: { version: 0, normalDueSchoolDays: 5 } })),
      'FORBIDDEN',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('admin', SETTINGS, { input: { version: 0, normalDueSchoolDays: 0 } })),
      'normalDueSchoolDays',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('admin', SETTINGS, { input: { version: 0, variancePercent: 101 } })),
      'variancePercent',
    );
    const saved = ok<{ updateWorkOrderSettings: { normalDueSchoolDays: number; version: number } }>(
      await request('admin', SETTINGS, { input: { version: 0, normalDueSchoolDays: 5 } }),
    ).updateWorkOrderSettings;
    expect(saved).toEqual({ normalDueSchoolDays: 5, variancePercent: 10, version: 1 });
    expectCode(await expectNoWrites(sub, () => request('admin', SETTINGS, { input: { version: 0, normalDueSchoolDays: 4 } })), 'CONFLICT');
    // Five school days from Monday 16 November: the end of Monday the 23rd.
    expect((await report()).dueAt).toBe('2026-11-23T16:00:00.000Z');
    ok(await request('admin', SETTINGS, { input: { version: 1, normalDueSchoolDays: 3 } }));
  });
});

describe('a repair reported from a room’s QR link, without an account (扫码报修)', () => {
  const QR_REPORT = `mutation($input: ReportRepairByQrInput!) { reportRepairByQr(input: $input) { statusToken status dueAt } }`;
  const STATUS = `query($token: String!) { repairStatus(token: $token) { title status canRate rating steps { action occurredAt } } }`;
  const RATE_BY_TOKEN = `mutation($input: RateRepairByTokenInput!) { rateRepairByToken(input: $input) { status rating canRate } }`;
  const qrOf = async (roomId: string) =>
    ok<{ room: { qrCode: string } }>(await request('director', `query($id: ID!) { room(id: $id) { qrCode } }`, { id: roomId })).room.qrCode;
  const anonymous = (clientKey: string) => sub.as(null, { clientKey });
  const qrReport = (qrCode: string, changes: Record<string, unknown> = {}) => ({
    qrCode,
    title: '卫生间水管漏水',
    description: 'Water on the floor of the boys’ toilet.',
    category: 'PLUMBING',
    ...changes,
  });

  it('a parent at the door reports a leak; it lands in the school’s queue; the status link shows its progress and takes the rating', async () => {
    const qrCode = await qrOf(placeA.rooms.LAB);
    const receipt = ok<{ reportRepairByQr: { statusToken: string; status: string; dueAt: string } }>(
      await anonymous('a1'.repeat(16)).request(QR_REPORT, {
        input: qrReport(qrCode, { name: '李家长', phone: '13800000000', safety: true }),
      }),
    ).reportRepairByQr;
    expect(receipt).toMatchObject({ status: 'REPORTED', dueAt: '2026-11-16T16:00:00.000Z' });
    const queue = ok<{ workOrders: { nodes: { id: string; source: string; reporter: unknown }[] } }>(
      await request(
        'maintenance',
        `{ workOrders(filter: { roomId: "${placeA.rooms.LAB}" }, first: 50) { nodes { id source reporter { id } } } }`,
      ),
    ).workOrders.nodes;
    const landed = queue.find((o) => o.source === 'QR')!;
    expect(landed.reporter).toBeNull();

    // Nothing but its own status: no list, no work order by id, for an anonymous caller.
    expectCode(await sub.as(null).request(LIST, {}), 'UNAUTHENTICATED');
    expectCode(await sub.as(null).request(ONE, { id: landed.id }), 'UNAUTHENTICATED');
    expectBadInput(await sub.as(null).request(STATUS, { token: 'not a token' }), 'token');
    expectCode(await sub.as(null).request(STATUS, { token: 'x'.repeat(32) }), 'NOT_FOUND');

    // The school works it like any other; the reporter rates it through the link once it is accounted.
    let order = (await request('director', ONE, { id: landed.id })).data.workOrder as Order;
    const step = async (who: Who, query: string, input: Record<string, unknown> = {}) =>
      (order = await run(who, query, { id: order.id, version: order.version, ...input }));
    await step('maintenance', COST, { labour: '60.00', materials: '25.00' });
    expect(
      ok<{ repairStatus: { canRate: boolean } }>(await sub.as(null).request(STATUS, { token: receipt.statusToken })).repairStatus.canRate,
    ).toBe(false);
    expectCode(
      await expectNoWrites(sub, () => sub.as(null).request(RATE_BY_TOKEN, { input: { token: receipt.statusToken, rating: 5 } })),
      'CONFLICT',
    );
    await step('director', REVIEW, { decision: 'IN_HOUSE' });
    await step('director', ASSIGN, { staffIds: [staffOf('A', 'PLUMBER')] });
    await step('plumber', START);
    await step('plumber', FINISH);
    await step('director', ACCOUNT, { labour: '60.00', materials: '25.00', contractor: '0' });
    // Signed in, Teacher Zhou is not its reporter.
    expectCode(
      await expectNoWrites(sub, () => request('teacher', RATE, { input: { id: order.id, version: order.version, rating: 1 } })),
      'FORBIDDEN',
    );
    const rated = ok<{ rateRepairByToken: { status: string; rating: number } }>(
      await sub.as(null).request(RATE_BY_TOKEN, { input: { token: receipt.statusToken, rating: 4, comment: '修得很快' } }),
    ).rateRepairByToken;
    expect(rated).toMatchObject({ status: 'CLOSED', rating: 4 });
    const status = ok<{ repairStatus: { steps: { action: string }[] } }>(
      await sub.as(null).request(STATUS, { token: receipt.statusToken }),
    ).repairStatus;
    expect(status.steps.map((s) => s.action)).toEqual(['REPORTED', 'COSTED', 'APPROVED', 'ASSIGNED', 'STARTED', 'FINISHED', 'ACCOUNTED']);
    expect(JSON.stringify(status)).not.toContain(V.director.accountId);
    expectCode(await sub.as(null).request(RATE_BY_TOKEN, { input: { token: receipt.statusToken, rating: 1 } }), 'CONFLICT');
  });

  it('refuses an unknown QR code on qrCode and writes nothing', async () => {
    expectBadInput(
      await expectNoWrites(sub, () => anonymous('b2'.repeat(16)).request(QR_REPORT, { input: qrReport('AAAAAAAAAAAA') })),
      'qrCode',
    );
    expectBadInput(
      await expectNoWrites(sub, () => anonymous('b2'.repeat(16)).request(QR_REPORT, { input: qrReport('../../etc') })),
      'qrCode',
    );
  });

  it('ten people reporting from one door at once: five land, the rest are told to wait (CONFLICT); a client is limited across rooms too', async () => {
    const classroom = await qrOf(placeA.rooms.CLASSROOM);
    const at = await Promise.all(
      Array.from({ length: 10 }, (_, i) => anonymous(`c${i}`.padEnd(32, '0')).request(QR_REPORT, { input: qrReport(classroom) })),
    );
    expect(at.filter((r) => !r.errors)).toHaveLength(5);
    for (const refused of at.filter((r) => r.errors)) {
      expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBe(3600);
    }
    // One client: five in the office and five in the storeroom, then the eleventh anywhere is refused; another client is not.
    const client = anonymous('d4'.repeat(16));
    for (const roomId of [placeA.rooms.OFFICE, placeA.rooms.STOREROOM]) {
      const code = await qrOf(roomId);
      for (let i = 0; i < 5; i++) ok(await client.request(QR_REPORT, { input: qrReport(code) }));
    }
    clock = new Date(TEST_NOW().getTime() + 60_000);
    const lab = await qrOf(placeA.rooms.LAB);
    expectCode(await expectNoWrites(sub, () => client.request(QR_REPORT, { input: qrReport(lab) })), 'CONFLICT');
    ok(await anonymous('e5'.repeat(16)).request(QR_REPORT, { input: qrReport(lab) }));
  });
});

describe('overdue repairs are escalated (超期督办)', () => {
  const escalate = (tick: Date) =>
    sub.dataSource.transaction((manager) => workOrderOverdueJob.run({ manager, tick, now: tick, logger: pino({ level: 'silent' }) }));
  const overdueEvents = async (workOrderId: string) =>
    (await sub.dataSource.getRepository(OutboxEvent).findBy({ type: 'facilities.workOrder.overdue' }))
      .map((event) => JSON.parse(event.payload) as { workOrderId: string; level: string })
      .filter((p) => p.workOrderId === workOrderId)
      .map((p) => p.level);

  it('tells the director once it is past due, the principal a day later, each once; a repaired one is left alone', async () => {
    const open = await report(); // due 2026-11-19T16:00Z
    const repaired = await through('REPAIRED');
    await escalate(new Date('2026-11-19T15:00:00Z'));
    expect(await overdueEvents(open.id)).toEqual([]);
    await escalate(new Date('2026-11-19T17:00:00Z'));
    await escalate(new Date('2026-11-19T17:15:00Z')); // a rerun, or another replica: nothing twice
    expect(await overdueEvents(open.id)).toEqual(['DIRECTOR']);
    await escalate(new Date('2026-11-20T17:00:00Z'));
    expect(await overdueEvents(open.id)).toEqual(['DIRECTOR', 'PRINCIPAL']);
    expect(
      ok<{ workOrder: { escalationLevel: number } }>(
        await request('director', `query($id: ID!) { workOrder(id: $id) { escalationLevel } }`, { id: open.id }),
      ).workOrder.escalationLevel,
    ).toBe(2);
    expect(await overdueEvents(repaired.id)).toEqual([]);
  });
});

describe('the repair report (维修统计), school by school', () => {
  it('counts November’s work orders as the rows say, for a page of schools in one statement; a teacher may not read it', async () => {
    const definition = createFacilitiesSubgraph({ now: () => clock });
    const { schema } = await buildFederatedSchema(definition);
    const source = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id repairSummary(from: "2026-11-01", to: "2026-11-30") {
      reported open overdue finished finishedOnTime dueTimeCompliancePercent meanMinutesToRepair cost { fen } ratings averageRating
      byStatus { key count } byPriority { key count } } } } }`;
    const { result, statements } = await withSqlStats(async () => {
      const contextValue = definition.createContext({
        viewer: new Viewer(V.auditor),
        requestId: 't',
        logger: pino({ level: 'silent' }),
        dataSource: sub.dataSource,
      });
      const reps = [SCHOOL_A, SCHOOL_B].map((id) => ({ __typename: 'School', id }));
      return {
        result: await graphql({ schema, source, variableValues: { reps }, contextValue }),
        statements: currentSqlStats()!.statements,
      };
    });
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const [a, b] = (result.data!._entities as { repairSummary: Record<string, unknown> }[]).map((e) => e.repairSummary);
    const rows = (await sub.dataSource.getRepository(WorkOrder).findBy({ schoolId: SCHOOL_A })).filter(
      (o) => o.reportedAt >= new Date('2026-11-01T00:00:00+08:00') && o.reportedAt < new Date('2026-12-01T00:00:00+08:00'),
    );
    const finished = rows.filter((o) => o.finishedAt);
    const rated = rows.filter((o) => o.rating != null);
    expect(a).toMatchObject({
      reported: rows.length,
      finished: finished.length,
      finishedOnTime: finished.filter((o) => o.finishedAt! <= o.dueAt).length,
      cost: { fen: rows.reduce((sum, o) => sum + (o.actualTotalFen ?? 0), 0) },
      ratings: rated.length,
    });
    expect(a.reported).toBeGreaterThan(10);
    expect((a.byStatus as { count: number }[]).reduce((sum, s) => sum + s.count, 0)).toBe(rows.length);
    expect(b).toMatchObject({ reported: 0, finished: 0, dueTimeCompliancePercent: null, averageRating: null });
    const teacher = await request(
      'teacher',
      `{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { repairSummary { reported } } } }`,
    );
    expect(teacher.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('materials from the storeroom for a repair (维修领料)', () => {
  it('the plumber requisitions washers for the work order; once issued they show on it, and the final account includes at least them', async () => {
    const item = await createItem(sub, {
      schoolId: SCHOOL_A,
      name: '水龙头垫片',
      unit: 'PIECE',
      category: 'OTHER',
      standardUnitCost: '2.50',
    });
    await receive(sub, SCHOOL_A, placeA.rooms.STOREROOM, [{ itemId: item.id, quantity: 40, unitCost: '2.50' }]);
    const order = await through('IN_PROGRESS');
    const REQUEST = `mutation($input: RequestRequisitionInput!) { requestRequisition(input: $input) { id status roomId workOrderId } }`;
    const requisition = ok<{ requestRequisition: { id: string; status: string; roomId: string; workOrderId: string } }>(
      await request('plumber', REQUEST, {
        input: { schoolId: SCHOOL_A, workOrderId: order.id, lines: [{ itemId: item.id, quantity: 4 }] },
      }),
    ).requestRequisition;
    // The work order's room is the requisition's.
    expect(requisition).toMatchObject({ status: 'APPROVED', roomId: placeA.rooms.CLASSROOM, workOrderId: order.id });
    ok(
      await request('storekeeper', `mutation($input: IssueRequisitionInput!) { issueRequisition(input: $input) { id } }`, {
        input: { id: requisition.id, storeroomRoomId: placeA.rooms.STOREROOM },
      }),
    );
    const MATERIALS = `query($id: ID!) { workOrder(id: $id) { version materialsIssued { fen } } }`;
    const read = ok<{ workOrder: { version: number; materialsIssued: { fen: number } } }>(
      await request('director', MATERIALS, { id: order.id }),
    ).workOrder;
    expect(read.materialsIssued.fen).toBe(1000);
    const listed = ok<{ requisitions: { nodes: { id: string }[] } }>(
      await request('director', `query($f: RequisitionFilter) { requisitions(filter: $f) { nodes { id } } }`, {
        f: { workOrderId: order.id },
      }),
    ).requisitions.nodes;
    expect(listed).toEqual([{ id: requisition.id }]);

    // Not for a work order that is not being repaired, nor for another school's.
    const reported = await report();
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('plumber', REQUEST, { input: { schoolId: SCHOOL_A, workOrderId: reported.id, lines: [{ itemId: item.id, quantity: 1 }] } }),
      ),
      'workOrderId',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('directorB', REQUEST, {
          input: { schoolId: SCHOOL_B, workOrderId: order.id, roomId: placeB.rooms.CLASSROOM, lines: [{ itemId: item.id, quantity: 1 }] },
        }),
      ),
      'workOrderId',
    );

    // The final account's materials include at least what the storeroom issued (¥10).
    const finished = await run('plumber', FINISH, { id: order.id, version: read.version });
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', ACCOUNT, {
          input: { id: finished.id, version: finished.version, labour: '120.00', materials: '5.00', contractor: '0' },
        }),
      ),
      'materials',
    );
    const accounted = await run('director', ACCOUNT, {
      id: finished.id,
      version: finished.version,
      labour: '120.00',
      materials: '80.50',
      contractor: '0',
    });
    expect(accounted.status).toBe('ACCOUNTED');
    const event = (await sub.dataSource.getRepository(OutboxEvent).findBy({ type: 'facilities.workOrder.accounted' }))
      .map((e) => JSON.parse(e.payload) as { workOrderId: string; storeroomMaterialsFen: number })
      .find((p) => p.workOrderId === order.id);
    expect(event?.storeroomMaterialsFen).toBe(1000);
  });
});

describe('the graph around a repair: Staff and Room', () => {
  it('a plumber’s open assigned work orders, due first; a classroom’s latest work orders, as each viewer may read them', async () => {
    const assigned = await through('ASSIGNED');
    const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Staff { assignedWorkOrders { id status dueAt } } ... on Room { workOrders { id } } } }`;
    const [plumber, classroom] = ok<{ _entities: [{ assignedWorkOrders: Order[] }, { workOrders: { id: string }[] }] }>(
      await request('director', ENTITIES, {
        reps: [
          { __typename: 'Staff', id: staffOf('A', 'PLUMBER') },
          { __typename: 'Room', id: placeA.rooms.CLASSROOM },
        ],
      }),
    )._entities;
    expect(plumber.assignedWorkOrders.map((o) => o.id)).toContain(assigned.id);
    expect(plumber.assignedWorkOrders.every((o) => ['APPROVED', 'ASSIGNED', 'IN_PROGRESS', 'REPORTED', 'COSTED'].includes(o.status))).toBe(
      true,
    );
    const dues = plumber.assignedWorkOrders.map((o) => o.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(plumber.assignedWorkOrders.length).toBeLessThanOrEqual(20);
    expect(classroom.workOrders.map((o) => o.id)).toContain(assigned.id);
    expect(classroom.workOrders.length).toBeLessThanOrEqual(20);
    // Another school's director reads none of them.
    const [, theirs] = ok<{ _entities: [unknown, { workOrders: unknown[] } | null] }>(
      await request('directorB', ENTITIES, {
        reps: [
          { __typename: 'Staff', id: staffOf('A', 'PLUMBER') },
          { __typename: 'Room', id: placeA.rooms.CLASSROOM },
        ],
      }),
    )._entities;
    expect(theirs?.workOrders ?? []).toEqual([]);
  });
});
