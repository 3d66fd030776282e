import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DistrictOwnedEntity,
  IdColumn,
  InstantColumn,
  RefColumn,
  RowVersionColumn,
  SchoolOwnedEntity,
} from '@houqin/persistence';
import { HazardLevel } from '../hazard/hazard.entity';

export const TEMPLATE_NAME_MAX = 100;
export const ITEM_TEXT_MAX = 200;
export const ANSWER_NOTE_MAX = 500;
/** Most sections of a template, and items in all. */
export const SECTIONS_MAX = 20;
export const ITEMS_MAX = 100;
/** Most photo references on one answer. */
export const ANSWER_PHOTOS_MAX = 6;

/** How an inspection item is answered. */
export enum InspectionItemKind {
  PASS_FAIL = 'PASS_FAIL',
  NUMBER = 'NUMBER',
}
registerEnumType(InspectionItemKind, {
  name: 'InspectionItemKind',
  description: 'How an inspection item (检查项) is answered.',
  valuesConfig: {
    PASS_FAIL: { description: 'Pass (合格), fail (不合格) or not applicable (不适用).' },
    NUMBER: { description: 'A number with limits (e.g. 灭火器压力 1.0–1.4 MPa): outside them it fails.' },
  },
});

/** An answer's result. */
export enum InspectionResult {
  PASS = 'PASS',
  FAIL = 'FAIL',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(InspectionResult, {
  name: 'InspectionResult',
  description: 'The result of an inspection item (检查结果).',
  valuesConfig: {
    PASS: { description: 'Pass (合格).' },
    FAIL: { description: 'Fail (不合格): a hazard is raised when the round is submitted.' },
    NOT_APPLICABLE: { description: 'Not applicable (不适用): counts as answered.' },
  },
});

/** How often a template is meant to be used (a hint for schedules and the completion report). */
export enum InspectionCadence {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
}
registerEnumType(InspectionCadence, {
  name: 'InspectionCadence',
  description: 'How often an inspection recurs (检查频次).',
  valuesConfig: {
    DAILY: { description: 'Daily (日检), e.g. the canteen check.' },
    WEEKLY: { description: 'Weekly (周检), e.g. the dormitory check.' },
    MONTHLY: { description: 'Monthly (月检), e.g. the school-wide inspection.' },
    YEARLY: { description: 'Yearly (年检).' },
  },
});

/** One item of a template version: what to check and how it is answered. */
@ObjectType('InspectionItem', { description: 'An inspection item (检查项): what to check and how it is answered.' })
@InputType('InspectionItemInput', { description: 'An inspection item (检查项) of a template.' })
export class InspectionItem {
  @Field({ description: 'What to check, e.g. "安全出口畅通，无杂物堆放".' })
  text: string;

  @Field(() => InspectionItemKind, { description: 'How it is answered.' })
  kind: InspectionItemKind;

  @Field(() => String, { nullable: true, description: 'The lowest acceptable number, for NUMBER (decimal text, e.g. "1.0").' })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'The highest acceptable number, for NUMBER (decimal text).' })
  max?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit of a NUMBER, e.g. "MPa" or "℃".' })
  unit?: string | null;

  @Field({ defaultValue: true, description: 'Whether it must be answered before the round is submitted (not applicable counts).' })
  required: boolean;

  @Field({ defaultValue: false, description: 'Whether its answer needs a photo (拍照留证).' })
  photoRequired: boolean;

  @Field(() => HazardLevel, {
    defaultValue: HazardLevel.GENERAL,
    description: 'The level of the hazard its failure raises (一般 by default).',
  })
  hazardLevel: HazardLevel;
}

/** A section of a template version: a heading and its items. */
@ObjectType('InspectionSection', { description: 'A section (检查类别) of an inspection template: a heading and its items.' })
@InputType('InspectionSectionInput', { description: 'A section (检查类别) of an inspection template.' })
export class InspectionSection {
  @Field({ description: 'Its heading, e.g. "消防安全".' })
  title: string;

