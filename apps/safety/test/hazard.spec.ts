/**
 * Hazards (安全隐患) and their rectification (整改), told as the school lives them: a teacher reports a
 * blocked fire exit, the safety officer gives it its five fixes (五定), the person responsible rectifies
 * it, a second person verifies it and it is closed; a leaking ceiling light goes to facilities as a
 * repair and comes back as evidence; an overdue one climbs the chain. Every refusal writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { envelopeOf, EventConsumer, OutboxEvent } from '@houqin/events';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { safetyConsumer } from '../src/events/safety.consumer';
import { hazardFlow } from '../src/hazard/hazard.flow';
import { hazardOverdueJob } from '../src/hazard/hazard.job';
import { SCHOOL_A, SCHOOL_B, staffOf, startSafety, UNKNOWN_ID, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startSafety();
});
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const FIELDS = `id status level source title location version deadline measure funds { yuan fen } contingencyPlan responsible { id }
  evidence rectifiedByAccountId verifiedByAccountId failedVerifications awaitingRepair workOrderId escalationLevel overdue closedAt
  steps { action actorAccountId comment }`;
const REPORT = `mutation($input: ReportHazardInput!) { reportHazard(input: $input) { ${FIELDS} } }`;
const step = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${FIELDS} } }`;
const ASSIGN = step('assignHazard', 'AssignHazardInput');
const START = step('startHazardRectification', 'HazardStepInput');
const RECTIFIED = step('recordHazardRectified', 'RecordHazardRectifiedInput');
const VERIFY = step('verifyHazard', 'VerifyHazardInput');
const CLOSE = step('closeHazard', 'HazardStepInput');
const REPAIR = step('requestHazardRepair', 'RequestHazardRepairInput');

interface HazardView {
  id: string;
  status: string;
  version: number;
  [key: string]: unknown;
}
const report = async (who: Who, input: Record<string, unknown>): Promise<HazardView> =>
  ok<{ reportHazard: HazardView }>(
    await request(who, REPORT, {
      input: { schoolId: SCHOOL_A, title: '二楼消防通道堆放杂物', description: '二楼东侧安全出口前堆放桌椅', ...input },
    }),
  ).reportHazard;
const take = async (who: Who, mutation: string, input: Record<string, unknown>): Promise<HazardView> =>
  Object.values(ok<Record<string, HazardView>>(await request(who, mutation, { input })))[0];
const fiveFixes = (hazard: HazardView, extra: Record<string, unknown> = {}) => ({
  id: hazard.id,
  version: hazard.version,
  responsibleStaffId: staffOf('A', 'ELECTRICIAN'),
  measure: '清理通道杂物，张贴禁止堆放标识',
  funds: '0',
  deadline: '2026-11-18',
  contingencyPlan: '清理前设置警示标志，安排专人值守',
  ...extra,
});
const outboxOf = async (type: string) => (await sub.dataSource.getRepository(OutboxEvent).find({ where: { type } })).map(envelopeOf);

describe('a blocked fire exit, from report to closing (隐患整改闭环)', () => {
  it('a teacher reports it, the officer assigns the five fixes, the electrician rectifies, a second officer verifies, it closes', async () => {
    const reported = await report('teacher', { location: '教学楼A二楼东侧安全出口' });
    expect(reported).toMatchObject({ status: 'REPORTED', level: 'GENERAL', source: 'REPORT', location: '教学楼A二楼东侧安全出口' });

    const assigned = await take('safety', ASSIGN, fiveFixes(reported, { funds: '120.50' }));
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      responsible: { id: staffOf('A', 'ELECTRICIAN') },
      funds: { yuan: '120.50', fen: 12050 },
      deadline: '2026-11-18',
    });

    const electricianActions = ok<{ hazard: { viewerActions: string[] } }>(
      await request('electrician', `query($id: ID!) { hazard(id: $id) { viewerActions } }`, { id: assigned.id }),
    ).hazard.viewerActions;
    expect(electricianActions).toEqual(['START', 'REQUEST_REPAIR']);
    const started = await take('electrician', START, { id: assigned.id, version: assigned.version });
    expect(started.status).toBe('RECTIFYING');
    const rectified = await take('electrician', RECTIFIED, {
      id: started.id,
      version: started.version,
      evidence: '杂物已清走，通道畅通，已张贴标识',
      evidencePhotoRefs: ['photo://exit-after.jpg'],
    });
    expect(rectified).toMatchObject({ status: 'RECTIFIED', rectifiedByAccountId: V.electrician.accountId });

    const verified = await take('safety', VERIFY, { id: rectified.id, version: rectified.version, passed: true, comment: '现场查看合格' });
    expect(verified).toMatchObject({ status: 'VERIFIED', verifiedByAccountId: V.safety.accountId });
    const closed = await take('safety', CLOSE, { id: verified.id, version: verified.version });
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toEqual(expect.any(String));
    expect((closed.steps as { action: string }[]).map((s) => s.action)).toEqual([
      'REPORTED',
      'ASSIGNED',
      'STARTED',
      'RECTIFIED',
      'VERIFIED',
      'CLOSED',
    ]);
  });

  it('the rectifier may not verify their own work (separation of duties), and nothing is written', async () => {
    const reported = await report('teacher', { location: '操场北侧围墙' });
    let hazard = await take('safety', ASSIGN, fiveFixes(reported));
    hazard = await take('safety', START, { id: hazard.id, version: hazard.version });
    hazard = await take('safety', RECTIFIED, { id: hazard.id, version: hazard.version, evidence: '已加固' });
    const refused = await expectNoWrites(sub, () =>
      request('safety', VERIFY, { input: { id: hazard.id, version: hazard.version, passed: true } }),
    );
    expectCode(refused, 'FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/rectified this hazard/);
    // A second officer verifies it.
    const verified = await take('safety2', VERIFY, { id: hazard.id, version: hazard.version, passed: true });
    expect(verified.status).toBe('VERIFIED');
  });

  it('a failed verification reopens it, with the reason; failing without a reason is refused', async () => {
    const reported = await report('teacher', { location: '食堂后门' });
    let hazard = await take('safety', ASSIGN, fiveFixes(reported));
    hazard = await take('electrician', START, { id: hazard.id, version: hazard.version });
    hazard = await take('electrician', RECTIFIED, { id: hazard.id, version: hazard.version, evidence: '门锁已更换' });
    expectBadInput(
      await expectNoWrites(sub, () => request('safety', VERIFY, { input: { id: hazard.id, version: hazard.version, passed: false } })),
      'comment',
    );
    const reopened = await take('safety', VERIFY, {
      id: hazard.id,
      version: hazard.version,
      passed: false,
      comment: '门锁仍无法从内侧打开',
    });
    expect(reopened).toMatchObject({ status: 'RECTIFYING', failedVerifications: 1, rectifiedByAccountId: null });
    // The electrician rectifies again; this time the officer who failed it verifies.
    const again = await take('electrician', RECTIFIED, { id: reopened.id, version: reopened.version, evidence: '更换为推杠式逃生门锁' });
    expect((await take('safety', VERIFY, { id: again.id, version: again.version, passed: true })).status).toBe('VERIFIED');
  });

  it('a hazard is never closed without its verification, and steps out of order are refused', async () => {
    const reported = await report('teacher', { location: '一楼配电间' });
    expectCode(
      await expectNoWrites(sub, () => request('safety', CLOSE, { input: { id: reported.id, version: reported.version } })),
      'CONFLICT',
    );
    expectCode(
      await expectNoWrites(sub, () =>
        request('safety', RECTIFIED, { input: { id: reported.id, version: reported.version, evidence: 'x' } }),
      ),
      'CONFLICT',
    );
    const assigned = await take('safety', ASSIGN, fiveFixes(reported));
    // A stale version is a CONFLICT too.
    expectCode(
      await expectNoWrites(sub, () => request('safety', START, { input: { id: assigned.id, version: reported.version } })),
      'CONFLICT',
    );
  });
});

describe('the five fixes must be sound (五定)', () => {
  let hazard: HazardView;
  beforeAll(async () => {
    hazard = await report('teacher', { location: '教学楼A楼梯间' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['deadline', { deadline: '2026-11-13' }, 'a deadline in the past'],
    ['deadline', { deadline: '2026-13-40' }, 'a date that does not exist'],
    ['funds', { funds: '12.345' }, 'funds in fractions of a fen'],
    ['funds', { funds: '-5' }, 'negative funds'],
    ['responsibleStaffId', { responsibleStaffId: staffOf('B', 'ELECTRICIAN') }, 'a person of another school'],
    ['responsibleStaffId', { responsibleStaffId: UNKNOWN_ID }, 'an unknown person'],
    ['level', { level: 'SERIOUS' }, 'the serious level the district does not use'],
    ['measure', { measure: '   ' }, 'no measure'],
  ])('%s: %s (%s) is refused and nothing is written', async (field, change) => {
    expectBadInput(await expectNoWrites(sub, () => request('safety', ASSIGN, { input: fiveFixes(hazard, change) })), field);
  });

  it('without a deadline, the district’s default school days count from today on the school calendar', async () => {
    const { deadline, ...rest } = fiveFixes(hazard);
    void deadline;
    const assigned = await take('safety', ASSIGN, rest);
    // Monday 16 November + 5 school days = Monday 23 November.
    expect(assigned.deadline).toBe('2026-11-23');
  });

  it('a report must say where it is', async () => {
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('teacher', REPORT, { input: { schoolId: SCHOOL_A, title: '漏电', description: '某处漏电' } }),
      ),
      'location',
    );
  });
});

describe('who sees and does what', () => {
  let hazard: HazardView;
  beforeAll(async () => {
    hazard = await report('teacher', { location: '校门口减速带' });
  });
  const READ = `query($id: ID!) { hazard(id: $id) { id } }`;
  const LIST = `query($filter: HazardFilter) { hazards(first: 50, filter: $filter) { nodes { id reporterAccountId } } }`;

  it('the reporter sees their own report; another teacher of the school does not; school B’s people get NOT_FOUND', async () => {
    expect(ok(await request('teacher', READ, { id: hazard.id }))).toEqual({ hazard: { id: hazard.id } });
    expectCode(await request('teacher2', READ, { id: hazard.id }), 'NOT_FOUND');
    for (const who of ['teacherB', 'safetyB', 'directorB', 'principalB'] as Who[])
      expectCode(await request(who, READ, { id: hazard.id }), 'NOT_FOUND');
    const mine = ok<{ hazards: { nodes: { reporterAccountId: string }[] } }>(await request('teacher', LIST, { filter: { mine: true } }));
    expect(mine.hazards.nodes.length).toBeGreaterThan(0);
    expect(mine.hazards.nodes.every((n) => n.reporterAccountId === V.teacher.accountId)).toBe(true);
    const other = ok<{ hazards: { nodes: unknown[] } }>(await request('teacher2', LIST));
    expect(other.hazards.nodes).toEqual([]);
    const outsider = ok<{ hazards: { nodes: unknown[] } }>(await request('safetyB', LIST, { filter: { schoolId: SCHOOL_A } }));
    expect(outsider.hazards.nodes).toEqual([]);
  });

  it('the person responsible sees what they must rectify; a teacher may not assign; the auditor reads and changes nothing', async () => {
    const assigned = await take('director', ASSIGN, fiveFixes(hazard));
    expect(ok(await request('electrician', READ, { id: hazard.id }))).toEqual({ hazard: { id: hazard.id } });
    expectCode(
      await expectNoWrites(sub, () => request('teacher', START, { input: { id: assigned.id, version: assigned.version } })),
      'FORBIDDEN',
    );
    expectCode(await expectNoWrites(sub, () => request('teacher', ASSIGN, { input: fiveFixes(assigned) })), 'FORBIDDEN');
    expect(ok(await request('auditor', READ, { id: hazard.id }))).toEqual({ hazard: { id: hazard.id } });
    expectCode(await expectNoWrites(sub, () => request('auditor', ASSIGN, { input: fiveFixes(assigned) })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => request('safetyB', ASSIGN, { input: fiveFixes(assigned) })), 'NOT_FOUND');
  });

  it('the district reads the register of every school, filtered by level and state', async () => {
    await report('safetyB' as Who, { schoolId: SCHOOL_B, location: '实验楼三楼', level: 'MAJOR' });
    const all = ok<{ hazards: { nodes: { id: string }[] } }>(await request('admin', LIST, { filter: { level: 'MAJOR', open: true } }));
    expect(all.hazards.nodes.length).toBeGreaterThan(0);
    const schoolsOf = ok<{ hazards: { nodes: { school: { id: string } }[] } }>(
      await request('auditor', `{ hazards(first: 100, filter: { open: true }) { nodes { school { id } } } }`),
    );
    expect(new Set(schoolsOf.hazards.nodes.map((n) => n.school.id))).toEqual(new Set([SCHOOL_A, SCHOOL_B]));
  });
});

describe('a major hazard tells the principal and the district at once (重大隐患)', () => {
  it('publishes safety.hazard.major when reported major, and when re-levelled major at assignment', async () => {
    const before = (await outboxOf('safety.hazard.major')).length;
    const major = await report('safety', { level: 'MAJOR', title: '教学楼B外墙瓷砖松动', location: '教学楼B北侧外墙' });
    const general = await report('teacher', { title: '配电箱门锁损坏', location: '食堂配电箱' });
    await take('safety', ASSIGN, fiveFixes(general, { level: 'MAJOR' }));
    const events = await outboxOf('safety.hazard.major');
    expect(events.length).toBe(before + 2);
    expect(events.map((e) => (e.payload as { hazardId: string }).hazardId)).toEqual(expect.arrayContaining([major.id, general.id]));
  });
});

describe('a hazard that needs a repair waits for facilities (隐患报修)', () => {
  const deliver = async (workOrderId: string, hazardId: string, outcome: 'CLOSED' | 'REJECTED', comment: string | null) => {
    const consumer = new EventConsumer(safetyConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
    return consumer.handle({
      id: newId(),
      type: 'facilities.workOrder.closed',
      version: 1,
      occurredAt: new Date().toISOString(),
      districtId: DEMO_DISTRICT.id,
      schoolId: SCHOOL_A,
      actor: null,
      requestId: 'test',
      payload: {
        workOrderId,
        schoolId: SCHOOL_A,
        source: 'HAZARD',
        sourceRef: hazardId,
        outcome,
        finishedAt: outcome === 'CLOSED' ? '2026-11-16T07:30:00.000Z' : null,
        comment,
      },
    });
  };

  it('asks facilities for a safety work order, refuses a hand-made rectification meanwhile, and takes the repair back as evidence', async () => {
    const reported = await report('teacher', { title: '教室顶灯松动下垂', location: '三年级2班' });
    const assigned = await take('safety', ASSIGN, fiveFixes(reported));
    const waiting = await take('electrician', REPAIR, {
      id: assigned.id,
      version: assigned.version,
      category: 'ELECTRICAL',
      comment: '需登高作业',
    });
    expect(waiting).toMatchObject({ status: 'RECTIFYING', awaitingRepair: true, workOrderId: expect.any(String) });
    const [requested] = (await outboxOf('safety.hazard.repairRequested')).filter(
      (e) => (e.payload as { hazardId: string }).hazardId === reported.id,
    );
    expect(requested.payload).toMatchObject({
      hazardId: reported.id,
      workOrderId: waiting.workOrderId,
      category: 'ELECTRICAL',
      schoolId: SCHOOL_A,
    });
    expectCode(
      await expectNoWrites(sub, () =>
        request('electrician', RECTIFIED, { input: { id: waiting.id, version: waiting.version, evidence: '已修好' } }),
      ),
      'CONFLICT',
    );
    expectCode(
      await expectNoWrites(sub, () =>
        request('electrician', REPAIR, { input: { id: waiting.id, version: waiting.version, category: 'ELECTRICAL' } }),
      ),
      'CONFLICT',
    );

    // A closing of another work order for the hazard changes nothing; the right one records it rectified, once.
    await deliver(UNKNOWN_ID, reported.id, 'CLOSED', null);
    expect(
      ok<{ hazard: HazardView }>(await request('safety', `query($id: ID!) { hazard(id: $id) { id status } }`, { id: reported.id })).hazard
        .status,
    ).toBe('RECTIFYING');
    await deliver(waiting.workOrderId as string, reported.id, 'CLOSED', '已重新固定灯具');
    await deliver(waiting.workOrderId as string, reported.id, 'CLOSED', '已重新固定灯具');
    const back = ok<{ hazard: HazardView }>(
      await request('safety', `query($id: ID!) { hazard(id: $id) { ${FIELDS} } }`, { id: reported.id }),
    ).hazard;
    expect(back).toMatchObject({ status: 'RECTIFIED', awaitingRepair: false, rectifiedByAccountId: null });
    expect(back.evidence).toMatch(/work order/);
    const system = (back.steps as { action: string; actorAccountId: string }[]).filter((s) => s.actorAccountId === 'system');
    expect(system.map((s) => s.action)).toEqual(['RECTIFIED']);
    // Anyone of the safety office may verify a repair facilities did.
    expect((await take('safety', VERIFY, { id: back.id, version: back.version, passed: true })).status).toBe('VERIFIED');
  });

  it('a repair facilities rejects goes back to the rectifier with the reason', async () => {
    const reported = await report('teacher', { title: '围墙裂缝', location: '操场南侧围墙' });
    const assigned = await take('safety', ASSIGN, fiveFixes(reported));
    const waiting = await take('safety', REPAIR, { id: assigned.id, version: assigned.version, category: 'BUILDING' });
    await deliver(waiting.workOrderId as string, reported.id, 'REJECTED', '需专业单位鉴定');
    const back = ok<{ hazard: HazardView }>(
      await request('safety', `query($id: ID!) { hazard(id: $id) { ${FIELDS} } }`, { id: reported.id }),
    ).hazard;
    expect(back).toMatchObject({ status: 'RECTIFYING', awaitingRepair: false });
    expect((back.steps as { action: string; comment: string }[]).at(-1)).toMatchObject({
      action: 'REPAIR_REJECTED',
      comment: expect.stringMatching(/需专业单位鉴定/),
    });
  });
});

describe('an overdue hazard climbs the chain, a school day at a time (超期督办)', () => {
  it('escalates to the officer, the director, the principal and the district, each once', async () => {
    const reported = await report('teacher', { title: '实验室通风橱故障', location: '科学实验室' });
    const assigned = await take('safety', ASSIGN, fiveFixes(reported, { deadline: '2026-11-16' }));
    const run = (iso: string) =>
      sub.dataSource.transaction((manager) =>
        hazardOverdueJob.run({ manager, tick: new Date(iso), now: new Date(iso), logger: pino({ level: 'silent' }) }),
      );
    const levels = async () =>
      (await outboxOf('safety.hazard.overdue'))
        .map((e) => e.payload as { hazardId: string; escalatedTo: string })
        .filter((p) => p.hazardId === assigned.id)
        .map((p) => p.escalatedTo);
    await run('2026-11-16T12:00:00Z'); // the deadline day itself: not overdue
    expect(await levels()).toEqual([]);
    await run('2026-11-17T02:00:00Z'); // Tuesday: one school day late
    await run('2026-11-17T03:00:00Z'); // again the same day: nothing twice
    expect(await levels()).toEqual(['SAFETY_OFFICER']);
    await run('2026-11-21T02:00:00Z'); // Saturday: Tue–Fri are four school days late
    expect(await levels()).toEqual(['SAFETY_OFFICER', 'DIRECTOR', 'PRINCIPAL', 'DISTRICT']);
    // The subgraph's own clock is still Monday, the deadline day: the hazard is not yet overdue there.
    const seen = ok<{ hazard: { overdue: boolean; escalationLevel: number } }>(
      await request('safety', `query($id: ID!) { hazard(id: $id) { overdue escalationLevel } }`, { id: assigned.id }),
    );
    expect(seen.hazard).toEqual({ overdue: false, escalationLevel: 4 });
  });
});

it('docs/safety.md shows the hazard flow as the code declares it (on failure: paste hazardFlow.diagram() there)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/safety.md'), 'utf8');
  expect(doc).toContain(['```mermaid', hazardFlow.diagram(), '```'].join('\n'));
});

describe('the district compares schools’ hazards side by side (隐患统计)', () => {
  const SUMMARY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School {
    id hazardSummary(from: "2026-11-01", to: "2026-11-30") { open openMajor overdue reported rectified meanHoursToRectify closed byLevel { level open } } } } }`;
  const reps = [SCHOOL_A, SCHOOL_B].map((id) => ({ __typename: 'School', id }));

  it('counts each school’s hazards in one statement for the page, for the district only', async () => {
    const rows = ok<{ _entities: { id: string; hazardSummary: Record<string, unknown> }[] }>(
      await request('auditor', SUMMARY, { reps }),
    )._entities;
    const a = rows.find((r) => r.id === SCHOOL_A)!.hazardSummary;
    const b = rows.find((r) => r.id === SCHOOL_B)!.hazardSummary;
    // Every hazard of these stories was reported "today" (16 November).
    const [listedA, listedB] = await Promise.all(
      [SCHOOL_A, SCHOOL_B].map(
        async (schoolId) =>
          ok<{ hazards: { nodes: { status: string; level: string }[] } }>(
            await request('auditor', `query($s: ID!) { hazards(first: 100, filter: { schoolId: $s }) { nodes { status level } } }`, {
              s: schoolId,
            }),
          ).hazards.nodes,
      ),
    );
    expect(a.reported).toBe(listedA.length);
    expect(a.open).toBe(listedA.filter((h) => h.status !== 'CLOSED').length);
    expect(a.closed).toBe(listedA.filter((h) => h.status === 'CLOSED').length);
    expect(a.rectified).toBeGreaterThan(0);
    expect(b).toMatchObject({ reported: listedB.length, openMajor: listedB.filter((h) => h.level === 'MAJOR').length });
    // A school's own officer reads their school's; school B's officer may not read school A's.
    const refused = await request('safetyB', SUMMARY, { reps: [reps[0]] });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.data).toEqual({ _entities: [null] });
    expect(ok(await request('safety', SUMMARY, { reps: [reps[0]] }))).toBeTruthy();
  });
});
