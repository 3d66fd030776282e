import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { Department, Room } from '../place/place.entity';
import { FacilitiesStep } from '../workflow-step.entity';
import { requisitionActions, RequisitionViewerAction } from './requisition.actions';
import {
  ConsumableItem,
  Requisition,
  RequisitionLine,
  StoreMovement,
  StoreReceipt,
  StoreReceiptLine,
  StoreStock,
} from './storeroom.entity';
import {
  ApproveRequisitionInput,
  ConfirmRequisitionReceiptInput,
  RateRequisitionInput,
  ConsumableItemFilter,
  CreateConsumableItemInput,
  IssueRequisitionInput,
  RecordStoreReceiptInput,
  RejectRequisitionInput,
  RequestRequisitionInput,
  RequisitionFilter,
  StoreMovementFilter,
  StoreReceiptFilter,
  StoreStockFilter,
  UpdateConsumableItemInput,
  UpdateStoreroomSettingsInput,
} from './storeroom.inputs';
import { StoreroomSettings } from './storeroom-settings.entity';
import {
  ConsumableItemConnection,
  RequisitionConnection,
  StoreMovementConnection,
  StoreReceiptConnection,
  StoreStockConnection,
} from './storeroom.types';

@Resolver(() => ConsumableItem)
export class ConsumableItemResolver {
  @Query(() => ConsumableItemConnection, {
    description:
      'The consumables register (低值易耗品目录) of your schools, in registration order: any staff member reads it; the district reads every school’s.',
  })
  consumableItems(
    @Args() page: PageArgs,
    @Arg('filter', () => ConsumableItemFilter, { nullable: true, description: 'Narrow the list.' }) filter: ConsumableItemFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.storeroom.listItems(page, filter ?? {});
  }

