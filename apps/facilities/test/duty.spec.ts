/**
 * The duty task sheet (工作叙事表): before the autumn term the director sets "check every classroom tap
 * on Fridays" for the plumber with the electrician as checker and plans the term — the Mid-Autumn and
 * National Day Fridays are not school days and get nothing; the plumber marks a Friday done and the
 * electrician checks it 好; a Friday nobody marked is checked 未完成; an urgent job (突击) is set with a
 * deadline; a change of people moves only what is still to come. Who may do and read what, and bad
 * input refused on its field with nothing written.
 */
import { Role } from '@houqin/auth';
import { demoTermId } from '@houqin/demo';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { SCHOOL_A, SCHOOL_B, staffOf, startFacilities, TEST_NOW, UNKNOWN_ID, V, viewer } from './support';

jest.setTimeout(60_000);

/** The school's plumber (水电工), the responsible person; the demo maintenance account is the electrician, the checker. */
const PLUMBER = viewer(103, 'plumber', [[Role.MAINTENANCE, SCHOOL_A]], staffOf('A', 'PLUMBER'));
const WHO = { ...V, plumber: PLUMBER, electrician: V.maintenance };
type Who = keyof typeof WHO;
const PLUMBER_ID = staffOf('A', 'PLUMBER');
const ELECTRICIAN_ID = staffOf('A', 'ELECTRICIAN');
/** First Primary's autumn term 2026–2027 (2026-09-01 to 2027-01-22). */
const AUTUMN = demoTermId('firstPrimary', 2);

let clock = TEST_NOW();
const at = (local: string) => (clock = new Date(`${local}+08:00`));
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
}, 60_000);
afterAll(() => sub?.stop());
afterEach(() => {
  clock = TEST_NOW();
});

const TASK = `id kind title status rule ruleText startsOn endsOn dueTime deadline responsibleStaffId checkerStaffId version steps { action actorAccountId comment }`;
const OCCURRENCE = `id taskId dueOn startsAt deadline status responsibleStaffId checkerStaffId doneAt doneNote checkResult checkComment overdue late version
  viewerActions steps { action actorAccountId comment }`;
const CREATE = `mutation($input: CreateDutyTaskInput!) { createDutyTask(input: $input) { ${TASK} } }`;
const UPDATE = `mutation($input: UpdateDutyTaskInput!) { updateDutyTask(input: $input) { ${TASK} } }`;
const END = `mutation($input: EndDutyTaskInput!) { endDutyTask(input: $input) { ${TASK} } }`;
const PLAN = `mutation($input: PlanDutyTasksInput!) { planDutyTasks(input: $input) { from to tasks planned alreadyPlanned nonSchoolDays pastDays } }`;
const MARK = `mutation($input: MarkDutyOccurrenceDoneInput!) { markDutyOccurrenceDone(input: $input) { ${OCCURRENCE} } }`;
const CHECK = `mutation($input: CheckDutyOccurrenceInput!) { checkDutyOccurrence(input: $input) { ${OCCURRENCE} } }`;
const SHEET = `query($filter: DutyOccurrenceFilter, $first: Int, $after: String) {
  dutyOccurrences(filter: $filter, first: $first, after: $after) { nodes { ${OCCURRENCE} } pageInfo { hasNextPage endCursor } } }`;
const TASKS = `query($filter: DutyTaskFilter) { dutyTasks(filter: $filter, first: 100) { nodes { id } } }`;

interface Task {
  id: string;
  version: number;
  status: string;
  [key: string]: unknown;
}
interface Occurrence {
  id: string;
  dueOn: string;
  status: string;
  version: number;
  [key: string]: unknown;
}

const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(WHO[who]).request(query, variables);
const run = async <T>(who: Who, query: string, input: Record<string, unknown>): Promise<T> =>
  Object.values(ok<Record<string, T>>(await request(who, query, { input })))[0];
const taps = (changes: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  kind: 'ROUTINE',
  title: '检查各教室水龙头',
  requirement: 'Every classroom tap: no drip, the handle tight, the basin drains. Note any that need a repair.',
  responsibleStaffId: PLUMBER_ID,
  checkerStaffId: ELECTRICIAN_ID,
  rule: 'FREQ=WEEKLY;BYDAY=FR',
  startsOn: '2026-09-01',
  ...changes,
});
const sheet = async (who: Who, filter: Record<string, unknown>, first = 100): Promise<Occurrence[]> =>
  ok<{ dutyOccurrences: { nodes: Occurrence[] } }>(await request(who, SHEET, { filter, first })).dutyOccurrences.nodes;
