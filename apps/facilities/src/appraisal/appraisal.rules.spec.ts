import { DutyCheckResult } from '../duty/duty.entity';
import { AppraisalGrade } from './appraisal.entity';
import {
  appraisalFigures,
  appraisalScores,
  appraisalSummary,
  EVIDENCE_PER_CATEGORY,
  figuresFromStore,
  type OccurrenceEvidence,
  round1,
  storedFigures,
  suggestedGrade,
  tallyEvidence,
  type WorkOrderEvidence,
} from './appraisal.rules';

const { DONE_WELL, DONE, NOT_DONE } = DutyCheckResult;
const deadline = (day: string) => new Date(`${day}T16:00:00Z`);
let n = 0;
/** An occurrence due on `day`: done `doneHours` before (negative: after) its deadline, or not done (null), checked `result`. */
const occurrence = (day: string, doneHours: number | null, result: DutyCheckResult | null = null): OccurrenceEvidence => ({
  id: `occ-${String(++n).padStart(3, '0')}`,
  dueOn: day,
  deadline: deadline(day),
  doneAt: doneHours == null ? null : new Date(deadline(day).getTime() - doneHours * 3_600_000),
  checkResult: result,
});
/** A work order due on `day`: finished `finishedHours` before (negative: after) its due time or still open (null), rated `rating`. */
const workOrder = (day: string, finishedHours: number | null, rating: number | null = null): WorkOrderEvidence => ({
  id: `wo-${String(++n).padStart(3, '0')}`,
  dueOn: day,
  dueAt: deadline(day),
  finishedAt: finishedHours == null ? null : new Date(deadline(day).getTime() - finishedHours * 3_600_000),
  rating,
});

/** The plumber's term: ten Fridays' tap checks and four repairs. */
const PLUMBER_OCCURRENCES = [
  occurrence('2026-09-04', 6, DONE_WELL),
  occurrence('2026-09-11', 6, DONE_WELL),
  occurrence('2026-09-18', 6, DONE_WELL),
  occurrence('2026-10-09', 6, DONE_WELL),
  occurrence('2026-10-16', 6, DONE_WELL),
  occurrence('2026-10-23', 6, DONE),
  occurrence('2026-10-30', 6), // on time, not checked yet
  occurrence('2026-11-06', -20, DONE), // late
  occurrence('2026-11-13', -2), // late, not checked
  occurrence('2026-11-20', null, NOT_DONE), // missed
];
const PLUMBER_WORK_ORDERS = [
  workOrder('2026-09-15', 30, 5),
  workOrder('2026-10-20', 2, 4),
  workOrder('2026-11-03', -26, 2), // a day late, rated 2
  workOrder('2026-11-10', 1), // on time, not rated
];

