import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { newId, type Logger } from '@houqin/common';
import { recordEventConsumed } from '@houqin/observability';
import { isUniqueViolation } from '@houqin/persistence';
import { eventDefinition, parsePayload, SUBSCRIPTIONS, type EventOf, type EventType, type Subscriptions } from './catalogue';
import { eventTransaction } from './embedded';
import { envelopeIdentity, envelopeSchema, type EventEnvelope } from './envelope';
import { DeadLetter, EventAttempt, HandledEvent } from './inbox.entity';
import { ERROR_LENGTH } from './outbox.entity';
import { systemClock, type Clock } from './transport';

/** A handler: applies one event with the manager of the transaction that also records it as handled. */
export type EventHandler<T extends EventType> = (manager: EntityManager, event: EventOf<T>) => Promise<void>;
export type EventHandlers = { [T in EventType]?: EventHandler<T> };

/** Failed attempts before an event is parked as a dead letter. */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** What a consuming service handles; the same object serves NATS and internal HTTP. */
export interface ConsumerDefinition {
  service: string;
  handlers: EventHandlers;
  maxAttempts: number;
}

/**
 * Declares a consuming service's handlers, keyed by event type (payloads typed from the catalogue):
 *
 *   defineConsumer('directory', { handlers: {
 *     'finance.purchaseRequest.submitted': async (manager, event) => { … event.payload.nextApprovalLevel … },
 *   } })
 */
export function defineConsumer(service: string, options: { handlers: EventHandlers; maxAttempts?: number }): ConsumerDefinition {
  if (!/^[a-z][a-z0-9-]*$/.test(service)) throw new Error(`Consumer name ${service} must be a service name (lower case).`);
  const unknown = Object.keys(options.handlers).filter((type) => !eventDefinition(type));
  if (unknown.length) throw new Error(`${service} handles event types the catalogue does not have: ${unknown.join(', ')}`);
  return { service, handlers: options.handlers, maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS };
}

/**
 * One handler map from several (e.g. a service's notifications and its webhooks): where two handle
 * the same type, both run, in the order given, in the one transaction that records the event.
 */
export function composeHandlers(...maps: EventHandlers[]): EventHandlers {
  const composed: Partial<Record<EventType, EventHandler<EventType>[]>> = {};
  for (const map of maps)
    for (const [type, handler] of Object.entries(map) as [EventType, EventHandler<EventType>][]) (composed[type] ??= []).push(handler);
  return Object.fromEntries(
    Object.entries(composed).map(([type, handlers]) => [
      type,
      async (manager: EntityManager, event: EventOf<EventType>) => {
        for (const handler of handlers ?? []) await handler(manager, event);
      },
    ]),
  ) as EventHandlers;
}

/**
 * What became of a delivered event. `ok` tells the transport to stop redelivering it (ack, 2xx):
 * - `handled`: the handler's transaction committed, with the event id in `handled_event`;
 * - `duplicate`: it had been handled before; nothing changed;
 * - `ignored`: this service has no handler for its type;
 * - `parked`: written to `dead_letter` (it did not match the catalogue, its handler failed
 *   `maxAttempts` times, or it was parked before and awaits a replay);
 * - `failed` (not ok): the handler failed; the transport redelivers it after `retryDelay`;
 * - `unreadable` (not ok, not worth redelivering): not an envelope at all, so it cannot even be parked.
 */
export type HandleOutcome = 'handled' | 'duplicate' | 'ignored' | 'parked' | 'failed' | 'unreadable';

export interface HandleResult {
  outcome: HandleOutcome;
  ok: boolean;
  /** Failed attempts so far (for `failed` and `parked`). */
  attempts?: number;
  error?: string;
}