const occurrenceOn = async (taskId: string, day: string) => (await sheet('director', { taskId, from: day, to: day }))[0];

describe('the autumn term’s tap checks (常规工作)', () => {
  let task: Task;

  it('the director sets the Friday tap check and plans the term: one occurrence per school Friday, the holiday Fridays left out, never twice', async () => {
    at('2026-08-28T10:00:00');
    task = await run<Task>('director', CREATE, taps());
    expect(task).toMatchObject({
      kind: 'ROUTINE',
      status: 'ACTIVE',
      rule: 'FREQ=WEEKLY;BYDAY=FR',
      ruleText: 'every week on Friday',
      startsOn: '2026-09-01',
      endsOn: null,
      deadline: null,
      steps: [{ action: 'CREATED', actorAccountId: V.director.accountId }],
    });

    const plan = await run('director', PLAN, { schoolId: SCHOOL_A, termId: AUTUMN });
    // 21 Fridays from 4 September to 22 January; 25 September (中秋), 2 October (国庆) and New Year's Day 2027 are holidays
    // (2027's by the statutory holidays until chinese-days carries the State Council's notice).
    expect(plan).toEqual({ from: '2026-09-01', to: '2027-01-22', tasks: 1, planned: 18, alreadyPlanned: 0, nonSchoolDays: 3, pastDays: 0 });
    expect(await run('director', PLAN, { schoolId: SCHOOL_A, termId: AUTUMN })).toMatchObject({ planned: 0, alreadyPlanned: 18 });

    const all = await sheet('director', { taskId: task.id });
    expect(all.map((o) => o.dueOn)).not.toEqual(expect.arrayContaining(['2026-09-25']));
    expect(all.map((o) => o.dueOn).slice(0, 5)).toEqual(['2026-09-04', '2026-09-11', '2026-09-18', '2026-10-09', '2026-10-16']);
    expect(all[0]).toMatchObject({
      status: 'OPEN',
      responsibleStaffId: PLUMBER_ID,
      checkerStaffId: ELECTRICIAN_ID,
      startsAt: '2026-09-03T16:00:00.000Z',
      deadline: '2026-09-04T16:00:00.000Z', // the end of Friday, China time
      overdue: false,
    });

    // The sheet pages in day order.
    const first = ok<{ dutyOccurrences: { nodes: Occurrence[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      await request('director', SHEET, { filter: { taskId: task.id }, first: 5 }),
    ).dutyOccurrences;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok<{ dutyOccurrences: { nodes: Occurrence[] } }>(
      await request('director', SHEET, { filter: { taskId: task.id }, first: 5, after: first.pageInfo.endCursor }),
    ).dutyOccurrences.nodes;
    expect(second.map((o) => o.dueOn)).toEqual(all.slice(5, 10).map((o) => o.dueOn));
    expectBadInput(await request('director', SHEET, { filter: { taskId: task.id }, first: 5, after: 'bm9uc2Vuc2U' }), 'after');
    expectBadInput(await request('director', SHEET, { filter: {}, first: 101 }), 'first');
  });

  it('the plumber marks the first Friday done; the electrician checks it 好; each step on the record', async () => {
    at('2026-09-04T15:00:00');
    let friday = await occurrenceOn(task.id, '2026-09-04');
    expect(
      ok<{ dutyOccurrence: Occurrence }>(
        await request('plumber', `query($id: ID!) { dutyOccurrence(id: $id) { viewerActions } }`, { id: friday.id }),
      ).dutyOccurrence.viewerActions,
    ).toEqual(['MARK_DONE']);
    // Next Friday's cannot be marked yet.
    const next = await occurrenceOn(task.id, '2026-09-11');
    expectCode(await expectNoWrites(sub, () => request('plumber', MARK, { input: { id: next.id, version: next.version } })), 'CONFLICT');
    // Only the plumber marks it: not the electrician, not the director.
    for (const who of ['electrician', 'director'] as const)
      expectCode(await expectNoWrites(sub, () => request(who, MARK, { input: { id: friday.id, version: friday.version } })), 'FORBIDDEN');

    friday = await run<Occurrence>('plumber', MARK, {
      id: friday.id,
      version: friday.version,
      note: '32 taps checked; 三年级2班 washer replaced.',
    });
    expect(friday).toMatchObject({
      status: 'MARKED_DONE',
      doneNote: '32 taps checked; 三年级2班 washer replaced.',
      late: false,
      viewerActions: [],
    });
    expectCode(
      await expectNoWrites(sub, () => request('plumber', MARK, { input: { id: friday.id, version: friday.version } })),
      'CONFLICT',
    );

    at('2026-09-04T16:30:00');
    // Only the electrician checks it: the plumber, who did it, and a teacher are FORBIDDEN.
    for (const who of ['plumber', 'teacher'] as const)
      expectCode(
        await expectNoWrites(sub, () => request(who, CHECK, { input: { id: friday.id, version: friday.version, result: 'DONE_WELL' } })),
        'FORBIDDEN',
      );
    friday = await run<Occurrence>('electrician', CHECK, {
      id: friday.id,
      version: friday.version,
      result: 'DONE_WELL',
      comment: '抽查三间, 都好.',
    });
    expect(friday).toMatchObject({ status: 'CHECKED', checkResult: 'DONE_WELL', checkComment: '抽查三间, 都好.' });
    expect(friday.steps).toEqual([
      { action: 'MARKED_DONE', actorAccountId: PLUMBER.accountId, comment: '32 taps checked; 三年级2班 washer replaced.' },
      { action: 'CHECKED', actorAccountId: V.maintenance.accountId, comment: '抽查三间, 都好.' },
    ]);
    // Once.
    expectCode(
      await expectNoWrites(sub, () => request('electrician', CHECK, { input: { id: friday.id, version: friday.version, result: 'DONE' } })),
      'CONFLICT',
    );
  });

  it('a Friday nobody marked: not checkable before its deadline, then 未完成 with a comment; it shows as overdue until then', async () => {
    let missed = await occurrenceOn(task.id, '2026-09-11');
    at('2026-09-11T17:00:00');
    expectCode(
      await expectNoWrites(sub, () =>
        request('electrician', CHECK, { input: { id: missed.id, version: missed.version, result: 'NOT_DONE', comment: 'x' } }),
      ),
      'CONFLICT',
    );
    at('2026-09-12T09:00:00'); // the Saturday after
    expect(
      ok<{ dutyOccurrence: Occurrence }>(
        await request('director', `query($id: ID!) { dutyOccurrence(id: $id) { overdue } }`, { id: missed.id }),
      ).dutyOccurrence.overdue,
    ).toBe(true);
    expect((await sheet('director', { taskId: task.id, overdue: true })).map((o) => o.dueOn)).toEqual(['2026-09-11']);
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('electrician', CHECK, { input: { id: missed.id, version: missed.version, result: 'NOT_DONE' } }),
      ),
      'comment',
    );
    missed = await run<Occurrence>('electrician', CHECK, {
      id: missed.id,
      version: missed.version,
      result: 'NOT_DONE',
      comment: '五年级水龙头仍在滴水, 未见检查记录.',
    });
    expect(missed).toMatchObject({ status: 'CHECKED', checkResult: 'NOT_DONE', doneAt: null, overdue: false });
    // Checked, it cannot be marked done afterwards.
    expectCode(
      await expectNoWrites(sub, () => request('plumber', MARK, { input: { id: missed.id, version: missed.version } })),
      'CONFLICT',
    );
  });

  it('marked after the deadline counts as late; the plumber’s to-do list is what is still open, overdue first', async () => {
    let friday = await occurrenceOn(task.id, '2026-09-18');
    at('2026-09-19T08:30:00');
    friday = await run<Occurrence>('plumber', MARK, { id: friday.id, version: friday.version, note: 'Done Saturday morning.' });
    expect(friday).toMatchObject({ status: 'MARKED_DONE', late: true });
    at('2026-10-12T09:00:00'); // Monday after the 9 October Friday, which nobody marked
    const STAFF = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id dutyTasks { dueOn status overdue } } } }`;
    const toDo = ok<{ _entities: { dutyTasks: Occurrence[] }[] }>(
      await request('plumber', STAFF, { reps: [{ __typename: 'Staff', id: PLUMBER_ID }] }),
    )._entities[0].dutyTasks;
    expect(toDo.map((o) => o.dueOn).slice(0, 3)).toEqual(['2026-10-09', '2026-10-16', '2026-10-23']);
    expect(toDo[0]).toMatchObject({ status: 'OPEN', overdue: true });
    expect(toDo).toHaveLength(15); // 18 planned − 3 marked or checked
    // A teacher reads nobody's duty tasks but their own (none).
    const teacher = ok<{ _entities: { dutyTasks: Occurrence[] }[] }>(
      await request('teacher', STAFF, { reps: [{ __typename: 'Staff', id: PLUMBER_ID }] }),
    )._entities[0].dutyTasks;
    expect(teacher).toEqual([]);
  });

  it('handing the task on moves only what is still to come; ending it takes the rest off the sheet', async () => {
    at('2026-10-12T09:00:00');
    let current = ok<{ dutyTask: Task }>(
      await request('director', `query($id: ID!) { dutyTask(id: $id) { ${TASK} } }`, { id: task.id }),
    ).dutyTask;
    // The same person as both is refused, on the field given.
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', UPDATE, { input: { id: current.id, version: current.version, checkerStaffId: PLUMBER_ID } }),
      ),
      'checkerStaffId',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('director', UPDATE, { input: { id: current.id, version: current.version, endsOn: '2026-08-01' } }),
      ),
      'endsOn',
    );
    expectBadInput(
      await expectNoWrites(sub, () => request('director', UPDATE, { input: { id: current.id, version: current.version } })),
      'id',
    );
    current = await run<Task>('director', UPDATE, {
      id: current.id,
      version: current.version,
      responsibleStaffId: ELECTRICIAN_ID,
      checkerStaffId: PLUMBER_ID,
      dueTime: '16:30',
      comment: 'The plumber is on the boiler until the end of October.',
    });
    expect(current).toMatchObject({ responsibleStaffId: ELECTRICIAN_ID, checkerStaffId: PLUMBER_ID, dueTime: '16:30' });
    const all = await sheet('director', { taskId: task.id });
    const byDay = Object.fromEntries(all.map((o) => [o.dueOn, o]));
    // Done, checked and overdue ones keep their people and deadline; what is still to come follows the task.
    expect(byDay['2026-09-04']).toMatchObject({ responsibleStaffId: PLUMBER_ID, deadline: '2026-09-04T16:00:00.000Z' });
    expect(byDay['2026-10-09']).toMatchObject({ responsibleStaffId: PLUMBER_ID, status: 'OPEN', overdue: true });
    expect(byDay['2026-10-16']).toMatchObject({
      responsibleStaffId: ELECTRICIAN_ID,
      checkerStaffId: PLUMBER_ID,
      deadline: '2026-10-16T08:30:00.000Z',
    });
    // The plumber still reads the task he did, and the occurrences he had.
    expect(ok<{ dutyTasks: { nodes: Task[] } }>(await request('plumber', TASKS, {})).dutyTasks.nodes.map((t) => t.id)).toContain(task.id);

    // Shortened to the end of November, then ended: what is still to come leaves the sheet; the past stays.
    current = await run<Task>('director', UPDATE, { id: current.id, version: current.version, endsOn: '2026-11-30' });
    expect((await sheet('director', { taskId: task.id })).map((o) => o.dueOn).at(-1)).toBe('2026-11-27');
    expectBadInput(
      await expectNoWrites(sub, () => request('director', END, { input: { id: current.id, version: current.version, reason: ' ' } })),
      'reason',
    );
    current = await run<Task>('director', END, { id: current.id, version: current.version, reason: 'Replaced by the daily patrol.' });
    expect(current).toMatchObject({ status: 'ENDED', endsOn: '2026-10-12' });
    expect((await sheet('director', { taskId: task.id })).map((o) => o.dueOn)).toEqual([
      '2026-09-04',
      '2026-09-11',
      '2026-09-18',
      '2026-10-09',
    ]);
    expect((current.steps as { action: string }[]).map((s) => s.action)).toEqual(['CREATED', 'CHANGED', 'CHANGED', 'ENDED']);
    expectCode(
      await expectNoWrites(sub, () => request('director', UPDATE, { input: { id: current.id, version: current.version, title: 'x' } })),
      'CONFLICT',
    );
    // An ended task is not planned again.
    expect(await run('director', PLAN, { schoolId: SCHOOL_A, from: '2026-10-12', to: '2027-01-22' })).toMatchObject({
      tasks: 0,
      planned: 0,
    });
  });
});

describe('planning at once', () => {
  it('two plans of the same days at the same moment add each occurrence once', async () => {
    at('2026-11-16T10:00:00');
    const task = await run<Task>(
      'director',
      CREATE,
      taps({ title: '检查饮水机', rule: 'FREQ=WEEKLY;BYDAY=MO,WE', startsOn: '2026-11-16' }),
    );
    const input = { schoolId: SCHOOL_A, from: '2026-11-16', to: '2026-12-31' };
    const results = await Promise.all([
      run<{ planned: number }>('director', PLAN, input),
      run<{ planned: number }>('principal', PLAN, input),
    ]);
    // Mondays and Wednesdays from Monday the 16th (its deadline, midnight, is still ahead at 10:00) to Wednesday 30 December.
    const days = (await sheet('director', { taskId: task.id })).map((o) => o.dueOn);
    expect(new Set(days).size).toBe(days.length);
    expect(results.map((r) => r.planned).reduce((a, b) => a + b, 0)).toBe(days.length);
    expect(days[0]).toBe('2026-11-16');
    expect(days.at(-1)).toBe('2026-12-30');
  });
});

describe('an urgent job (突击工作)', () => {
  it('is set with a deadline and has its one occurrence at once; marked done in time; its deadline moves while it is still to come', async () => {
    at('2026-11-16T10:00:00');
    const URGENT = {
      schoolId: SCHOOL_A,
      kind: 'URGENT',
      title: '迎检: 清理教学楼排水沟',
      requirement: 'All gutters and drains of the teaching building clear before the district inspection.',
      responsibleStaffId: staffOf('A', 'CLEANER'),
      checkerStaffId: staffOf('A', 'GENERAL_AFFAIRS_DIRECTOR'),
      deadline: '2026-11-17T12:00:00+08:00',
    };
    expectBadInput(
      await expectNoWrites(sub, () => request('principal', CREATE, { input: { ...URGENT, deadline: '2026-11-16T09:00:00+08:00' } })),
      'deadline',
    );
    expectBadInput(await expectNoWrites(sub, () => request('principal', CREATE, { input: { ...URGENT, rule: 'FREQ=DAILY' } })), 'rule');
    expectBadInput(await expectNoWrites(sub, () => request('principal', CREATE, { input: { ...URGENT, deadline: null } })), 'deadline');
    let task = await run<Task>('principal', CREATE, URGENT);
    expect(task).toMatchObject({ kind: 'URGENT', rule: null, startsOn: '2026-11-16', deadline: '2026-11-17T04:00:00.000Z' });
    let [job] = await sheet('principal', { taskId: task.id });
    expect(job).toMatchObject({
      dueOn: '2026-11-17',
      status: 'OPEN',
      startsAt: '2026-11-16T02:00:00.000Z',
      deadline: '2026-11-17T04:00:00.000Z',
    });

    // The inspection moved to Wednesday afternoon.
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('principal', UPDATE, { input: { id: task.id, version: task.version, endsOn: '2026-11-30' } }),
      ),
      'endsOn',
    );
    task = await run<Task>('principal', UPDATE, { id: task.id, version: task.version, deadline: '2026-11-18T15:00:00+08:00' });
    [job] = await sheet('principal', { taskId: task.id });
    expect(job).toMatchObject({ dueOn: '2026-11-18', deadline: '2026-11-18T07:00:00.000Z' });

    // The cleaner (teacher2's staff record) marks it done on the day it was set: an urgent job may be done at once.
    at('2026-11-16T16:00:00');
    job = await run<Occurrence>('teacher2', MARK, { id: job.id, version: job.version, note: '已清理, 见照片.' });
    expect(job).toMatchObject({ status: 'MARKED_DONE', late: false });
    // Done: its deadline no longer moves.
    task = ok<{ dutyTask: Task }>(
      await request('principal', `query($id: ID!) { dutyTask(id: $id) { ${TASK} } }`, { id: task.id }),
    ).dutyTask;
    expectCode(
      await expectNoWrites(sub, () =>
        request('principal', UPDATE, { input: { id: task.id, version: task.version, deadline: '2026-11-19T15:00:00+08:00' } }),
      ),
      'CONFLICT',
    );
    // The director checks it (marked done, so before the deadline).
    job = await run<Occurrence>('director', CHECK, { id: job.id, version: job.version, result: 'DONE', comment: '基本干净.' });
    expect(job.checkResult).toBe('DONE');
  });
});

describe('who may, and bad input', () => {
  const check = async (who: Who, input: Record<string, unknown>, field: string | null, code = 'BAD_USER_INPUT') => {
    const response = await expectNoWrites(sub, () => request(who, CREATE, { input }));
    if (field) expectBadInput(response, field);
    else expectCode(response, code);
  };

  it('only the director and the principal set, change and plan tasks, before the input is looked at; auditors change nothing', async () => {
    for (const who of ['teacher', 'electrician', 'auditor', 'accountant', 'directorB'] as const) {
      await check(who, taps({ checkerStaffId: PLUMBER_ID, rule: 'nonsense' }), null, 'FORBIDDEN');
      expectCode(
        await expectNoWrites(sub, () => request(who, PLAN, { input: { schoolId: SCHOOL_A, from: '2026-09-01', to: '2026-09-30' } })),
        'FORBIDDEN',
      );
    }
  });

  it('refuses a checker who is the responsible person, another school’s staff, a bad rule, an end before the start, a bad time of day', async () => {
    await check('director', taps({ checkerStaffId: PLUMBER_ID }), 'checkerStaffId');
    await check('director', taps({ responsibleStaffId: staffOf('B', 'PLUMBER') }), 'responsibleStaffId');
    await check('director', taps({ checkerStaffId: UNKNOWN_ID }), 'checkerStaffId');
    await check('director', taps({ rule: 'BYDAY=FR' }), 'rule'); // no FREQ: no interval to repeat by
    await check('director', taps({ rule: 'FREQ=WEEKLY;INTERVAL=0' }), 'rule');
    await check('director', taps({ rule: 'FREQ=FORTNIGHTLY' }), 'rule');
    await check('director', taps({ rule: 'FREQ=WEEKLY;BYDAY=FR;COUNT=3' }), 'rule');
    await check('director', taps({ rule: null }), 'rule');
    await check('director', taps({ endsOn: '2026-08-31' }), 'endsOn');
    await check('director', taps({ dueTime: '25:00' }), 'dueTime');
    await check('director', taps({ deadline: '2026-11-20T12:00:00+08:00' }), 'deadline');
    await check('director', taps({ title: '   ' }), 'title');
    await check('director', taps({ schoolId: SCHOOL_B }), null, 'FORBIDDEN');
  });

  it('plans only a term of the school or up to 200 days', async () => {
    const plan = (input: Record<string, unknown>) =>
      expectNoWrites(sub, () => request('director', PLAN, { input: { schoolId: SCHOOL_A, ...input } }));
    expectBadInput(await plan({ termId: demoTermId('secondJunior', 2) }), 'termId');
    expectBadInput(await plan({ from: '2026-09-01', to: '2027-06-30' }), 'to');
    expectBadInput(await plan({ from: '2026-09-01', to: '2026-08-01' }), 'to');
    expectBadInput(await plan({}), 'from');
    expectBadInput(await plan({ termId: AUTUMN, from: '2026-09-01' }), 'termId');
  });

  it('a teacher reads only tasks they are responsible for or check; the auditor reads all; another school nothing', async () => {
    at('2026-11-16T10:00:00');
    const task = await run<Task>(
      'director',
      CREATE,
      taps({ title: '检查消防栓', startsOn: '2026-11-16', rule: 'FREQ=MONTHLY;BYMONTHDAY=20' }),
    );
    const ids = async (who: Who, filter: Record<string, unknown> = {}) =>
      ok<{ dutyTasks: { nodes: Task[] } }>(await request(who, TASKS, { filter })).dutyTasks.nodes.map((t) => t.id);
    expect(await ids('teacher')).not.toContain(task.id);
    expect(await ids('electrician')).toContain(task.id);
    expect(await ids('auditor', { schoolId: SCHOOL_A })).toContain(task.id);
    expect(await ids('principal', { responsibleStaffId: PLUMBER_ID })).toContain(task.id);
    expect(await ids('principal', { checkerStaffId: PLUMBER_ID })).not.toContain(task.id);
    expectCode(await request('teacher', `query($id: ID!) { dutyTask(id: $id) { id } }`, { id: task.id }), 'NOT_FOUND');
    expectCode(await request('directorB', `query($id: ID!) { dutyTask(id: $id) { id } }`, { id: task.id }), 'NOT_FOUND');
    expect(await ids('directorB')).toEqual([]);
  });
});
