import express, { type Router } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { eventDefinition, SUBSCRIPTIONS, type Subscriptions } from './catalogue';
import { eventTransaction } from './embedded';
import { OutboxDelivery, OutboxEvent } from './outbox.entity';
import type { NatsEvents } from './nats';
import { systemClock, type Clock } from './transport';

/**
 * Replaying a publisher's history to one consumer: how a new service (or one whose database was
 * wiped) fills its copy of another service's facts. The consumer's inbox makes re-applying an event
 * it already has a no-op, and its handlers keep the newest state whatever the order, so a replay
 * can be repeated safely.
 *
 * - Internal HTTP: the publisher keeps its outbox rows after publishing them; `replayDeliveries`
 *   gives the consumer an `outbox_delivery` row, due now, for every published event of the types it
 *   subscribes to (resetting the ones it had), and the relay delivers them in id order.
 * - NATS: the publisher's stream keeps every event; a durable consumer created with
 *   `DeliverPolicy.All` reads it from the start, so a new service replays by itself. For a wiped
 *   consumer, `replayFromNats` deletes its durable consumer and the service creates it again.
 */

/** The types of `publisher` that `consumer` subscribes to; none is a mistake in the command. */
export function replayedTypes(publisher: string, consumer: string, subscriptions: Subscriptions = SUBSCRIPTIONS): string[] {
  const types = (subscriptions[consumer] ?? []).filter((type) => eventDefinition(type)?.publisher === publisher);
  if (!types.length) throw new Error(`${consumer} subscribes to no event ${publisher} publishes (SUBSCRIPTIONS).`);
  return [...types];
}

/**
 * On the publisher's database: makes every published event of the types `consumer` subscribes to
 * due for delivery to it now, in one transaction. Returns how many events that is. Events not yet
 * published are left to the relay, which adds their deliveries when it publishes them.
 */
export async function replayDeliveries(
  dataSource: DataSource,
  options: { publisher: string; consumer: string; subscriptions?: Subscriptions; clock?: Clock },
): Promise<{ events: number }> {
  const { consumer } = options;
  const types = replayedTypes(options.publisher, consumer, options.subscriptions);
  const now = (options.clock ?? systemClock).now();
  return eventTransaction(dataSource, async (manager) => {
    const ofTypes = (alias: string) =>
      manager.createQueryBuilder(OutboxEvent, alias).select(`${alias}.id`).where(`${alias}.type IN (:...types)`, { types });
    // Deliveries it had (delivered, failing or leased): due again now, counted afresh.
    const reset = ofTypes('e');
    await manager
      .createQueryBuilder()
      .update(OutboxDelivery)
      .set({ deliveredAt: null, attempts: 0, nextAttemptAt: now, lastError: null })
      .where('consumer = :consumer', { consumer })
      .andWhere(`eventId IN (${reset.getQuery()})`, reset.getParameters())
      .comment('outbox.replayReset')
      .execute();
    // Events published before it subscribed: a delivery each (the relay adds the others' when it publishes them).
    const missing = await ofTypes('e')
      .andWhere('e.publishedAt IS NOT NULL')
      .andWhere('NOT EXISTS (SELECT 1 FROM outbox_delivery d WHERE d.eventId = e.id AND d.consumer = :consumer)', { consumer })
      .orderBy('e.id', 'ASC')
      .comment('outbox.replayMissing')
      .getMany();
    for (let start = 0; start < missing.length; start += REPLAY_CHUNK) {
      const rows = missing.slice(start, start + REPLAY_CHUNK).map(({ id }) => ({
        eventId: id,
        consumer,
        attempts: 0,
        nextAttemptAt: now,
        deliveredAt: null,
        lastError: null,
      }));
      await manager.createQueryBuilder().insert().into(OutboxDelivery).values(rows).comment('outbox.replayAdd').execute();
    }
    const events = await manager
      .createQueryBuilder(OutboxDelivery, 'd')
      .where('d.consumer = :consumer AND d.deliveredAt IS NULL', { consumer })
      .andWhere(`d.eventId IN (${reset.getQuery()})`, reset.getParameters())
      .comment('outbox.replayCount')
      .getCount();
    return { events };
  });
}

/** Deliveries inserted per statement. */
const REPLAY_CHUNK = 500;

/**
 * On NATS: deletes `consumer`'s durable consumer of `publisher`'s stream, so that the service, when
 * it (re)subscribes, creates it again with `DeliverPolicy.All` and reads the stream from the start.
 * Returns false when there was none (a new service replays without this).
 */
export async function replayFromNats(nats: NatsEvents, publisher: string, consumer: string): Promise<boolean> {
  try {
    return await nats.manager.consumers.delete(nats.streamName(publisher), consumer);
  } catch (error) {
    if ((error as { code?: number }).code === 404 || /not found/i.test(String(error))) return false;
    throw error;
  }
}

/** Where the running publisher takes a replay request (internal HTTP). */
export const REPLAY_PATH = '/internal/events/replay';
export const REPLAY_TOKEN_HEADER = 'x-houqin-replay-token';
const REPLAY_AUDIENCE = 'houqin:events-replay';
const key = (secret: string) => new TextEncoder().encode(secret);

/** A one-minute token asking `publisher` to replay to `consumer`, signed with the internal secret. */
export async function signReplayToken(publisher: string, consumer: string, secret: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ consumer })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('houqin:operator')
    .setAudience(REPLAY_AUDIENCE)
    .setSubject(publisher)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 60)
    .sign(key(secret));
}

/**
 * `POST /internal/events/replay` `{consumer}` on a publisher running on internal HTTP: the running
 * service does the replay (the embedded database is the process's own file, so a command could not
 * write it safely). Answers `{events}`; 401 without a valid token, 400 for a consumer that
 * subscribes to nothing this service publishes.
 */
export function mountReplayRoute(
  router: Router,
  options: { dataSource: DataSource; service: string; secret: string; logger: Logger; subscriptions?: Subscriptions; wake(): void },
): void {
  router.post(REPLAY_PATH, express.json({ limit: '4kb' }), async (req, res) => {
    const consumer = (req.body as { consumer?: unknown } | undefined)?.consumer;
    try {
      const { payload } = await jwtVerify(req.header(REPLAY_TOKEN_HEADER) ?? '', key(options.secret), {
        audience: REPLAY_AUDIENCE,
        subject: options.service,
        algorithms: ['HS256'],
      });
      if (typeof consumer !== 'string' || payload.consumer !== consumer) throw new Error('token is for another consumer');
    } catch (error) {
      options.logger.warn({ err: error, path: REPLAY_PATH }, 'event replay refused');
      res.status(401).json({ error: 'replay token missing or not valid' });
      return;
    }
    let types: string[];
    try {
      types = replayedTypes(options.service, consumer, options.subscriptions);
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
      return;
    }
    const { events } = await replayDeliveries(options.dataSource, {
      publisher: options.service,
      consumer,
      subscriptions: options.subscriptions,
    });
    options.logger.info({ consumer, types, events }, 'event replay scheduled');
    options.wake();
    res.json({ events });
  });
}
