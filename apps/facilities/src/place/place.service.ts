import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, newId, notFound, parseId } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { facilitiesEvents, publishEvents } from '@houqin/events';
import { type Actor, groupedLoader, isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { facilitiesPublicUrl } from './place.config';
import { Building, Department, Room, type RoomKind } from './place.entity';
import type {
  BuildingFilter,
  CreateBuildingInput,
  CreateDepartmentInput,
  CreateRoomInput,
  RenameDepartmentInput,
  RoomFilter,
  UpdateBuildingInput,
  UpdateRoomInput,
} from './place.inputs';
import {
  CAMPUS_ROOMS_SHOWN,
  checkBuildingHasRoom,
  checkCampusHasRoom,
  checkCapacity,
  checkDepartmentCode,
  checkFloorIn,
  checkFloors,
  checkFloorsKeepRooms,
  checkRoomNumber,
  floorsOf,
  isQrCode,
  MAX_BUILDINGS_PER_CAMPUS,
  MAX_ROOMS_PER_BUILDING,
  newQrCode,
  normalDepartmentCode,
  normalRoomNumber,
  qrLink,
} from './place.rules';
import { buildingReader, departmentReader, placeSql, roomReader } from './place.store';
import type { BuildingFloor, SchoolPlaceCounts } from './place.types';

/**
 * Buildings (楼宇), rooms (房间) with their QR codes, and departments (部门/处室). Other concepts check
 * the rooms and departments their inputs name through `requireRoomOf` / `requireDepartmentOf` (an
 * asset's room, a requisition's room or department, a stocktake's scope, a storeroom). At `ctx.places`.
 */
export class PlaceService {
  /** Buildings in the viewer's scope (readPlaces): `byId` for field and reference resolvers. */
  readonly buildings: ScopedReader<Building>;
  /** Rooms in the viewer's scope (readPlaces). */
  readonly rooms: ScopedReader<Room>;
  /** Departments in the viewer's scope (readPlaces). */
  readonly departments: ScopedReader<Department>;
  private roomsLoader?: DataLoader<string, Room[]>;
  private campusBuildingsLoader?: DataLoader<string, Building[]>;
  private campusRoomsLoader?: DataLoader<string, Room[]>;
  private countsLoader?: DataLoader<string, SchoolPlaceCounts>;

  constructor(private readonly ctx: FacilitiesContext) {
    this.buildings = buildingReader(ctx);
    this.rooms = roomReader(ctx);
    this.departments = departmentReader(ctx);
  }

  // ── Checks for other concepts (in the caller's transaction; the caller checked permissions) ─────────

  /**
   * The room an input names (`field`), which must be a room of `schoolId`: BAD_USER_INPUT on `field`
   * for an unknown id or a room of another school (a caller learns nothing of other schools' rooms).
   * With `kind`, the room must be of that kind (a storeroom). Read in the mutation's transaction.
   */
  async requireRoomOf(manager: EntityManager, schoolId: string, roomId: string, field: string, kind?: RoomKind): Promise<Room> {
    const id = parseId(roomId, field);
    const room = await manager.findOne(Room, { where: { id } });
    if (!room || room.schoolId !== schoolId) throw badInput(field, `${field} does not name a room of the school.`);
    if (kind && room.kind !== kind) throw badInput(field, `${field} names a room that is not a ${kind.toLowerCase()}.`);
    return room;
  }

  /**
   * The department an input names (`field`), which must be a department of `schoolId`: BAD_USER_INPUT
   * on `field` for an unknown id or another school's department. Read in the mutation's transaction.
   */
  async requireDepartmentOf(manager: EntityManager, schoolId: string, departmentId: string, field: string): Promise<Department> {
    const id = parseId(departmentId, field);
    const department = await manager.findOne(Department, { where: { id } });
    if (!department || department.schoolId !== schoolId) throw badInput(field, `${field} does not name a department of the school.`);
    return department;
  }

  /** A room's QR link (the console's page for it): `<FACILITIES_PUBLIC_URL>/r/<qrCode>`. */
  qrPayload(room: Room): string {
    return qrLink(facilitiesPublicUrl(), room.qrCode);
  }

  // ── Reads ─────────────────────────────────────────────────────────────────────────────────────

  listBuildings(filter: BuildingFilter, page: PageArgs): Promise<Page<Building>> {
    requirePermission(this.ctx.viewer, P.readPlaces);
    return paginate(placeSql.buildings(this.ctx.dataSource.manager, this.buildings, filter), page);
  }

  getBuilding(id: string): Promise<Building> {
    requirePermission(this.ctx.viewer, P.readPlaces);
    return this.buildings.get(id);
  }

  listRooms(filter: RoomFilter, page: PageArgs): Promise<Page<Room>> {
    requirePermission(this.ctx.viewer, P.readPlaces);
    return paginate(placeSql.rooms(this.ctx.dataSource.manager, this.rooms, filter), page);
  }

  getRoom(id: string): Promise<Room> {
    requirePermission(this.ctx.viewer, P.readPlaces);
    return this.rooms.get(id);
  }

  /** The room a scanned QR code names: NOT_FOUND unless it is a room of one of the viewer's schools. */
  async byQrCode(code: string): Promise<Room> {
    requirePermission(this.ctx.viewer, P.readPlaces);
    const text = code.trim();
    if (!isQrCode(text)) throw badInput('code', 'code must be the 12 characters after /r/ in a room’s QR link.');
    const room = await placeSql.roomByQrCode(this.ctx.dataSource.manager, this.rooms, text).getOne();
    if (!room) throw notFound('Room', text);
    return room;
  }

  listDepartments(schoolId: string | null, page: PageArgs): Promise<Page<Department>> {
    requirePermission(this.ctx.viewer, P.readPlaces);
    return paginate(placeSql.departments(this.ctx.dataSource.manager, this.departments, schoolId), page);
  }

  /** A building's rooms, floor and number order; batched over a page of buildings. */
  roomsOf(buildingId: string): Promise<Room[]> {
    this.roomsLoader ??= groupedLoader(
      (ids) => placeSql.roomsOf(this.ctx.dataSource.manager, this.rooms, ids).getMany(),
      (room) => room.buildingId,
    );
    return this.roomsLoader.load(buildingId).then((rooms) => rooms.slice(0, MAX_ROOMS_PER_BUILDING));
  }

  /** A building's floors, top first, each with its rooms (the same batched read as `roomsOf`). */
  async floorsOf(building: Building): Promise<BuildingFloor[]> {
    return floorsOf(building, await this.roomsOf(building.id));
  }

  /** A campus's buildings in the viewer's scope (none outside it); one statement over a page of campuses. */
  buildingsOfCampus(campusId: string): Promise<Building[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    this.campusBuildingsLoader ??= groupedLoader(
      (ids) => placeSql.buildingsOfCampuses(this.ctx.dataSource.manager, this.buildings, ids).getMany(),
      (building) => building.campusId,
    );
    return this.campusBuildingsLoader.load(campusId).then((buildings) => buildings.slice(0, MAX_BUILDINGS_PER_CAMPUS));
  }

  /** A campus's rooms in the viewer's scope (none outside it), at most CAMPUS_ROOMS_SHOWN; one statement over a page of campuses. */
  roomsOfCampus(campusId: string): Promise<Room[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    this.campusRoomsLoader ??= groupedLoader(
      (ids) => placeSql.roomsOfCampuses(this.ctx.dataSource.manager, this.rooms, ids).getMany(),
      (room) => room.campusId,
    );
    return this.campusRoomsLoader.load(campusId).then((rooms) => rooms.slice(0, CAMPUS_ROOMS_SHOWN));
  }

  /** A school's buildings and rooms counted (0 and 0 outside the viewer's scope); two statements over a page of schools. */
  countsOfSchool(schoolId: string): Promise<SchoolPlaceCounts> {
    if (!this.ctx.viewer) return Promise.resolve({ buildings: 0, rooms: 0 });
    this.countsLoader ??= new DataLoader<string, SchoolPlaceCounts>(async (ids) => {
      const m = this.ctx.dataSource.manager;
      const [buildings, rooms] = await Promise.all([
        placeSql.buildingCounts(m, this.buildings, ids).getRawMany<{ schoolId: string; count: string | number }>(),
        placeSql.roomCounts(m, this.rooms, ids).getRawMany<{ schoolId: string; count: string | number }>(),
      ]);
      const count = (rows: { schoolId: string; count: string | number }[], id: string) =>
        Number(rows.find((row) => row.schoolId === id)?.count ?? 0);
      return ids.map((id) => ({ buildings: count(buildings, id), rooms: count(rooms, id) }));
    });
    return this.countsLoader.load(schoolId);
  }

  // ── Mutations ─────────────────────────────────────────────────────────────────────────────────

  /** Registers a building on a campus of the school. */
  async createBuilding(input: CreateBuildingInput): Promise<Building> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.createBuilding, schoolId);
    const floorsBelow = input.floorsBelow ?? 0;
    checkFloors(input.floorsAbove, floorsBelow);
    return this.ctx.dataSource.transaction(async (manager) => {
      const directory = this.ctx.directoryCopy;
      await directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const campus = await directory.requireCampusOf(manager, schoolId, input.campusId, 'campusId');
      const building = manager.create(Building, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        campusId: campus.campusId,
        name: input.name,
        floorsAbove: input.floorsAbove,
        floorsBelow,
      });
      if (await manager.existsBy(Building, { campusId: campus.campusId, name: input.name })) throw buildingNameTaken(input.name);
      checkCampusHasRoom(await manager.countBy(Building, { campusId: campus.campusId }));
      try {
        await manager.insert(Building, building);
      } catch (error) {
        if (isUniqueViolation(error)) throw buildingNameTaken(input.name);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'building.create',
        entityType: 'Building',
        entityId: building.id,
        districtId: viewer.districtId,
        schoolId,
        changes: { campusId: campus.campusId, name: input.name, floorsAbove: input.floorsAbove, floorsBelow },
      });
      return manager.findOneOrFail(Building, { where: { id: building.id } });
    });
  }

  /** Renames a building or changes its floors (never leaving a room outside them); the version read. */
  async updateBuilding(input: UpdateBuildingInput): Promise<Building> {
    requirePermission(this.ctx.viewer, P.updateBuilding);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.buildings.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateBuilding, current.schoolId);
      const changes: Partial<Building> = {};
      if (input.name != null && input.name !== current.name) {
        if (await manager.existsBy(Building, { campusId: current.campusId, name: input.name })) throw buildingNameTaken(input.name);
        changes.name = input.name;
      }
      const floorsAbove = input.floorsAbove ?? current.floorsAbove;
      const floorsBelow = input.floorsBelow ?? current.floorsBelow;
      if (floorsAbove !== current.floorsAbove || floorsBelow !== current.floorsBelow) {
        checkFloors(floorsAbove, floorsBelow);
        await placeSql.lockBuilding(manager, current.id).getOne();
        const floors = await placeSql.roomFloors(manager, current.id).getRawMany<{ floor: number | string }>();
        checkFloorsKeepRooms(
          floorsAbove,
          floorsBelow,
          floors.map((row) => Number(row.floor)),
        );
        changes.floorsAbove = floorsAbove;
        changes.floorsBelow = floorsBelow;
      }
      try {
        return await saveEdit(manager, this.ctx, {
          entity: Building,
          typeName: 'Building',
          current,
          version: input.version,
          changes,
          audit: { action: 'building.update', schoolId: current.schoolId },
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw buildingNameTaken(input.name ?? current.name);
        throw error;
      }
    });
  }

  /** Registers a room on a floor of a building, with a new random QR code. */
  async createRoom(input: CreateRoomInput): Promise<Room> {
    requirePermission(this.ctx.viewer, P.createRoom);
    const number = normalRoomNumber(input.number);
    checkRoomNumber(number);
    checkCapacity(input.capacity);
    return this.ctx.dataSource.transaction(async (manager) => {
      const seen = await this.buildings.getIn(manager, input.buildingId, 'buildingId');
      requirePermission(this.ctx.viewer, P.createRoom, seen.schoolId);
      const building = (await placeSql.lockBuilding(manager, seen.id).getOne())!;
      checkFloorIn(building, input.floor);
      if (await manager.existsBy(Room, { buildingId: building.id, number })) throw roomNumberTaken(number);
      checkBuildingHasRoom(await manager.countBy(Room, { buildingId: building.id }));
      const room = manager.create(Room, {
        id: newId(),
        districtId: building.districtId,
        schoolId: building.schoolId,
        campusId: building.campusId,
        buildingId: building.id,
        floor: input.floor,
        number,
        name: input.name,
        kind: input.kind,
        capacity: input.capacity ?? null,
        qrCode: newQrCode(),
      });
      try {
        await manager.insert(Room, room);
      } catch (error) {
        if (isUniqueViolation(error)) throw roomNumberTaken(number);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'room.create',
        entityType: 'Room',
        entityId: room.id,
        districtId: building.districtId,
        schoolId: building.schoolId,
        changes: { buildingId: building.id, floor: input.floor, number, name: input.name, kind: input.kind, capacity: room.capacity },
      });
      await publishRoomsChanged(manager, this.ctx, [room]);
      return manager.findOneOrFail(Room, { where: { id: room.id } });
    });
  }

  /** Renames a room, changes its number, use, floor or capacity; its building and QR code stay. The version read. */
  async updateRoom(input: UpdateRoomInput): Promise<Room> {
    requirePermission(this.ctx.viewer, P.updateRoom);
    const number = input.number != null ? normalRoomNumber(input.number) : null;
    if (number != null) checkRoomNumber(number);
    checkCapacity(input.capacity);
    if (input.clearCapacity && input.capacity != null) throw badInput('capacity', 'Give a capacity or clearCapacity, not both.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.rooms.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateRoom, current.schoolId);
      const changes: Partial<Room> = {};
      if (input.name != null) changes.name = input.name;
      if (input.kind != null) changes.kind = input.kind;
      if (input.capacity != null) changes.capacity = input.capacity;
      if (input.clearCapacity) changes.capacity = null;
      if (input.floor != null && input.floor !== current.floor) {
        const building = (await placeSql.lockBuilding(manager, current.buildingId).getOne())!;
        checkFloorIn(building, input.floor);
        changes.floor = input.floor;
      }
      if (number != null && number !== current.number) {
        if (await manager.existsBy(Room, { buildingId: current.buildingId, number })) throw roomNumberTaken(number);
        changes.number = number;
      }
      try {
        const room = await saveEdit(manager, this.ctx, {
          entity: Room,
          typeName: 'Room',
          current,
          version: input.version,
          changes,
          audit: { action: 'room.update', schoolId: current.schoolId },
        });
        await publishRoomsChanged(manager, this.ctx, [room]);
        return room;
      } catch (error) {
        if (isUniqueViolation(error)) throw roomNumberTaken(number ?? current.number);
        throw error;
      }
    });
  }

  /** Registers a department of the school (name, and code when given, unique in the school). */
  async createDepartment(input: CreateDepartmentInput): Promise<Department> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.createDepartment, schoolId);
    const code = normalDepartmentCode(input.code);
    checkDepartmentCode(code);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      await this.checkDepartmentFree(manager, schoolId, input.name, code, null);
      const department = manager.create(Department, { id: newId(), districtId: viewer.districtId, schoolId, name: input.name, code });
      try {
        await manager.insert(Department, department);
      } catch (error) {
        if (isUniqueViolation(error))
          throw badInput('name', `The school already has a department named "${input.name}" or coded "${code}".`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'department.create',
        entityType: 'Department',
        entityId: department.id,
        districtId: viewer.districtId,
        schoolId,
        changes: { name: input.name, code },
      });
      return manager.findOneOrFail(Department, { where: { id: department.id } });
    });
  }

  /** Renames a department (and changes its code when given); the version read. */
  async renameDepartment(input: RenameDepartmentInput): Promise<Department> {
    requirePermission(this.ctx.viewer, P.renameDepartment);
    const code = input.code === undefined ? undefined : normalDepartmentCode(input.code);
    if (code !== undefined) checkDepartmentCode(code);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.departments.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.renameDepartment, current.schoolId);
      const changes: Partial<Department> = {};
      if (input.name !== current.name) changes.name = input.name;
      if (code !== undefined && code !== null && code !== current.code) changes.code = code;
      await this.checkDepartmentFree(manager, current.schoolId, changes.name ?? null, changes.code ?? null, current.id);
      try {
        return await saveEdit(manager, this.ctx, {
          entity: Department,
          typeName: 'Department',
          current,
          version: input.version,
          changes,
          audit: { action: 'department.rename', schoolId: current.schoolId },
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('name', `The school already has a department named "${input.name}".`);
        throw error;
      }
    });
  }

  /** A department's name and code must be free in the school (other than `exceptId` itself). */
  private async checkDepartmentFree(
    manager: EntityManager,
    schoolId: string,
    name: string | null,
    code: string | null,
    exceptId: string | null,
  ): Promise<void> {
    if (name != null) {
      const same = await manager.findOne(Department, { where: { schoolId, name } });
      if (same && same.id !== exceptId) throw badInput('name', `The school already has a department named "${name}".`);
    }
    if (code != null) {
      const same = await manager.findOne(Department, { where: { schoolId, code } });
      if (same && same.id !== exceptId) throw badInput('code', `The school already has a department coded "${code}" (${same.name}).`);
    }
  }

  // ── Events ────────────────────────────────────────────────────────────────────────────────────

  /**
   * A campus moved to another school (directory.campus.moved): its buildings and rooms now belong to
   * that school. The same rows are updated (ids and QR codes stay; nothing is copied). Inside the
   * consumer's transaction; no viewer.
   */
  static async moveCampus(manager: EntityManager, campusId: string, toSchoolId: string): Promise<void> {
    await placeSql.moveCampusBuildings(manager, campusId, toSchoolId).execute();
    await placeSql.moveCampusRooms(manager, campusId, toSchoolId).execute();
  }
}

/**
 * Tells the other services a room's facts (facilities.room.changed), in the transaction that changed
 * them: safety keeps a copy so its zones, hazards and rounds name only a room of their own school.
 */
export async function publishRoomsChanged(manager: EntityManager, actor: Actor, rooms: readonly Room[]): Promise<void> {
  if (!rooms.length) return;
  await publishEvents(
    manager,
    actor,
    facilitiesEvents.roomChanged,
    rooms.map((room) => ({
      districtId: room.districtId,
      schoolId: room.schoolId,
      payload: {
        roomId: room.id,
        schoolId: room.schoolId,
        campusId: room.campusId,
        buildingId: room.buildingId,
        floor: room.floor,
        number: room.number,
        name: room.name,
        kind: room.kind,
      },
    })),
  );
}

const buildingNameTaken = (name: string) =>
  badInput('name', `The campus already has a building named "${name}": each building of a campus has its own name.`);
const roomNumberTaken = (number: string) =>
  badInput('number', `The building already has a room ${number}: each room of a building has its own number.`);