  @Field(() => [InspectionItem], { description: 'Its items, in order.' })
  items: InspectionItem[];
}

/**
 * An inspection template (检查模板): a district's (schoolId null, kept by district administrators) or
 * a school's own. Its content lives in versions: a revision adds a version, and every round keeps the
 * version it was started with, so a completed inspection never changes.
 */
@ObjectType({ description: 'An inspection template (检查模板): the district’s or a school’s; its content is versioned.' })
@Entity('inspection_template')
@Index(['districtId', 'schoolId'])
export class InspectionTemplate extends DistrictOwnedEntity('District it belongs to.') {
  @Field(() => ID, { nullable: true, description: 'The school for a school’s own template; null for a district template.' })
  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Field({ description: 'Its name, e.g. "每月全校安全检查".' })
  @Column('varchar', { length: TEMPLATE_NAME_MAX })
  name: string;

  @Field(() => InspectionCadence, { description: 'How often it is meant to be used.' })
  @Column('varchar', { length: 8 })
  cadence: InspectionCadence;

  @Field(() => Int, { description: 'Its current version number (1, 2, …): new rounds use it.' })
  @Column('int')
  currentVersion: number;

  @Field({ description: 'False once withdrawn: no new rounds or schedules; kept for history.' })
  @Column('boolean')
  active: boolean;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was created.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One version of a template's content: never changed once a round has been submitted with it. */
@ObjectType({ description: 'One version of an inspection template’s content (sections and items).' })
@Entity('inspection_template_version')
@Index(['templateId', 'number'], { unique: true })
export class InspectionTemplateVersion extends DistrictOwnedEntity('District it belongs to.') {
  @Field(() => ID, { description: 'The template.' })
  @RefColumn()
  templateId: string;

  @Field(() => Int, { description: 'Its number: 1 for the first.' })
  @Column('int')
  number: number;

  @Field(() => [InspectionSection], { description: 'Its sections and items, in order.' })
  @Column('simple-json')
  sections: InspectionSection[];

  @Field(() => ID, { description: 'Who wrote it.' })
  @RefColumn()
  createdByAccountId: string;

