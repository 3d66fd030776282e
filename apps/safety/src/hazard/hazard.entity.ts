import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, FenColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { MoneyFields } from '@houqin/common';

/** Longest title of a hazard. */
export const HAZARD_TITLE_MAX = 200;
/** Longest description, measure, contingency plan or evidence note. */
export const HAZARD_TEXT_MAX = 1000;
/** Longest free-text location (a gate, a stretch of the grounds) when no room is named. */
export const HAZARD_LOCATION_MAX = 200;
/** Most photo references on a report or a piece of evidence. */
export const HAZARD_PHOTOS_MAX = 6;

/** How serious a hazard is (隐患等级). */
export enum HazardLevel {
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
  MAJOR = 'MAJOR',
}
registerEnumType(HazardLevel, {
  name: 'HazardLevel',
  description: 'How serious a hazard is (隐患等级): general and major by default; a district may add serious (较大) between them.',
  valuesConfig: {
    GENERAL: { description: 'General (一般隐患): rectified by the school within its deadline.' },
    SERIOUS: { description: 'Serious (较大隐患): only where the district’s settings enable this level.' },
    MAJOR: { description: 'Major (重大隐患): the principal and the district are told at once.' },
  },
});

/** Where a hazard is in its rectification (整改). */
export enum HazardStatus {
  REPORTED = 'REPORTED',
  ASSIGNED = 'ASSIGNED',
  RECTIFYING = 'RECTIFYING',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
}
registerEnumType(HazardStatus, {
  name: 'HazardStatus',
  description:
    'Where a hazard is (隐患状态): reported → assigned → rectifying → rectified → verified → closed; a failed verification reopens it.',
  valuesConfig: {
    REPORTED: { description: 'Reported (已上报): waiting for its five fixes (五定) and a responsible person.' },
    ASSIGNED: { description: 'Assigned (已交办): the five fixes are set; the responsible person has not started.' },
    RECTIFYING: {
      description: 'Being rectified (整改中), or waiting for a facilities work order to repair it; again after a failed verification.',
    },
    RECTIFIED: { description: 'Rectified (已整改) with evidence; waiting for a second person’s verification.' },
    VERIFIED: { description: 'Verified (已验收) by someone other than the rectifier; waiting to be closed.' },
    CLOSED: { description: 'Closed (已销号). Final: a hazard is never deleted.' },
  },
});

/** What found a hazard. */
export enum HazardSource {
  REPORT = 'REPORT',
  INSPECTION = 'INSPECTION',
  PATROL = 'PATROL',
  EQUIPMENT = 'EQUIPMENT',
}
registerEnumType(HazardSource, {
  name: 'HazardSource',
  description: 'What found a hazard (隐患来源).',
  valuesConfig: {
    REPORT: { description: 'Reported by someone signed in (随手拍/上报).' },
    INSPECTION: { description: 'A failed item of an inspection round (检查不合格项), raised with no extra step.' },
    PATROL: { description: 'Found on a patrol (巡查).' },
    EQUIPMENT: { description: 'Safety equipment expired, overdue for its check or service, or failed its check (消防器材).' },
  },
});

/**
 * A hazard (安全隐患) and its rectification (整改): found by a round, a patrol, the equipment register
 * or a report; given its five fixes (五定: responsible person, measure, funds, deadline, contingency
 * plan); rectified with evidence, verified by a second person, closed. Its status moves only through
 * the hazard flow, every step recorded (SafetyStep); it is never deleted.
 */
