import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

/** Open until every line is received, or cancelled. */
export enum ReorderStatus {
  OPEN = 'OPEN',
  RECEIVED = 'RECEIVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReorderStatus, {
  name: 'ReorderStatus',
  description: 'Where a reorder request (补货申请) is: open until finance’s receipts brought every line in, or cancelled.',
  valuesConfig: {
    OPEN: { description: 'Sent to finance as a draft purchase request; its items are not requested again meanwhile (进行中).' },
    RECEIVED: { description: 'Every line was received into the storeroom (已入库).' },
    CANCELLED: {
      description: 'Cancelled by the storeroom (e.g. finance rejected the purchase); its items may be requested again (已取消).',
    },
  },
});

/**
 * A reorder request (补货申请): a storeroom's reorder list sent to finance as a draft purchase
 * request (facilities.reorder.requested). While it is OPEN its items are not requested again for
 * that storeroom; finance's receipts (finance.purchaseRequest.received) bring its lines into the
 * storeroom and close it once all arrived.
 */
@ObjectType({ description: 'A reorder request (补货申请): a storeroom’s reorder list sent to finance as a draft purchase request.' })
@MoneyFields({ estimatedTotal: ['estimatedTotalFen', 'Estimated total (预估金额) of its lines.'] })
@Entity('reorder_request')
@Index(['schoolId', 'status'])
@Index(['storeroomRoomId'])
export class ReorderRequest extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school buying.' }) {
  @Field(() => ID, { description: 'The storeroom (仓库) the goods go into when received.' })
  @RefColumn()
  storeroomRoomId: string;

  @Field(() => ReorderStatus, { description: 'Where it is.' })
  @Column('varchar', { length: 12 })
  status: ReorderStatus;

  @Field({ description: 'Its title, also the draft purchase request’s reason.' })
  @Column('varchar', { length: 200 })
  title: string;

  @FenColumn()
  estimatedTotalFen: number;

  @Field(() => ID, { description: 'The account that requested it (the draft’s requester in finance).' })
  @RefColumn()
  requestedByAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The requester’s staff record.' })
  @RefColumn({ nullable: true })
  requestedByStaffId: string | null;

  @Field(() => ID, { nullable: true, description: 'Finance’s purchase request (采购申请), known from its first receipt; null before.' })
  @RefColumn({ nullable: true })
  purchaseRequestId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Column('varchar', { length: 500, nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was received in full or cancelled.' })
  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Row version.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was requested.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * One item of a reorder request. `openStoreroomRoomId` is the storeroom while the line waits for
 * goods and NULL once received or cancelled: the unique index (itemId, openStoreroomRoomId) is what
 * keeps two storekeepers from requesting the same item for the same storeroom at once.
 */
@ObjectType({ description: 'One item of a reorder request (补货明细).' })
@MoneyFields({
  estimatedUnitPrice: ['estimatedUnitPriceFen', 'Estimated price of one unit: the last receipt cost, else the standard cost.'],
})
@Entity('reorder_request_line')
@Index(['reorderId', 'lineNo'], { unique: true })
@Index(['itemId', 'openStoreroomRoomId'], { unique: true })
export class ReorderRequestLine extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The reorder request.' })
  @RefColumn()
  reorderId: string;

  @Field(() => Int, { description: 'Its line, from 1.' })
  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'The consumable item.' })
  @RefColumn()
  itemId: string;

  @Field(() => Int, { description: 'Units in stock in the storeroom when requested.' })
  @Column('int')
  stockWhenRequested: number;

  @Field(() => Int, { description: 'Units requested (the suggested quantity).' })
  @Column('int')
  quantity: number;

  @FenColumn()
  estimatedUnitPriceFen: number;

  @Field(() => Int, { description: 'Units received into the storeroom so far from finance’s receipts.' })
  @Column('int', { default: 0 })
  receivedQuantity: number;

  /** The storeroom while the line is open; NULL once received or cancelled (see the class comment). */
  @RefColumn({ nullable: true })
  openStoreroomRoomId: string | null;
}
