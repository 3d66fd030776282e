import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Building, Department, Room } from './place.entity';

@ObjectType({ description: 'A page of buildings (楼宇).' })
export class BuildingConnection extends Connection(Building, 'Building') {}

@ObjectType({ description: 'A page of rooms (房间).' })
export class RoomConnection extends Connection(Room, 'Room') {}

@ObjectType({ description: 'A page of departments (部门/处室).' })
export class DepartmentConnection extends Connection(Department, 'Department') {}

@ObjectType({ description: 'One floor (楼层) of a building with its rooms: a level of the building → floor → room tree.' })
export class BuildingFloor {
  @Field(() => Int, { description: 'The floor: 1 is the ground floor, -1 the first basement (no floor 0).' })
  floor: number;

  @Field(() => [Room], { description: 'Its rooms, in number order (empty for a floor without registered rooms).' })
  rooms: Room[];
}

@ObjectType({ description: "A school's places in numbers (楼宇与房间数)." })
export class SchoolPlaceCounts {
  @Field(() => Int, { description: 'Its buildings, on all its campuses.' })
  buildings: number;

  @Field(() => Int, { description: 'Its rooms, on all its campuses.' })
  rooms: number;
}
