import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

/** Longest comment on a proposal or confirmation. */
export const APPRAISAL_TEXT_MAX = 500;

/** The term grade (考核等次). */
export enum AppraisalGrade {
  EXCELLENT = 'EXCELLENT',
  PASS = 'PASS',
  BASIC_PASS = 'BASIC_PASS',
  FAIL = 'FAIL',
}
registerEnumType(AppraisalGrade, {
  name: 'AppraisalGrade',
  description: 'A term grade (考核等次): 优秀, 合格, 基本合格 or 不合格.',
  valuesConfig: {
    EXCELLENT: { description: 'Excellent (优秀).' },
    PASS: { description: 'Pass (合格).' },
    BASIC_PASS: { description: 'Basic pass (基本合格).' },
    FAIL: { description: 'Fail (不合格).' },
  },
});

/** Where a proposed grade is. */
export enum StaffAppraisalStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(StaffAppraisalStatus, {
  name: 'StaffAppraisalStatus',
  description: 'Where an appraisal is (考核状态).',
  valuesConfig: {
    PROPOSED: { description: 'Proposed (拟定) by the general-affairs director; waiting for the principal.' },
    CONFIRMED: { description: 'Confirmed (确认) by the principal.' },
    SUPERSEDED: { description: 'Superseded (已被替代) by a later proposal for the same person and term; kept as it was.' },
  },
});

/** What a piece of evidence counts towards. */
export enum AppraisalCategory {
  TASKS = 'TASKS',
  CHECKS = 'CHECKS',
  RATINGS = 'RATINGS',
  DUE_TIME = 'DUE_TIME',
}
registerEnumType(AppraisalCategory, {
  name: 'AppraisalCategory',
  description: 'A category of the appraisal formula (考核项).',
  valuesConfig: {
    TASKS: { description: 'Duty task completion (任务完成): occurrences due, on time, late, not done. Weight 40.' },
    CHECKS: { description: 'Checker results (检查结果): 好, 合格, 未完成. Weight 30.' },
    RATINGS: {
      description: 'Service ratings (服务评价), 1–5: of the repairs they were assigned to and of the requisitions they issued. Weight 20.',
    },
    DUE_TIME: { description: 'Their repairs finished by the due time (维修及时率). Weight 10.' },
  },
});

/** How one piece of evidence came out. */
export enum AppraisalOutcome {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  NOT_DONE = 'NOT_DONE',
  DONE_WELL = 'DONE_WELL',
  DONE = 'DONE',
  RATED = 'RATED',
}
registerEnumType(AppraisalOutcome, {
  name: 'AppraisalOutcome',
  description: 'How a piece of evidence came out.',
  valuesConfig: {
    ON_TIME: { description: 'Marked done, or finished, by its deadline or due time.' },
    LATE: { description: 'Marked done, or finished, after it; a repair still open after its due time too.' },
    NOT_DONE: { description: 'Not marked done by its deadline (TASKS), or checked 未完成 (CHECKS).' },
    DONE_WELL: { description: 'Checked 好.' },
    DONE: { description: 'Checked 合格.' },
    RATED: { description: 'Rated by the reporter (value: 1–5).' },
  },
});

/** What the evidence is. */
export enum AppraisalSubject {
  DUTY_OCCURRENCE = 'DUTY_OCCURRENCE',
  WORK_ORDER = 'WORK_ORDER',
  REQUISITION = 'REQUISITION',
}
registerEnumType(AppraisalSubject, {
  name: 'AppraisalSubject',
  description: 'What a piece of evidence is.',
  valuesConfig: {
    DUTY_OCCURRENCE: { description: 'A duty occurrence they were responsible for (dutyOccurrence(id)).' },
    WORK_ORDER: { description: 'A work order they were assigned to (workOrder(id)).' },
    REQUISITION: { description: 'A requisition they issued from the storeroom, rated by its requester (requisition(id)).' },
  },
});

@ObjectType({ description: 'Duty task completion (任务完成): the occurrences they were responsible for, due in the period.' })
export class AppraisalTaskFigures {
  @Field(() => Int, { description: 'Occurrences due (deadline passed at the time of the figures, or already marked or checked).' })
  due: number;

  @Field(() => Int, { description: 'Marked done by the deadline.' })
  onTime: number;

  @Field(() => Int, { description: 'Marked done after the deadline.' })
  late: number;

  @Field(() => Int, { description: 'Not marked done.' })
  notDone: number;
}

@ObjectType({ description: 'Checker results (检查结果) of those occurrences.' })
export class AppraisalCheckFigures {
  @Field(() => Int, { description: 'Occurrences checked.' })
  checked: number;

  @Field(() => Int, { description: 'Checked DONE_WELL (好).' })
  doneWell: number;

  @Field(() => Int, { description: 'Checked DONE (合格).' })
  done: number;

  @Field(() => Int, { description: 'Checked NOT_DONE (未完成).' })
  notDone: number;
}

