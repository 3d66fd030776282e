import { IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, LinesField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import { ConsumableCategory, ConsumableUnit, ITEM_NAME_MAX, RequisitionStatus, STORE_NOTE_MAX } from './storeroom.entity';

@InputType({ description: 'Register a consumable item (登记低值易耗品).' })
export class CreateConsumableItemInput {
  @IdField('The school that keeps it.')
  schoolId: string;

  @TextField('Its name, unique in the school, e.g. "白粉笔".', { max: ITEM_NAME_MAX })
  name: string;

  @EnumField(ConsumableUnit, 'The unit it is counted in (计量单位).')
  unit: ConsumableUnit;

  @EnumField(ConsumableCategory, 'Its category (类别).')
  category: ConsumableCategory;

  @Field(() => Int, { description: 'Reorder point (再订货点), 0 or more: at or below it the item is due for reordering.' })
  reorderPoint: number;

  @Field(() => Int, { description: 'Reorder quantity (订货批量), at least 1.' })
  reorderQuantity: number;

  @YuanField('Standard cost of one unit (标准单价).')
  standardUnitCost: string;
}

@InputType({ description: 'Change a consumable item; fields left out stay as they are.' })
export class UpdateConsumableItemInput {
  @IdField('The item.')
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT when someone changed it since).' })
  version: number;

  @TextField('Its new name, unique in the school.', { max: ITEM_NAME_MAX, nullable: true })
  name?: string | null;

  @EnumField(ConsumableUnit, 'Its unit; only while it has no movements.', { nullable: true })
  unit?: ConsumableUnit | null;

  @EnumField(ConsumableCategory, 'Its category.', { nullable: true })
  category?: ConsumableCategory | null;

  @Field(() => Int, { nullable: true, description: 'Reorder point, 0 or more.' })
  reorderPoint?: number | null;

  @Field(() => Int, { nullable: true, description: 'Reorder quantity, at least 1.' })
  reorderQuantity?: number | null;

  @YuanField('Standard cost of one unit.', { nullable: true })
  standardUnitCost?: string | null;
}

@InputType({ description: 'Filter of the consumables register.' })
export class ConsumableItemFilter {
  @IdField('Only items of this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(ConsumableCategory, 'Only items of this category.', { nullable: true })
  category?: ConsumableCategory | null;

  @Field(() => String, { nullable: true, description: 'Only items whose name contains this text.' })
  @IsOptional()
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only items whose school-wide stock is at or below their reorder point (due for reordering); false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  atOrBelowReorderPoint?: boolean | null;
}

@InputType({ description: 'Filter of storeroom stock.' })
export class StoreStockFilter {
  @IdField('Only the stock of this storeroom (a room of kind STOREROOM).', { nullable: true })
  storeroomRoomId?: string | null;

  @IdField('Only the stock of this item.', { nullable: true })
  itemId?: string | null;
}

@InputType({ description: 'Filter of storeroom movements.' })
export class StoreMovementFilter {
  @IdField('Only movements of this item.', { nullable: true })
  itemId?: string | null;

  @IdField('Only movements in or out of this storeroom.', { nullable: true })
  storeroomRoomId?: string | null;

  @IdField('Only issues to this room.', { nullable: true })
  roomId?: string | null;

  @DateField('From this day (YYYY-MM-DD, the school’s zone), inclusive.', { nullable: true })
  from?: string | null;

  @DateField('To this day (YYYY-MM-DD, the school’s zone), inclusive.', { nullable: true })
  to?: string | null;
}

@InputType({ description: 'One line of a receipt.' })
export class StoreReceiptLineInput {
  @IdField('The consumable item, of the receipt’s school.')
  itemId: string;

  @Field(() => Int, { description: 'Units received, a whole number of the item’s unit, at least 1.' })
  quantity: number;

  @YuanField('Cost of one unit (单价).')
  unitCost: string;
}

@InputType({ description: 'Receive goods into a storeroom (入库登记).' })
export class RecordStoreReceiptInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The storeroom (a room of kind STOREROOM of the school).')
  storeroomRoomId: string;

