import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Notification } from './notification.entity';

@ObjectType({ description: 'A page of your notifications, newest first.' })
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@ObjectType({ description: 'What marking notifications read did.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were unread and are now read (already-read ones keep their time).' })
  marked: number;

  @Field(() => Int, { description: 'How many of your notifications are still unread.' })
  unreadCount: number;
}