@ObjectType({
  description:
    'Service ratings (服务评价): of the work orders they were assigned to, due in the period, and of the requisitions they issued in the period.',
})
export class AppraisalRatingFigures {
  @Field(() => Int, { description: 'Ratings counted (work orders and requisitions).' })
  rated: number;

  @Field(() => Int, { description: 'The sum of their ratings (1–5 each).' })
  total: number;

  @Field(() => Float, { nullable: true, description: 'The mean rating, to one decimal; null when none was rated.' })
  average: number | null;
}

@ObjectType({ description: 'Due-time compliance (维修及时率) of the work orders they were assigned to, due in the period.' })
export class AppraisalDueTimeFigures {
  @Field(() => Int, { description: 'Work orders due (due time passed at the time of the figures, or finished), not rejected.' })
  due: number;

  @Field(() => Int, { description: 'Finished by the due time (finishedAt ≤ dueAt).' })
  onTime: number;

  @Field(() => Int, { description: 'Finished after it, or still open after it.' })
  late: number;
}

@ObjectType({ description: 'The formula’s scores, 0–100 to one decimal; a category with no evidence is null and left out of the total.' })
export class AppraisalScores {
  @Field(() => Float, { nullable: true, description: 'Task completion: (on time + ½ late) ÷ due × 100.' })
  taskCompletion: number | null;

  @Field(() => Float, { nullable: true, description: 'Checker results: (100 × 好 + 80 × 合格 + 0 × 未完成) ÷ checked.' })
  checkResults: number | null;

  @Field(() => Float, { nullable: true, description: 'Ratings: (mean rating − 1) ÷ 4 × 100 (1 star 0, 5 stars 100).' })
  ratings: number | null;

  @Field(() => Float, { nullable: true, description: 'Due-time compliance: on time ÷ due × 100.' })
  dueTime: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The total: 40 % task completion + 30 % checker results + 20 % ratings + 10 % due time, over the categories with evidence (weights rescaled); null with none.',
  })
  total: number | null;
}

@ObjectType({ description: 'One piece of evidence behind a number: which occurrence or work order, and how it came out.' })
export class AppraisalEvidenceItem {
  @Field(() => AppraisalCategory, { description: 'The category it counts in.' })
  category: AppraisalCategory;

  @Field(() => AppraisalOutcome, { description: 'How it came out.' })
  outcome: AppraisalOutcome;

  @Field(() => AppraisalSubject, { description: 'A duty occurrence, a work order or a requisition.' })
  subjectType: AppraisalSubject;

  @Field(() => ID, { description: 'Its id (dutyOccurrence(id), workOrder(id) or requisition(id)).' })
  subjectId: string;

  @Field({
    description:
      'Its day: the occurrence’s day, the work order’s due day, the requisition’s issue day (YYYY-MM-DD, the school’s calendar).',
  })
  day: string;

  @Field(() => Int, { nullable: true, description: 'The rating (1–5) for RATED; null otherwise.' })
  value: number | null;
}

@ObjectType({
  description:
    'A staff member’s figures for a term or period (考核数据), by the documented formula, with the evidence behind each number. Computed now, or as stored with a proposal (its snapshot).',
})
export class StaffAppraisalFigures {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => ID, { description: 'Their school.' })
  schoolId: string;

  @Field(() => ID, { nullable: true, description: 'The term (学期), when the figures are for one.' })
  termId: string | null;

  @Field({ description: 'The first day counted (YYYY-MM-DD).' })
  from: string;

  @Field({ description: 'The last day counted (YYYY-MM-DD).' })
  to: string;

  @Field({ description: 'When the figures were taken: what was due by then counts.' })
  asOf: Date;

  @Field(() => AppraisalTaskFigures, { description: 'Duty task completion (任务完成).' })
  tasks: AppraisalTaskFigures;

  @Field(() => AppraisalCheckFigures, { description: 'Checker results (检查结果).' })
  checks: AppraisalCheckFigures;

  @Field(() => AppraisalRatingFigures, { description: 'Service ratings of their repairs and requisitions (服务评价).' })
  ratings: AppraisalRatingFigures;

  @Field(() => AppraisalDueTimeFigures, { description: 'Due-time compliance of their repairs (维修及时率).' })
  dueTime: AppraisalDueTimeFigures;

  @Field(() => AppraisalScores, { description: 'The scores by the formula.' })
  scores: AppraisalScores;

  @Field(() => AppraisalGrade, {
    nullable: true,
    description:
      'The grade the total suggests: ≥ 90 EXCELLENT, ≥ 75 PASS, ≥ 60 BASIC_PASS, below FAIL; null without evidence. The director proposes their own.',
  })
  suggestedGrade: AppraisalGrade | null;

  @Field(() => [AppraisalEvidenceItem], {
    description: 'The evidence behind the numbers, by category and day (at most 400 items; see evidenceTruncated).',
  })
  evidence: AppraisalEvidenceItem[];

  @Field({ description: 'True when there was more evidence than the 400 items listed (the counts always cover all of it).' })
  evidenceTruncated: boolean;
}

