import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '@houqin/common';
import { RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';

/** A general hazard is rectified within this many school days unless its assigner gives another deadline. */
export const DEFAULT_GENERAL_HAZARD_SCHOOL_DAYS = 5;
/** Evacuation drills a school must hold each month (演练频次) until the district changes it. */
export const DEFAULT_DRILLS_PER_MONTH = 1;
/** Target evacuation time in seconds for a building of four floors or fewer (2 minutes). */
export const DEFAULT_EVACUATION_TARGET_SECONDS = 120;
/** A serious incident must reach the district within this many hours (事故报告时限). */
export const DEFAULT_INCIDENT_REPORT_HOURS = 2;
/** Trainings and certificates expiring within this many days are announced (到期提醒). */
export const DEFAULT_EXPIRY_NOTICE_DAYS = 30;

/** A district's safety settings (安全设置): one row once the district changes them; until then the defaults, version 0. */
@ObjectType({ description: 'The district’s safety settings (安全设置). Until the district changes them: the defaults, with version 0.' })
@Entity('safety_settings')
export class SafetySettings {
  @Field(() => ID, { description: 'The district they apply to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  @Field({ description: 'Whether the serious level (较大隐患) is in use between general and major (default false).' })
  @Column('boolean')
  seriousLevelEnabled: boolean;

  @Field(() => Int, {
    description: 'A hazard’s default deadline, in school days after it is assigned (default 5); major ones are set by hand.',
  })
  @Column('int')
  generalHazardSchoolDays: number;

  @Field(() => Int, {
    description: 'Evacuation or fire drills each school must hold per month (default 1); a month with fewer shows as a gap.',
  })
  @Column('int')
  drillsPerMonth: number;

  @Field(() => Int, { description: 'Target evacuation time in seconds for a building of four floors or fewer (default 120: 2 minutes).' })
  @Column('int')
  evacuationTargetSeconds: number;

  @Field(() => Int, {
    description: 'A serious incident must be reported to the district within this many hours (事故报告时限, default 2).',
  })
  @Column('int')
  incidentReportHours: number;

  @Field(() => Int, {
    description: 'Trainings, certificates and equipment services expiring within this many days are announced (default 30).',
  })
  @Column('int')
  expiryNoticeDays: number;

  @Field(() => Int, { description: 'Row version: 0 while the defaults apply; pass it back to updateSafetySettings.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last changed them; null while the defaults apply.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last changed; null while the defaults apply.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;
}

/** The defaults of a district that has not changed its settings (version 0). */
export function defaultSafetySettings(districtId: string): SafetySettings {
  return Object.assign(new SafetySettings(), {
    districtId,
    seriousLevelEnabled: false,
    generalHazardSchoolDays: DEFAULT_GENERAL_HAZARD_SCHOOL_DAYS,
    drillsPerMonth: DEFAULT_DRILLS_PER_MONTH,
    evacuationTargetSeconds: DEFAULT_EVACUATION_TARGET_SECONDS,
    incidentReportHours: DEFAULT_INCIDENT_REPORT_HOURS,
    expiryNoticeDays: DEFAULT_EXPIRY_NOTICE_DAYS,
    version: 0,
    updatedByAccountId: null,
    updatedAt: null,
  });
}
