/**
 * Term appraisal (考核): over the first weeks of the autumn term the plumber does his Friday tap checks
 * (one late) and two repairs (rated 5 and 4; a third was rejected and does not count); his figures come
 * out by the formula with the evidence behind them. The director proposes 优秀; the principal confirms
 * it (the director may not, nor anyone who proposed it); later changes leave the stored figures alone;
 * a new proposal supersedes the old, which is kept. The plumber reads his own history; another teacher
 * reads none of it.
 */
import { Role } from '@houqin/auth';
import { demoTermId } from '@houqin/demo';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { createItem, receive } from './storeroom-fixtures';
import { SCHOOL_A, SCHOOL_B, staffOf, startFacilities, TEST_NOW, V, viewer } from './support';

jest.setTimeout(90_000);

const PLUMBER = viewer(103, 'plumber', [[Role.MAINTENANCE, SCHOOL_A]], staffOf('A', 'PLUMBER'));
/** A small school's head who is both principal and general-affairs director: proposing, they may not confirm. */
const HEAD = viewer(
  104,
  'head',
  [
    [Role.PRINCIPAL, SCHOOL_A],
    [Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A],
  ],
  staffOf('A', 'DORMITORY_MANAGER'),
);
const WHO = { ...V, plumber: PLUMBER, electrician: V.maintenance, head: HEAD };
type Who = keyof typeof WHO;
const PLUMBER_ID = staffOf('A', 'PLUMBER');
const ELECTRICIAN_ID = staffOf('A', 'ELECTRICIAN');
const AUTUMN = demoTermId('firstPrimary', 2);

let clock = TEST_NOW();
const at = (local: string) => (clock = new Date(`${local}+08:00`));
let sub: TestSubgraph;
let place: PlaceFixture;

const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(WHO[who]).request(query, variables);
const run = async <T = Record<string, unknown>>(who: Who, query: string, input: Record<string, unknown>): Promise<T> =>
  Object.values(ok<Record<string, T>>(await request(who, query, { input })))[0];

