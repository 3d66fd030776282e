import { type DutyCheckResult } from '../duty/duty.entity';
import {
  AppraisalCategory,
  type AppraisalEvidenceItem,
  AppraisalGrade,
  AppraisalOutcome,
  type AppraisalScores,
  AppraisalSubject,
  type StaffAppraisalFigures,
  type StoredFigures,
} from './appraisal.entity';

/**
 * The appraisal formula (考核计分), in one place. Each category scores 0–100:
 *
 * - task completion (任务完成, weight 40): (on time + ½ × late) ÷ due × 100 — an occurrence marked done
 *   by its deadline counts whole, after it half, not marked not at all;
 * - checker results (检查结果, weight 30): (100 × 好 + 80 × 合格 + 0 × 未完成) ÷ checked;
 * - service ratings (服务评价, weight 20): (mean rating − 1) ÷ 4 × 100, so 1 star is 0, 3 stars 50, 5 stars
 *   100 — the reporters' ratings of the repairs they were assigned to and the requesters' ratings of the
 *   requisitions they issued from the storeroom;
 * - due-time compliance (维修及时率, weight 10): finished by the due time ÷ due × 100.
 *
 * The total is the weighted mean over the categories that have evidence: an empty category (a
 * teacher with no repairs, a term with no checks yet) is left out and the other weights rescaled, so
 * nobody gains or loses for work they were never given; with no evidence at all the total is null.
 * Scores are rounded half up to one decimal for display (the total is computed from the unrounded
 * scores). The suggested grade: total ≥ 90 优秀, ≥ 75 合格, ≥ 60 基本合格, below 不合格.
 */
export const APPRAISAL_WEIGHTS = { taskCompletion: 40, checkResults: 30, ratings: 20, dueTime: 10 } as const;
/** Points of a check result. */
export const CHECK_POINTS: Readonly<Record<DutyCheckResult, number>> = { DONE_WELL: 100, DONE: 80, NOT_DONE: 0 };
/** What an occurrence marked done after its deadline is worth, against one on time. */
export const LATE_CREDIT = 0.5;
/** The lowest total of each suggested grade, best first. */
export const GRADE_FLOORS: readonly [number, AppraisalGrade][] = [
  [90, AppraisalGrade.EXCELLENT],
  [75, AppraisalGrade.PASS],
  [60, AppraisalGrade.BASIC_PASS],
];
/** Evidence items listed per category (the counts always cover all of it). */
export const EVIDENCE_PER_CATEGORY = 100;

/** A duty occurrence the person was responsible for, as the appraisal reads it. */
export interface OccurrenceEvidence {
  id: string;
  dueOn: string;
  deadline: Date;
  doneAt: Date | null;
  checkResult: DutyCheckResult | null;
}

/** A work order the person was assigned to, as the appraisal reads it (`dueOn`: its due day at the school). */
export interface WorkOrderEvidence {
  id: string;
  dueOn: string;
  dueAt: Date;
  finishedAt: Date | null;
  rating: number | null;
}

/** A requisition the person issued that its requester rated (`dueOn`: the day it was issued at the school). */
export interface RequisitionEvidence {
  id: string;
  dueOn: string;
  rating: number;
}

/** Rounded half up to one decimal. */
export const round1 = (value: number) => Math.round(value * 10 + 1e-9) / 10;

