import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { EventConsumer, type ConsumerDefinition } from './consumer';
import type { EventEnvelope } from './envelope';
import { eventDefinition, type EventPayload, type EventType } from './catalogue';

/**
 * A maker of another service's facts as its events, for a demo seed (which runs before those events
 * arrive) and for tests (which run without that service). Each envelope gets a fixed id from the
 * smallest UUIDv7 time in its `series` (a four-hex-digit run kept apart per publisher), so applying them
 * twice is a duplicate, and any event really published since is newer and wins, whichever arrives first.
 */
export function demoFactMaker(series: string, requestId: string, districtId: string) {
  let n = 0;
  return <T extends EventType>(type: T, schoolId: string | null, payload: EventPayload<T>): EventEnvelope => ({
    id: `00000000-0000-7000-${series}-${String(++n).padStart(12, '0')}`,
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date(0).toISOString(),
    districtId,
    schoolId,
    actor: null,
    requestId,
    payload,
  });
}

/** Applies such facts through a service's real consumer (idempotent); one it neither handles nor has seen throws, naming `what`. */
export async function applyDemoFacts(
  dataSource: DataSource,
  logger: Logger,
  definition: ConsumerDefinition,
  envelopes: readonly EventEnvelope[],
  what: string,
): Promise<void> {
  const consumer = new EventConsumer(definition, { dataSource, logger });
  for (const envelope of envelopes) {
    const result = await consumer.handle(envelope);
    if (result.outcome !== 'handled' && result.outcome !== 'duplicate')
      throw new Error(`The ${what} fact ${envelope.type} was not applied: ${result.outcome} ${result.error ?? ''}`);
  }
}
