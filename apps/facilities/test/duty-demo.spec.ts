/**
 * The duty demo: First Experimental Primary's duty task sheet for last term and this one, and last
 * term's appraisals, read through the graph as the director, the electrician and the principal would;
 * the seed is idempotent.
 */
import pino from 'pino';
import { demoTermId } from '@houqin/demo';
import { ok, type TestSubgraph } from '@houqin/testing';
import { StaffAppraisal } from '../src/appraisal/appraisal.entity';
import { seedAppraisalDemo } from '../src/demo/appraisal';
import { seedDutyDemo } from '../src/demo/duty';
import { DutyOccurrence } from '../src/duty/duty.entity';
import { SCHOOL_A, staffOf, startFacilities, TEST_NOW, V } from './support';

jest.setTimeout(60_000);

const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedDutyDemo(sub.dataSource, logger, TEST_NOW());
  await seedAppraisalDemo(sub.dataSource, logger, TEST_NOW());
});
afterAll(() => sub?.stop());

interface Occurrence {
  dueOn: string;
  status: string;
  checkResult: string | null;
  overdue: boolean;
  viewerActions: string[];
  task: { title: string; kind: string };
}
const SHEET = `query($filter: DutyOccurrenceFilter) { dutyOccurrences(filter: $filter, first: 100) {
  nodes { dueOn status checkResult overdue viewerActions task { title kind } } } }`;
const sheet = async (who: keyof typeof V, filter: Record<string, unknown>) =>
  ok<{ dutyOccurrences: { nodes: Occurrence[] } }>(await sub.as(V[who]).request(SHEET, { filter })).dutyOccurrences.nodes;

describe('the duty demo', () => {
  it('has this term’s sheet: routine and urgent tasks, checked ones, one tap check not done, the latest waiting for its check', async () => {
    const tasks = ok<{ dutyTasks: { nodes: { kind: string }[] } }>(
      await sub.as(V.director).request(`{ dutyTasks(filter: { schoolId: "${SCHOOL_A}" }, first: 50) { nodes { kind } } }`),
    ).dutyTasks.nodes;
    expect(tasks.filter((t) => t.kind === 'ROUTINE')).toHaveLength(5);
    expect(tasks.filter((t) => t.kind === 'URGENT')).toHaveLength(2);

    const thisTerm = await sheet('director', { schoolId: SCHOOL_A, from: '2026-09-01', to: '2026-11-16' });
    expect(thisTerm.filter((o) => o.status === 'CHECKED').length).toBeGreaterThan(20);
    const missedTaps = thisTerm.filter((o) => o.task.title.startsWith('检查各教室水龙头') && o.checkResult === 'NOT_DONE');
    expect(missedTaps).toHaveLength(1);
    // The latest tap check (Friday 13 November) is marked done and waits for the director's check.
    const lastTaps = thisTerm.filter((o) => o.task.title.startsWith('检查各教室水龙头')).at(-1)!;
    expect(lastTaps).toMatchObject({ dueOn: '2026-11-13', status: 'MARKED_DONE', viewerActions: ['CHECK'] });
    // Nothing was planned on the National Day or Mid-Autumn holidays.
    expect(thisTerm.map((o) => o.dueOn)).not.toContain('2026-10-02');
    expect(thisTerm.map((o) => o.dueOn)).not.toContain('2026-09-25');
  });

  it('gives the electrician his to-do list: the urgent roof drains due tomorrow among this week’s rounds', async () => {
    const toDo = ok<{ _entities: { dutyTasks: { dueOn: string; task: { kind: string; title: string } }[] }[] }>(
      await sub
        .as(V.maintenance)
        .request(
          `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { dutyTasks { dueOn task { kind title } } } } }`,
          { reps: [{ __typename: 'Staff', id: staffOf('A', 'ELECTRICIAN') }] },
        ),
    )._entities[0].dutyTasks;
    expect(toDo).toHaveLength(20);
    expect(toDo.find((o) => o.task.kind === 'URGENT')).toMatchObject({ dueOn: '2026-11-17' });
  });

  it('has last term’s appraisals: the electrician’s 优秀 confirmed, the safety officer’s 基本合格 waiting for the principal, each with its figures', async () => {
    const appraisals = ok<{
      staffAppraisals: {
        nodes: {
          staffId: string;
          grade: string;
          status: string;
          figures: { tasks: { due: number }; suggestedGrade: string; from: string };
        }[];
      };
    }>(
      await sub
        .as(V.principal)
        .request(
          `{ staffAppraisals(filter: { schoolId: "${SCHOOL_A}" }) { nodes { staffId grade status figures { from tasks { due } suggestedGrade } } } }`,
        ),
    ).staffAppraisals.nodes;
    const byStaff = Object.fromEntries(appraisals.map((a) => [a.staffId, a]));
    expect(byStaff[staffOf('A', 'ELECTRICIAN')]).toMatchObject({
      grade: 'EXCELLENT',
      status: 'CONFIRMED',
      figures: { from: '2026-03-02', suggestedGrade: 'EXCELLENT' },
    });
    expect(byStaff[staffOf('A', 'SAFETY_OFFICER')]).toMatchObject({
      grade: 'BASIC_PASS',
      status: 'PROPOSED',
      figures: { suggestedGrade: 'BASIC_PASS' },
    });
    expect(byStaff[staffOf('A', 'ELECTRICIAN')].figures.tasks.due).toBeGreaterThan(40);
    // The same figures the service computes now for that term.
    const live = ok<{ staffAppraisalFigures: { scores: { total: number } } }>(
      await sub.as(V.director).request(`query($s: ID!, $t: ID) { staffAppraisalFigures(staffId: $s, termId: $t) { scores { total } } }`, {
        s: staffOf('A', 'SAFETY_OFFICER'),
        t: demoTermId('firstPrimary', 1),
      }),
    ).staffAppraisalFigures;
    const stored = await sub.dataSource.getRepository(StaffAppraisal).findOneByOrFail({ staffId: staffOf('A', 'SAFETY_OFFICER') });
    expect(live.scores.total * 10).toBe(stored.scoreTenths);
  });

  it('is idempotent', async () => {
    const before = [await sub.dataSource.getRepository(DutyOccurrence).count(), await sub.dataSource.getRepository(StaffAppraisal).count()];
    await seedDutyDemo(sub.dataSource, logger, TEST_NOW());
    await seedAppraisalDemo(sub.dataSource, logger, TEST_NOW());
    expect([
      await sub.dataSource.getRepository(DutyOccurrence).count(),
      await sub.dataSource.getRepository(StaffAppraisal).count(),
    ]).toEqual(before);
  });
});