interface Row {
  id: string;
  version: number;
  [key: string]: unknown;
}
const OCC = 'id dueOn version';
const MARK = `mutation($input: MarkDutyOccurrenceDoneInput!) { markDutyOccurrenceDone(input: $input) { ${OCC} } }`;
const CHECK = `mutation($input: CheckDutyOccurrenceInput!) { checkDutyOccurrence(input: $input) { ${OCC} } }`;
const WO = 'id version status';
const wo = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${WO} } }`;

/** Marks (at `doneAt`, local time) and checks (`result`, the evening after) one of the plumber's Fridays. */
async function friday(day: string, doneAt: string | null, result: string | null) {
  const [occurrence] = ok<{ dutyOccurrences: { nodes: Row[] } }>(
    await request('director', `query($f: DutyOccurrenceFilter) { dutyOccurrences(filter: $f) { nodes { ${OCC} } } }`, {
      f: { responsibleStaffId: PLUMBER_ID, from: day, to: day },
    }),
  ).dutyOccurrences.nodes;
  let current = occurrence;
  if (doneAt) {
    at(doneAt);
    current = await run<Row>('plumber', MARK, { id: current.id, version: current.version, note: 'All taps checked.' });
  }
  if (result) {
    at(`${day}T23:30:00`);
    current = await run<Row>('electrician', CHECK, { id: current.id, version: current.version, result, comment: 'Checked.' });
  }
  return current;
}

/** A repair the plumber does: reported (local time) by the teacher, finished `finishedAt`, rated `rating`; or rejected at review. */
async function repair(reportedAt: string, finishedAt: string | null, rating: number | null) {
  at(reportedAt);
  let order = await run<Row>('teacher', wo('reportWorkOrder', 'ReportWorkOrderInput'), {
    schoolId: SCHOOL_A,
    roomId: place.rooms.CLASSROOM,
    title: '水龙头漏水',
    description: 'The tap drips.',
    category: 'PLUMBING',
  });
  const step = async (who: Who, name: string, type: string, input: Record<string, unknown> = {}) =>
    (order = await run<Row>(who, wo(name, type), { id: order.id, version: order.version, ...input }));
  await step('electrician', 'costWorkOrder', 'CostWorkOrderInput', { labour: '50.00', materials: '10.00' });
  if (!finishedAt)
    return step('director', 'reviewWorkOrder', 'ReviewWorkOrderInput', { decision: 'REJECT', comment: 'Not ours: the landlord’s.' });
  await step('director', 'reviewWorkOrder', 'ReviewWorkOrderInput', { decision: 'IN_HOUSE' });
  await step('director', 'assignWorkOrder', 'AssignWorkOrderInput', { staffIds: [PLUMBER_ID] });
  await step('plumber', 'startWorkOrder', 'WorkOrderStepInput');
  at(finishedAt);
  await step('plumber', 'finishWorkOrder', 'WorkOrderStepInput');
  await step('director', 'accountWorkOrder', 'AccountWorkOrderInput', { labour: '50.00', materials: '10.00', contractor: '0' });
  return step('teacher', 'rateWorkOrder', 'RateWorkOrderInput', { rating: rating! });
}

beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
  place = await placeOf(sub, 'A');
  at('2026-08-28T10:00:00');
  const task = {
    schoolId: SCHOOL_A,
    kind: 'ROUTINE',
    title: '检查各教室水龙头',
    requirement: 'Every classroom tap checked on Fridays.',
    responsibleStaffId: PLUMBER_ID,
    checkerStaffId: ELECTRICIAN_ID,
    rule: 'FREQ=WEEKLY;BYDAY=FR',
    startsOn: '2026-09-01',
  };
  await run('director', `mutation($input: CreateDutyTaskInput!) { createDutyTask(input: $input) { id } }`, task);
  await run('director', `mutation($input: PlanDutyTasksInput!) { planDutyTasks(input: $input) { planned } }`, {
    schoolId: SCHOOL_A,
    termId: AUTUMN,
  });
  // The plumber's Fridays up to the figures' day (Monday 26 October): five on time, one late (Saturday morning);
  // 好 four times, 合格 once, the last not checked yet. 25 September and 2 October were holidays.
  await friday('2026-09-04', '2026-09-04T15:00:00', 'DONE_WELL');
  await friday('2026-09-11', '2026-09-11T15:00:00', 'DONE_WELL');
  await friday('2026-09-18', '2026-09-18T15:00:00', 'DONE_WELL');
  await friday('2026-10-09', '2026-10-10T09:00:00', 'DONE');
  await friday('2026-10-16', '2026-10-16T15:00:00', 'DONE_WELL');
  await friday('2026-10-23', '2026-10-23T15:00:00', null);
  // His repairs: both finished by their due time (three school days), rated 5 and 4; one rejected.
  await repair('2026-09-14T10:00:00', '2026-09-15T11:00:00', 5);
  await repair('2026-10-12T10:00:00', '2026-10-14T11:00:00', 4);
  await repair('2026-10-19T10:00:00', null, null);
}, 90_000);
afterAll(() => sub?.stop());

const FIGURES = `staffId termId from to asOf suggestedGrade evidenceTruncated
  tasks { due onTime late notDone } checks { checked doneWell done notDone } ratings { rated total average }
  dueTime { due onTime late } scores { taskCompletion checkResults ratings dueTime total }
  evidence { category outcome subjectType subjectId day value }`;
const FIGURES_OF = `query($staffId: ID!, $termId: ID, $from: String, $to: String) {
  staffAppraisalFigures(staffId: $staffId, termId: $termId, from: $from, to: $to) { ${FIGURES} } }`;
const APPRAISAL = `id staffId termId grade comment status score version proposedByAccountId confirmedByAccountId supersededById
  figures { ${FIGURES} } steps { action actorAccountId comment }`;
const PROPOSE = `mutation($input: ProposeStaffAppraisalInput!) { proposeStaffAppraisal(input: $input) { ${APPRAISAL} } }`;
const CONFIRM = `mutation($input: ConfirmStaffAppraisalInput!) { confirmStaffAppraisal(input: $input) { ${APPRAISAL} } }`;
const HISTORY = `query($filter: StaffAppraisalFilter) { staffAppraisals(filter: $filter) { nodes { id grade status } } }`;
const STAFF_APPRAISALS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id appraisals { id grade status } } } }`;

