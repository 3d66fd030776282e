import type { EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import type { Actor } from '@houqin/persistence';
import { parsePayload } from './catalogue';
import type { EventEnvelope } from './envelope';
import type { EventDefinition, PayloadOf } from './event-definition';
import { OutboxEvent } from './outbox.entity';

/** Largest payload an event may carry (JSON bytes): ids and facts, never rows or files. */
export const MAX_PAYLOAD_BYTES = 16 * 1024;

/** Marks the transaction's query runner so the relay is woken when it commits (see `OutboxRelay`). */
export const OUTBOX_WRITTEN = 'houqin.outboxWritten';

export interface PublishOptions<P> {
  districtId: string;
  /** The school the event is about; null for district-wide facts. */
  schoolId: string | null;
  payload: P;
  /** When it happened; now by default (a scheduled job passes its tick). */
  occurredAt?: Date;
}

/**
 * Records an event in the caller's transaction (the outbox) and returns its envelope. The relay
 * delivers it after the transaction commits; if the transaction rolls back, the event never existed.
 * A payload that does not match the catalogue, or a call outside a transaction, is a programming
 * error and throws (rolling the caller's change back with it).
 */
export async function publishEvent<D extends EventDefinition>(
  manager: EntityManager,
  actor: Actor,
  definition: D,
  options: PublishOptions<PayloadOf<D>>,
): Promise<EventEnvelope<PayloadOf<D>>> {
  const [envelope] = await publishEvents(manager, actor, definition, [options]);
  return envelope;
}

/** Rows of one multi-row INSERT into the outbox: well under every driver's limit of bound values. */
const EVENTS_PER_INSERT = 100;

/**
 * `publishEvent` for many events of one type in one transaction (a bulk import's rows), each
 * checked and recorded as `publishEvent` records one, `EVENTS_PER_INSERT` per statement, in order.
 */
export async function publishEvents<D extends EventDefinition>(
  manager: EntityManager,
  actor: Actor,
  definition: D,
  events: readonly PublishOptions<PayloadOf<D>>[],
): Promise<EventEnvelope<PayloadOf<D>>[]> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error(`publishEvent(${definition.type}) needs the transaction of the change it describes.`);
  const recorded = events.map((options) => {
    const parsed = parsePayload(definition, options.payload);
    if (!parsed.ok) throw new Error(parsed.error);
    const payload = JSON.stringify(parsed.payload);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`${definition.type} payload is over ${MAX_PAYLOAD_BYTES} bytes.`);
    const envelope: EventEnvelope<PayloadOf<D>> = {
      id: newId(),
      type: definition.type,
      version: definition.version,
      occurredAt: (options.occurredAt ?? new Date()).toISOString(),
      districtId: options.districtId,
      schoolId: options.schoolId,
      actor: actor.viewer ? { accountId: actor.viewer.accountId, staffId: actor.viewer.staffId ?? null } : null,
      requestId: actor.requestId.slice(0, 64),
      payload: parsed.payload,
    };
    const row = {
      id: envelope.id,
      type: envelope.type,
      version: envelope.version,
      occurredAt: new Date(envelope.occurredAt),
      districtId: envelope.districtId,
      schoolId: envelope.schoolId,
      actor: envelope.actor ? JSON.stringify(envelope.actor) : null,
      requestId: envelope.requestId,
      payload,
      publishedAt: null,
    };
    return { envelope, row };
  });
  for (let i = 0; i < recorded.length; i += EVENTS_PER_INSERT) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEvent)
      .values(recorded.slice(i, i + EVENTS_PER_INSERT).map((r) => r.row))
      .comment('outbox.record')
      .execute();
  }
  if (recorded.length) runner.data = { ...runner.data, [OUTBOX_WRITTEN]: true };
  return recorded.map((r) => r.envelope);
}

/** The envelope an outbox row stands for. */
export function envelopeOf(row: OutboxEvent): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    occurredAt: row.occurredAt.toISOString(),
    districtId: row.districtId,
    schoolId: row.schoolId,
    actor: row.actor ? (JSON.parse(row.actor) as EventEnvelope['actor']) : null,
    requestId: row.requestId,
    payload: JSON.parse(row.payload) as unknown,
  };
}
