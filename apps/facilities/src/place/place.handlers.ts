import { KnownCampus } from '@houqin/directory-copy';
import type { EventHandlers } from '@houqin/events';
import { PlaceService } from './place.service';

/**
 * What places does with the directory's events: a campus moved to another school (a merger) takes
 * its buildings and rooms along — the same rows get the new school (ids and QR codes stay, nothing is
 * copied). Composed after the directory copy's handlers in events/facilities.consumer.ts, it follows
 * the copy's campus (so an older move delivered late does not move them back); assets and meters in
 * those rooms are moved by their own handlers after this one.
 */
export const placeHandlers: EventHandlers = {
  'directory.campus.moved': async (manager, { payload }) => {
    const campus = await manager.findOne(KnownCampus, { where: { campusId: payload.campusId } });
    await PlaceService.moveCampus(manager, payload.campusId, campus?.schoolId ?? payload.toSchoolId);
  },
};