interface Figures {
  evidence: { category: string; outcome: string; subjectId: string; day: string; value: number | null }[];
  [key: string]: unknown;
}
interface Appraisal extends Row {
  figures: Figures;
  status: string;
}

const PLUMBER_FIGURES = {
  tasks: { due: 6, onTime: 5, late: 1, notDone: 0 },
  checks: { checked: 5, doneWell: 4, done: 1, notDone: 0 },
  ratings: { rated: 2, total: 9, average: 4.5 },
  dueTime: { due: 2, onTime: 2, late: 0 },
  // (5 + ½) / 6 = 91.7; (4·100 + 80) / 5 = 96; (9 − 2) / 8 = 87.5; 2 / 2 = 100;
  // (40·91.67 + 30·96 + 20·87.5 + 10·100) / 100 = 92.97 → 93.
  scores: { taskCompletion: 91.7, checkResults: 96, ratings: 87.5, dueTime: 100, total: 93 },
  suggestedGrade: 'EXCELLENT',
};

let proposed: Appraisal;

describe('the plumber’s autumn figures (考核数据)', () => {
  it('counts what was due by Monday 26 October, by the formula, with the evidence behind each number', async () => {
    at('2026-10-26T10:00:00');
    const figures = ok<{ staffAppraisalFigures: Figures }>(
      await request('director', FIGURES_OF, { staffId: PLUMBER_ID, termId: AUTUMN }),
    ).staffAppraisalFigures;
    expect(figures).toMatchObject({
      staffId: PLUMBER_ID,
      termId: AUTUMN,
      from: '2026-09-01',
      to: '2027-01-22',
      asOf: '2026-10-26T02:00:00.000Z',
      evidenceTruncated: false,
      ...PLUMBER_FIGURES,
    });
    const late = figures.evidence.filter((e) => e.category === 'TASKS' && e.outcome === 'LATE');
    expect(late.map((e) => e.day)).toEqual(['2026-10-09']);
    expect(figures.evidence.filter((e) => e.category === 'RATINGS').map((e) => [e.day, e.value])).toEqual([
      ['2026-09-17', 5],
      ['2026-10-15', 4],
    ]);
    expect(figures.evidence.filter((e) => e.category === 'CHECKS')).toHaveLength(5);
    // The same figures for a date range; the plumber reads his own.
    const range = ok<{ staffAppraisalFigures: Figures }>(
      await request('plumber', FIGURES_OF, { staffId: PLUMBER_ID, from: '2026-09-01', to: '2026-10-31' }),
    ).staffAppraisalFigures;
    expect(range).toMatchObject({ termId: null, ...PLUMBER_FIGURES });
  });

  it('counts the storekeeper’s service ratings: the requisitions he issued, rated by the requesters', async () => {
    at('2026-10-20T09:00:00');
    const item = await createItem(sub, {
      schoolId: SCHOOL_A,
      name: '粉笔',
      unit: 'BOX',
      category: 'CHALK_STATIONERY',
      standardUnitCost: '5.00',
    });
    await receive(sub, SCHOOL_A, place.rooms.STOREROOM, [{ itemId: item.id, quantity: 20, unitCost: '5.00' }]);
    const requisition = await run<Row>(
      'teacher',
      `mutation($input: RequestRequisitionInput!) { requestRequisition(input: $input) { id version } }`,
      {
        schoolId: SCHOOL_A,
        roomId: place.rooms.CLASSROOM,
        lines: [{ itemId: item.id, quantity: 2 }],
      },
    );
    await run('storekeeper', `mutation($input: IssueRequisitionInput!) { issueRequisition(input: $input) { id } }`, {
      id: requisition.id,
      storeroomRoomId: place.rooms.STOREROOM,
    });
    await run('teacher', `mutation($input: ConfirmRequisitionReceiptInput!) { confirmRequisitionReceipt(input: $input) { id } }`, {
      id: requisition.id,
    });
    await run('teacher', `mutation($input: RateRequisitionInput!) { rateRequisition(input: $input) { id } }`, {
      id: requisition.id,
      rating: 4,
      comment: '发得很快',
    });
    at('2026-10-26T10:00:00');
    const figures = ok<{ staffAppraisalFigures: Figures }>(
      await request('director', FIGURES_OF, { staffId: staffOf('A', 'STOREKEEPER'), termId: AUTUMN }),
    ).staffAppraisalFigures;
    // Only the ratings category has evidence: (4 − 1) / 4 = 75, and so the total.
    expect(figures).toMatchObject({
      tasks: { due: 0 },
      ratings: { rated: 1, total: 4, average: 4 },
      scores: { taskCompletion: null, checkResults: null, ratings: 75, dueTime: null, total: 75 },
      suggestedGrade: 'PASS',
    });
    expect(figures.evidence).toEqual([
      { category: 'RATINGS', outcome: 'RATED', subjectType: 'REQUISITION', subjectId: requisition.id, day: '2026-10-20', value: 4 },
    ]);
  });

  it('is read by the director, principal, district and the person; another teacher is FORBIDDEN, another school NOT_FOUND', async () => {
    for (const who of ['principal', 'auditor', 'admin'] as const)
      ok(await request(who, FIGURES_OF, { staffId: PLUMBER_ID, termId: AUTUMN }));
    expectCode(await request('teacher', FIGURES_OF, { staffId: PLUMBER_ID, termId: AUTUMN }), 'FORBIDDEN');
    expectCode(await request('electrician', FIGURES_OF, { staffId: PLUMBER_ID, termId: AUTUMN }), 'FORBIDDEN');
    expectCode(await request('directorB', FIGURES_OF, { staffId: PLUMBER_ID, termId: AUTUMN }), 'NOT_FOUND');
    expectBadInput(await request('director', FIGURES_OF, { staffId: PLUMBER_ID, termId: demoTermId('secondJunior', 2) }), 'termId');
    expectBadInput(await request('director', FIGURES_OF, { staffId: PLUMBER_ID, from: '2026-09-01', to: '2028-01-01' }), 'to');
    expectBadInput(await request('director', FIGURES_OF, { staffId: PLUMBER_ID }), 'from');
  });
});

