import type { EntityManager } from 'typeorm';
import { KnownCampus, updateIfNewer, type Facts } from '@houqin/directory-copy';
import { defineSqlStore } from '@houqin/persistence';
import { KnownRoom } from './known-room.entity';

/** The room copy's hand-written SQL (printed to apps/safety/sql/roomCopy.sql). */
export const roomCopySql = defineSqlStore(
  'roomCopy',
  {
    /** A room's facts from `facilities.room.changed`, unless a newer event was applied. */
    room: (m, facts: Facts<KnownRoom>) => updateIfNewer(m, KnownRoom, 'roomId', facts),
    /** The rooms among `roomIds` on a campus of the school (a room of another school, or unknown, is missing). */
    roomsOfSchool: (m: EntityManager, schoolId: string, roomIds: readonly string[]) =>
      m
        .getRepository(KnownRoom)
        .createQueryBuilder('r')
        .innerJoin(KnownCampus, 'c', 'c.campusId = r.campusId')
        .where('c.schoolId = :schoolId AND r.roomId IN (:...roomIds)', { schoolId, roomIds }),
  },
  {
    room: [
      {
        roomId: 'room-1',
        districtId: 'district-1',
        campusId: 'campus-1',
        buildingId: 'building-1',
        name: 'Class 3-2',
        kind: 'CLASSROOM',
        lastEventId: 'event-2',
        updatedAt: new Date(0),
      },
    ],
    roomsOfSchool: ['school-1', ['room-1', 'room-2']],
  },
);
