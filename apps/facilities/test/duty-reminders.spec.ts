/**
 * Reminders of the duty task sheet (工作提醒): the plumber's "check the boiler-room taps" on Mondays and
 * Tuesdays at 16:30, the electrician checking. The quarter-hourly job tells the plumber of Monday's on
 * Monday at 07:00 (not before, not twice), tells both of them when 16:30 passes undone, says nothing of
 * a Tuesday he marked done, leaves deadlines of more than a week ago alone, and reminds at once of an
 * urgent job set mid-morning. Each notice is an event the directory turns into their inbox.
 */
import pino from 'pino';
import { Role } from '@houqin/auth';
import { envelopeOf, OutboxEvent } from '@houqin/events';
import { ok, type TestSubgraph } from '@houqin/testing';
import { dutyReminderJob } from '../src/duty/duty.job';
import { SCHOOL_A, staffOf, startFacilities, TEST_NOW, V, viewer } from './support';

jest.setTimeout(60_000);

const PLUMBER = viewer(103, 'plumber', [[Role.MAINTENANCE, SCHOOL_A]], staffOf('A', 'PLUMBER'));
const PLUMBER_ID = staffOf('A', 'PLUMBER');
const ELECTRICIAN_ID = staffOf('A', 'ELECTRICIAN');

let clock = TEST_NOW();
const at = (local: string) => (clock = new Date(`${local}+08:00`));
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
}, 60_000);
afterAll(() => sub?.stop());

