import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const ITEM_NAME_MAX = 100;
export const STORE_NOTE_MAX = 500;

/** The unit an item is counted in (计量单位); every quantity of the item is a whole number of it. */
export enum ConsumableUnit {
  PIECE = 'PIECE',
  BOX = 'BOX',
  STICK = 'STICK',
  HANDLE = 'HANDLE',
  BOTTLE = 'BOTTLE',
  PACK = 'PACK',
  ROLL = 'ROLL',
  REAM = 'REAM',
  BAG = 'BAG',
  BARREL = 'BARREL',
  SET = 'SET',
  PAIR = 'PAIR',
}
registerEnumType(ConsumableUnit, {
  name: 'ConsumableUnit',
  description: 'The unit a consumable is counted in (计量单位); quantities are whole numbers of it.',
  valuesConfig: {
    PIECE: { description: 'Piece (个/只).' },
    BOX: { description: 'Box (盒).' },
    STICK: { description: 'Stick, pen or tube (支).' },
    HANDLE: { description: 'A handled tool: broom, mop, scissors (把).' },
    BOTTLE: { description: 'Bottle (瓶).' },
    PACK: { description: 'Pack or packet (包).' },
    ROLL: { description: 'Roll (卷).' },
    REAM: { description: 'Ream of paper, 500 sheets (令).' },
    BAG: { description: 'Bag (袋).' },
    BARREL: { description: 'Barrel or drum (桶).' },
    SET: { description: 'Set (套).' },
    PAIR: { description: 'Pair (双/副).' },
  },
});

