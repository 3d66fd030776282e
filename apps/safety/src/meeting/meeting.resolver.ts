import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '@houqin/common';
import type { SafetyContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { SafetyActionItem } from '../action-item/action-item.entity';
import { SafetyMeeting } from './meeting.entity';
import { RecordSafetyMeetingInput } from './meeting.inputs';

@ObjectType({ description: 'A page of safety meetings (安全工作会议).' })
export class SafetyMeetingConnection extends Connection(SafetyMeeting, 'SafetyMeeting') {}

@Resolver(() => SafetyMeeting)
export class SafetyMeetingResolver {
  @Query(() => SafetyMeetingConnection, { description: 'A school’s safety meetings, latest first: its safety office and the district.' })
  safetyMeetings(@Arg('schoolId', () => ID) schoolId: string, @Args() page: PageArgs, @Ctx() ctx: SafetyContext) {
    return ctx.meetings.list(schoolId, page);
  }

  @Query(() => SafetyMeeting, { description: 'One safety meeting you may read; NOT_FOUND otherwise.' })
  safetyMeeting(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.meetings.get(id);
  }

  @FieldResolver(() => [Staff], { description: 'The staff members who attended.' })
  attendees(@Root() meeting: SafetyMeeting) {
    return meeting.attendeeStaffIds.map((id) => staffRef(id)!);
  }

  @FieldResolver(() => [SafetyActionItem], { description: 'Its decisions as action items, by deadline (batched).' })
  actionItems(@Root() meeting: SafetyMeeting, @Ctx() ctx: SafetyContext) {
    return ctx.actionItems.itemsOf(meeting.id);
  }

  @Mutation(() => SafetyMeeting, {
    description: 'Record a safety meeting (安全工作会议) with its attendees, minutes and decisions: the safety office.',
  })
  recordSafetyMeeting(@Arg('input') input: RecordSafetyMeetingInput, @Ctx() ctx: SafetyContext) {
    return ctx.meetings.record(input);
  }
}
