import 'reflect-metadata';
import Module from 'node:module';
import { newId } from '@houqin/common';
import { runSubgraph } from '@houqin/subgraph-kit';
import type { EventEnvelope, PublishOptions } from '@houqin/events';
import type * as Finance from '@houqin/finance';

/**
 * The finance subgraph as `apps/finance/src/main.ts` runs it, except that the `publishEvent`
 * its services import does nothing: no payload check, no outbox row, so the relay has nothing to
 * publish. Only the events bench (tools/bench/events.ts) starts it, to time the same mutation with and
 * without its event; no service has a switch that turns publishing off.
 */

type Load = (request: string, parent: { filename?: string } | null | undefined, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const load = loader._load;

/** Stands in for `publishEvent`: returns the envelope it would have recorded, records nothing. */
async function skipPublish(
  _manager: unknown,
  actor: { requestId: string },
  definition: { type: string; version: number },
  options: PublishOptions<unknown>,
): Promise<EventEnvelope> {
  return {
    id: newId(),
    type: definition.type,
    version: definition.version,
    occurredAt: (options.occurredAt ?? new Date()).toISOString(),
    districtId: options.districtId,
    schoolId: options.schoolId,
    actor: null,
    requestId: actor.requestId,
    payload: options.payload,
  };
}

loader._load = function (request, parent, isMain) {
  const loaded = load.call(this, request, parent, isMain);
  // Only finance's own modules get the stand-in; the events library and everything else are untouched.
  if (request !== '@houqin/events' || !parent?.filename?.includes('/apps/finance/src/')) return loaded;
  return new Proxy(loaded as object, {
    get: (target, property, receiver) => (property === 'publishEvent' ? skipPublish : Reflect.get(target, property, receiver)),
  });
};

// What apps/finance/src/main.ts does, with finance loaded after the hook is in place (an import
// statement would be hoisted before it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const finance = require('@houqin/finance') as typeof Finance;
void runSubgraph(finance.createFinanceSubgraph(), finance.loadFinanceConfig());
