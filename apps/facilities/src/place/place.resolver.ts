import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { Campus, campusRef } from '../federation/campus';
import { School, schoolRef } from '../federation/school';
import { Building, Department, Room } from './place.entity';
import {
  BuildingFilter,
  CreateBuildingInput,
  CreateDepartmentInput,
  CreateRoomInput,
  RenameDepartmentInput,
  RoomFilter,
  UpdateBuildingInput,
  UpdateRoomInput,
} from './place.inputs';
import { BuildingConnection, BuildingFloor, DepartmentConnection, RoomConnection } from './place.types';
import { MAX_ROOMS_PER_BUILDING } from './place.rules';

@Resolver(() => Building)
export class BuildingResolver {
  @Query(() => BuildingConnection, {
    description:
      "Buildings (楼宇) of your schools (the district's for district roles), in registration order. Any staff member reads them.",
  })
  buildings(
    @Args() page: PageArgs,
    @Arg('filter', () => BuildingFilter, { nullable: true, description: 'Narrow the list.' }) filter: BuildingFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.places.listBuildings(filter ?? {}, page);
  }

  @Query(() => Building, { description: 'One building of your schools.' })
  building(@Arg('id', () => ID, { description: 'The building.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.getBuilding(id);
  }

  @Mutation(() => Building, {
    description:
      'Register a building (楼宇) on a campus of the school (general-affairs directors and principals): its name unique on the campus, its floors above and below ground.',
  })
  createBuilding(@Arg('input') input: CreateBuildingInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.createBuilding(input);
  }

  @Mutation(() => Building, {
    description: "Rename a building or change its floors (the version you read); floors with rooms on them can't go.",
  })
  updateBuilding(@Arg('input') input: UpdateBuildingInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.updateBuilding(input);
  }

  @FieldResolver(() => School, { description: "The school that has it now (its campus's school)." })
  school(@Root() building: Building) {
    return schoolRef(building.schoolId);
  }

  @FieldResolver(() => Campus, { description: 'The campus (校区) it stands on.' })
  campus(@Root() building: Building) {
    return campusRef(building.campusId);
  }

  @FieldResolver(() => [Room], {
    description: `Its rooms (房间), by floor then number (a building holds at most ${MAX_ROOMS_PER_BUILDING}). Batched over a page of buildings.`,
  })
  rooms(@Root() building: Building, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.roomsOf(building.id);
  }

  @FieldResolver(() => [BuildingFloor], {
    description: 'Its floors (楼层), top first, each with its rooms: the building → floor → room tree. Batched like `rooms`.',
  })
  floors(@Root() building: Building, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.floorsOf(building);
  }
}

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => RoomConnection, {
    description:
      "Rooms (房间) of your schools (the district's for district roles), in registration order: by campus, building, use or a text in the number or name.",
  })
  rooms(
    @Args() page: PageArgs,
    @Arg('filter', () => RoomFilter, { nullable: true, description: 'Narrow the list.' }) filter: RoomFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.places.listRooms(filter ?? {}, page);
  }

  @Query(() => Room, { description: 'One room of your schools.' })
  room(@Arg('id', () => ID, { description: 'The room.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.getRoom(id);
  }

  @Query(() => Room, {
    description:
      "The room a scanned QR label names (扫码): the code is the last part of its QR link (…/r/<code>). Any staff member of the room's school; another school's code is NOT_FOUND.",
  })
  roomByQrCode(
    @Arg('code', { description: 'The 12-character code after /r/ in the QR link.' }) code: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.places.byQrCode(code);
  }

  @Mutation(() => Room, {
    description:
      'Register a room (房间) on a floor of a building (general-affairs directors and principals): its number unique in the building; it gets its QR code at once.',
  })
  createRoom(@Arg('input') input: CreateRoomInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.createRoom(input);
  }

  @Mutation(() => Room, {
    description: 'Rename a room or change its number, use, floor or capacity (the version you read); its QR code never changes.',
  })
  updateRoom(@Arg('input') input: UpdateRoomInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.updateRoom(input);
  }

  @FieldResolver(() => String, {
    description:
      'Its QR link (二维码内容), `<FACILITIES_PUBLIC_URL>/r/<qrCode>`: print it on the door label; scanning it opens the room in the console.',
  })
  qrPayload(@Root() room: Room, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.qrPayload(room);
  }

  @FieldResolver(() => Building, { description: 'The building it is in. Batched over a page of rooms.' })
  async building(@Root() room: Room, @Ctx() ctx: FacilitiesContext) {
    return (await ctx.places.buildings.byId(room.buildingId))!;
  }

  @FieldResolver(() => School, { description: "The school that has it now (its campus's school)." })
  school(@Root() room: Room) {
    return schoolRef(room.schoolId);
  }

  @FieldResolver(() => Campus, { description: 'The campus (校区) it is on.' })
  campus(@Root() room: Room) {
    return campusRef(room.campusId);
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, {
    description:
      "Departments (部门/处室) of your schools (the district's for district roles), in registration order; any staff member reads them.",
  })
  departments(
    @Args() page: PageArgs,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only this school’s departments.' }) schoolId: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.places.listDepartments(schoolId, page);
  }

  @Mutation(() => Department, {
    description:
      'Register a department (部门/处室) of the school, e.g. 教务处 or a grade group 三年级组 (general-affairs directors and principals).',
  })
  createDepartment(@Arg('input') input: CreateDepartmentInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.createDepartment(input);
  }

  @Mutation(() => Department, { description: 'Rename a department or change its code (the version you read).' })
  renameDepartment(@Arg('input') input: RenameDepartmentInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.renameDepartment(input);
  }

  @FieldResolver(() => School, { description: 'The school it belongs to.' })
  school(@Root() department: Department) {
    return schoolRef(department.schoolId);
  }
}
