import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const INCIDENT_TEXT_MAX = 2000;
export const INCIDENT_PLACE_MAX = 200;

/** What kind of incident it was. */
export enum IncidentType {
  INJURY = 'INJURY',
  FIRE = 'FIRE',
  FOOD_POISONING = 'FOOD_POISONING',
  TRAFFIC = 'TRAFFIC',
  VIOLENCE = 'VIOLENCE',
  FACILITY = 'FACILITY',
  OTHER = 'OTHER',
}
registerEnumType(IncidentType, {
  name: 'IncidentType',
  description: 'What kind of incident (安全事故/事件) it was.',
  valuesConfig: {
    INJURY: { description: 'An injury (意外伤害), e.g. a fall in PE or on the stairs.' },
    FIRE: { description: 'A fire (火灾).' },
    FOOD_POISONING: { description: 'Food poisoning (食物中毒).' },
    TRAFFIC: { description: 'A traffic accident (交通事故) on the way or at the gate.' },
    VIOLENCE: { description: 'Violence or bullying (校园欺凌/暴力).' },
    FACILITY: { description: 'A building or equipment failure (设施设备事故).' },
    OTHER: { description: 'Anything else.' },
  },
});

/** Where an incident is. */
export enum IncidentStatus {
  REPORTED = 'REPORTED',
  INVESTIGATED = 'INVESTIGATED',
  CLOSED = 'CLOSED',
}
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: 'Where an incident is (事故处理状态).',
  valuesConfig: {
    REPORTED: { description: 'Reported (已登记): what happened and what was done at once.' },
    INVESTIGATED: { description: 'Investigated (已调查): its root cause and its corrective and preventive actions.' },
    CLOSED: { description: 'Closed (已结案): every action done, a serious one reported to the district. Final; never deleted.' },
  },
});

/**
 * An incident (安全事故/事件) at a school: what, when, where, who was affected and hurt, what was done at
 * once; then its root cause and corrective and preventive actions (action items). A serious one must be
 * reported to the district within the district's hours (`reportDueAt`); the record shows when it was.
 */
@ObjectType({
  description: 'An incident (安全事故/事件): what happened, its investigation and actions; a serious one reported to the district in time.',
})
@Entity('safety_incident')
@Index(['schoolId', 'occurredAt'])
@Index(['districtId', 'occurredAt'])
export class SafetyIncident extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => IncidentType, { description: 'What kind of incident.' })
  @Column('varchar', { length: 16 })
  type: IncidentType;

  @Field({ description: 'When it happened.' })
  @InstantColumn()
  occurredAt: Date;

  @Field({ description: 'Where, in words.' })
  @Column('varchar', { length: INCIDENT_PLACE_MAX })
  place: string;

  @Field(() => ID, { nullable: true, description: 'The facilities room of the school, when in one.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => Int, { description: 'People affected (涉及人数).' })
  @Column('int')
  peopleAffected: number;

  @Field(() => Int, { description: 'People injured (受伤人数).' })
  @Column('int')
  injured: number;

  @Field({ description: 'What happened.' })
  @Column('varchar', { length: INCIDENT_TEXT_MAX })
  description: string;

  @Field({ description: 'What was done at once (现场处置).' })
  @Column('varchar', { length: INCIDENT_TEXT_MAX })
  immediateActions: string;

  @Field({ description: 'Serious (较大及以上/须上报): to be reported to the district within the district’s hours.' })
  @Column('boolean')
  serious: boolean;

  @Field(() => Date, { nullable: true, description: 'By when a serious incident must reach the district; null for one that need not.' })
  @InstantColumn({ nullable: true })
  reportDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was reported to the district (上报区教育局); null until it is.' })
  @InstantColumn({ nullable: true })
  reportedToDistrictAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Its root cause (原因分析), once investigated.' })
  @Column('varchar', { length: INCIDENT_TEXT_MAX, nullable: true })
  rootCause: string | null;

  @Field(() => IncidentStatus, { description: 'Reported, investigated or closed.' })
  @Column('varchar', { length: 14 })
  status: IncidentStatus;

  @Field(() => ID, { description: 'Who recorded it.' })
  @RefColumn()
  reportedByAccountId: string;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}