/**
 * A proposed term grade for a staff member (考核), append-only: the director's proposal with the
 * figures as they were (a snapshot, so later changes do not alter it), confirmed by the principal
 * (never the proposer). A new proposal for the same person and term supersedes the current one, which
 * is kept unchanged but for its status; `currentKey` (unique) lets only one be current.
 */
@ObjectType({
  description:
    'A staff member’s term appraisal (考核): the grade the director proposed with the figures then (a snapshot), the principal’s confirmation; the history is kept, a later proposal supersedes.',
})
@Entity('staff_appraisal')
@Index(['staffId', 'termId'])
@Index(['schoolId', 'termId'])
export class StaffAppraisal extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The staff member appraised.' })
  @RefColumn()
  staffId: string;

  @Field(() => ID, { description: 'The term (学期).' })
  @RefColumn()
  termId: string;

  @Field({ description: 'The term’s first day (YYYY-MM-DD).' })
  @Column('date')
  termStartsOn: string;

  @Field({ description: 'The term’s last day (YYYY-MM-DD).' })
  @Column('date')
  termEndsOn: string;

  @Field(() => AppraisalGrade, { description: 'The grade proposed (考核等次).' })
  @Column('varchar', { length: 12 })
  grade: AppraisalGrade;

  @Field({ description: 'The director’s comment (评语).' })
  @Column('varchar', { length: APPRAISAL_TEXT_MAX })
  comment: string;

  /** The total score × 10 when proposed (null without evidence): sorted and compared without reading the snapshot. */
  @Column('int', { nullable: true })
  scoreTenths: number | null;

  /** The figures as they were when proposed (StaffAppraisalFigures, evidence compacted): never changed. */
  @Column('simple-json')
  figuresSnapshot: StoredFigures;

  @Field(() => StaffAppraisalStatus, { description: 'Proposed, confirmed or superseded.' })
  @Column('varchar', { length: 12 })
  status: StaffAppraisalStatus;

  @Field(() => ID, { description: 'The account that proposed it (the general-affairs director).' })
  @RefColumn()
  proposedByAccountId: string;

  @Field({ description: 'When it was proposed.' })
  @InstantColumn()
  proposedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The account that confirmed it (the principal).' })
  @RefColumn({ nullable: true })
  confirmedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed.' })
  @InstantColumn({ nullable: true })
  confirmedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The principal’s comment when confirming.' })
  @Column('varchar', { length: APPRAISAL_TEXT_MAX, nullable: true })
  confirmComment: string | null;

  @Field(() => ID, { nullable: true, description: 'The proposal that superseded it; null while it is current.' })
  @RefColumn({ nullable: true })
  supersededById: string | null;

  /** "staffId/termId" while it is the current proposal, null once superseded: unique, so only one is ever current. */
  @Column('varchar', { length: 80, nullable: true })
  @Index({ unique: true })
  currentKey: string | null;

  @Field(() => Int, { description: 'Row version: pass it back to confirmStaffAppraisal.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One evidence item as stored: [category, outcome, subjectType, subjectId, day, value]. */
export type StoredEvidence = [AppraisalCategory, AppraisalOutcome, AppraisalSubject, string, string, number | null];

/** StaffAppraisalFigures as a proposal stores them (instants as ISO strings, evidence as tuples). */
export interface StoredFigures extends Omit<StaffAppraisalFigures, 'asOf' | 'evidence'> {
  asOf: string;
  evidence: StoredEvidence[];
}

/** How many of a school's current appraisals have a grade. */
@ObjectType({ description: 'How many of a school’s term appraisals have a grade (考核等次分布).' })
export class AppraisalGradeCount {
  @Field(() => AppraisalGrade, { description: 'The grade.' })
  grade: AppraisalGrade;

  @Field(() => Int, { description: 'Current appraisals with it, proposed or confirmed.' })
  count: number;

  @Field(() => Int, { description: 'Of them, confirmed by the principal.' })
  confirmed: number;
}

/** A school's term appraisals in figures (School.appraisalSummary). */
@ObjectType({
  description:
    'A school’s term appraisals in figures (考核汇总): the current appraisals (superseded ones left out) of the term the school holds on a day, by grade.',
})
export class AppraisalSummary {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The day whose term is counted (YYYY-MM-DD): each school’s own term holding it.' })
  on: string;

  @Field(() => Int, { description: 'Staff appraised (a current proposal or confirmation each).' })
  appraised: number;

  @Field(() => Int, { description: 'Confirmed by the principal (确认).' })
  confirmed: number;

  @Field(() => Int, { description: 'Proposed, awaiting the principal.' })
  awaitingConfirmation: number;

  @Field(() => [AppraisalGradeCount], { description: 'Every grade, best first (优秀, 合格, 基本合格, 不合格), with how many have it.' })
  grades: AppraisalGradeCount[];

  @Field(() => Float, { nullable: true, description: 'The mean total score of those with evidence (one decimal); null when none had.' })
  meanScore: number | null;
}
