import type { EntityManager } from 'typeorm';
import { createLogger } from '@houqin/common';
import { DirectoryCopyService } from '@houqin/directory-copy';
import type { EventHandlers, EventOf } from '@houqin/events';
import type { FacilitiesContext } from '../context';
import { PlaceService } from '../place/place.service';
import { StoreroomService } from '../storeroom/storeroom.service';
import { ReorderService } from './reorder.service';

const logger = createLogger('facilities', process.env.LOG_LEVEL ?? 'info');

/**
 * Finance received goods of a purchase request (finance.purchaseRequest.received): the lines drafted
 * from a reorder (sourceItemId) go into that reorder's storeroom, once — the consumer records the
 * event in the same transaction, so a redelivered event changes nothing. The system acts: no viewer,
 * the audit entries carry the event's request id.
 */
export const reorderHandlers: EventHandlers = {
  'finance.purchaseRequest.received': async (manager: EntityManager, event: EventOf<'finance.purchaseRequest.received'>) => {
    const at = new Date(event.occurredAt);
    const ctx = {
      viewer: null,
      requestId: `event:${event.id}`,
      logger,
      dataSource: manager.connection,
      now: () => at,
    } as FacilitiesContext;
    ctx.directoryCopy = new DirectoryCopyService(ctx);
    ctx.places = new PlaceService(ctx);
    ctx.storeroom = new StoreroomService(ctx);
    const { payload } = event;
    await new ReorderService(ctx).receiveFromFinance(manager, {
      eventId: event.id,
      schoolId: event.schoolId ?? '',
      purchaseRequestId: payload.purchaseRequestId,
      sourceService: payload.sourceService,
      sourceRef: payload.sourceRef,
      receivedAt: at,
      lines: payload.lines,
    });
  },
};
