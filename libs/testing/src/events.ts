import pino from 'pino';
import { type ConsumerDefinition, EventConsumer, type EventPayload, type EventType, eventDefinition } from '@houqin/events';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import type { TestSubgraph } from './subgraph';

/**
 * Delivers one event, as another service would publish it now, to a subgraph's real consumer (its
 * handler runs in its own transaction, the inbox records it); throws unless it was handled.
 */
export async function deliverEvent<T extends EventType>(
  sub: TestSubgraph,
  consumer: ConsumerDefinition,
  type: T,
  schoolId: string | null,
  payload: EventPayload<T>,
): Promise<void> {
  const result = await new EventConsumer(consumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) }).handle({
    id: newId(),
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId,
    actor: null,
    requestId: 'test',
    payload,
  });
  if (result.outcome !== 'handled') throw new Error(`${type} was not handled: ${result.outcome} ${result.error ?? ''}`);
}
