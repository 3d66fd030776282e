import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity, UpdatedAtColumn } from '@houqin/persistence';

/** Longest title of a duty task. */
export const DUTY_TITLE_MAX = 200;
/** Longest requirement (工作要求) of a duty task. */
export const DUTY_REQUIREMENT_MAX = 1000;
/** Longest note, comment or reason on a duty task or occurrence. */
export const DUTY_TEXT_MAX = 500;
/** Longest recurrence rule (RFC 5545 RRULE) kept. */
export const DUTY_RULE_MAX = 200;

/** Routine or urgent (工作叙事表: 常规工作 / 突击工作). */
export enum DutyTaskKind {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
}
registerEnumType(DutyTaskKind, {
  name: 'DutyTaskKind',
  description: 'Routine or urgent (常规 / 突击).',
  valuesConfig: {
    ROUTINE: { description: 'Routine (常规工作): recurring by an RFC 5545 rule, one occurrence on each school day the rule names.' },
    URGENT: { description: 'Urgent (突击工作): one-off, with one occurrence due at the deadline given.' },
  },
});

/** Whether a task still produces and takes work. */
export enum DutyTaskStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(DutyTaskStatus, {
  name: 'DutyTaskStatus',
  description: 'Whether a duty task is in force (执行中) or ended (已结束).',
  valuesConfig: {
    ACTIVE: { description: 'In force: planned for school days, its occurrences taken.' },
    ENDED: {
      description: 'Ended by the director or principal: no longer planned; its occurrences still to come were taken off the sheet.',
    },
  },
});

/** Where one occurrence of a duty task is. */
export enum DutyOccurrenceStatus {
  OPEN = 'OPEN',
  MARKED_DONE = 'MARKED_DONE',
  CHECKED = 'CHECKED',
}
registerEnumType(DutyOccurrenceStatus, {
  name: 'DutyOccurrenceStatus',
  description: 'Where an occurrence of a duty task is (任务状态).',
  valuesConfig: {
    OPEN: { description: 'To do (待完成): not marked done by the responsible person yet.' },
    MARKED_DONE: { description: 'Marked done (已完成) by the responsible person; waiting for the checker.' },
    CHECKED: { description: 'Checked (已检查): the checker recorded the result. Final.' },
  },
});

/** What the checker found (检查结果). */
export enum DutyCheckResult {
  DONE_WELL = 'DONE_WELL',
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
}
registerEnumType(DutyCheckResult, {
  name: 'DutyCheckResult',
  description: 'What the checker found (检查结果): 好, 合格 or 未完成.',
  valuesConfig: {
    DONE_WELL: { description: 'Done well (好).' },
    DONE: { description: 'Done, acceptable (合格).' },
    NOT_DONE: { description: 'Not done (未完成); a comment says what was found.' },
  },
});

/**
 * A task of a school's duty task sheet (工作叙事表): routine (a recurrence rule) or urgent (one-off), with
 * the person responsible, the checker (another person), the requirement and the deadline. Its
 * occurrences (DutyOccurrence) are what people mark done and check; a routine task's are planned for
 * a date range (planDutyTasks) on the school's school days.
 */
