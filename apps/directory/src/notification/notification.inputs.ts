import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '@houqin/common';

/** How many notifications one call may mark read by id (more: mark them all). */
export const MARK_READ_MAX = 100;

@InputType({ description: 'Notifications of yours to mark read (已读).' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: `The notifications' ids: 1 to ${MARK_READ_MAX}, all yours.` })
  @ArrayMinSize(1, { message: 'ids must name at least one notification' })
  @ArrayMaxSize(MARK_READ_MAX, { message: `ids may name at most ${MARK_READ_MAX} notifications; use markAllNotificationsRead for more` })
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids: string[];
}

@ArgsType()
export class NotificationArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only unread notifications (default false: all, newest first).' })
  unreadOnly?: boolean;
}