  @Field({ description: 'When it was written.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * An inspection schedule (检查计划): a template run at a school every `interval` `frequency` from a
 * day (RFC 5545 through rrule), each round assigned to a person and due `dueDays` after its day. The
 * daily job opens the rounds, never twice for the same day.
 */
@ObjectType({ description: 'An inspection schedule (检查计划): a template, a person, a rule and a due time; the job opens its rounds.' })
@Entity('inspection_schedule')
@Index(['active', 'nextOn'])
export class InspectionSchedule extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The template its rounds use (the current version when each opens).' })
  @RefColumn()
  templateId: string;

  @Field(() => ID, { description: 'The staff member each round is assigned to (检查人).' })
  @RefColumn()
  assigneeStaffId: string;

  @Field(() => ID, { nullable: true, description: 'The responsibility zone its rounds cover; null for the whole school.' })
  @RefColumn({ nullable: true })
  zoneId: string | null;

  @Field(() => InspectionCadence, { description: 'The unit of its rule.' })
  @Column('varchar', { length: 8 })
  frequency: InspectionCadence;

  @Field(() => Int, { description: 'Every this many units (1 = every day / week / month).' })
  @Column('int')
  interval: number;

  @Field({ description: 'The first day of the rule.' })
  @Column('date')
  startsOn: string;

  @Field(() => Int, { description: 'Each round is due this many days after its day (0 = the same day).' })
  @Column('int')
  dueDays: number;

  @Field({ description: 'The next day a round opens.' })
  @Column('date')
  nextOn: string;

  @Field({ description: 'False while paused: no rounds open.' })
  @Column('boolean')
  active: boolean;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was made.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** Where a round is. */
export enum InspectionRoundStatus {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(InspectionRoundStatus, {
  name: 'InspectionRoundStatus',
  description: 'Where an inspection round is (检查状态).',
  valuesConfig: {
    OPEN: { description: 'Open (待检查/检查中): being filled item by item.' },
    SUBMITTED: { description: 'Submitted (已提交): final, never changed or deleted.' },
  },
});

/**
 * An inspection round (检查记录): one use of a template version at a school, assigned to a person with
 * a due day, filled item by item and submitted; every failed item then becomes a hazard. Never
 * deleted; after submission never changed.
 */
@ObjectType({ description: 'An inspection round (检查记录): a template version filled item by item and submitted; never deleted.' })
@Entity('inspection_round')
@Index(['schoolId', 'dueOn'])
@Index(['assigneeStaffId', 'status'])
@Index(['scheduleId', 'scheduledOn'], { unique: true })
export class InspectionRound extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The template.' })
  @RefColumn()
  templateId: string;

  @Field(() => ID, { description: 'The template version it uses, kept for good (a later revision does not change it).' })
  @RefColumn()
  templateVersionId: string;

  @Field({ description: 'The template’s name when it opened.' })
  @Column('varchar', { length: TEMPLATE_NAME_MAX })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The schedule that opened it; null for an unscheduled round (临时检查).' })
  @RefColumn({ nullable: true })
  scheduleId: string | null;

  @Field({ description: 'The day it is for.' })
  @Column('date')
  scheduledOn: string;

  @Field({ description: 'The day it is due by.' })
  @Column('date')
  dueOn: string;

  @Field(() => ID, { description: 'The staff member who does it (检查人).' })
  @RefColumn()
  assigneeStaffId: string;

  @Field(() => ID, { nullable: true, description: 'The responsibility zone it covers; null for the whole school.' })
  @RefColumn({ nullable: true })
  zoneId: string | null;

  @Field(() => InspectionRoundStatus, { description: 'Open or submitted.' })
  @Column('varchar', { length: 10 })
  status: InspectionRoundStatus;

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  @InstantColumn({ nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who submitted it.' })
  @RefColumn({ nullable: true })
  submittedByAccountId: string | null;

  @Field({ description: 'Submitted after its due day (逾期完成).' })
  @Column('boolean')
  late: boolean;

  @Field(() => Int, { description: 'How many items failed (each raised a hazard on submission).' })
  @Column('int')
  failedCount: number;

  @Field(() => Int, { description: 'Row version (optimistic locking): each saved answer moves it.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it opened.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One answered item of a round (unique per round and item). */
@ObjectType({ description: 'One answered item of an inspection round (检查结果).' })
@Entity('inspection_answer')
@Index(['roundId', 'itemIndex'], { unique: true })
export class InspectionAnswer {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The round.' })
  @RefColumn()
  roundId: string;

  @Field(() => Int, { description: 'The item, from 0 in the version’s order (sections flattened).' })
  @Column('int')
  itemIndex: number;

  @Field(() => InspectionResult, { description: 'Pass, fail or not applicable (a NUMBER passes within its limits).' })
  @Column('varchar', { length: 16 })
  result: InspectionResult;

  @Field(() => String, { nullable: true, description: 'The number given, for a NUMBER item.' })
  @Column('varchar', { length: 16, nullable: true })
  value: string | null;

  @Field(() => String, { nullable: true, description: 'What the inspector noted (becomes the hazard’s description on failure).' })
  @Column('varchar', { length: ANSWER_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Photo references.' })
  @Column('simple-json')
  photoRefs: string[];

  @Field(() => ID, { nullable: true, description: 'A facilities room of the school where it was found, when one.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The hazard its failure raised on submission.' })
  @RefColumn({ nullable: true })
  hazardId: string | null;

  @Field(() => ID, { description: 'Who answered it.' })
  @RefColumn()
  answeredByAccountId: string;

  @Field({ description: 'When it was answered (last).' })
  @InstantColumn()
  answeredAt: Date;
}
