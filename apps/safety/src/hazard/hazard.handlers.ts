import type { EventHandlers } from '@houqin/events';
import { endHazardRepair } from './hazard.service';

/**
 * What hazard/ does with other services' events: a facilities work order opened for a hazard (source
 * HAZARD, sourceRef the hazard) closed: the repair is recorded as the rectification, or, rejected, the
 * hazard goes back to its rectifier. Once: only while the hazard waits for that work order. Composed
 * in events/safety.consumer.ts.
 */
export const hazardHandlers: EventHandlers = {
  'facilities.workOrder.closed': async (manager, envelope) => {
    const { payload } = envelope;
    if (payload.source !== 'HAZARD' || !payload.sourceRef) return;
    await endHazardRepair(
      manager,
      { viewer: null, requestId: `event:${envelope.id}` },
      {
        hazardId: payload.sourceRef,
        workOrderId: payload.workOrderId,
        outcome: payload.outcome,
        finishedAt: payload.finishedAt,
        comment: payload.comment,
      },
    );
  },
};
