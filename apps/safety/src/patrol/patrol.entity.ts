import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const PATROL_NOTE_MAX = 500;
/** Most findings one patrol records (each becomes a hazard). */
export const PATROL_FINDINGS_MAX = 20;

/**
 * A patrol of a responsibility zone (区域巡查): who walked it on which day, what they noted, and how
 * many findings they raised (each a hazard, source PATROL, whose sourceRef is the patrol). Held
 * against the zone's patrol frequency (patrolEveryDays). Never changed, never deleted.
 */
@ObjectType({ description: 'A patrol of a responsibility zone (区域巡查): who, which day, what was noted; each finding became a hazard.' })
@Entity('safety_patrol')
@Index(['zoneId', 'patrolledOn'])
@Index(['schoolId', 'patrolledOn'])
export class SafetyPatrol extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The zone patrolled.' })
  @RefColumn()
  zoneId: string;

  @Field({ description: 'The day it was patrolled (the school’s day).' })
  @Column('date')
  patrolledOn: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who patrolled; null for an account without a staff record.' })
  @RefColumn({ nullable: true })
  patrolledByStaffId: string | null;

  @Field(() => ID, { description: 'The account that recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field(() => String, { nullable: true, description: 'What was noted (巡查记录), e.g. "门窗完好，消防通道畅通".' })
  @Column('varchar', { length: PATROL_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'Findings raised as hazards (发现问题数).' })
  @Column('int')
  findingCount: number;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}