const clip = (text: string) => (text.length > ERROR_LENGTH ? `${text.slice(0, ERROR_LENGTH - 1)}…` : text);
const describe = (error: unknown) => clip(error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** A dead letter keeps the envelope whole unless it is too big for its column (then it cannot be replayed anyway). */
const MAX_STORED_ENVELOPE_BYTES = 60000;
const storable = (json: string) =>
  Buffer.byteLength(json) <= MAX_STORED_ENVELOPE_BYTES ? json : Buffer.from(json).subarray(0, MAX_STORED_ENVELOPE_BYTES).toString();

class AlreadyHandled extends Error {}
class AwaitingReplay extends Error {}

export interface EventConsumerDeps {
  dataSource: DataSource;
  logger: Logger;
  clock?: Clock;
}

/**
 * Applies each event once. In one transaction: record the event id in `handled_event` (a duplicate
 * key means it was handled: do nothing), then run the handler with that transaction's manager, then
 * commit. A failing handler's attempts are counted in a separate small transaction; at the limit
 * the event is parked in `dead_letter` with its error, and `replay` applies it (once) after a fix.
 */
export class EventConsumer {
  private readonly clock: Clock;

  constructor(
    readonly definition: ConsumerDefinition,
    private readonly deps: EventConsumerDeps,
  ) {
    this.clock = deps.clock ?? systemClock;
  }

  get service(): string {
    return this.definition.service;
  }

  /** The event types this service handles. */
  get types(): EventType[] {
    return Object.keys(this.definition.handlers) as EventType[];
  }

  handles(type: string): boolean {
    return type in this.definition.handlers;
  }

  /** Handles one delivery (a parsed JSON body); never throws for a bad event or a failing handler. */
  async handle(received: unknown): Promise<HandleResult> {
    const identity = envelopeIdentity(received);
    // Counted by type only for the catalogue's types: a hostile body must not invent metric labels.
    const type = identity ? (eventDefinition(identity.type) ? identity.type : 'unknown') : undefined;
    const result = await this.take(received, identity);
    const lagMs =
      result.outcome === 'handled' && identity
        ? this.clock.now().getTime() - Date.parse((received as EventEnvelope).occurredAt)
        : undefined;
    recordEventConsumed(this.service, type, result.outcome, lagMs);
    return result;
  }

  private async take(received: unknown, identity: { id: string; type: string } | null): Promise<HandleResult> {
    if (!identity) return { outcome: 'unreadable', ok: false, error: 'not an event envelope (no id and type)' };
    if (!this.handles(identity.type)) return { outcome: 'ignored', ok: true };
    const checked = this.check(received);
    if (!checked.ok) {
      await this.park(received, identity, checked.error, 0);
      return { outcome: 'parked', ok: true, attempts: 0, error: checked.error };
    }
    return this.apply(checked.envelope, null);
  }

  /**
   * Applies a parked event again, after its cause was fixed: once (the inbox still deduplicates), in
   * the same transaction that marks the dead letter replayed. A failure keeps it parked, with the new error.
   */
  async replay(deadLetterId: string): Promise<HandleResult> {
    const letter = await this.deps.dataSource.getRepository(DeadLetter).findOneBy({ id: deadLetterId });
    if (!letter) throw new Error(`No dead letter ${deadLetterId}.`);
    if (letter.replayedAt) return { outcome: 'duplicate', ok: true };
    const received = JSON.parse(letter.envelope) as unknown;
    const checked = this.check(received);
    if (!checked.ok) {
      await this.updateLetter(letter, checked.error);
      return { outcome: 'failed', ok: false, attempts: letter.attempts, error: checked.error };
    }
    return this.apply(checked.envelope, letter);
  }

  private check(received: unknown): { ok: true; envelope: EventEnvelope } | { ok: false; error: string } {
    const envelope = envelopeSchema.safeParse(received);
    if (!envelope.success) return { ok: false, error: clip(`not a valid envelope: ${envelope.error.message}`) };
    const definition = eventDefinition(envelope.data.type);
    if (!definition) return { ok: false, error: `unknown event type ${envelope.data.type}` };
    if (definition.version !== envelope.data.version) {
      return { ok: false, error: `${definition.type} v${envelope.data.version} is not in the catalogue (it has v${definition.version})` };
    }
    const payload = parsePayload(definition, envelope.data.payload);
    if (!payload.ok) return { ok: false, error: clip(payload.error) };
    return { ok: true, envelope: { ...envelope.data, payload: payload.payload } };
  }

  private async apply(envelope: EventEnvelope, letter: DeadLetter | null): Promise<HandleResult> {
    const { dataSource, logger } = this.deps;
    const handler = this.definition.handlers[envelope.type as EventType] as EventHandler<EventType>;
    try {
      await eventTransaction(dataSource, async (manager) => {
        if (!letter && (await manager.existsBy(DeadLetter, { eventId: envelope.id, replayedAt: IsNull() }))) throw new AwaitingReplay();
        try {
          await manager
            .createQueryBuilder()
            .insert()
            .into(HandledEvent)
            .values({ eventId: envelope.id, type: envelope.type, handledAt: this.clock.now() })
            .comment('inbox.record')
            .execute();
        } catch (error) {
          if (isUniqueViolation(error)) throw new AlreadyHandled();
          throw error;
        }
        await handler(manager, envelope as EventOf<EventType>);
        if (letter) await manager.update(DeadLetter, { id: letter.id }, { replayedAt: this.clock.now() });
      });
      return { outcome: 'handled', ok: true };
    } catch (error) {
      if (error instanceof AwaitingReplay) return { outcome: 'parked', ok: true };
      if (error instanceof AlreadyHandled) {
        if (letter)
          await eventTransaction(dataSource, (manager) => manager.update(DeadLetter, { id: letter.id }, { replayedAt: this.clock.now() }));
        return { outcome: 'duplicate', ok: true };
      }
      logger.warn({ err: error, eventId: envelope.id, type: envelope.type, consumer: this.service }, 'event handler failed');
      return this.failed(envelope, letter, describe(error));
    }
  }

  private async failed(envelope: EventEnvelope, letter: DeadLetter | null, error: string): Promise<HandleResult> {
    if (letter) {
      await this.updateLetter(letter, error);
      return { outcome: 'failed', ok: false, attempts: letter.attempts + 1, error };
    }
    const attempts = await this.countAttempt(envelope.id, error);
    if (attempts < this.definition.maxAttempts) return { outcome: 'failed', ok: false, attempts, error };
    await this.park(envelope, envelope, error, attempts);
    this.deps.logger.error(
      { eventId: envelope.id, type: envelope.type, consumer: this.service, attempts, error },
      'event parked as a dead letter',
    );
    return { outcome: 'parked', ok: true, attempts, error };
  }

  /** One more failed attempt, in its own transaction (the handler's rolled back); returns the count. */
  private countAttempt(eventId: string, error: string): Promise<number> {
    const now = this.clock.now();
    return eventTransaction(this.deps.dataSource, async (manager) => {
      const bumped = await manager
        .createQueryBuilder()
        .update(EventAttempt)
        .set({ attempts: () => 'attempts + 1', lastError: error, updatedAt: now })
        .where({ eventId })
        .comment('inbox.countAttempt')
        .execute();
      if (!bumped.affected) await manager.insert(EventAttempt, { eventId, attempts: 1, lastError: error, updatedAt: now });
      return (await manager.findOneByOrFail(EventAttempt, { eventId })).attempts;
    });
  }

  private async park(received: unknown, identity: { id: string; type: string }, error: string, attempts: number): Promise<void> {
    const scope = received as Partial<Pick<EventEnvelope, 'districtId' | 'schoolId'>>;
    const asId = (value: unknown) => (typeof value === 'string' && value.length <= 36 ? value : null);
    try {
      await eventTransaction(this.deps.dataSource, (manager) =>
        manager.insert(DeadLetter, {
          id: newId(),
          eventId: identity.id,
          type: identity.type.slice(0, 96),
          districtId: asId(scope.districtId),
          schoolId: asId(scope.schoolId),
          envelope: storable(JSON.stringify(received)),
          error,
          attempts,
          parkedAt: this.clock.now(),
          replayedAt: null,
        }),
      );
    } catch (failure) {
      // Parked already (a redelivery raced the first parking): keep the first letter.
      if (!isUniqueViolation(failure)) throw failure;
    }
  }

  private updateLetter(letter: DeadLetter, error: string): Promise<unknown> {
    return eventTransaction(this.deps.dataSource, (manager) =>
      manager.update(DeadLetter, { id: letter.id }, { error, attempts: letter.attempts + 1 }),
    );
  }
}

/**
 * Where SUBSCRIPTIONS and the consumers' declared handlers disagree, as sentences: a subscription
 * without a handler would make the HTTP relay deliver events nobody applies; a handler without a
 * subscription would never receive anything over HTTP. Empty when they agree.
 */
export function subscriptionProblems(consumers: ConsumerDefinition[], subscriptions: Subscriptions = SUBSCRIPTIONS): string[] {
  const problems: string[] = [];
  const declared = new Map(consumers.map((consumer) => [consumer.service, Object.keys(consumer.handlers)]));
  for (const [service, types] of Object.entries(subscriptions)) {
    const handled = declared.get(service) ?? [];
    for (const type of types ?? [])
      if (!handled.includes(type)) problems.push(`${service} is subscribed to ${type} but has no handler for it`);
  }
  for (const [service, handled] of declared) {
    for (const type of handled)
      if (!subscriptions[service]?.includes(type as EventType))
        problems.push(`${service} handles ${type} but SUBSCRIPTIONS does not list it`);
  }
  return problems;
}
