import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Building, Room } from './place.entity';

/** Buildings of the viewer's schools (the whole district for district roles). */
export const buildingReader = (ctx: ReadContext) => new ScopedReader(ctx, Building, 'Building', 'bld');

/** Rooms of the viewer's schools (the whole district for district roles). */
export const roomReader = (ctx: ReadContext) => new ScopedReader(ctx, Room, 'Room', 'room');

/** Places' hand-written SQL (printed to apps/facilities/sql/place.sql). */
export const placeSql = defineSqlStore(
  'place',
  {
    /** The rooms of a page of buildings (Building.rooms): one statement. */
    roomsOf: (m, rooms: ScopedReader<Room>, buildingIds: readonly string[]) =>
      rooms
        .query(m)
        .andWhere('room.buildingId IN (:...buildingIds)', { buildingIds })
        .orderBy('room.floor', 'ASC')
        .addOrderBy('room.number', 'ASC'),
  },
  {
    roomsOf: [roomReader(exampleRequest()), ['building-1', 'building-2']],
  },
);
