import type { EventHandlers } from '@houqin/events';
import { applyFacts } from '@houqin/directory-copy';
import { KnownRoom } from './known-room.entity';
import { roomCopySql } from './room-copy.store';

/** Facilities' room facts safety keeps (zones, hazards and rounds check a room is their school's), each event applied once. */
export const roomCopyHandlers: EventHandlers = {
  'facilities.room.changed': async (manager, { id, districtId, payload }) => {
    await applyFacts(
      manager,
      KnownRoom,
      'roomId',
      {
        roomId: payload.roomId,
        districtId,
        campusId: payload.campusId,
        buildingId: payload.buildingId,
        name: payload.name,
        kind: payload.kind,
        lastEventId: id,
        updatedAt: new Date(),
      },
      roomCopySql.room,
    );
  },
};
