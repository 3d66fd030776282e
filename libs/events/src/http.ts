import express, { type Router } from 'express';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Logger } from '@houqin/common';
import { consumersOf, eventDefinition, internalUrl, SUBSCRIPTIONS, type Subscriptions } from './catalogue';
import type { EventConsumer } from './consumer';
import { eventTransaction, isEmbedded } from './embedded';
import { envelopeIdentity, type EventEnvelope } from './envelope';
import { ERROR_LENGTH, OutboxDelivery, OutboxEvent } from './outbox.entity';
import { envelopeOf } from './publish';
import { DEFAULT_RETRY_DELAYS_MS, retryDelay, systemClock, type Clock, type EventTransport } from './transport';

/** Where a consuming service takes events over internal HTTP. */
export const EVENTS_PATH = '/internal/events';
/** Header carrying the publisher's signed token for one delivery. */
export const EVENT_TOKEN_HEADER = 'x-houqin-event-token';

const AUDIENCE = 'houqin:events';
const ALG = 'HS256';
/** A delivery token's lifetime: enough for one POST, too short to be worth capturing. */
export const EVENT_TOKEN_TTL_SECONDS = 60;

const key = (secret: string) => new TextEncoder().encode(secret);
const issuerOf = (publisher: string) => `houqin:${publisher}`;
/** The publisher the catalogue names for a type; unknown types are attributed by their first segment. */
const publisherOf = (type: string) => eventDefinition(type)?.publisher ?? type.split('.')[0];

/**
 * Signs one delivery: HS256 with the internal secret, issuer `houqin:<publisher>`, audience
 * `houqin:events`, subject the consuming service, and the event id, so the token is good for this
 * event to this consumer for a minute and nothing else.
 */
export async function signEventToken(
  envelope: Pick<EventEnvelope, 'id' | 'type'>,
  consumer: string,
  secret: string,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ eid: envelope.id })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(issuerOf(publisherOf(envelope.type)))
    .setAudience(AUDIENCE)
    .setSubject(consumer)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + EVENT_TOKEN_TTL_SECONDS)
    .sign(key(secret));
}

