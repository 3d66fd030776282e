import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateField, IdField, TextField } from '@houqin/subgraph-kit';
import { ActionItemInput } from '../action-item/action-item.inputs';
import { ACTIONS_MAX } from '../action-item/action-item.entity';
import { ATTENDEES_MAX, MEETING_TITLE_MAX, MINUTES_MAX } from './meeting.entity';

@InputType({ description: 'Record a safety meeting (安全工作会议) with its attendees, minutes and decisions (action items).' })
export class RecordSafetyMeetingInput {
  @IdField('The school.')
  schoolId: string;

  @TextField('Its subject, e.g. "11月安全工作例会".', { max: MEETING_TITLE_MAX })
  title: string;

  @DateField('The day it was held, not after today.')
  heldOn: string;

  @Field(() => [ID], { description: `The staff members of the school who attended, 1–${ATTENDEES_MAX}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(ATTENDEES_MAX)
  attendeeStaffIds: string[];

  @TextField('The minutes (会议纪要).', { max: MINUTES_MAX })
  minutes: string;

  @Field(() => [ActionItemInput], { defaultValue: [], description: `Its decisions as action items, at most ${ACTIONS_MAX}.` })
  @ArrayMaxSize(ACTIONS_MAX)
  @ValidateNested({ each: true })
  actionItems: ActionItemInput[];
}