describe('the director proposes, the principal confirms (拟定—确认)', () => {
  const proposal = (changes: Record<string, unknown> = {}) => ({
    schoolId: SCHOOL_A,
    staffId: PLUMBER_ID,
    termId: AUTUMN,
    grade: 'EXCELLENT',
    comment: '每周检查无遗漏, 维修及时, 教师评价好.',
    ...changes,
  });

  it('refuses a teacher or the principal proposing before looking at the input, a grade not of the four, another school’s staff or term, oneself', async () => {
    for (const who of ['teacher', 'principal', 'auditor', 'plumber'] as const)
      expectCode(await expectNoWrites(sub, () => request(who, PROPOSE, { input: proposal({ staffId: 'nonsense' }) })), 'FORBIDDEN');
    const great = await expectNoWrites(sub, () => request('director', PROPOSE, { input: proposal({ grade: 'GREAT' }) }));
    expect(great.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expectBadInput(
      await expectNoWrites(sub, () => request('director', PROPOSE, { input: proposal({ staffId: staffOf('B', 'PLUMBER') }) })),
      'staffId',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('director', PROPOSE, { input: proposal({ termId: demoTermId('secondJunior', 2) }) })),
      'termId',
    );
    expectBadInput(await expectNoWrites(sub, () => request('director', PROPOSE, { input: proposal({ comment: '  ' }) })), 'comment');
    expectCode(
      await expectNoWrites(sub, () =>
        request('director', PROPOSE, { input: proposal({ staffId: staffOf('A', 'GENERAL_AFFAIRS_DIRECTOR') }) }),
      ),
      'FORBIDDEN',
    );
    expectCode(await expectNoWrites(sub, () => request('directorB', PROPOSE, { input: proposal() })), 'FORBIDDEN');
  });

  it('the director proposes 优秀 with the figures stored; the director may not confirm; the principal does, once', async () => {
    at('2026-10-26T11:00:00');
    proposed = await run<Appraisal>('director', PROPOSE, proposal());
    expect(proposed).toMatchObject({ grade: 'EXCELLENT', status: 'PROPOSED', score: 93, proposedByAccountId: V.director.accountId });
    expect(proposed.figures).toMatchObject(PLUMBER_FIGURES);
    expectCode(
      await expectNoWrites(sub, () => request('director', CONFIRM, { input: { id: proposed.id, version: proposed.version } })),
      'FORBIDDEN',
    );
    expectCode(
      await expectNoWrites(sub, () => request('principalB', CONFIRM, { input: { id: proposed.id, version: proposed.version } })),
      'NOT_FOUND',
    );
    const confirmed = await run<Appraisal>('principal', CONFIRM, { id: proposed.id, version: proposed.version, comment: '同意.' });
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', confirmedByAccountId: V.principal.accountId });
    expect((confirmed.steps as { action: string; actorAccountId: string }[]).map((s) => [s.action, s.actorAccountId])).toEqual([
      ['PROPOSED', V.director.accountId],
      ['CONFIRMED', V.principal.accountId],
    ]);
    expectCode(
      await expectNoWrites(sub, () => request('principal', CONFIRM, { input: { id: confirmed.id, version: confirmed.version } })),
      'CONFLICT',
    );
    proposed = confirmed;
  });

  it('a later check does not change the stored figures; the live ones move', async () => {
    await friday('2026-10-23', null, 'NOT_DONE'); // the electrician finds the 23rd’s taps not done after all
    at('2026-10-27T10:00:00');
    const live = ok<{ staffAppraisalFigures: Figures }>(
      await request('director', FIGURES_OF, { staffId: PLUMBER_ID, termId: AUTUMN }),
    ).staffAppraisalFigures;
    expect(live.checks).toEqual({ checked: 6, doneWell: 4, done: 1, notDone: 1 });
    const stored = ok<{ staffAppraisal: Appraisal }>(
      await request('principal', `query($id: ID!) { staffAppraisal(id: $id) { ${APPRAISAL} } }`, { id: proposed.id }),
    ).staffAppraisal;
    expect(stored.figures).toMatchObject(PLUMBER_FIGURES);
  });

  it('a new proposal supersedes the confirmed one, which is kept as it was; whoever proposed may not confirm, even holding both roles', async () => {
    at('2026-10-27T11:00:00');
    const second = await run<Appraisal>('head', PROPOSE, proposal({ grade: 'PASS', comment: 'Re-proposed after the 23 October check.' }));
    expect(second).toMatchObject({ status: 'PROPOSED', grade: 'PASS' });
    expectCode(
      await expectNoWrites(sub, () => request('head', CONFIRM, { input: { id: second.id, version: second.version } })),
      'FORBIDDEN',
    );
    const history = ok<{ staffAppraisals: { nodes: Row[] } }>(await request('director', HISTORY, { filter: { staffId: PLUMBER_ID } }))
      .staffAppraisals.nodes;
    expect(history.map((a) => [a.id, a.grade, a.status])).toEqual([
      [second.id, 'PASS', 'PROPOSED'],
      [proposed.id, 'EXCELLENT', 'SUPERSEDED'],
    ]);
    const old = ok<{ staffAppraisal: Appraisal }>(
      await request('principal', `query($id: ID!) { staffAppraisal(id: $id) { ${APPRAISAL} } }`, { id: proposed.id }),
    ).staffAppraisal;
    expect(old).toMatchObject({
      grade: 'EXCELLENT',
      comment: '每周检查无遗漏, 维修及时, 教师评价好.',
      supersededById: second.id,
      confirmedByAccountId: V.principal.accountId,
    });
    expect((old.steps as { action: string }[]).map((s) => s.action)).toEqual(['PROPOSED', 'CONFIRMED', 'SUPERSEDED']);
    // A superseded one can no longer be confirmed.
    expectCode(await expectNoWrites(sub, () => request('principal', CONFIRM, { input: { id: old.id, version: old.version } })), 'CONFLICT');
  });

  it('the plumber reads his own history; another teacher, the electrician and another school read none of it', async () => {
    const mine = ok<{ staffAppraisals: { nodes: Row[] } }>(await request('plumber', HISTORY, {})).staffAppraisals.nodes;
    expect(mine.map((a) => a.grade)).toEqual(['PASS', 'EXCELLENT']);
    const onStaff = ok<{ _entities: { appraisals: Row[] }[] }>(
      await request('plumber', STAFF_APPRAISALS, { reps: [{ __typename: 'Staff', id: PLUMBER_ID }] }),
    )._entities[0].appraisals;
    expect(onStaff.map((a) => a.status)).toEqual(['PROPOSED', 'SUPERSEDED']);
    for (const who of ['teacher', 'electrician', 'directorB'] as const) {
      expect(ok<{ staffAppraisals: { nodes: Row[] } }>(await request(who, HISTORY, {})).staffAppraisals.nodes).toEqual([]);
      expect(
        ok<{ _entities: { appraisals: Row[] }[] }>(
          await request(who, STAFF_APPRAISALS, { reps: [{ __typename: 'Staff', id: PLUMBER_ID }] }),
        )._entities[0].appraisals,
      ).toEqual([]);
      expectCode(await request(who, `query($id: ID!) { staffAppraisal(id: $id) { id } }`, { id: proposed.id }), 'NOT_FOUND');
    }
    expect(
      ok<{ staffAppraisals: { nodes: Row[] } }>(await request('auditor', HISTORY, { filter: { schoolId: SCHOOL_A } })).staffAppraisals
        .nodes,
    ).toHaveLength(2);
    expect(
      ok<{ staffAppraisals: { nodes: Row[] } }>(await request('auditor', HISTORY, { filter: { schoolId: SCHOOL_B } })).staffAppraisals
        .nodes,
    ).toEqual([]);
  });
});

