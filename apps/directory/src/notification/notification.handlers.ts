import type { EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import type { EventHandler, EventHandlers, EventOf, EventType } from '@houqin/events';
import { Notification } from './notification.entity';
import { eventPlace } from '../school/event-place';
import { clipTitle, NOTICE_RULES, noticesFor } from './notification.rules';
import { notificationSql } from './notification.store';

/**
 * Fills inboxes from an event, in the consumer's transaction (so a redelivered event, already in
 * the inbox of handled events, adds nothing). Each account gets at most one message per event: the
 * first notice naming it wins (a director who also filed the request is told the outcome once).
 */
async function notify(manager: EntityManager, event: EventOf<EventType>): Promise<void> {
  const told = new Set<string>();
  const rows: Notification[] = [];
  const notices = noticesFor(event, await eventPlace(manager, event));
  for (const notice of notices) {
    const found: { id: string }[] = await notificationSql.recipients(manager, event.districtId, notice.audiences).getRawMany();
    for (const { id: accountId } of found) {
      if (told.has(accountId) || notice.except.includes(accountId)) continue;
      told.add(accountId);
      rows.push(
        manager.create(Notification, {
          id: newId(),
          districtId: event.districtId,
          accountId,
          schoolId: event.schoolId,
          kind: notice.kind,
          title: clipTitle(notice.title),
          titleEn: clipTitle(notice.titleEn),
          subjectType: notice.subjectType,
          subjectId: notice.subjectId,
          eventType: event.type,
          eventId: event.id,
          createdAt: new Date(event.occurredAt),
          readAt: null,
        }),
      );
    }
  }
  // Bounded by the district's role holders (a district-wide notice reaches a few hundred accounts at most).
  for (let i = 0; i < rows.length; i += 200) await manager.insert(Notification, rows.slice(i, i + 200));
}

/** One handler per event type that makes notifications (the types NOTICE_RULES lists). */
export const notificationHandlers: EventHandlers = Object.fromEntries(
  Object.keys(NOTICE_RULES).map((type) => [type, notify as EventHandler<EventType>]),
);
