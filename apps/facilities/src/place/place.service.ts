import type { EntityManager } from 'typeorm';
import { badInput, parseId } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { Department, Room, type RoomKind } from './place.entity';
import { buildingReader, roomReader } from './place.store';

/**
 * Buildings and rooms (place/). Other concepts check the rooms their inputs name through
 * `requireRoomOf` (an asset's room, a requisition's room, a stocktake's scope, a storeroom). At `ctx.places`.
 */
export class PlaceService {
  readonly buildings;
  readonly rooms;

  constructor(private readonly ctx: FacilitiesContext) {
    this.buildings = buildingReader(ctx);
    this.rooms = roomReader(ctx);
  }

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
}
