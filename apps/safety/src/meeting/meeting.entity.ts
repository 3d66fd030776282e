import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const MEETING_TITLE_MAX = 100;
export const MINUTES_MAX = 4000;
/** Most attendees recorded for one meeting. */
export const ATTENDEES_MAX = 100;

/** A safety meeting (安全工作会议): when, who attended, the minutes, and its decisions as action items. Never deleted. */
@ObjectType({ description: 'A safety meeting (安全工作会议): date, attendees, minutes; its decisions are action items tracked to done.' })
@Entity('safety_meeting')
@Index(['schoolId', 'heldOn'])
export class SafetyMeeting extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field({ description: 'Its subject, e.g. "11月安全工作例会".' })
  @Column('varchar', { length: MEETING_TITLE_MAX })
  title: string;

  @Field({ description: 'The day it was held.' })
  @Column('date')
  heldOn: string;

  @Field(() => [ID], { description: 'The staff members who attended.' })
  @Column('simple-json')
  attendeeStaffIds: string[];

  @Field({ description: 'The minutes (会议纪要).' })
  @Column('text')
  minutes: string;

  @Field(() => ID, { description: 'Who recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}