describe('the appraisal formula (考核计分)', () => {
  it('counts the plumber’s term and scores it: 40 % tasks, 30 % checks, 20 % ratings, 10 % due time', () => {
    const tally = tallyEvidence(PLUMBER_OCCURRENCES, PLUMBER_WORK_ORDERS);
    expect(tally).toMatchObject({
      tasks: { due: 10, onTime: 7, late: 2, notDone: 1 },
      checks: { checked: 8, doneWell: 5, done: 2, notDone: 1 },
      ratings: { rated: 3, total: 11, average: 3.7 },
      dueTime: { due: 4, onTime: 3, late: 1 },
      evidenceTruncated: false,
    });
    // completion (7 + ½·2) / 10 = 80; checks (5·100 + 2·80 + 0) / 8 = 82.5; ratings (11 − 3) / 12 = 66.7; due time 3 / 4 = 75;
    // total (40·80 + 30·82.5 + 20·66.67 + 10·75) / 100 = 77.58 → 77.6, 合格.
    expect(appraisalScores(tally)).toEqual({ taskCompletion: 80, checkResults: 82.5, ratings: 66.7, dueTime: 75, total: 77.6 });
    expect(suggestedGrade(77.6)).toBe(AppraisalGrade.PASS);
  });

  it('lists the evidence behind every number, by category and day', () => {
    const { evidence } = tallyEvidence(PLUMBER_OCCURRENCES, PLUMBER_WORK_ORDERS);
    expect(evidence).toHaveLength(10 + 8 + 3 + 4);
    expect(evidence.filter((e) => e.category === 'TASKS' && e.outcome === 'NOT_DONE')).toEqual([
      {
        category: 'TASKS',
        outcome: 'NOT_DONE',
        subjectType: 'DUTY_OCCURRENCE',
        subjectId: PLUMBER_OCCURRENCES[9].id,
        day: '2026-11-20',
        value: null,
      },
    ]);
    expect(evidence.filter((e) => e.category === 'RATINGS').map((e) => e.value)).toEqual([5, 4, 2]);
    expect(evidence.filter((e) => e.category === 'DUE_TIME' && e.outcome === 'LATE').map((e) => e.subjectId)).toEqual([
      PLUMBER_WORK_ORDERS[2].id,
    ]);
  });

  it('a storekeeper’s service ratings are the requisitions they issued, rated by the requesters, beside any repairs', () => {
    const tally = tallyEvidence(
      [],
      [workOrder('2026-09-20', 2, 3)],
      [
        { id: 'req-1', dueOn: '2026-09-10', rating: 5 },
        { id: 'req-2', dueOn: '2026-09-30', rating: 4 },
      ],
    );
    expect(tally.ratings).toEqual({ rated: 3, total: 12, average: 4 });
    expect(tally.evidence.filter((e) => e.category === 'RATINGS').map((e) => [e.subjectType, e.subjectId.slice(0, 3), e.value])).toEqual([
      ['REQUISITION', 'req', 5],
      ['WORK_ORDER', 'wo-', 3],
      ['REQUISITION', 'req', 4],
    ]);
    // (12 − 3) / 12 = 75; one repair on time = 100; (20·75 + 10·100) / 30 = 83.3.
    expect(appraisalScores(tally)).toMatchObject({ ratings: 75, dueTime: 100, total: 83.3 });
  });

  it('an empty category is left out and the other weights rescaled; no evidence at all has no total and no grade', () => {
    // Only duty tasks, all on time and done well: 100, whatever the empty repair categories.
    const teacher = tallyEvidence([occurrence('2026-09-04', 1, DONE_WELL), occurrence('2026-09-11', 1, DONE_WELL)], []);
    expect(appraisalScores(teacher)).toEqual({ taskCompletion: 100, checkResults: 100, ratings: null, dueTime: null, total: 100 });
    // Only repairs: ratings 5 and 3 → 75, both on time → 100; (20·75 + 10·100) / 30 = 83.3.
    const electrician = tallyEvidence([], [workOrder('2026-09-10', 2, 5), workOrder('2026-09-20', 2, 3)]);
    expect(appraisalScores(electrician)).toEqual({ taskCompletion: null, checkResults: null, ratings: 75, dueTime: 100, total: 83.3 });
    // Occurrences not checked yet: the checks category is empty, not zero.
    const unchecked = tallyEvidence([occurrence('2026-09-04', 1)], []);
    expect(appraisalScores(unchecked)).toMatchObject({ taskCompletion: 100, checkResults: null, total: 100 });
    const nothing = tallyEvidence([], []);
    expect(appraisalScores(nothing)).toEqual({ taskCompletion: null, checkResults: null, ratings: null, dueTime: null, total: null });
    expect(suggestedGrade(null)).toBeNull();
  });

  it('suggests a grade at 90, 75 and 60; rounds half up to one decimal', () => {
    expect([100, 90, 89.9, 75, 74.9, 60, 59.9, 0].map(suggestedGrade)).toEqual([
      'EXCELLENT',
      'EXCELLENT',
      'PASS',
      'PASS',
      'BASIC_PASS',
      'BASIC_PASS',
      'FAIL',
      'FAIL',
    ]);
    expect(round1(84.95)).toBe(85);
    expect(round1(66.666)).toBe(66.7);
    // Everything missed and checked 未完成, every repair late and rated 1: 0.
    const worst = tallyEvidence([occurrence('2026-09-04', null, NOT_DONE)], [workOrder('2026-09-10', null, 1)]);
    expect(appraisalScores(worst).total).toBe(0);
  });

  it('lists at most 100 items a category, and says so; the counts cover everything', () => {
    const many = Array.from({ length: EVIDENCE_PER_CATEGORY + 5 }, (_, i) =>
      occurrence(`2026-${String(9 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, 1),
    );
    const tally = tallyEvidence(many, []);
    expect(tally.tasks.due).toBe(105);
    expect(tally.evidence).toHaveLength(100);
    expect(tally.evidenceTruncated).toBe(true);
  });

  it('stores the figures compactly and reads them back the same', () => {
    const figures = appraisalFigures(
      { staffId: 's', schoolId: 'a', termId: 't', from: '2026-09-01', to: '2027-01-22', asOf: new Date('2027-01-20T08:00:00Z') },
      PLUMBER_OCCURRENCES,
      PLUMBER_WORK_ORDERS,
    );
    expect(figures.suggestedGrade).toBe('PASS');
    const stored = JSON.parse(JSON.stringify(storedFigures(figures)));
    expect(stored.evidence[0]).toEqual(['TASKS', 'ON_TIME', 'DUTY_OCCURRENCE', PLUMBER_OCCURRENCES[0].id, '2026-09-04', null]);
    expect(figuresFromStore(stored)).toEqual(figures);
  });
});

describe('a school’s appraisals in figures (考核汇总)', () => {
  it('counts grades best first, confirmed and awaiting, and the mean score of those with evidence', () => {
    const summary = appraisalSummary([
      { grade: AppraisalGrade.EXCELLENT, status: 'CONFIRMED', count: 2, scored: 2, scoreTenths: 1850 },
      { grade: AppraisalGrade.PASS, status: 'PROPOSED', count: 3, scored: 2, scoreTenths: 1610 },
      { grade: AppraisalGrade.PASS, status: 'CONFIRMED', count: 1, scored: 1, scoreTenths: 790 },
    ]);
    expect(summary).toEqual({
      appraised: 6,
      confirmed: 3,
      awaitingConfirmation: 3,
      grades: [
        { grade: AppraisalGrade.EXCELLENT, count: 2, confirmed: 2 },
        { grade: AppraisalGrade.PASS, count: 4, confirmed: 1 },
        { grade: AppraisalGrade.BASIC_PASS, count: 0, confirmed: 0 },
        { grade: AppraisalGrade.FAIL, count: 0, confirmed: 0 },
      ],
      meanScore: 85, // (185 + 161 + 79) ÷ 5 scored
    });
  });

  it('has no mean score when nobody had evidence, and nothing when nobody was appraised', () => {
    expect(
      appraisalSummary([{ grade: AppraisalGrade.FAIL, status: 'PROPOSED', count: 1, scored: 0, scoreTenths: 0 }]).meanScore,
    ).toBeNull();
    expect(appraisalSummary([])).toMatchObject({ appraised: 0, confirmed: 0, awaitingConfirmation: 0, meanScore: null });
  });
});