  @Query(() => ConsumableItem, { description: 'One consumable item; NOT_FOUND when you may not see it.' })
  consumableItem(@Arg('id', () => ID, { description: 'The item.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.getItem(id);
  }

  @Mutation(() => ConsumableItem, {
    description:
      'Register a consumable item (登记低值易耗品) of a school: storekeepers and the general-affairs director. Its name is unique in the school.',
  })
  createConsumableItem(@Arg('input') input: CreateConsumableItemInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.createItem(input);
  }

  @Mutation(() => ConsumableItem, {
    description:
      'Change a consumable item at the version you read: storekeepers and the general-affairs director. Its unit changes only while it has no movements.',
  })
  updateConsumableItem(@Arg('input') input: UpdateConsumableItemInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.updateItem(input);
  }

  @FieldResolver(() => Int, { description: 'Units in stock in all the school’s storerooms (全校结存). Batched.' })
  async stockQuantity(@Root() item: ConsumableItem, @Ctx() ctx: FacilitiesContext) {
    return (await ctx.storeroom.schoolStockOf(item.id)).quantity;
  }

  @FieldResolver(() => Boolean, { description: 'True when the school-wide stock is at or below the reorder point (需补货). Batched.' })
  async atOrBelowReorderPoint(@Root() item: ConsumableItem, @Ctx() ctx: FacilitiesContext) {
    return (await ctx.storeroom.schoolStockOf(item.id)).quantity <= item.reorderPoint;
  }

  @FieldResolver(() => School, { description: 'The school that keeps it.' })
  school(@Root() item: ConsumableItem) {
    return schoolRef(item.schoolId);
  }
}

@Resolver(() => StoreStock)
export class StoreStockResolver {
  @Query(() => StoreStockConnection, {
    description:
      'Stock per item and storeroom (库存): the general-affairs office of your schools and the district. Filter by storeroom for one storeroom’s stock.',
  })
  storeStock(
    @Args() page: PageArgs,
    @Arg('filter', () => StoreStockFilter, { nullable: true, description: 'Narrow the list.' }) filter: StoreStockFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.storeroom.listStock(page, filter ?? {});
  }

  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item. Batched.' })
  item(@Root() stock: StoreStock, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(stock.itemId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The storeroom. Batched.' })
  storeroom(@Root() stock: StoreStock, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(stock.storeroomRoomId);
  }
}

@Resolver(() => StoreMovement)
export class StoreMovementResolver {
  @Query(() => StoreMovementConnection, {
    description:
      'Storeroom movements (出入库流水), newest first: the general-affairs office of your schools and the district. Append-only; they sum to the stock.',
  })
  storeMovements(
    @Args() page: PageArgs,
    @Arg('filter', () => StoreMovementFilter, { nullable: true, description: 'Narrow the list.' }) filter: StoreMovementFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.storeroom.listMovements(page, filter ?? {});
  }

  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item. Batched.' })
  item(@Root() movement: StoreMovement, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(movement.itemId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The storeroom. Batched.' })
  storeroom(@Root() movement: StoreMovement, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(movement.storeroomRoomId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room it was issued to, for an issue to a room. Batched.' })
  room(@Root() movement: StoreMovement, @Ctx() ctx: FacilitiesContext) {
    return movement.roomId ? ctx.places.rooms.byId(movement.roomId) : null;
  }
}

@Resolver(() => StoreReceipt)
export class StoreReceiptResolver {
  @Query(() => StoreReceiptConnection, {
    description: 'Storeroom receipts (入库单), newest first: the general-affairs office of your schools and the district.',
  })
  storeReceipts(
    @Args() page: PageArgs,
    @Arg('filter', () => StoreReceiptFilter, { nullable: true, description: 'Narrow the list.' }) filter: StoreReceiptFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.storeroom.listReceipts(page, filter ?? {});
  }

  @Mutation(() => StoreReceipt, {
    description:
      'Receive goods into a storeroom (入库登记): storekeepers. Each line adds its units and their value (quantity × unit cost, exact) to the storeroom’s stock at moving weighted average cost; never edited afterwards.',
  })
  recordStoreReceipt(@Arg('input') input: RecordStoreReceiptInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.recordReceipt(input);
  }

  @FieldResolver(() => [StoreReceiptLine], { description: 'Its lines in order. Batched.' })
  lines(@Root() receipt: StoreReceipt, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.receiptLinesOf(receipt.id);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The storeroom it went into. Batched.' })
  storeroom(@Root() receipt: StoreReceipt, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(receipt.storeroomRoomId);
  }
}

@Resolver(() => StoreReceiptLine)
export class StoreReceiptLineResolver {
  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item. Batched.' })
  item(@Root() line: StoreReceiptLine, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(line.itemId);
  }
}

@Resolver(() => Requisition)
export class RequisitionResolver {
  @Query(() => RequisitionConnection, {
    description:
      'Requisitions (领用单), newest first: your own; every one of the school for its storekeeper, general-affairs director, principal and accountant; the district’s for district readers.',
  })
  requisitions(
    @Args() page: PageArgs,
    @Arg('filter', () => RequisitionFilter, { nullable: true, description: 'Narrow the list.' }) filter: RequisitionFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.storeroom.requisitions.list(page, filter ?? {});
  }

  @Query(() => Requisition, { description: 'One requisition; NOT_FOUND when you may not see it.' })
  requisition(@Arg('id', () => ID, { description: 'The requisition.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.get(id);
  }

  @Query(() => StoreroomSettings, {
    description: 'Your district’s storeroom settings (仓库设置): the value above which requisitions need approval.',
  })
  storeroomSettings(@Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.settingsForViewer();
  }

  @Mutation(() => StoreroomSettings, {
    description: 'Change the district’s storeroom settings at the version you read: district administrators.',
  })
  updateStoreroomSettings(@Arg('input') input: UpdateStoreroomSettingsInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.updateSettings(input);
  }

  @Mutation(() => Requisition, {
    description:
      'Requisition consumables (领用申请) for a room or a department: any staff member of the school. Estimated at current cost; above the district’s value (StoreroomSettings) it waits for the general-affairs director’s approval, else it is approved at once.',
  })
  requestRequisition(@Arg('input') input: RequestRequisitionInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.request(input);
  }

  @Mutation(() => Requisition, {
    description: 'Approve a requisition waiting for approval (审批): the general-affairs director, never for their own.',
  })
  approveRequisition(@Arg('input') input: ApproveRequisitionInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.approve(input);
  }

  @Mutation(() => Requisition, {
    description: 'Reject a requisition before it is issued (驳回), with the reason: the general-affairs director or the storekeeper.',
  })
  rejectRequisition(@Arg('input') input: RejectRequisitionInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.reject(input);
  }

  @Mutation(() => Requisition, {
    description:
      'Issue an approved requisition from a storeroom (发放): storekeepers. Every line in full at average cost, or nothing: a line beyond the stock is CONFLICT naming it. Stock never goes negative, even with issues at once.',
  })
  issueRequisition(@Arg('input') input: IssueRequisitionInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.issue(input);
  }

  @Mutation(() => Requisition, { description: 'Confirm receipt of an issued requisition (签收): the requester only.' })
  confirmRequisitionReceipt(@Arg('input') input: ConfirmRequisitionReceiptInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.confirmReceipt(input);
  }

  @Mutation(() => Requisition, {
    description:
      'Rate the service of a requisition you received (服务评价), 1–5 with a comment, once: the requester only; it counts for the storekeeper who issued it.',
  })
  rateRequisition(@Arg('input') input: RateRequisitionInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.rate(input);
  }

  @FieldResolver(() => [RequisitionLine], { description: 'Its lines in order. Batched.' })
  lines(@Root() requisition: Requisition, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.linesOf(requisition.id);
  }

  @FieldResolver(() => [FacilitiesStep], { description: 'Every step of it, oldest first (who, when, what, why). Batched.' })
  steps(@Root() requisition: Requisition, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.stepsOf(requisition.id);
  }

  @FieldResolver(() => [RequisitionViewerAction], {
    description: 'The steps you could take on it now (可办理操作), by the rules its mutations check. Costs no database read.',
  })
  viewerActions(@Root() requisition: Requisition, @Ctx() ctx: FacilitiesContext) {
    return requisitionActions(ctx.viewer, requisition);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The requester (申请人), when their account has a staff record.' })
  requester(@Root() requisition: Requisition) {
    return staffRef(requisition.requesterStaffId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room it is for. Batched.' })
  room(@Root() requisition: Requisition, @Ctx() ctx: FacilitiesContext) {
    return requisition.roomId ? ctx.places.rooms.byId(requisition.roomId) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department it is for. Batched.' })
  department(@Root() requisition: Requisition, @Ctx() ctx: FacilitiesContext) {
    return requisition.departmentId ? ctx.places.departments.byId(requisition.departmentId) : null;
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The storeroom it was issued from. Batched.' })
  storeroom(@Root() requisition: Requisition, @Ctx() ctx: FacilitiesContext) {
    return requisition.storeroomRoomId ? ctx.places.rooms.byId(requisition.storeroomRoomId) : null;
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() requisition: Requisition) {
    return schoolRef(requisition.schoolId);
  }
}

@Resolver(() => RequisitionLine)
export class RequisitionLineResolver {
  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item. Batched.' })
  item(@Root() line: RequisitionLine, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(line.itemId);
  }
}
