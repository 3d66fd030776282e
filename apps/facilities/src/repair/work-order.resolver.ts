import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { Room } from '../place/place.entity';
import { FacilitiesStep } from '../workflow-step.entity';
import { WorkOrderViewerAction, workOrderActions } from './work-order.actions';
import { WorkOrder, WorkOrderSettings } from './work-order.entity';
import {
  AccountWorkOrderInput,
  AssignWorkOrderInput,
  CostWorkOrderInput,
  RateWorkOrderInput,
  ReportWorkOrderInput,
  ReviewWorkOrderInput,
  TriageWorkOrderInput,
  UpdateWorkOrderSettingsInput,
  WorkOrderFilter,
  WorkOrderStepInput,
} from './work-order.inputs';
import { isOverdue } from './work-order.rules';
import { WorkOrderConnection } from './work-order.types';

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Query(() => WorkOrderConnection, {
    description:
      'Repair work orders (维修工单), in report order: all of a school’s for its general-affairs office, maintenance staff and accountant and for the district; ' +
      'anyone else what they reported and what is assigned to them. filter.assigneeStaffId is a maintenance worker’s queue; filter.overdue the overdue ones.',
  })
  workOrders(
    @Args() page: PageArgs,
    @Arg('filter', () => WorkOrderFilter, { nullable: true }) filter: WorkOrderFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.workOrders.list(filter ?? {}, page);
  }

  @Query(() => WorkOrder, { description: 'One work order you may read; NOT_FOUND otherwise.' })
  workOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.get(id);
  }

  @Query(() => WorkOrderSettings, {
    description: 'Your district’s repair settings (维修设置): due school days, the principal’s review limit, the variance.',
  })
  workOrderSettings(@Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.settingsForViewer();
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() order: WorkOrder) {
    return schoolRef(order.schoolId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room the problem is in (null when none, or you may not read it).' })
  room(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return order.roomId ? ctx.places.rooms.byId(order.roomId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member who reported it; null for a report from a QR link.' })
  reporter(@Root() order: WorkOrder) {
    return staffRef(order.reporterStaffId);
  }

  @FieldResolver(() => [ID], { description: 'The staff it is assigned to (派工), batched.' })
  assigneeStaffIds(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.assigneesOf(order.id);
  }

  @FieldResolver(() => [Staff], { description: 'The staff it is assigned to.' })
  async assignees(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return (await ctx.workOrders.assigneesOf(order.id)).map((id) => staffRef(id)!);
  }

  @FieldResolver(() => Money, {
    description:
      'What the storerooms issued for it (维修领料, requisitions with its workOrderId), at average cost; goods already bought, so the final account’s materials include it but finance does not pay it again. Batched.',
  })
  async materialsIssued(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return Money.of(await ctx.workOrders.materialsIssuedFen(order.id));
  }

  @FieldResolver(() => Boolean, { description: 'Overdue (超期): still open after its due time, or finished after it.' })
  overdue(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return isOverdue(order, ctx.now());
  }

  @FieldResolver(() => [FacilitiesStep], { description: 'Its steps, oldest first: who did what, when and why (batched).' })
  steps(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.stepsOf(order.id);
  }

  @FieldResolver(() => [WorkOrderViewerAction], { description: 'The steps you could take on it now (by the rules the mutations check).' })
  async viewerActions(@Root() order: WorkOrder, @Ctx() ctx: FacilitiesContext) {
    return workOrderActions(ctx.viewer, order, await ctx.workOrders.assigneesOf(order.id));
  }

  @Mutation(() => WorkOrder, {
    description:
      'Report a repair (报修) in a room or on an asset of your school: any staff member. Due by its priority on the school calendar: a safety matter the same school day, ' +
      'urgent within 24 hours, normal within the district’s school days. BAD_USER_INPUT on roomId / assetId for another school’s.',
  })
  reportWorkOrder(@Arg('input') input: ReportWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.report(input);
  }

  @Mutation(() => WorkOrder, {
    description: 'Correct a reported work order’s category, priority, room or asset before the review (分诊): the director.',
  })
  triageWorkOrder(@Arg('input') input: TriageWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.triage(input);
  }

  @Mutation(() => WorkOrder, {
    description: 'Estimate labour and materials (核算): maintenance staff or the director. BAD_USER_INPUT for fractions of a fen.',
  })
  costWorkOrder(@Arg('input') input: CostWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.cost(input);
  }

  @Mutation(() => WorkOrder, {
    description:
      'Review a work order (研究): repair in house, give it to a contractor, or reject it with a reason. The director; above the district’s limit only the principal. ' +
      'Approval needs a costed work order (CONFLICT otherwise).',
  })
  reviewWorkOrder(@Arg('input') input: ReviewWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.review(input);
  }

  @Mutation(() => WorkOrder, {
    description:
      'Assign an approved work order (派工) to 1–5 staff of the school: the director; again to change them before the work starts.',
  })
  assignWorkOrder(@Arg('input') input: AssignWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.assign(input);
  }

  @Mutation(() => WorkOrder, { description: 'Start the repair (开工): an assignee or the director.' })
  startWorkOrder(@Arg('input') input: WorkOrderStepInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.start(input);
  }

  @Mutation(() => WorkOrder, {
    description: 'Finish the repair (完工): an assignee or the director; the finish time counts against the due time.',
  })
  finishWorkOrder(@Arg('input') input: WorkOrderStepInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.finish(input);
  }

  @Mutation(() => WorkOrder, {
    description:
      'Record the final account (决算): actual labour, materials and contractor cost; beyond the district’s variance an explanation is required. The director. ' +
      'Publishes facilities.workOrder.accounted: finance posts the expense against the repairs budget, once.',
  })
  accountWorkOrder(@Arg('input') input: AccountWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.account(input);
  }

  @Mutation(() => WorkOrder, {
    description: 'Rate a repair you reported (评价), 1–5 with a comment, after its final account; it closes. Only the reporter.',
  })
  rateWorkOrder(@Arg('input') input: RateWorkOrderInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.rate(input);
  }

  @Mutation(() => WorkOrderSettings, {
    description: 'Change the district’s repair settings: district administrators, at the version read.',
  })
  updateWorkOrderSettings(@Arg('input') input: UpdateWorkOrderSettingsInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.updateSettings(input);
  }
}
