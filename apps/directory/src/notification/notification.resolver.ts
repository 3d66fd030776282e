import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { DirectoryContext } from '../context';
import { UserAccount } from '../account/account.entity';
import { MarkNotificationsReadInput, NotificationArgs } from './notification.inputs';
import { MarkNotificationsReadPayload, NotificationConnection } from './notification.types';

@Resolver(() => UserAccount)
export class NotificationResolver {
  @FieldResolver(() => NotificationConnection, {
    description: 'Your inbox (通知), newest first: `me { notifications(first: 20, unreadOnly: true) }`. Only for your own account.',
  })
  notifications(@Root() account: UserAccount, @Args() args: NotificationArgs, @Ctx() ctx: DirectoryContext) {
    return ctx.notifications.inbox(account, args);
  }

  @FieldResolver(() => Int, { description: 'How many of your notifications are unread (未读). Only for your own account.' })
  unreadNotificationCount(@Root() account: UserAccount, @Ctx() ctx: DirectoryContext) {
    return ctx.notifications.unreadCount(account);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark some of your notifications read (标为已读).' })
  markNotificationsRead(@Arg('input') input: MarkNotificationsReadInput, @Ctx() ctx: DirectoryContext) {
    return ctx.notifications.markRead(input);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark all your notifications read (全部已读).' })
  markAllNotificationsRead(@Ctx() ctx: DirectoryContext) {
    return ctx.notifications.markAllRead();
  }
}
