import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Building, Department, Room, RoomKind } from './place.entity';
import type { BuildingFilter, RoomFilter } from './place.inputs';

/**
 * Who reads places, on top of the tenancy scope: every staff member of the school and the district's
 * readers (readPlaces); a parents' committee member sees none.
 */
export function placeReaders<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readPlaces);
  if (schools === 'district') return;
  if (!schools.length) qb.andWhere('1 = 0');
  else qb.andWhere(`${alias}.schoolId IN (:...placeReadableSchools)`, { placeReadableSchools: schools });
}

/** Buildings of the viewer's schools (the whole district for district roles). */
export const buildingReader = (ctx: ReadContext) => new ScopedReader(ctx, Building, 'Building', 'bld', { visibility: placeReaders });

/** Rooms of the viewer's schools (the whole district for district roles). */
export const roomReader = (ctx: ReadContext) => new ScopedReader(ctx, Room, 'Room', 'room', { visibility: placeReaders });

/** Departments of the viewer's schools (the whole district for district roles). */
export const departmentReader = (ctx: ReadContext) => new ScopedReader(ctx, Department, 'Department', 'dep', { visibility: placeReaders });

/** Places' hand-written SQL (printed to apps/facilities/sql/place.sql). */
export const placeSql = defineSqlStore(
  'place',
  {
    /** Buildings in scope, narrowed by school and campus (buildings(filter)). */
    buildings: (m, buildings: ScopedReader<Building>, filter: BuildingFilter) => {
      const qb = buildings.query(m);
      if (filter.schoolId) qb.andWhere('bld.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.campusId) qb.andWhere('bld.campusId = :campusId', { campusId: filter.campusId.toLowerCase() });
      return qb;
    },
    /** Rooms in scope, narrowed by school, campus, building, kind and a text in the number or name (rooms(filter)). */
    rooms: (m, rooms: ScopedReader<Room>, filter: RoomFilter) => {
      const qb = rooms.query(m);
      if (filter.schoolId) qb.andWhere('room.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.campusId) qb.andWhere('room.campusId = :campusId', { campusId: filter.campusId.toLowerCase() });
      if (filter.buildingId) qb.andWhere('room.buildingId = :buildingId', { buildingId: filter.buildingId.toLowerCase() });
      if (filter.kind) qb.andWhere('room.kind = :kind', { kind: filter.kind });
      if (filter.search) {
        const [byNumber, numberParams] = likeContains('room.number', 'searchNumber', filter.search);
        const [byName, nameParams] = likeContains('room.name', 'searchName', filter.search);
        qb.andWhere(`(${byNumber} OR ${byName})`, { ...numberParams, ...nameParams });
      }
      return qb;
    },
    /** The rooms of a page of buildings (Building.rooms, Building.floors): one statement. */
    roomsOf: (m, rooms: ScopedReader<Room>, buildingIds: readonly string[]) =>
      rooms
        .query(m)
        .andWhere('room.buildingId IN (:...buildingIds)', { buildingIds })
        .orderBy('room.floor', 'ASC')
        .addOrderBy('room.number', 'ASC'),
    /** The buildings of a page of campuses (Campus.buildings): one statement. */
    buildingsOfCampuses: (m, buildings: ScopedReader<Building>, campusIds: readonly string[]) =>
      buildings.query(m).andWhere('bld.campusId IN (:...campusIds)', { campusIds }).orderBy('bld.name', 'ASC'),
    /** The rooms of a page of campuses (Campus.rooms): one statement. */
    roomsOfCampuses: (m, rooms: ScopedReader<Room>, campusIds: readonly string[]) =>
      rooms
        .query(m)
        .andWhere('room.campusId IN (:...campusIds)', { campusIds })
        .orderBy('room.buildingId', 'ASC')
        .addOrderBy('room.floor', 'ASC')
        .addOrderBy('room.number', 'ASC'),
    /** Buildings per school of a page of schools (School.placeCounts): one statement. */
    buildingCounts: (m, buildings: ScopedReader<Building>, schoolIds: readonly string[]) =>
      buildings
        .query(m)
        .select('bld.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'count')
        .andWhere('bld.schoolId IN (:...schoolIds)', { schoolIds })
        .groupBy('bld.schoolId'),
    /** Rooms per school of a page of schools (School.placeCounts): one statement. */
    roomCounts: (m, rooms: ScopedReader<Room>, schoolIds: readonly string[]) =>
      rooms
        .query(m)
        .select('room.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'count')
        .andWhere('room.schoolId IN (:...schoolIds)', { schoolIds })
        .groupBy('room.schoolId'),
    /** The room a scanned QR code names, in scope (roomByQrCode). */
    roomByQrCode: (m, rooms: ScopedReader<Room>, qrCode: string) => rooms.query(m).andWhere('room.qrCode = :qrCode', { qrCode }),
    /**
     * A building's row locked for the transaction (a room placed on a floor, the building's floors
     * changed): serialises them, so a building never loses a floor a room is being put on.
     */
    lockBuilding: (m, buildingId: string) => {
      const qb = m.createQueryBuilder(Building, 'bld').where('bld.id = :buildingId', { buildingId });
      return lockRows(qb);
    },
    /**
     * The floors a building's rooms are on (a building losing floors must keep them): a locking read,
     * so it sees rooms committed since the transaction's first read (after `lockBuilding`).
     */
    roomFloors: (m, buildingId: string) => {
      const qb = m
        .createQueryBuilder(Room, 'room')
        .select('DISTINCT room.floor', 'floor')
        .where('room.buildingId = :buildingId', { buildingId });
      return lockRows(qb, 'pessimistic_read');
    },
    /** Departments in scope of a school, by name (departments(schoolId)). */
    departments: (m, departments: ScopedReader<Department>, schoolId: string | null) => {
      const qb = departments.query(m);
      if (schoolId) qb.andWhere('dep.schoolId = :schoolId', { schoolId: schoolId.toLowerCase() });
      return qb;
    },
    /** A campus moved to another school (directory.campus.moved): its buildings follow it (the same rows). */
    moveCampusBuildings: (m, campusId: string, schoolId: string) =>
      m.createQueryBuilder().update(Building).set({ schoolId }).where('campusId = :campusId', { campusId }),
    /** A campus moved to another school: its rooms follow it (the same rows, the same QR codes). */
    moveCampusRooms: (m, campusId: string, schoolId: string) =>
      m.createQueryBuilder().update(Room).set({ schoolId }).where('campusId = :campusId', { campusId }),
  },
  {
    buildings: [buildingReader(exampleRequest()), { schoolId: 'school-1', campusId: 'campus-1' }],
    rooms: [
      roomReader(exampleRequest()),
      { schoolId: 'school-1', campusId: 'campus-1', buildingId: 'building-1', kind: RoomKind.STOREROOM, search: '302' },
    ],
    roomsOf: [roomReader(exampleRequest()), ['building-1', 'building-2']],
    buildingsOfCampuses: [buildingReader(exampleRequest()), ['campus-1', 'campus-2']],
    roomsOfCampuses: [roomReader(exampleRequest()), ['campus-1', 'campus-2']],
    buildingCounts: [buildingReader(exampleRequest()), ['school-1', 'school-2']],
    roomCounts: [roomReader(exampleRequest()), ['school-1', 'school-2']],
    roomByQrCode: [roomReader(exampleRequest()), 'AbCdEfGh-_12'],
    lockBuilding: ['building-1'],
    roomFloors: ['building-1'],
    departments: [departmentReader(exampleRequest()), 'school-1'],
    moveCampusBuildings: ['campus-1', 'school-2'],
    moveCampusRooms: ['campus-1', 'school-2'],
  },
);