/** Checks a delivery's token against the body it came with; throws a sentence saying what is wrong. */
export async function verifyEventToken(token: string | undefined, body: unknown, consumer: string, secret: string): Promise<void> {
  if (!token) throw new Error('event token missing');
  const identity = envelopeIdentity(body);
  if (!identity) throw new Error('body is not an event envelope');
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: issuerOf(publisherOf(identity.type)),
      audience: AUDIENCE,
      subject: consumer,
      algorithms: [ALG],
    });
    if (payload.eid !== identity.id) throw new Error('token is for another event');
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new Error('event token expired');
    throw new Error(`event token not valid: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * `POST /internal/events`: the consumer side of the internal-HTTP transport, mounted by the subgraph
 * kit when a service consumes events. Verifies the publisher's token, then hands the envelope to the
 * same `EventConsumer` NATS would: 200 when the publisher may stop (handled, duplicate, ignored,
 * parked), 503 when it should retry, 400 for a body that is not an envelope, 401 for a bad token.
 */
export function mountEventsRoute(router: Router, consumer: EventConsumer, options: { secret: string; logger: Logger }): void {
  router.post(EVENTS_PATH, express.json({ limit: '64kb' }), async (req, res) => {
    try {
      await verifyEventToken(req.header(EVENT_TOKEN_HEADER), req.body, consumer.service, options.secret);
    } catch (error) {
      options.logger.warn({ err: error, path: EVENTS_PATH }, 'event delivery refused');
      res.status(401).json({ error: error instanceof Error ? error.message : 'unauthenticated' });
      return;
    }
    const result = await consumer.handle(req.body);
    const status = result.ok ? 200 : result.outcome === 'unreadable' ? 400 : 503;
    res.status(status).json(result);
  });
}

export interface HttpTransportOptions {
  dataSource: DataSource;
  /** The publishing service (the tokens' issuer is `houqin:<service>`). */
  service: string;
  /** INTERNAL_TOKEN_SECRET, shared by every service. */
  secret: string;
  logger: Logger;
  /** Who consumes what; the catalogue's SUBSCRIPTIONS by default. */
  subscriptions?: Subscriptions;
  /** A consumer's base URL; `<SERVICE>_INTERNAL_URL` or its default port by default. */
  urlOf?: (consumer: string) => string;
  /** Waiting for one consumer's answer (default 10 s). */
  timeoutMs?: number;
  /** Delay before the next try after the 1st, 2nd, … failure of a delivery; the last repeats. */
  retryDelaysMs?: readonly number[];
  /** Deliveries claimed per round (default 100). */
  batchSize?: number;
  clock?: Clock;
}

interface Outcome {
  consumer: string;
  eventId: string;
  attempts: number;
  error?: string;
  /** Not sent this round because an earlier delivery to the same consumer failed. */
  skipped?: boolean;
}

/**
 * The embedded default transport (no NATS): `publish` records one `outbox_delivery` per consuming
 * service in the relay's transaction; `deliver` POSTs due deliveries to each consumer's
 * `/internal/events`, consumers side by side, each consumer's in event order, and schedules a retry
 * with backoff for those that fail. A delivery is claimed with a lease (its `nextAttemptAt` moved
 * ahead), so relays of several replicas never send the same delivery at the same time.
 */
export class HttpEventTransport implements EventTransport {
  readonly kind = 'http';
  private readonly subscriptions: Subscriptions;
  private readonly urlOf: (consumer: string) => string;
  private readonly timeoutMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly batchSize: number;
  private readonly clock: Clock;

  constructor(private readonly options: HttpTransportOptions) {
    this.subscriptions = options.subscriptions ?? SUBSCRIPTIONS;
    this.urlOf = options.urlOf ?? ((consumer) => internalUrl(consumer));
    this.timeoutMs = options.timeoutMs ?? 10000;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.batchSize = options.batchSize ?? 100;
    this.clock = options.clock ?? systemClock;
  }

  async publish(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const consumers = consumersOf(envelope.type, this.subscriptions);
    if (!consumers.length) return;
    const now = this.clock.now();
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxDelivery)
      .values(
        consumers.map((consumer) => ({
          eventId: envelope.id,
          consumer,
          attempts: 0,
          nextAttemptAt: now,
          deliveredAt: null,
          lastError: null,
        })),
      )
      .comment('outbox.addDeliveries')
      .execute();
  }

  async deliver(): Promise<boolean> {
    const claimed = await this.claim();
    if (!claimed.length) return false;
    const events = await this.options.dataSource.getRepository(OutboxEvent).findBy({ id: In([...new Set(claimed.map((d) => d.eventId))]) });
    const envelopes = new Map(events.map((row) => [row.id, envelopeOf(row)]));
    const byConsumer = new Map<string, OutboxDelivery[]>();
    for (const delivery of claimed) byConsumer.set(delivery.consumer, [...(byConsumer.get(delivery.consumer) ?? []), delivery]);
    const outcomes = (
      await Promise.all([...byConsumer].map(([consumer, deliveries]) => this.sendAll(consumer, deliveries, envelopes)))
    ).flat();
    await this.record(outcomes);
    return claimed.length === this.batchSize;
  }

  /** Due deliveries, oldest event first, leased to this relay until they are answered or time out. */
  private claim(): Promise<OutboxDelivery[]> {
    const { dataSource } = this.options;
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.timeoutMs * 3);
    return eventTransaction(dataSource, async (manager) => {
      const query = manager
        .getRepository(OutboxDelivery)
        .createQueryBuilder('delivery')
        .where('delivery.deliveredAt IS NULL AND delivery.nextAttemptAt <= :now', { now })
        .orderBy('delivery.nextAttemptAt', 'ASC')
        .addOrderBy('delivery.eventId', 'ASC')
        .limit(this.batchSize)
        .comment('outbox.claimDeliveries');
      if (!isEmbedded(dataSource)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const due = await query.getMany();
      for (const [consumer, eventIds] of groupIds(due)) {
        await manager
          .createQueryBuilder()
          .update(OutboxDelivery)
          .set({ nextAttemptAt: leaseUntil })
          .where('consumer = :consumer AND eventId IN (:...eventIds)', { consumer, eventIds })
          .comment('outbox.leaseDeliveries')
          .execute();
      }
      return due.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
    });
  }

  /** One consumer's deliveries in event order; after a failure the rest wait for its retry. */
  private async sendAll(consumer: string, deliveries: OutboxDelivery[], envelopes: Map<string, EventEnvelope>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let failed = false;
    for (const delivery of deliveries) {
      const base = { consumer, eventId: delivery.eventId, attempts: delivery.attempts };
      if (failed) {
        outcomes.push({ ...base, skipped: true });
        continue;
      }
      const envelope = envelopes.get(delivery.eventId);
      const error = envelope ? await this.send(consumer, envelope) : 'the outbox no longer has this event';
      outcomes.push({ ...base, attempts: delivery.attempts + 1, error });
      failed = error !== undefined;
    }
    return outcomes;
  }

  /** POSTs one envelope; undefined when the consumer took it, else why not. */
  private async send(consumer: string, envelope: EventEnvelope): Promise<string | undefined> {
    try {
      // Real time, not the injectable clock: the consumer checks the token against its own.
      const token = await signEventToken(envelope, consumer, this.options.secret);
      const response = await fetch(`${this.urlOf(consumer)}${EVENTS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: token, 'x-request-id': envelope.requestId || envelope.id },
        body: JSON.stringify(envelope),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (response.ok) return undefined;
      return `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`;
    }
  }

  /** Writes what the round achieved: delivered, or the next try after backoff (skipped ones with the failed one). */
  private async record(outcomes: Outcome[]): Promise<void> {
    const now = this.clock.now();
    const later = (attempts: number) => new Date(now.getTime() + retryDelay(this.retryDelaysMs, attempts));
    const failedAt = new Map(outcomes.filter((o) => o.error !== undefined && !o.skipped).map((o) => [o.consumer, later(o.attempts)]));
    const skippedOf = (consumer: string) => outcomes.filter((o) => o.skipped && o.consumer === consumer).map((o) => o.eventId);
    await eventTransaction(this.options.dataSource, async (manager) => {
      for (const [consumer, eventIds] of groupIds(outcomes.filter((o) => !o.skipped && o.error === undefined))) {
        await manager
          .createQueryBuilder()
          .update(OutboxDelivery)
          .set({ deliveredAt: now, attempts: () => 'attempts + 1', lastError: null })
          .where('consumer = :consumer AND eventId IN (:...eventIds)', { consumer, eventIds })
          .comment('outbox.delivered')
          .execute();
      }
      for (const outcome of outcomes) {
        if (outcome.error === undefined || outcome.skipped) continue;
        const where = { consumer: outcome.consumer, eventId: outcome.eventId };
        await manager.update(OutboxDelivery, where, {
          nextAttemptAt: later(outcome.attempts),
          attempts: outcome.attempts,
          lastError: outcome.error.slice(0, ERROR_LENGTH),
        });
      }
      // A consumer that failed is tried again once, at its retry: everything else of it that is due (or was
      // skipped this round) waits with it, so a service that is down costs one failed request per retry.
      for (const [consumer, retryAt] of failedAt) {
        await manager
          .createQueryBuilder()
          .update(OutboxDelivery)
          .set({ nextAttemptAt: retryAt })
          .where('consumer = :consumer AND deliveredAt IS NULL', { consumer })
          .andWhere('(nextAttemptAt <= :now OR eventId IN (:...skipped))', { now, skipped: [...skippedOf(consumer), ''] })
          .comment('outbox.holdConsumer')
          .execute();
      }
    });
    for (const outcome of outcomes) {
      if (outcome.error !== undefined && !outcome.skipped) {
        this.options.logger.warn(
          { consumer: outcome.consumer, eventId: outcome.eventId, attempts: outcome.attempts, error: outcome.error },
          'event delivery failed',
        );
      }
    }
  }
}

function groupIds(rows: { consumer: string; eventId: string }[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { consumer, eventId } of rows) groups.set(consumer, [...(groups.get(consumer) ?? []), eventId]);
  return groups;
}
