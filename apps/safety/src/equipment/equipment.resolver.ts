import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, percentText } from '@houqin/common';
import type { SafetyContext } from '../context';
import { Room, roomRef } from '../federation/room';
import { School, schoolRef } from '../federation/school';
import { Hazard } from '../hazard/hazard.entity';
import { EquipmentStatus, SafetyEquipment, SafetyEquipmentRecord } from './equipment.entity';
import {
  RecordEquipmentCheckInput,
  RecordEquipmentServiceInput,
  RegisterSafetyEquipmentInput,
  SafetyEquipmentFilter,
  ScrapSafetyEquipmentInput,
  UpdateSafetyEquipmentInput,
} from './equipment.inputs';
import { EquipmentSummary, SafetyEquipmentConnection } from './equipment.types';

@Resolver(() => SafetyEquipment)
export class SafetyEquipmentResolver {
  @Query(() => SafetyEquipmentConnection, {
    description: 'A school’s safety equipment (消防器材台账) by kind and today’s status: its safety office and the district.',
  })
  safetyEquipment(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('filter', () => SafetyEquipmentFilter, { nullable: true }) filter: SafetyEquipmentFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.equipment.ofSchool(schoolId, filter ?? {}, page);
  }

  @Query(() => SafetyEquipment, { description: 'One piece of safety equipment you may read; NOT_FOUND otherwise.' })
  safetyEquipmentItem(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.get(id);
  }

  @FieldResolver(() => EquipmentStatus, { description: 'Where it stands today (the GB 50444 schedule, its checks, its expiry).' })
  status(@Root() equipment: SafetyEquipment, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.statusOf(equipment);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() equipment: SafetyEquipment) {
    return schoolRef(equipment.schoolId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room it is in, when in one.' })
  room(@Root() equipment: SafetyEquipment) {
    return roomRef(equipment.roomId);
  }

  @FieldResolver(() => [SafetyEquipmentRecord], { description: 'Its checks, services and scrapping, newest first (batched).' })
  records(@Root() equipment: SafetyEquipment, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.recordsOf(equipment.id);
  }

  @Mutation(() => SafetyEquipment, { description: 'Register safety equipment (登记消防器材): the safety office.' })
  registerSafetyEquipment(@Arg('input') input: RegisterSafetyEquipmentInput, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.register(input);
  }

  @Mutation(() => SafetyEquipment, { description: 'Change its label, place or contents’ expiry (the version you read).' })
  updateSafetyEquipment(@Arg('input') input: UpdateSafetyEquipmentInput, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.update(input);
  }

  @Mutation(() => SafetyEquipment, {
    description: 'Record a check (月检): the safety office or maintenance; a failed check raises a hazard at once.',
  })
  recordEquipmentCheck(@Arg('input') input: RecordEquipmentCheckInput, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.recordCheck(input);
  }

  @Mutation(() => SafetyEquipment, { description: 'Record a service (维修/再充装): the next is due on the GB 50444 schedule from it.' })
  recordEquipmentService(@Arg('input') input: RecordEquipmentServiceInput, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.recordService(input);
  }

  @Mutation(() => SafetyEquipment, { description: 'Scrap safety equipment (报废) with a reason: kept for history, never deleted.' })
  scrapSafetyEquipment(@Arg('input') input: ScrapSafetyEquipmentInput, @Ctx() ctx: SafetyContext) {
    return ctx.equipment.scrap(input);
  }
}

@Resolver(() => SafetyEquipmentRecord)
export class SafetyEquipmentRecordResolver {
  @FieldResolver(() => Hazard, { nullable: true, description: 'The hazard a failed check raised.' })
  hazard(@Root() record: SafetyEquipmentRecord, @Ctx() ctx: SafetyContext) {
    return record.hazardId ? ctx.hazards.reader.byId(record.hazardId) : null;
  }
}

/** Equipment compliance safety adds to a school. */
@Resolver(() => School)
export class SchoolEquipmentResolver {
  @FieldResolver(() => EquipmentSummary, {
    description: 'Its safety equipment today (器材完好率): the safety office and the district; batched over a page of schools.',
  })
  async equipmentSummary(@Root() school: School, @Ctx() ctx: SafetyContext): Promise<EquipmentSummary> {
    const row = await ctx.equipment.summaryOf(school.id);
    const inService = Number(row.inService);
    const ok = Number(row.ok);
    return {
      inService,
      ok,
      expired: Number(row.expired),
      failed: Number(row.failed),
      checkOverdue: Number(row.checkOverdue),
      serviceDue: Number(row.serviceDue),
      compliance: percentText(ok, inService, '100.0'),
    };
  }
}