@ObjectType({
  description:
    'A duty task (工作叙事表的一项): routine (常规, by a recurrence rule) or urgent (突击, one-off), with a responsible person (责任人), a checker (检查人) and a deadline.',
})
@Entity('duty_task')
@Index(['schoolId', 'status'])
@Index(['responsibleStaffId'])
@Index(['checkerStaffId'])
export class DutyTask extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => DutyTaskKind, { description: 'Routine (常规) or urgent (突击).' })
  @Column('varchar', { length: 8 })
  kind: DutyTaskKind;

  @Field({ description: 'What is to be done, in a line (e.g. "检查各教室水龙头").' })
  @Column('varchar', { length: DUTY_TITLE_MAX })
  title: string;

  @Field({ description: 'The requirement (工作要求): what counts as done.' })
  @Column('varchar', { length: DUTY_REQUIREMENT_MAX })
  requirement: string;

  @Field(() => ID, { description: 'The staff member responsible (责任人), who marks it done.' })
  @RefColumn()
  responsibleStaffId: string;

  @Field(() => ID, { description: 'The staff member who checks it (检查人), never the responsible person.' })
  @RefColumn()
  checkerStaffId: string;

  @Field(() => String, {
    nullable: true,
    description: 'A routine task’s recurrence rule (RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=FR"); null for an urgent task.',
  })
  @Column('varchar', { length: DUTY_RULE_MAX, nullable: true })
  rule: string | null;

  @Field({ description: 'The first day it applies (YYYY-MM-DD, the school’s calendar); for an urgent task the day it was set.' })
  @Column('date')
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'The last day a routine task applies (YYYY-MM-DD); null while it goes on.' })
  @Column('date', { nullable: true })
  endsOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A routine occurrence is due at this time of its day (HH:MM, the school’s zone); null: by the end of the day.',
  })
  @Column('varchar', { length: 5, nullable: true })
  dueTime: string | null;

  @Field(() => Date, { nullable: true, description: 'An urgent task’s deadline (截止时间); null for a routine task.' })
  @InstantColumn({ nullable: true })
  deadline: Date | null;

  @Field(() => DutyTaskStatus, { description: 'In force or ended.' })
  @Column('varchar', { length: 8 })
  status: DutyTaskStatus;

  @Field(() => ID, { description: 'The account that set it (the director or the principal).' })
  @RefColumn()
  createdByAccountId: string;

  @Field(() => Int, { description: 'Row version: pass it back to updateDutyTask or endDutyTask.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was set.' })
  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/**
 * One occurrence of a duty task (任务实例): a day's tap check, or the one urgent job. It carries the
 * responsible person and checker it was planned with (a later change of the task moves only the
 * occurrences still to come), the deadline, what the responsible person recorded and what the
 * checker found. Never twice the same task and day (a unique index).
 */
@ObjectType({
  description:
    'One occurrence of a duty task (任务实例): its day and deadline, the responsible person’s mark (完成) and the checker’s result (检查), every step recorded.',
})
@Entity('duty_occurrence')
@Index(['taskId', 'dueOn'], { unique: true })
@Index(['schoolId', 'dueOn'])
@Index(['responsibleStaffId', 'dueOn'])
@Index(['status', 'deadline'])
@Index(['checkerStaffId', 'dueOn'])
export class DutyOccurrence extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The duty task.' })
  @RefColumn()
  taskId: string;

  @Field({ description: 'Its day (YYYY-MM-DD, the school’s calendar); for an urgent task the day of its deadline.' })
  @Column('date')
  dueOn: string;

  @Field({ description: 'From when it may be marked done: the start of its day; for an urgent task when it was set.' })
  @InstantColumn()
  startsAt: Date;

  @Field({ description: 'Its deadline (截止时间): the end of its day or the task’s time of day; an urgent task’s deadline.' })
  @InstantColumn()
  deadline: Date;

  @Field(() => ID, { description: 'The staff member responsible for this occurrence (责任人).' })
  @RefColumn()
  responsibleStaffId: string;

  @Field(() => ID, { description: 'The staff member who checks this occurrence (检查人).' })
  @RefColumn()
  checkerStaffId: string;

  @Field(() => DutyOccurrenceStatus, { description: 'To do, marked done, or checked.' })
  @Column('varchar', { length: 12 })
  status: DutyOccurrenceStatus;

  @Field(() => Date, { nullable: true, description: 'When the responsible person marked it done; compared with the deadline.' })
  @InstantColumn({ nullable: true })
  doneAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The responsible person’s note (完成情况).' })
  @Column('varchar', { length: DUTY_TEXT_MAX, nullable: true })
  doneNote: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that marked it done.' })
  @RefColumn({ nullable: true })
  doneByAccountId: string | null;

  @Field(() => DutyCheckResult, { nullable: true, description: 'What the checker found (检查结果); null until checked.' })
  @Column('varchar', { length: 10, nullable: true })
  checkResult: DutyCheckResult | null;

  @Field(() => String, { nullable: true, description: 'The checker’s comment (检查意见).' })
  @Column('varchar', { length: DUTY_TEXT_MAX, nullable: true })
  checkComment: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was checked.' })
  @InstantColumn({ nullable: true })
  checkedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The account that checked it.' })
  @RefColumn({ nullable: true })
  checkedByAccountId: string | null;

  /** When its responsible person was reminded of it (facilities.duty.due, the reminder job); null before. */
  @InstantColumn({ nullable: true })
  remindedAt: Date | null;

  /** When it was announced overdue to its responsible person and checker (facilities.duty.overdue); null before. */
  @InstantColumn({ nullable: true })
  overdueNoticeAt: Date | null;

  @Field(() => Int, { description: 'Row version: pass it back to markDutyOccurrenceDone or checkDutyOccurrence.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was planned.' })
  @CreatedAtColumn()
  createdAt: Date;
}