/** What kind of consumable an item is (低值易耗品类别). */
export enum ConsumableCategory {
  CHALK_STATIONERY = 'CHALK_STATIONERY',
  PAPER = 'PAPER',
  LIGHTING = 'LIGHTING',
  CLEANING = 'CLEANING',
  TOOLS = 'TOOLS',
  OTHER = 'OTHER',
}
registerEnumType(ConsumableCategory, {
  name: 'ConsumableCategory',
  description: 'The category of a consumable (低值易耗品类别).',
  valuesConfig: {
    CHALK_STATIONERY: { description: 'Chalk and stationery (粉笔文具).' },
    PAPER: { description: 'Paper (纸张): A4, exam paper, toilet paper.' },
    LIGHTING: { description: 'Lighting and electrical (灯具电料): bulbs, tubes, switches.' },
    CLEANING: { description: 'Cleaning supplies (清洁用品): brooms, mops, detergent.' },
    TOOLS: { description: 'Small tools (小工具).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/**
 * A consumable item (低值易耗品) a school keeps in its storerooms: chalk, A4 paper, bulbs, brooms.
 * Its name is unique in the school; its stock is per storeroom (StoreStock).
 */
@ObjectType({ description: 'A consumable item (低值易耗品) of a school: chalk, paper, bulbs, brooms; counted in whole units.' })
@MoneyFields({
  standardUnitCost: ['standardUnitCostFen', 'Standard cost of one unit (标准单价): estimates requisitions before stock has a cost.'],
  lastUnitCost: ['lastUnitCostFen', 'Unit cost of its last receipt (最近进价); null before any.', { nullable: true }],
})
@Entity('consumable_item')
@Index(['schoolId', 'name'], { unique: true })
@Index(['schoolId', 'category'])
export class ConsumableItem extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school that keeps it.' }) {
  @Field({ description: 'Its name, unique in the school, e.g. "白粉笔 (white chalk)".' })
  @Column('varchar', { length: ITEM_NAME_MAX })
  name: string;

  @Field(() => ConsumableUnit, { description: 'The unit it is counted in (计量单位).' })
  @Column('varchar', { length: 12 })
  unit: ConsumableUnit;

  @Field(() => ConsumableCategory, { description: 'Its category (类别).' })
  @Column('varchar', { length: 20 })
  category: ConsumableCategory;

  @Field(() => Int, { description: 'Reorder point (再订货点): when the school’s stock is at or below it, it is due for reordering.' })
  @Column('int')
  reorderPoint: number;

  @Field(() => Int, { description: 'Reorder quantity (订货批量): how many units a reorder asks for.' })
  @Column('int')
  reorderQuantity: number;

  @FenColumn()
  standardUnitCostFen: number;

  @FenColumn({ nullable: true })
  lastUnitCostFen: number | null;

  @Field(() => Int, { description: 'Row version: pass it back to updateConsumableItem.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * The stock of one item in one storeroom (库存): its quantity and its value at moving weighted
 * average cost (移动加权平均). Changed only by conditional UPDATEs beside a movement; always the sum
 * of its movements, never negative.
 */
@ObjectType({ description: 'Stock of an item in a storeroom (库存结存): always the sum of its movements (帐物相符), never negative.' })
@MoneyFields({
  value: ['valueFen', 'Value of the stock (库存金额) at moving weighted average cost.'],
  averageUnitCost: ['averageUnitCostFen', 'Average cost of one unit (平均单价), rounded to the fen; null when empty.', { nullable: true }],
})
@Entity('store_stock')
@Index(['itemId', 'storeroomRoomId'], { unique: true })
@Index(['storeroomRoomId'])
@Index(['schoolId'])
export class StoreStock extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose storeroom holds it.',
}) {
  @Field(() => ID, { description: 'The consumable item.' })
  @RefColumn()
  itemId: string;

  @Field(() => ID, { description: 'The storeroom (仓库: a room of kind STOREROOM) that holds it.' })
  @RefColumn()
  storeroomRoomId: string;

  @Field(() => Int, { description: 'Units in stock (结存数量), in the item’s unit; never negative.' })
  @Column('int')
  quantity: number;

  @FenColumn()
  valueFen: number;

  @Field({ description: 'When it last moved.' })
  @InstantColumn()
  updatedAt: Date;

  /** Average unit cost, rounded to the fen (the value itself is exact). */
  get averageUnitCostFen(): number | null {
    return this.quantity > 0 ? Math.round(this.valueFen / this.quantity) : null;
  }
}

export enum StoreMovementKind {
  RECEIPT = 'RECEIPT',
  ISSUE = 'ISSUE',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(StoreMovementKind, {
  name: 'StoreMovementKind',
  description: 'Why storeroom stock moved (出入库类型).',
  valuesConfig: {
    RECEIPT: { description: 'Received into the storeroom (入库).' },
    ISSUE: { description: 'Issued on a requisition (领用出库).' },
    ADJUSTMENT: { description: 'A correction, e.g. after a count (调整).' },
  },
});

/**
 * One movement of storeroom stock (出入库流水): append-only, never changed or deleted. The movements
 * of an item in a storeroom sum to its StoreStock, in quantity and in value.
 */
@ObjectType({ description: 'A movement of storeroom stock (出入库流水): append-only; they sum to the stock, in units and in value.' })
@MoneyFields({ value: ['valueFen', 'Value moved, signed: positive in, negative out (金额).'] })
@Entity('store_movement')
@Index(['storeroomRoomId', 'itemId', 'occurredAt'])
@Index(['schoolId', 'occurredAt'])
@Index(['roomId', 'itemId', 'occurredAt'])
@Index(['requisitionId'])
@Index(['receiptId'])
export class StoreMovement extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The consumable item.' })
  @RefColumn()
  itemId: string;

  @Field(() => ID, { description: 'The storeroom it moved in or out of.' })
  @RefColumn()
  storeroomRoomId: string;

  @Field(() => StoreMovementKind, { description: 'Why it moved.' })
  @Column('varchar', { length: 12 })
  kind: StoreMovementKind;

  @Field(() => Int, { description: 'Units moved, signed: positive in, negative out.' })
  @Column('int')
  quantity: number;

  @FenColumn()
  valueFen: number;

  @Field(() => Int, { description: 'Units in the storeroom after it (结存).' })
  @Column('int')
  balanceAfter: number;

  @Field(() => ID, { nullable: true, description: 'The receipt (入库单) it came from, for a receipt.' })
  @RefColumn({ nullable: true })
  receiptId: string | null;

  @Field(() => ID, { nullable: true, description: 'The requisition (领用单) it was issued on, for an issue.' })
  @RefColumn({ nullable: true })
  requisitionId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room it was issued to, for an issue to a room.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The department (部门) it was issued to, for an issue to a department.' })
  @RefColumn({ nullable: true })
  departmentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that moved it; null when an event did (a finance receipt).' })
  @RefColumn({ nullable: true })
  byAccountId: string | null;

  @Field({ description: 'When it moved.' })
  @InstantColumn()
  occurredAt: Date;
}

export enum StoreReceiptSource {
  MANUAL = 'MANUAL',
  FINANCE_PURCHASE = 'FINANCE_PURCHASE',
}
registerEnumType(StoreReceiptSource, {
  name: 'StoreReceiptSource',
  description: 'Where a storeroom receipt came from (入库来源).',
  valuesConfig: {
    MANUAL: { description: 'Recorded by the storekeeper (保管员登记).' },
    FINANCE_PURCHASE: { description: 'Goods of a finance purchase request received (采购入库), from finance’s event.' },
  },
});

/** A receipt into a storeroom (入库单): its lines add stock at their unit cost. Never edited. */
@ObjectType({ description: 'A receipt into a storeroom (入库单): its lines added stock at their unit cost. Never edited.' })
@MoneyFields({ total: ['totalFen', 'Total of its lines (入库金额).'] })
@Entity('store_receipt')
@Index(['schoolId', 'receivedAt'])
@Index(['storeroomRoomId'])
@Index(['purchaseRequestId'])
export class StoreReceipt extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The storeroom it went into.' })
  @RefColumn()
  storeroomRoomId: string;

  @Field(() => StoreReceiptSource, { description: 'Where it came from.' })
  @Column('varchar', { length: 20 })
  source: StoreReceiptSource;

  @Field(() => ID, { nullable: true, description: 'The finance purchase request (采购申请) received, for FINANCE_PURCHASE.' })
  @RefColumn({ nullable: true })
  purchaseRequestId: string | null;

  @FenColumn()
  totalFen: number;

  @Field(() => String, { nullable: true, description: 'Remarks, e.g. the supplier or invoice.' })
  @Column('varchar', { length: STORE_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that recorded it; null when finance’s event did.' })
  @RefColumn({ nullable: true })
  recordedByAccountId: string | null;

  @Field({ description: 'When it was received.' })
  @InstantColumn()
  receivedAt: Date;
}

/** One line of a receipt. */
@ObjectType({ description: 'One line of a storeroom receipt (入库明细).' })
@MoneyFields({
  unitCost: ['unitCostFen', 'Cost of one unit (单价).'],
  lineTotal: ['lineTotalFen', 'Quantity × unit cost (金额).'],
})
@Entity('store_receipt_line')
@Index(['receiptId', 'lineNo'], { unique: true })
@Index(['itemId'])
export class StoreReceiptLine extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The receipt.' })
  @RefColumn()
  receiptId: string;

  @Field(() => Int, { description: 'Its line, from 1.' })
  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'The consumable item.' })
  @RefColumn()
  itemId: string;

  @Field(() => Int, { description: 'Units received, in the item’s unit.' })
  @Column('int')
  quantity: number;

  @FenColumn()
  unitCostFen: number;

  @FenColumn()
  lineTotalFen: number;
}

/** 申请 → (审批) → 发放 → 签收, or 驳回. */
export enum RequisitionStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  ISSUED = 'ISSUED',
  RECEIVED = 'RECEIVED',
  REJECTED = 'REJECTED',
}
registerEnumType(RequisitionStatus, {
  name: 'RequisitionStatus',
  description: 'Where a requisition (领用单) is: requested, approved, issued, received, or rejected.',
  valuesConfig: {
    REQUESTED: {
      description: 'Waiting for the general-affairs director’s approval (待审批): its estimated value is above the district’s limit.',
    },
    APPROVED: { description: 'Approved, or needing no approval: waiting for the storekeeper to issue it (待发放).' },
    ISSUED: { description: 'Issued from a storeroom (已发放): waiting for the requester to confirm receipt.' },
    RECEIVED: { description: 'The requester confirmed receipt (已签收).' },
    REJECTED: { description: 'Rejected, with the reason (已驳回). Nothing was issued.' },
  },
});

/**
 * A requisition (领用单) of consumables by a staff member, for a room or a department: approved by the
 * general-affairs director above the district's value, issued by the storekeeper, confirmed by the
 * requester. Its status moves only through the requisition flow.
 */
@ObjectType({ description: 'A requisition (领用单) of consumables for a room or a department, through approval, issue and receipt.' })
@MoneyFields({
  estimatedValue: ['estimatedValueFen', 'Estimated value (预估金额) at the items’ current cost when requested: decides approval.'],
  issuedValue: ['issuedValueFen', 'Value issued (发放金额) at average cost; null until issued.', { nullable: true }],
})
@Entity('requisition')
@Index(['schoolId', 'status'])
@Index(['requesterAccountId', 'createdAt'])
@Index(['requesterStaffId'])
@Index(['roomId'])
@Index(['workOrderId'])
export class Requisition extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The account that requested it (申请人).' })
  @RefColumn()
  requesterAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The requester’s staff record, when the account has one.' })
  @RefColumn({ nullable: true })
  requesterStaffId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room it is for (e.g. a classroom); null when for a department.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The department (部门/处室) it is for; null when for a room.' })
  @RefColumn({ nullable: true })
  departmentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The repair work order its materials are for (维修领料); null otherwise.' })
  @RefColumn({ nullable: true })
  workOrderId: string | null;

  @Field(() => RequisitionStatus, { description: 'Where it is.' })
  @Column('varchar', { length: 12 })
  status: RequisitionStatus;

  @Field({ description: 'True when its estimated value was above the district’s limit and the director had to approve it.' })
  @Column('boolean')
  approvalRequired: boolean;

  @FenColumn()
  estimatedValueFen: number;

  @FenColumn({ nullable: true })
  issuedValueFen: number | null;

  @Field(() => ID, { nullable: true, description: 'The storeroom it was issued from; null until issued.' })
  @RefColumn({ nullable: true })
  storeroomRoomId: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for, in the requester’s words.' })
  @Column('varchar', { length: STORE_NOTE_MAX, nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (驳回理由).' })
  @Column('varchar', { length: STORE_NOTE_MAX, nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued.' })
  @InstantColumn({ nullable: true })
  issuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the requester confirmed receipt.' })
  @InstantColumn({ nullable: true })
  receivedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who issued it (the storekeeper): its rating is theirs.' })
  @RefColumn({ nullable: true })
  issuedByStaffId: string | null;

  @Field(() => Int, { nullable: true, description: 'The requester’s rating of the service (服务评价), 1–5; null until rated.' })
  @Column('int', { nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true, description: 'The requester’s comment with the rating.' })
  @Column('varchar', { length: STORE_NOTE_MAX, nullable: true })
  ratingComment: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was rated.' })
  @InstantColumn({ nullable: true })
  ratedAt: Date | null;

  @Field(() => Int, { description: 'Row version: only a step of its flow moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was requested.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One line of a requisition. */
@ObjectType({ description: 'One line of a requisition (领用明细).' })
@MoneyFields({
  estimatedValue: ['estimatedValueFen', 'Estimated value of the line when requested.'],
  issuedValue: ['issuedValueFen', 'Value issued at average cost; null until issued.', { nullable: true }],
})
@Entity('requisition_line')
@Index(['requisitionId', 'lineNo'], { unique: true })
@Index(['itemId'])
export class RequisitionLine extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The requisition.' })
  @RefColumn()
  requisitionId: string;

  @Field(() => Int, { description: 'Its line, from 1.' })
  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'The consumable item.' })
  @RefColumn()
  itemId: string;

  @Field(() => Int, { description: 'Units requested, in the item’s unit; all of them are issued.' })
  @Column('int')
  quantity: number;

  @Field(() => String, { nullable: true, description: 'A note on the line (e.g. "for the blackboard").' })
  @Column('varchar', { length: STORE_NOTE_MAX, nullable: true })
  note: string | null;

  @FenColumn()
  estimatedValueFen: number;

  @FenColumn({ nullable: true })
  issuedValueFen: number | null;
}