@ObjectType({ description: 'A hazard (安全隐患) and its rectification (整改), every step on the record; never deleted.' })
@MoneyFields({
  funds: ['fundsFen', 'The funds set aside for the rectification (整改资金, 五定); null until assigned.', { nullable: true }],
})
@Entity('hazard')
@Index(['schoolId', 'status'])
@Index(['districtId', 'status', 'reportedAt'])
@Index(['responsibleStaffId', 'status'])
@Index(['reporterAccountId', 'reportedAt'])
@Index(['escalationLevel', 'deadline'])
@Index(['source', 'sourceRef'], { unique: true })
export class Hazard extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field({ description: 'What is wrong, in a line (e.g. "二楼消防通道堆放杂物").' })
  @Column('varchar', { length: HAZARD_TITLE_MAX })
  title: string;

  @Field({ description: 'The hazard in the finder’s words.' })
  @Column('varchar', { length: HAZARD_TEXT_MAX })
  description: string;

  @Field(() => [String], { description: 'References to photos of the hazard (uploaded elsewhere), at most 6.' })
  @Column('simple-json')
  photoRefs: string[];

  @Field(() => HazardLevel, { description: 'How serious it is (隐患等级).' })
  @Column('varchar', { length: 8 })
  level: HazardLevel;

  @Field(() => HazardStatus, { description: 'Where it is in its rectification.' })
  @Column('varchar', { length: 12 })
  status: HazardStatus;

  @Field(() => HazardSource, { description: 'What found it (隐患来源).' })
  @Column('varchar', { length: 12 })
  source: HazardSource;

  /** The record that raised it: the round's answer, the patrol scan, the equipment check; null for a report. Unique with the source, so nothing raises it twice. */
  @Field(() => ID, {
    nullable: true,
    description: 'The record that raised it (an inspection answer, a patrol, an equipment check); null for a report.',
  })
  @RefColumn({ nullable: true })
  sourceRef: string | null;

  @Field(() => ID, { nullable: true, description: 'The inspection round that found it, when one did.' })
  @RefColumn({ nullable: true })
  roundId: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsibility zone (责任区域) it is in, when known.' })
  @RefColumn({ nullable: true })
  zoneId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room (房间) it is in, when it is in one.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is, in words, when no room says it (e.g. "东门", "操场北侧围墙").' })
  @Column('varchar', { length: HAZARD_LOCATION_MAX, nullable: true })
  location: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that reported it; null when a round or the equipment register raised it by itself.',
  })
  @RefColumn({ nullable: true })
  reporterAccountId: string | null;

  @Field({ description: 'When it was reported or found.' })
  @InstantColumn()
  reportedAt: Date;

  // ── The five fixes (五定), set when it is assigned ──
  @Field(() => ID, { nullable: true, description: 'The person responsible for rectifying it (整改责任人, 五定); null until assigned.' })
  @RefColumn({ nullable: true })
  responsibleStaffId: string | null;

  @Field(() => String, { nullable: true, description: 'The rectification measure (整改措施, 五定); null until assigned.' })
  @Column('varchar', { length: HAZARD_TEXT_MAX, nullable: true })
  measure: string | null;

  @FenColumn({ nullable: true })
  fundsFen: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day it must be rectified by (整改期限, 五定), in the school’s calendar; null until assigned.',
  })
  @Column('date', { nullable: true })
  deadline: string | null;

  @Field(() => String, { nullable: true, description: 'The contingency plan until it is rectified (应急预案, 五定); null until assigned.' })
  @Column('varchar', { length: HAZARD_TEXT_MAX, nullable: true })
  contingencyPlan: string | null;

  // ── Rectification and verification ──
  @Field(() => ID, { nullable: true, description: 'The facilities work order (维修工单) repairing it, when it needs a repair.' })
  @RefColumn({ nullable: true })
  workOrderId: string | null;

  @Field({ description: 'True while it waits for its facilities work order to be repaired.' })
  @Column('boolean', { default: false })
  awaitingRepair: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What was done (整改情况), the evidence of the rectification; null until rectified.',
  })
  @Column('varchar', { length: HAZARD_TEXT_MAX, nullable: true })
  evidence: string | null;

  @Field(() => [String], { description: 'Photos of the rectification (整改照片), at most 6.' })
  @Column('simple-json')
  evidencePhotoRefs: string[];

  /** Who recorded it rectified (the account): the verifier must be someone else. Null for a repair that came back from facilities. */
  @Field(() => ID, { nullable: true, description: 'The account that recorded it rectified; the verifier must be someone else.' })
  @RefColumn({ nullable: true })
  rectifiedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was recorded rectified.' })
  @InstantColumn({ nullable: true })
  rectifiedAt: Date | null;

  /** Minutes from its report to its (latest) rectification: summed by the reports without date arithmetic in SQL. */
  @Field(() => Int, {
    nullable: true,
    description: 'Minutes from its report to its latest rectification (整改用时); null until rectified.',
  })
  @Column('int', { nullable: true })
  rectifyMinutes: number | null;

  @Field(() => ID, { nullable: true, description: 'The account that verified it (验收人).' })
  @RefColumn({ nullable: true })
  verifiedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was verified.' })
  @InstantColumn({ nullable: true })
  verifiedAt: Date | null;

  @Field(() => Int, { description: 'Verifications it failed (验收不合格次数): each reopened it.' })
  @Column('int', { default: 0 })
  failedVerifications: number;

  @Field(() => Date, { nullable: true, description: 'When it was closed (销号).' })
  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  /** How far an overdue hazard has been escalated: 0 not yet; 1 officer, 2 director, 3 principal, 4 district (hazard.job.ts). */
  @Field(() => Int, {
    description:
      'How far it has been escalated while overdue: 0 not yet, 1 the safety officer, 2 the director, 3 the principal, 4 the district.',
  })
  @Column('int', { default: 0 })
  escalationLevel: number;

  @Field({ description: 'Version for optimistic concurrency; pass it back on a step.' })
  @RowVersionColumn()
  version: number;

  @CreatedAtColumn()
  createdAt: Date;
}