/** The counts of each category and the evidence behind them (each category's items in day order). */
export function tallyEvidence(
  occurrences: readonly OccurrenceEvidence[],
  workOrders: readonly WorkOrderEvidence[],
  requisitions: readonly RequisitionEvidence[] = [],
) {
  const tasks = { due: 0, onTime: 0, late: 0, notDone: 0 };
  const checks = { checked: 0, doneWell: 0, done: 0, notDone: 0 };
  const ratings = { rated: 0, total: 0, average: null as number | null };
  const dueTime = { due: 0, onTime: 0, late: 0 };
  const items: Record<AppraisalCategory, AppraisalEvidenceItem[]> = { TASKS: [], CHECKS: [], RATINGS: [], DUE_TIME: [] };
  const { DUTY_OCCURRENCE, WORK_ORDER, REQUISITION } = AppraisalSubject;
  const item = (
    category: AppraisalCategory,
    outcome: AppraisalOutcome,
    subjectType: AppraisalSubject,
    subject: { id: string; dueOn: string },
    value: number | null = null,
  ) => items[category].push({ category, outcome, subjectType, subjectId: subject.id, day: subject.dueOn, value });
  const byDay = <T extends { dueOn: string; id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));

  for (const occurrence of byDay(occurrences)) {
    tasks.due += 1;
    if (!occurrence.doneAt) {
      tasks.notDone += 1;
      item(AppraisalCategory.TASKS, AppraisalOutcome.NOT_DONE, DUTY_OCCURRENCE, occurrence);
    } else if (occurrence.doneAt <= occurrence.deadline) {
      tasks.onTime += 1;
      item(AppraisalCategory.TASKS, AppraisalOutcome.ON_TIME, DUTY_OCCURRENCE, occurrence);
    } else {
      tasks.late += 1;
      item(AppraisalCategory.TASKS, AppraisalOutcome.LATE, DUTY_OCCURRENCE, occurrence);
    }
    if (occurrence.checkResult) {
      checks.checked += 1;
      const [key, outcome] = {
        DONE_WELL: ['doneWell', AppraisalOutcome.DONE_WELL],
        DONE: ['done', AppraisalOutcome.DONE],
        NOT_DONE: ['notDone', AppraisalOutcome.NOT_DONE],
      }[occurrence.checkResult] as ['doneWell' | 'done' | 'notDone', AppraisalOutcome];
      checks[key] += 1;
      item(AppraisalCategory.CHECKS, outcome, DUTY_OCCURRENCE, occurrence);
    }
  }
  const rated: [AppraisalSubject, { id: string; dueOn: string }, number][] = [];
  for (const order of byDay(workOrders)) {
    dueTime.due += 1;
    if (order.finishedAt && order.finishedAt <= order.dueAt) {
      dueTime.onTime += 1;
      item(AppraisalCategory.DUE_TIME, AppraisalOutcome.ON_TIME, WORK_ORDER, order);
    } else {
      dueTime.late += 1;
      item(AppraisalCategory.DUE_TIME, AppraisalOutcome.LATE, WORK_ORDER, order);
    }
    if (order.rating != null) rated.push([WORK_ORDER, order, order.rating]);
  }
  for (const requisition of requisitions) rated.push([REQUISITION, requisition, requisition.rating]);
  rated.sort(([, a], [, b]) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  for (const [subjectType, subject, rating] of rated) {
    ratings.rated += 1;
    ratings.total += rating;
    item(AppraisalCategory.RATINGS, AppraisalOutcome.RATED, subjectType, subject, rating);
  }
  ratings.average = ratings.rated ? round1(ratings.total / ratings.rated) : null;
  const all = Object.values(AppraisalCategory).map((category) => items[category]);
  return {
    tasks,
    checks,
    ratings,
    dueTime,
    evidence: all.flatMap((list) => list.slice(0, EVIDENCE_PER_CATEGORY)),
    evidenceTruncated: all.some((list) => list.length > EVIDENCE_PER_CATEGORY),
  };
}

/** The counts the formula reads. */
export type AppraisalCounts = Pick<ReturnType<typeof tallyEvidence>, 'tasks' | 'checks' | 'ratings' | 'dueTime'>;

