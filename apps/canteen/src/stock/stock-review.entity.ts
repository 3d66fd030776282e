import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { BaseUnit } from '../quantity/quantity.rules';
import { QuantityFields } from '../quantity/quantity.types';
import { STOCK_REASON_MAX } from './stock.entity';

export enum StockWriteOffStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(StockWriteOffStatus, {
  name: 'StockWriteOffStatus',
  description: 'Where a write-off (报损) is: waiting for the director, written off, or refused.',
  valuesConfig: {
    PENDING: { description: "Requested; waiting for the general-affairs director's approval (待审批)." },
    APPROVED: { description: 'Approved: the WRITE_OFF movement took the quantity out of the lot (已报损).' },
    REJECTED: { description: 'Refused by the director; the lot is unchanged (已驳回).' },
  },
});

/**
 * A write-off (报损单): a quantity of one lot to take out of stock, with the reason (expired, spoiled,
 * damaged). The storekeeper or canteen manager requests it; only the general-affairs director
 * approves it, never the one who requested it; approval writes the WRITE_OFF movement.
 */
@ObjectType({ description: "A write-off (报损单) of a lot's quantity, with its reason; the director approves it." })
@QuantityFields({ quantityToWriteOff: ['quantity', 'Quantity to write off, with its unit.'] })
@Entity('stock_write_off')
@Index(['canteenId', 'status'])
@Index(['lotId'])
export class StockWriteOff extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose canteen holds the lot.',
}) {
  @Field(() => ID, { description: 'The canteen.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The lot to write off from.' })
  @RefColumn()
  lotId: string;

  @Field(() => BaseUnit, { description: 'The base unit of the quantity (the lot’s).' })
  @Column('varchar', { length: 10 })
  baseUnit: BaseUnit;

  @Field(() => Int, { description: 'Quantity to write off, in the base unit.' })
  @Column('int')
  quantity: number;

  @Field({ description: 'Why (报损原因), e.g. "expired 2026-10-01" or "mouldy".' })
  @Column('varchar', { length: STOCK_REASON_MAX })
  reason: string;

  @Field(() => StockWriteOffStatus, { description: 'Where it is.' })
  @Column('varchar', { length: 10 })
  status: StockWriteOffStatus;

  @Field(() => ID, { description: 'The account that requested it.' })
  @RefColumn()
  requestedByAccountId: string;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was requested.' })
  @CreatedAtColumn()
  createdAt: Date;
}

export enum StocktakeStatus {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(StocktakeStatus, {
  name: 'StocktakeStatus',
  description: 'Where a stocktake (盘点) is.',
  valuesConfig: {
    OPEN: { description: 'Counting: counts may be recorded (盘点中).' },
    SUBMITTED: { description: "Counted; its differences wait for the director's approval (待审批)." },
    APPROVED: { description: 'Approved: each difference became a STOCKTAKE_GAIN or STOCKTAKE_LOSS movement (已调整).' },
    REJECTED: { description: 'Refused by the director: no movement; count again in a new stocktake (已驳回).' },
  },
});

/**
 * A stocktake (盘点单) of one canteen: lots counted one by one; the differences from the books
 * (盘盈/盘亏) wait for the director's approval and then become adjusting movements. Nothing is edited away.
 */
@ObjectType({
  description: 'A stocktake (盘点单) of a canteen: counts per lot whose differences become movements once the director approves.',
})
@Entity('stocktake')
@Index(['canteenId', 'status'])
export class Stocktake extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose canteen is counted.',
}) {
  @Field(() => ID, { description: 'The canteen counted.' })
  @RefColumn()
  canteenId: string;

  @Field(() => StocktakeStatus, { description: 'Where it is.' })
  @Column('varchar', { length: 10 })
  status: StocktakeStatus;

  @Field(() => ID, { description: 'The account that opened it.' })
  @RefColumn()
  openedByAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The account that submitted it for approval.' })
  @RefColumn({ nullable: true })
  submittedByAccountId: string | null;

  @Field(() => Int, { description: 'Row version (optimistic locking): every recorded count moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was opened.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One lot counted in a stocktake: the books at the time of the count, and what was counted. */
@ObjectType({ description: 'A lot counted in a stocktake (盘点明细): the books when counted, the count, the difference.' })
@QuantityFields({
  bookQuantity: ['systemQuantity', 'What the books said when it was counted (账面数量).'],
  counted: ['countedQuantity', 'What was counted (实盘数量).'],
  differenceQuantity: ['difference', 'Counted less books (盘盈为正, 盘亏为负).'],
})
@Entity('stocktake_count')
@Index(['stocktakeId', 'lotId'], { unique: true })
@Index(['lotId'])
export class StocktakeCount {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  stocktakeId: string;

  @Field(() => ID, { description: 'The lot counted.' })
  @RefColumn()
  lotId: string;

  @Field(() => BaseUnit, { description: 'The base unit of the quantities (the lot’s).' })
  @Column('varchar', { length: 10 })
  baseUnit: BaseUnit;

  @Field(() => Int, { description: 'Balance on the books when it was counted, base units.' })
  @Column('int')
  systemQuantity: number;

  @Field(() => Int, { description: 'Quantity counted, base units (0: none found).' })
  @Column('int')
  countedQuantity: number;

  @Field(() => Int, { description: 'Counted less books, base units: positive a gain (盘盈), negative a loss (盘亏).' })
  @Column('int')
  difference: number;

  @Field(() => ID, { description: 'The account that recorded the count.' })
  @RefColumn()
  countedByAccountId: string;

  @Field({ description: 'When the count was recorded.' })
  @CreatedAtColumn()
  countedAt: Date;
}
