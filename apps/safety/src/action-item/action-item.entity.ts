import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const ACTION_TEXT_MAX = 500;
/** Most action items one meeting or incident lists. */
export const ACTIONS_MAX = 30;

/** What an action item belongs to. */
export enum ActionItemSource {
  MEETING = 'MEETING',
  INCIDENT = 'INCIDENT',
}
registerEnumType(ActionItemSource, {
  name: 'ActionItemSource',
  description: 'What an action item (整改/落实事项) belongs to.',
  valuesConfig: {
    MEETING: { description: 'A decision of a safety meeting (安全会议决议).' },
    INCIDENT: { description: 'A corrective or preventive action of an incident (纠正/预防措施).' },
  },
});

/** What kind of action it is. */
export enum ActionItemKind {
  DECISION = 'DECISION',
  CORRECTIVE = 'CORRECTIVE',
  PREVENTIVE = 'PREVENTIVE',
}
registerEnumType(ActionItemKind, {
  name: 'ActionItemKind',
  description: 'What kind of action item it is.',
  valuesConfig: {
    DECISION: { description: 'A meeting’s decision to carry out (会议决议).' },
    CORRECTIVE: { description: 'A corrective action (纠正措施): puts right what the incident did.' },
    PREVENTIVE: { description: 'A preventive action (预防措施): keeps it from happening again.' },
  },
});

/**
 * An action item (落实事项) of a safety meeting or an incident: what, who owns it, by when, tracked to
 * done. The shape both share; never deleted.
 */
@ObjectType({ description: 'An action item (落实事项) of a safety meeting or an incident: what, its owner, its deadline, done or not.' })
@Entity('safety_action_item')
@Index(['source', 'sourceId'])
@Index(['ownerStaffId', 'doneAt'])
export class SafetyActionItem extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ActionItemSource, { description: 'A meeting’s or an incident’s.' })
  @Column('varchar', { length: 10 })
  source: ActionItemSource;

  @Field(() => ID, { description: 'The meeting or incident.' })
  @RefColumn()
  sourceId: string;

  @Field(() => ActionItemKind, { description: 'Decision, corrective or preventive.' })
  @Column('varchar', { length: 12 })
  kind: ActionItemKind;

  @Field({ description: 'What is to be done.' })
  @Column('varchar', { length: ACTION_TEXT_MAX })
  description: string;

  @Field(() => ID, { description: 'The staff member who owns it (责任人).' })
  @RefColumn()
  ownerStaffId: string;

  @Field({ description: 'The day it is due by.' })
  @Column('date')
  deadline: string;

  @Field(() => Date, { nullable: true, description: 'When it was marked done; null while open.' })
  @InstantColumn({ nullable: true })
  doneAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who marked it done.' })
  @RefColumn({ nullable: true })
  doneByAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'How it was done.' })
  @Column('varchar', { length: ACTION_TEXT_MAX, nullable: true })
  doneNote: string | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;
}
