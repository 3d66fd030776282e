import type { EntityManager } from 'typeorm';
import type { EventHandlers } from '@houqin/events';
import { disposalSql } from './disposal.store';

/**
 * Waiting disposal requests follow their asset to another school (a campus moved, 校区划转): after
 * places moved the rooms and assets moved with them (placeHandlers, assetHandlers run first), each
 * request still PENDING_APPROVAL of an asset now owned by another school takes that school, so its
 * leaders decide it (the levels it was filed with stay). Decided requests stay with the school that
 * decided them (and finance's write-off with its books). Returns how many moved.
 */
export async function moveWaitingDisposalsWithCampus(manager: EntityManager, campusId: string): Promise<number> {
  // One row per request (a request has one asset, an asset one room): raw[i] is entities[i]'s.
  const { entities, raw } = await disposalSql.strayedWaiting(manager, campusId).getRawAndEntities<{ target: string }>();
  for (const [i, disposal] of entities.entries()) await disposalSql.toSchool(manager, disposal.id, raw[i].target).execute();
  return entities.length;
}

/** What disposal/ does with the directory's events (composed after assetHandlers in events/facilities.consumer.ts). */
export const disposalHandlers: EventHandlers = {
  'directory.campus.moved': async (manager, { payload }) => {
    await moveWaitingDisposalsWithCampus(manager, payload.campusId);
  },
};