describe('the district compares the schools’ appraisals (考核汇总)', () => {
  const SUMMARY = `query($reps: [_Any!]!, $on: String) { _entities(representations: $reps) { ... on School {
    appraisalSummary(on: $on) { schoolId on appraised confirmed awaitingConfirmation meanScore grades { grade count confirmed } } } } }`;
  type Summary = { appraised: number; confirmed: number; awaitingConfirmation: number; meanScore: number | null; grades: unknown[] };
  const summaries = async (who: Who, on?: string) =>
    ok<{ _entities: { appraisalSummary: Summary | null }[] }>(
      await request(who, SUMMARY, { reps: [SCHOOL_A, SCHOOL_B].map((id) => ({ __typename: 'School', id })), on }),
    )._entities.map((e) => e.appraisalSummary);

  it('counts each school’s current appraisals of the term by grade, the superseded one left out; nothing for those who may not read them', async () => {
    const current = ok<{ staffAppraisals: { nodes: Row[] } }>(
      await request('auditor', `query($filter: StaffAppraisalFilter) { staffAppraisals(filter: $filter) { nodes { id score } } }`, {
        filter: { schoolId: SCHOOL_A, status: 'PROPOSED' },
      }),
    ).staffAppraisals.nodes;
    expect(current).toHaveLength(1);
    const [a, b] = await summaries('auditor', '2026-10-27');
    expect(a).toEqual({
      schoolId: SCHOOL_A,
      on: '2026-10-27',
      appraised: 1, // the plumber's re-proposed PASS; his superseded EXCELLENT does not count
      confirmed: 0,
      awaitingConfirmation: 1,
      meanScore: current[0].score,
      grades: [
        { grade: 'EXCELLENT', count: 0, confirmed: 0 },
        { grade: 'PASS', count: 1, confirmed: 0 },
        { grade: 'BASIC_PASS', count: 0, confirmed: 0 },
        { grade: 'FAIL', count: 0, confirmed: 0 },
      ],
    });
    expect(b).toMatchObject({ appraised: 0, confirmed: 0, meanScore: null });
    // Another term: nothing appraised yet.
    expect((await summaries('auditor', '2027-03-15'))[0]).toMatchObject({ appraised: 0, meanScore: null });
    // The school's director reads his own school only; the plumber (reads his own appraisals) and a teacher read no summary.
    expect((await summaries('director', '2026-10-27')).map((s) => s?.appraised ?? null)).toEqual([1, null]);
    expect(await summaries('plumber', '2026-10-27')).toEqual([null, null]);
    expect(await summaries('teacher', '2026-10-27')).toEqual([null, null]);
    // A day that does not exist: the field's error names it (the school itself still answers).
    const bad = await request('auditor', SUMMARY, { reps: [{ __typename: 'School', id: SCHOOL_A }], on: '2026-02-30' });
    expect(bad.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'on' })]);
  });
});
