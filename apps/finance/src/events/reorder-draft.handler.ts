import type { EntityManager } from 'typeorm';
import type { EventHandlers, EventOf } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import { draftFromReorder } from '../purchase/purchase.drafts';

/**
 * A storeroom's reorder list (facilities.reorder.requested) becomes one DRAFT purchase request for
 * its requester to submit (purchase/purchase.drafts.ts), once: the inbox records the event in the
 * same transaction, and a replay under a new id finds the draft by its source.
 */
export const reorderDraftHandlers: EventHandlers = {
  'facilities.reorder.requested': async (manager: EntityManager, event: EventOf<'facilities.reorder.requested'>) => {
    const actor: Actor = { viewer: null, requestId: `event:${event.id}` };
    await draftFromReorder(manager, actor, { districtId: event.districtId, payload: event.payload });
  },
};