type Notice = {
  type: string;
  occurrenceId: string;
  kind: string;
  deadlineLocal: string;
  responsibleStaffId: string;
  checkerStaffId?: string;
};
/** The job at a local instant; the notices it published. */
const remindAt = async (local: string): Promise<Notice[]> => {
  const tick = at(local);
  const before = new Set((await sub.dataSource.getRepository(OutboxEvent).find()).map((e) => e.id));
  await sub.dataSource.transaction((manager) => dutyReminderJob.run({ manager, tick, now: tick, logger: pino({ level: 'silent' }) }));
  return (await sub.dataSource.getRepository(OutboxEvent).find())
    .filter((row) => !before.has(row.id) && row.type.startsWith('facilities.duty.'))
    .map((row) => ({ type: row.type, ...(envelopeOf(row).payload as Omit<Notice, 'type'>) }));
};
describe('duty reminders (工作提醒)', () => {
  it('reminds on the day at 07:00, once; announces an undone one overdue to both people, once; never an old one or a done one', async () => {
    at('2026-11-01T18:00:00');
    const task = ok<{ createDutyTask: { id: string } }>(
      await sub.as(V.director).request(`mutation($input: CreateDutyTaskInput!) { createDutyTask(input: $input) { id } }`, {
        input: {
          schoolId: SCHOOL_A,
          kind: 'ROUTINE',
          title: '检查锅炉房水龙头',
          requirement: 'No drip; the valves turn.',
          responsibleStaffId: PLUMBER_ID,
          checkerStaffId: ELECTRICIAN_ID,
          rule: 'FREQ=WEEKLY;BYDAY=MO,TU',
          dueTime: '16:30',
          startsOn: '2026-11-02',
        },
      }),
    ).createDutyTask;
    ok(
      await sub.as(V.director).request(`mutation($input: PlanDutyTasksInput!) { planDutyTasks(input: $input) { planned } }`, {
        input: { schoolId: SCHOOL_A, from: '2026-11-02', to: '2026-11-17' },
      }),
    );
    const sheet = ok<{ dutyOccurrences: { nodes: { id: string; dueOn: string; version: number }[] } }>(
      await sub
        .as(V.director)
        .request(`query($f: DutyOccurrenceFilter) { dutyOccurrences(filter: $f, first: 100) { nodes { id dueOn version } } }`, {
          f: { taskId: task.id },
        }),
    ).dutyOccurrences.nodes;
    const on = (day: string) => sheet.find((o) => o.dueOn === day)!;
    expect(sheet.map((o) => o.dueOn)).toEqual(['2026-11-02', '2026-11-03', '2026-11-09', '2026-11-10', '2026-11-16', '2026-11-17']);

    // Monday 16 November before seven: the week-old ones are overdue (9 and 10 November, within the
    // week); 2 and 3 November are older than a week and left alone; nothing is reminded yet.
    const early = await remindAt('2026-11-16T06:50:00');
    expect(early.map((n) => [n.type, n.occurrenceId])).toEqual([
      ['facilities.duty.overdue', on('2026-11-09').id],
      ['facilities.duty.overdue', on('2026-11-10').id],
    ]);
    expect(early[0]).toMatchObject({ deadlineLocal: '2026-11-09 16:30', responsibleStaffId: PLUMBER_ID, checkerStaffId: ELECTRICIAN_ID });

    // At seven: today's, with its deadline as the school reads it; Tuesday's is not open yet. Not twice.
    expect(await remindAt('2026-11-16T07:00:00')).toEqual([
      {
        type: 'facilities.duty.due',
        occurrenceId: on('2026-11-16').id,
        taskId: task.id,
        schoolId: SCHOOL_A,
        title: '检查锅炉房水龙头',
        kind: 'ROUTINE',
        deadline: '2026-11-16T08:30:00.000Z',
        deadlineLocal: '2026-11-16 16:30',
        responsibleStaffId: PLUMBER_ID,
      },
    ]);
    expect(await remindAt('2026-11-16T07:15:00')).toEqual([]);

    // 16:30 passes with Monday's undone: overdue to the plumber and the electrician, once.
    expect(await remindAt('2026-11-16T16:15:00')).toEqual([]);
    expect((await remindAt('2026-11-16T16:45:00')).map((n) => [n.type, n.occurrenceId])).toEqual([
      ['facilities.duty.overdue', on('2026-11-16').id],
    ]);
    expect(await remindAt('2026-11-16T17:00:00')).toEqual([]);

    // Tuesday: reminded at seven, marked done at ten at the version read on Sunday (a notice leaves the
    // version alone: the sheet he has open is not stale), so nothing when 16:30 passes.
    expect((await remindAt('2026-11-17T07:05:00')).map((n) => n.occurrenceId)).toEqual([on('2026-11-17').id]);
    at('2026-11-17T10:00:00');
    ok(
      await sub.as(PLUMBER).request(`mutation($input: MarkDutyOccurrenceDoneInput!) { markDutyOccurrenceDone(input: $input) { id } }`, {
        input: { id: on('2026-11-17').id, version: on('2026-11-17').version, note: '阀门已检查' },
      }),
    );
    expect(await remindAt('2026-11-17T17:00:00')).toEqual([]);
  });

  it('reminds at once of an urgent job set mid-morning, due at noon', async () => {
    at('2026-11-17T09:00:00');
    const urgent = ok<{ createDutyTask: { id: string } }>(
      await sub.as(V.director).request(`mutation($input: CreateDutyTaskInput!) { createDutyTask(input: $input) { id } }`, {
        input: {
          schoolId: SCHOOL_A,
          kind: 'URGENT',
          title: '清理操场排水沟',
          requirement: 'Rain expected this afternoon.',
          responsibleStaffId: PLUMBER_ID,
          checkerStaffId: ELECTRICIAN_ID,
          deadline: '2026-11-17T04:00:00.000Z',
        },
      }),
    ).createDutyTask;
    const notices = await remindAt('2026-11-17T09:15:00');
    expect(notices).toEqual([
      expect.objectContaining({ type: 'facilities.duty.due', taskId: urgent.id, kind: 'URGENT', deadlineLocal: '2026-11-17 12:00' }),
    ]);
    expect(await remindAt('2026-11-17T09:30:00')).toEqual([]);
  });
});