/** Each category's score and the weighted total, by the formula above (null for a category without evidence). */
export function appraisalScores({ tasks, checks, ratings, dueTime }: AppraisalCounts): AppraisalScores {
  const raw = {
    taskCompletion: tasks.due ? ((tasks.onTime + LATE_CREDIT * tasks.late) / tasks.due) * 100 : null,
    checkResults: checks.checked
      ? (CHECK_POINTS.DONE_WELL * checks.doneWell + CHECK_POINTS.DONE * checks.done + CHECK_POINTS.NOT_DONE * checks.notDone) /
        checks.checked
      : null,
    ratings: ratings.rated ? ((ratings.total - ratings.rated) / (4 * ratings.rated)) * 100 : null,
    dueTime: dueTime.due ? (dueTime.onTime / dueTime.due) * 100 : null,
  };
  let weighted = 0;
  let weights = 0;
  for (const [key, weight] of Object.entries(APPRAISAL_WEIGHTS) as [keyof typeof raw, number][]) {
    const score = raw[key];
    if (score == null) continue;
    weighted += weight * score;
    weights += weight;
  }
  const rounded = (value: number | null) => (value == null ? null : round1(value));
  return {
    taskCompletion: rounded(raw.taskCompletion),
    checkResults: rounded(raw.checkResults),
    ratings: rounded(raw.ratings),
    dueTime: rounded(raw.dueTime),
    total: weights ? round1(weighted / weights) : null,
  };
}

/** The grade a total suggests (GRADE_FLOORS); null without evidence. */
export function suggestedGrade(total: number | null): AppraisalGrade | null {
  if (total == null) return null;
  return GRADE_FLOORS.find(([floor]) => total >= floor)?.[1] ?? AppraisalGrade.FAIL;
}

/** The figures of a person and period from the evidence read at `asOf`: counts, scores, suggested grade, the evidence. */
export function appraisalFigures(
  base: { staffId: string; schoolId: string; termId: string | null; from: string; to: string; asOf: Date },
  occurrences: readonly OccurrenceEvidence[],
  workOrders: readonly WorkOrderEvidence[],
  requisitions: readonly RequisitionEvidence[] = [],
): StaffAppraisalFigures {
  const tally = tallyEvidence(occurrences, workOrders, requisitions);
  const scores = appraisalScores(tally);
  return { ...base, ...tally, scores, suggestedGrade: suggestedGrade(scores.total) };
}

/** The figures as a proposal stores them (compact evidence). */
export function storedFigures(figures: StaffAppraisalFigures): StoredFigures {
  return {
    ...figures,
    asOf: figures.asOf.toISOString(),
    evidence: figures.evidence.map((e) => [e.category, e.outcome, e.subjectType, e.subjectId, e.day, e.value]),
  };
}

/** The figures a proposal stored, as the API shows them. */
export function figuresFromStore(stored: StoredFigures): StaffAppraisalFigures {
  return {
    ...stored,
    asOf: new Date(stored.asOf),
    evidence: stored.evidence.map(([category, outcome, subjectType, subjectId, day, value]) => ({
      category,
      outcome,
      subjectType,
      subjectId,
      day,
      value,
    })),
  };
}

/** One grouped row of a school's current appraisals: a grade and status, how many, how many scored, their scores × 10. */
export interface AppraisalSummaryRow {
  grade: AppraisalGrade;
  status: string;
  count: number;
  scored: number;
  scoreTenths: number;
}

/**
 * A school's term appraisals in figures (考核汇总): how many appraised, confirmed and awaiting the
 * principal, how many of each grade (every grade listed, best first), and the mean score of those with
 * evidence (one decimal; null when none had).
 */
export function appraisalSummary(rows: readonly AppraisalSummaryRow[]) {
  const sum = (pick: (r: AppraisalSummaryRow) => number, of = rows) => of.reduce((total, r) => total + pick(r), 0);
  const scored = sum((r) => r.scored);
  return {
    appraised: sum((r) => r.count),
    confirmed: sum(
      (r) => r.count,
      rows.filter((r) => r.status === 'CONFIRMED'),
    ),
    awaitingConfirmation: sum(
      (r) => r.count,
      rows.filter((r) => r.status === 'PROPOSED'),
    ),
    grades: Object.values(AppraisalGrade).map((grade) => ({
      grade,
      count: sum(
        (r) => r.count,
        rows.filter((r) => r.grade === grade),
      ),
      confirmed: sum(
        (r) => r.count,
        rows.filter((r) => r.grade === grade && r.status === 'CONFIRMED'),
      ),
    })),
    meanScore: scored ? round1(sum((r) => r.scoreTenths) / scored / 10) : null,
  };
}
