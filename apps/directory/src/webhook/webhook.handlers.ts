import type { EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { EVENT_CATALOGUE, type EventEnvelope, type EventHandlers } from '@houqin/events';
import { type EventPlace, eventPlace } from '../school/event-place';
import { WebhookDeliveryStatus, WebhookEndpointStatus, WebhookFormat, type WebhookEndpoint } from './webhook.entity';
import { renderBody } from './webhook.messages';
import { wantsEvent } from './webhook.rules';
import { webhookSql } from './webhook.store';

/** Marks a transaction that queued deliveries, so the dispatcher sends them once it commits. */
export const WEBHOOKS_QUEUED = 'houqin.webhooksQueued';

/**
 * Queues an event for every endpoint of its district that wants it, with the body to send (held,
 * no next attempt, for a paused endpoint: its resume sends it, so a pause loses nothing),
 * in the consumer's transaction: the event and its deliveries commit together or not at all, and
 * the unique (endpointId, eventId) key keeps a replayed event from queueing twice.
 */
export async function enqueueWebhooks(manager: EntityManager, event: EventEnvelope, now = new Date()): Promise<number> {
  const endpoints: WebhookEndpoint[] = await webhookSql.ofDistrict(manager, event.districtId).getMany();
  const wanted = endpoints.filter((endpoint) => wantsEvent(endpoint, event));
  if (!wanted.length) return 0;
  const context = wanted.some((endpoint) => endpoint.format !== WebhookFormat.JSON) ? await eventPlace(manager, event) : null;
  const bodies = new Map<WebhookFormat, string>();
  const bodyFor = (format: WebhookFormat) => {
    if (!bodies.has(format)) bodies.set(format, renderBody(format, event, context as EventPlace));
    return bodies.get(format) as string;
  };
  await webhookSql
    .enqueue(
      manager,
      wanted.map((endpoint) => ({
        id: newId(),
        endpointId: endpoint.id,
        districtId: event.districtId,
        schoolId: event.schoolId,
        eventId: event.id,
        eventType: event.type,
        occurredAt: new Date(event.occurredAt),
        body: bodyFor(endpoint.format),
        status: WebhookDeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: endpoint.status === WebhookEndpointStatus.PAUSED ? null : now,
        lastAttemptAt: null,
        lastStatusCode: null,
        lastError: null,
        deliveredAt: null,
        createdAt: now,
      })),
    )
    .execute();
  const runner = manager.queryRunner;
  if (runner) runner.data = { ...runner.data, [WEBHOOKS_QUEUED]: true };
  return wanted.length;
}

/** The webhooks' part of the directory's consumer: every catalogue type may be wanted by some endpoint. */
export const webhookHandlers: EventHandlers = Object.fromEntries(
  EVENT_CATALOGUE.map((definition) => [
    definition.type,
    (manager: EntityManager, event: EventEnvelope) => enqueueWebhooks(manager, event).then(() => undefined),
  ]),
);
