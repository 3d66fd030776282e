import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { FenColumn, IdColumn, RefColumn } from '@houqin/persistence';
import { ApprovalSubject } from '../approval/approval.entity';
import { LIMITS } from '../limits';

/** 物品申报 → 审批 → 采购 → 验收 → 付款 */
export enum PurchaseStatus {
  DRAFT = 'DRAFT',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
  PENDING_REAPPROVAL = 'PENDING_REAPPROVAL',
  REJECTED = 'REJECTED',
  ORDERED = 'ORDERED',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  PAID = 'PAID',
  PAYMENT_REVERSED = 'PAYMENT_REVERSED',
}
registerEnumType(PurchaseStatus, {
  name: 'PurchaseStatus',
  description: 'Where a purchase request is in request → approval → purchase → receipt → payment (申报—审批—采购—验收—付款).',
  valuesConfig: {
    DRAFT: {
      description:
        "A draft (草稿) another service created from its event (a storeroom's reorder list: facilities.reorder.requested): not yet filed; its requester checks it and submits it into approval (submitDraftPurchaseRequest).",
    },
    PENDING_APPROVAL: { description: 'Waiting for the next approver.' },
    APPROVED: { description: 'Approved; the budget is committed; waiting to be ordered.' },
    PENDING_REAPPROVAL: {
      description:
        "Ordered at actual prices above the approved estimate by more than the district's tolerance: waiting to be approved again at the level the new amount needs; ordered once approved.",
    },
    REJECTED: { description: 'Rejected, with the reason in its steps.' },
    ORDERED: { description: 'Ordered from a supplier at actual prices.' },
    PARTIALLY_RECEIVED: { description: 'Some of the goods were received.' },
    RECEIVED: { description: 'All goods received; waiting for payment.' },
    PAID: { description: 'Paid; posted to the ledger and spent from the budget.' },
    PAYMENT_REVERSED: {
      description: 'Its payment was reversed (红字冲销): the amount is committed again, not spent; waiting to be paid again.',
    },
  },
});

@ObjectType({
  description: 'A purchase request (物品申报): items a staff member asks the school to buy, through approval, order, receipt and payment.',
})
@MoneyFields({
  estimatedTotal: ['estimatedTotalFen', 'Estimated total of the lines.'],
  orderedTotal: ['orderedTotalFen', 'Total at actual prices, once ordered.', { nullable: true }],
})
@Entity('purchase_request')
@Index(['schoolId', 'status'])
@Index(['requesterAccountId'])
@Index(['sourceService', 'sourceRef'], { unique: true })
export class PurchaseRequest extends ApprovalSubject {
  @Field(() => ID, { description: 'Budget category it is charged to.' })
  @RefColumn()
  categoryId: string;

  @Field({ description: 'Why the items are needed.' })
  @Column('varchar', { length: LIMITS.text })
  reason: string;

  @Field(() => PurchaseStatus, { description: 'Where the request is in its workflow.' })
  @Column('varchar', { length: 24 })
  status: PurchaseStatus;

  @FenColumn()
  estimatedTotalFen: number;

  @Field(() => ID, { nullable: true, description: 'Supplier it was ordered from.' })
  @RefColumn({ nullable: true })
  supplierId: string | null;

  @FenColumn({ nullable: true })
  orderedTotalFen: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The service whose event created it as a draft (来源系统), e.g. facilities for a storeroom's reorder list; null when filed in finance.",
  })
  @Column('varchar', { length: 40, nullable: true })
  sourceService: string | null;

  @Field(() => String, { nullable: true, description: "That service's reference (facilities: the reorder request's id); null when none." })
  @Column('varchar', { length: 100, nullable: true })
  sourceRef: string | null;
}

@ObjectType({ description: 'One item of a purchase request.' })
@MoneyFields({
  estimatedUnitPrice: ['estimatedUnitPriceFen', 'Estimated price of one unit.'],
  actualUnitPrice: ['actualUnitPriceFen', 'Actual price of one unit, once ordered.', { nullable: true }],
})
@Entity('purchase_request_line')
@Index(['requestId', 'lineNo'], { unique: true })
export class PurchaseRequestLine {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  requestId: string;

  @Column('int')
  lineNo: number;

  @Field({ description: 'What is wanted, e.g. "A4 copy paper, 70 g".' })
  @Column('varchar', { length: LIMITS.text })
  description: string;

  @Field(() => Int, { description: 'How many units.' })
  @Column('int')
  quantity: number;

  @Field({ description: 'Unit, e.g. box, piece, kg (单位).' })
  @Column('varchar', { length: LIMITS.unit })
  unit: string;

  @FenColumn()
  estimatedUnitPriceFen: number;

  @FenColumn({ nullable: true })
  actualUnitPriceFen: number | null;

  @Field(() => Int, { description: 'Units received so far.' })
  @Column('int', { default: 0 })
  receivedQuantity: number;

  @Field(() => ID, {
    nullable: true,
    description:
      "The source service's item the line was drafted from (facilities: a ConsumableItem), told back on receipt; null otherwise.",
  })
  @RefColumn({ nullable: true })
  sourceItemId: string | null;
}
