import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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

export const TRAINING_NAME_MAX = 100;
export const TRAINING_TEXT_MAX = 500;
export const CERTIFICATE_MAX = 40;

/** What a required training is. */
export enum TrainingKind {
  FOOD_SAFETY = 'FOOD_SAFETY',
  SPECIAL_OPERATIONS = 'SPECIAL_OPERATIONS',
  SAFETY_OFFICER_CERTIFICATE = 'SAFETY_OFFICER_CERTIFICATE',
  FIRE_SAFETY = 'FIRE_SAFETY',
  OTHER = 'OTHER',
}
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  description: 'What a required training (岗位培训) is.',
  valuesConfig: {
    FOOD_SAFETY: { description: 'Food safety training (食品安全培训), e.g. yearly for canteen staff.' },
    SPECIAL_OPERATIONS: {
      description: 'A special-operations certificate (特种作业操作证), e.g. an electrician’s, valid to its printed expiry.',
    },
    SAFETY_OFFICER_CERTIFICATE: { description: 'The safety officer’s certificate (安全管理人员证).' },
    FIRE_SAFETY: { description: 'Fire safety training (消防安全培训).' },
    OTHER: { description: 'Any other training.' },
  },
});

/**
 * A required training per post (岗位培训要求): the district's (no school) or a school's own; valid for a
 * number of months after it is taken, or, for a certificate, until the expiry printed on it.
 */
@ObjectType({ description: 'A required training per post (岗位培训要求), the district’s or a school’s own.' })
@Entity('training_requirement')
@Index(['districtId', 'post'])
export class TrainingRequirement extends DistrictOwnedEntity('District it belongs to.') {
  @Field(() => ID, { nullable: true, description: 'The school for a school’s own requirement; null for the district’s.' })
  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Field({ description: 'The post (岗位) it applies to, as the directory names it, e.g. COOK, ELECTRICIAN, SAFETY_OFFICER.' })
  @Column('varchar', { length: 40 })
  post: string;

  @Field({ description: 'Its name, e.g. "食品安全培训".' })
  @Column('varchar', { length: TRAINING_NAME_MAX })
  name: string;

  @Field(() => TrainingKind, { description: 'What it is.' })
  @Column('varchar', { length: 28 })
  kind: TrainingKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Months it stays valid after it is taken; null when each record carries its certificate’s expiry.',
  })
  @Column('int', { nullable: true })
  validityMonths: number | null;

  @Field({ description: 'False once withdrawn: no longer required; kept for history.' })
  @Column('boolean')
  active: boolean;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was defined.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One training a staff member took (培训记录), or a certificate they hold, with its expiry. Never deleted. */
@ObjectType({ description: 'A training a staff member took, or a certificate they hold (培训记录), with its expiry.' })
@Entity('training_record')
@Index(['schoolId', 'staffId'])
@Index(['requirementId', 'staffId'])
@Index(['expiresOn'])
export class TrainingRecord extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The staff member.' })
  @RefColumn()
  staffId: string;

  @Field(() => ID, { nullable: true, description: 'The requirement it meets; null for a training no requirement names.' })
  @RefColumn({ nullable: true })
  requirementId: string | null;

  @Field({ description: 'What it was, e.g. "食品安全培训（2026年度）".' })
  @Column('varchar', { length: TRAINING_NAME_MAX })
  name: string;

  @Field({ description: 'The day it was taken or the certificate issued.' })
  @Column('date')
  takenOn: string;

  @Field(() => String, { nullable: true, description: 'The last day it is valid; null when it does not expire.' })
  @Column('date', { nullable: true })
  expiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'The certificate number (证书编号), when there is one.' })
  @Column('varchar', { length: CERTIFICATE_MAX, nullable: true })
  certificateNumber: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * A training record's expiry announced (safety.training.expiring), once per record and state: its id is
 * named from the record and the state, so a rerun, a catch-up or a second replica inserts nothing twice.
 */
@Entity('training_announcement')
@Index(['recordId'])
export class TrainingAnnouncement {
  /** nameId(`training-expiry:<recordId>:<state>`). */
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @RefColumn()
  recordId: string;

  @Column('varchar', { length: 16, comment: 'EXPIRING or EXPIRED' })
  state: string;

  /** The job's tick that announced it. */
  @InstantColumn()
  tick: Date;
}

/** What a drill was. */
export enum DrillKind {
  EVACUATION = 'EVACUATION',
  FIRE = 'FIRE',
  EARTHQUAKE = 'EARTHQUAKE',
  OTHER = 'OTHER',
}
registerEnumType(DrillKind, {
  name: 'DrillKind',
  description: 'What a drill (演练) was.',
  valuesConfig: {
    EVACUATION: { description: 'An evacuation drill (疏散演练).' },
    FIRE: { description: 'A fire drill (消防演练).' },
    EARTHQUAKE: { description: 'An earthquake drill (防震演练).' },
    OTHER: { description: 'Any other drill.' },
  },
});

/** A drill (应急演练) held at a school: when, who took part, and the evacuation time against the target. Never deleted. */
@ObjectType({ description: 'A drill (应急演练): when, who took part, the evacuation time against the target.' })
@Entity('safety_drill')
@Index(['schoolId', 'heldOn'])
export class SafetyDrill extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { nullable: true, description: 'The campus, when one.' })
  @RefColumn({ nullable: true })
  campusId: string | null;

  @Field(() => DrillKind, { description: 'What it was.' })
  @Column('varchar', { length: 12 })
  kind: DrillKind;

  @Field({ description: 'The day it was held.' })
  @Column('date')
  heldOn: string;

  @Field(() => Int, { description: 'How many took part (students and staff).' })
  @Column('int')
  participants: number;

  @Field(() => Int, { nullable: true, description: 'The evacuation time in seconds (疏散用时), for an evacuation or fire drill.' })
  @Column('int', { nullable: true })
  evacuationSeconds: number | null;

  @Field(() => Int, { nullable: true, description: 'Floors of the tallest building evacuated (the target depends on it).' })
  @Column('int', { nullable: true })
  buildingFloors: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The target it was held to (the district’s, for four floors or fewer); null when none applies.',
  })
  @Column('int', { nullable: true })
  targetSeconds: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the evacuation met its target; null when there was no target or no time.' })
  @Column('boolean', { nullable: true })
  metTarget: boolean | null;

  @Field(() => String, { nullable: true, description: 'What was learned (总结).' })
  @Column('varchar', { length: TRAINING_TEXT_MAX, nullable: true })
  summary: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}
