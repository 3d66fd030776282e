import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { SafetyContext } from '../context';
import { Campus, campusRef } from '../federation/campus';
import { Room, roomRef } from '../federation/room';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { SafetyZone } from './zone.entity';
import { CreateSafetyZoneInput, UpdateSafetyZoneInput } from './zone.inputs';
import { SafetyZoneConnection } from './zone.types';

@Resolver(() => SafetyZone)
export class SafetyZoneResolver {
  @Query(() => SafetyZoneConnection, {
    description: 'A school’s responsibility zones (责任区域) by name: anyone of the school and the district. `active` narrows.',
  })
  safetyZones(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.zones.ofSchool(schoolId, active ?? null, page);
  }

  @Query(() => SafetyZone, { description: 'One responsibility zone you may read; NOT_FOUND otherwise.' })
  safetyZone(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.zones.get(id);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() zone: SafetyZone) {
    return schoolRef(zone.schoolId);
  }

  @FieldResolver(() => Campus, { description: 'The campus it is on.' })
  campus(@Root() zone: SafetyZone) {
    return campusRef(zone.campusId);
  }

  @FieldResolver(() => Staff, { description: 'The staff member responsible for it (责任人).' })
  responsible(@Root() zone: SafetyZone) {
    return staffRef(zone.responsibleStaffId);
  }

  @FieldResolver(() => [Room], { description: 'The facilities rooms in it (at most 200; batched).' })
  async rooms(@Root() zone: SafetyZone, @Ctx() ctx: SafetyContext) {
    return (await ctx.zones.roomIdsOf(zone.id)).map((id) => roomRef(id)!);
  }

  @Mutation(() => SafetyZone, {
    description:
      'Create a responsibility zone (责任区域) on a campus: its responsible person, patrol frequency and rooms (a room is in at most one zone).',
  })
  createSafetyZone(@Arg('input') input: CreateSafetyZoneInput, @Ctx() ctx: SafetyContext) {
    return ctx.zones.create(input);
  }

  @Mutation(() => SafetyZone, {
    description:
      'Change a responsibility zone (the version you read); roomIds replaces its rooms; active: false retires it. Zones are never deleted.',
  })
  updateSafetyZone(@Arg('input') input: UpdateSafetyZoneInput, @Ctx() ctx: SafetyContext) {
    return ctx.zones.update(input);
  }
}

/** The responsibility zone safety adds to a facilities room. */
@Resolver(() => Room)
export class RoomZoneResolver {
  @FieldResolver(() => SafetyZone, { nullable: true, description: 'The responsibility zone (责任区域) it is in, if any (batched).' })
  safetyZone(@Root() room: Room, @Ctx() ctx: SafetyContext) {
    return ctx.zones.zoneOfRoom(room.id);
  }
}
