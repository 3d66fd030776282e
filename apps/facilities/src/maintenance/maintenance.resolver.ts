import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkDaySpan, PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { WorkOrder, WorkOrderSource } from '../repair/work-order.entity';
import { MaintenanceOccurrence, MaintenanceSchedule } from './maintenance.entity';
import {
  CreateMaintenanceScheduleInput,
  MaintenanceScheduleFilter,
  RecordMaintenanceChecklistInput,
  RecordMaintenanceMeterReadingInput,
  SetMaintenanceScheduleActiveInput,
} from './maintenance.inputs';
import { MAINTENANCE_TEMPLATES, templateRule } from './maintenance.rules';
import {
  MaintenanceCompliance,
  MaintenanceOccurrenceConnection,
  MaintenanceScheduleConnection,
  MaintenanceTemplateInfo,
} from './maintenance.types';

@Resolver(() => MaintenanceSchedule)
export class MaintenanceResolver {
  @Query(() => MaintenanceScheduleConnection, {
    description:
      'Preventive maintenance schedules (预防性维护计划) of your schools: the general-affairs office, maintenance staff and the district.',
  })
  maintenanceSchedules(
    @Args() page: PageArgs,
    @Arg('filter', () => MaintenanceScheduleFilter, { nullable: true }) filter: MaintenanceScheduleFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.maintenance.list(filter ?? {}, page);
  }

  @Query(() => MaintenanceSchedule, { description: 'One maintenance schedule; NOT_FOUND outside your schools.' })
  maintenanceSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.maintenance.get(id);
  }

  @Query(() => [MaintenanceTemplateInfo], {
    description:
      'The maintenance templates (维保模板): lifts every 15 days, the yearly fire-system test, water tanks twice a year (statutory), a standby generator every 250 running hours.',
  })
  maintenanceTemplates() {
    return MAINTENANCE_TEMPLATES.map((t) => ({
      code: t.code,
      title: t.title,
      basis: t.basis,
      rule: templateRule(t),
      meterUnit: t.meter?.unit ?? null,
      meterInterval: t.meter?.interval ?? null,
      basisNote: t.basisNote,
    }));
  }

  @Query(() => MaintenanceOccurrenceConnection, {
    description: 'A school’s maintenance due days from `from` to `to` (the PM calendar, 维保日历), each with its work order.',
  })
  maintenanceCalendar(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('from', { description: 'The first day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'The last day, YYYY-MM-DD (at most a year after from).' }) to: string,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    checkDaySpan(from, to);
    return ctx.maintenance.calendar(schoolId, from, to, page);
  }

  @Mutation(() => MaintenanceSchedule, {
    description:
      'Make a preventive maintenance schedule (预防性维护计划) for an asset, room or building, from a statutory template or spelled out: the general-affairs director. ' +
      'BAD_USER_INPUT on interval for a schedule with no interval, on checklist.N for a malformed item.',
  })
  createMaintenanceSchedule(@Arg('input') input: CreateMaintenanceScheduleInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.maintenance.create(input);
  }

  @Mutation(() => MaintenanceSchedule, {
    description: 'Pause or resume a maintenance schedule: the general-affairs director, at the version read.',
  })
  setMaintenanceScheduleActive(@Arg('input') input: SetMaintenanceScheduleActiveInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.maintenance.setActive(input);
  }

  @Mutation(() => MaintenanceOccurrence, {
    description:
      'Record a maintenance work order’s checklist (检查记录) while it is in progress: its assignees or the director, with the meter’s reading for a schedule by meter. It cannot be finished without.',
  })
  recordMaintenanceChecklist(@Arg('input') input: RecordMaintenanceChecklistInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.maintenance.recordChecklist(input);
  }

  @Mutation(() => MaintenanceSchedule, {
    description:
      'Record a reading of the meter a schedule by meter keeps (e.g. the generator’s hour meter, 运行小时表): maintenance staff or the director. ' +
      'BAD_USER_INPUT on reading below the last one, on scheduleId for a calendar schedule. The hourly job opens the work order once the reading comes within the lead of the due reading.',
  })
  recordMaintenanceMeterReading(@Arg('input') input: RecordMaintenanceMeterReadingInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.maintenance.recordMeterReading(input);
  }
}

@Resolver(() => MaintenanceOccurrence)
export class MaintenanceOccurrenceResolver {
  @FieldResolver(() => WorkOrder, { nullable: true, description: 'Its work order (null if you may not read it).' })
  workOrder(@Root() occurrence: MaintenanceOccurrence, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.reader.byId(occurrence.workOrderId);
  }
}

/** The due day a maintenance work order was opened for. */
@Resolver(() => WorkOrder)
export class WorkOrderMaintenanceResolver {
  @FieldResolver(() => MaintenanceOccurrence, {
    nullable: true,
    description: 'The maintenance due day it was opened for (source PM), with its checklist answers; null for other work orders. Batched.',
  })
  maintenanceOccurrence(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return order.source === WorkOrderSource.PM && order.sourceRef ? ctx.maintenance.occurrences.byId(order.sourceRef) : null;
  }
}

@Resolver(() => MaintenanceOccurrence)
export class MaintenanceOccurrenceScheduleResolver {
  @FieldResolver(() => MaintenanceSchedule, {
    nullable: true,
    description: 'Its schedule, with the checklist (null if you may not read it).',
  })
  schedule(@Root() occurrence: MaintenanceOccurrence, @Ctx() ctx: FacilitiesContext) {
    return ctx.maintenance.schedules.byId(occurrence.scheduleId);
  }
}

/** The maintenance compliance facilities adds to School. */
@Resolver(() => School)
export class SchoolMaintenanceResolver {
  @FieldResolver(() => MaintenanceCompliance, {
    description:
      'Its preventive maintenance from `from` to `to` (维保完成率): due days done on time, late and open; one grouped statement per page of schools.',
  })
  maintenanceCompliance(
    @Root() school: School,
    @Arg('from', { description: 'The first day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'The last day, YYYY-MM-DD (at most a year after from).' }) to: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    checkDaySpan(from, to);
    return ctx.maintenance.complianceOf(school.id, from, to);
  }
}