  @LinesField(() => StoreReceiptLineInput, 'What was received, 1 to 50 lines.', 1, 'lines must have at least one item')
  lines: StoreReceiptLineInput[];

  @OptionalTextField('Remarks, e.g. the supplier or invoice number.', STORE_NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'Filter of storeroom receipts.' })
export class StoreReceiptFilter {
  @IdField('Only receipts of this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only receipts into this storeroom.', { nullable: true })
  storeroomRoomId?: string | null;
}

@InputType({ description: 'One line of a requisition.' })
export class RequisitionLineInput {
  @IdField('The consumable item, of the requisition’s school.')
  itemId: string;

  @Field(() => Int, { description: 'Units wanted, a whole number of the item’s unit, at least 1.' })
  quantity: number;

  @OptionalTextField('A note on the line.', STORE_NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'Requisition consumables (领用申请) for a room or a department: name exactly one of them.' })
export class RequestRequisitionInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The room it is for (e.g. a classroom); or give departmentId.', { nullable: true })
  roomId?: string | null;

  @IdField('The department (部门) it is for; or give roomId.', { nullable: true })
  departmentId?: string | null;

  @IdField(
    'The repair work order the materials are for (维修领料): approved and not yet finished; its room is taken when neither roomId nor departmentId is given.',
    { nullable: true },
  )
  workOrderId?: string | null;

  @LinesField(() => RequisitionLineInput, 'What is wanted, 1 to 50 lines, each item once.', 1, 'lines must have at least one item')
  lines: RequisitionLineInput[];

  @OptionalTextField('What it is for.', STORE_NOTE_MAX)
  purpose?: string | null;
}

@InputType({ description: 'Approve a requisition waiting for approval (审批通过).' })
export class ApproveRequisitionInput {
  @IdField('The requisition.')
  id: string;

  @OptionalTextField('A comment, kept with the step.', STORE_NOTE_MAX)
  comment?: string | null;
}

@InputType({ description: 'Reject a requisition (驳回), with the reason.' })
export class RejectRequisitionInput {
  @IdField('The requisition.')
  id: string;

  @TextField('Why (驳回理由): the requester reads it.', { max: STORE_NOTE_MAX })
  reason: string;
}

@InputType({ description: 'Issue an approved requisition from a storeroom (发放): every line in full, or nothing.' })
export class IssueRequisitionInput {
  @IdField('The requisition.')
  id: string;

  @IdField('The storeroom it is issued from (a room of kind STOREROOM of the school).')
  storeroomRoomId: string;

  @OptionalTextField('A comment, kept with the step.', STORE_NOTE_MAX)
  comment?: string | null;
}

@InputType({ description: 'Confirm receipt of an issued requisition (签收): the requester only.' })
export class ConfirmRequisitionReceiptInput {
  @IdField('The requisition.')
  id: string;

  @OptionalTextField('A comment, kept with the step.', STORE_NOTE_MAX)
  comment?: string | null;
}

@InputType({ description: 'Rate the service of a requisition you received (服务评价): it counts for the storekeeper who issued it.' })
export class RateRequisitionInput {
  @IdField('The requisition.')
  id: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  rating: number;

  @OptionalTextField('A comment.', STORE_NOTE_MAX)
  comment?: string | null;
}

@InputType({ description: 'Filter of requisitions.' })
export class RequisitionFilter {
  @IdField('Only requisitions of this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(RequisitionStatus, 'Only requisitions in this status.', { nullable: true })
  status?: RequisitionStatus | null;

  @IdField('Only requisitions for this room.', { nullable: true })
  roomId?: string | null;

  @IdField('Only the materials of this repair work order.', { nullable: true })
  workOrderId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only the requisitions you requested (我的领用).' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@InputType({ description: 'Change the district’s storeroom settings (district administrators).' })
export class UpdateStoreroomSettingsInput {
  @Field(() => Int, { description: 'The version you read (0 while the defaults apply).' })
  version: number;

  @YuanField('Requisitions estimated above this need the general-affairs director’s approval.', { nullable: true })
  requisitionApprovalAbove?: string | null;
}
