import type { EntityManager } from 'typeorm';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { SafetyZone, SafetyZoneRoom } from './zone.entity';

/** Zones as the viewer may read them: the schools where they hold a role, every school for the district. */
export const zoneReader = (ctx: ReadContext) => new ScopedReader(ctx, SafetyZone, 'SafetyZone', 'z');

/** The zones' hand-written SQL (printed to apps/safety/sql/zone.sql). */
export const zoneSql = defineSqlStore(
  'zone',
  {
    /** The zones of a school, by name (keyset-paged on the id by the caller). */
    ofSchool: (m: EntityManager, zones: ScopedReader<SafetyZone>, schoolId: string, active: boolean | null) => {
      const qb = zones.query(m).andWhere('z.schoolId = :schoolId', { schoolId });
      if (active != null) qb.andWhere('z.active = :active', { active });
      return qb;
    },
    /** Which of `roomIds` are already in a zone other than `zoneId` (a room is in at most one zone). */
    roomsTaken: (m: EntityManager, roomIds: readonly string[], zoneId: string) =>
      m
        .getRepository(SafetyZoneRoom)
        .createQueryBuilder('zr')
        .innerJoin(SafetyZone, 'z', 'z.id = zr.zoneId')
        .select(['zr.roomId AS roomId', 'z.name AS zoneName'])
        .where('zr.roomId IN (:...roomIds) AND zr.zoneId <> :zoneId', { roomIds, zoneId }),
    /** The rooms of the zones (batched over a page of zones). */
    roomsOf: (m: EntityManager, zoneIds: readonly string[]) =>
      m.getRepository(SafetyZoneRoom).createQueryBuilder('zr').where('zr.zoneId IN (:...zoneIds)', { zoneIds }).orderBy('zr.roomId'),
    /** Which zone each of the rooms is in (batched over a page of rooms). */
    zonesOfRooms: (m: EntityManager, roomIds: readonly string[]) =>
      m.getRepository(SafetyZoneRoom).createQueryBuilder('zr').where('zr.roomId IN (:...roomIds)', { roomIds }),
    /** The zone a room is in, if any. */
    zoneOfRoom: (m: EntityManager, roomId: string) =>
      m.getRepository(SafetyZoneRoom).createQueryBuilder('zr').where('zr.roomId = :roomId', { roomId }),
    /** Frees a zone's rooms (before listing them anew, or when it retires). */
    clearRooms: (m: EntityManager, zoneId: string) =>
      m.createQueryBuilder().delete().from(SafetyZoneRoom).where('zoneId = :zoneId', { zoneId }),
  },
  {
    ofSchool: [zoneReader(exampleRequest(Role.SAFETY_OFFICER)), 'school-1', true],
    roomsTaken: [['room-1', 'room-2'], 'zone-1'],
    roomsOf: [['zone-1', 'zone-2']],
    zonesOfRooms: [['room-1', 'room-2']],
    zoneOfRoom: ['room-1'],
    clearRooms: ['zone-1'],
  },
);
