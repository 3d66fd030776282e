import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { BaseUnit } from '../quantity/quantity.rules';
import { QuantityFields } from '../quantity/quantity.types';
import { CreatedAtColumn, FenColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const BATCH_NUMBER_MAX = 60;
export const STOCK_REASON_MAX = 500;

/**
 * A stock lot (批次): one accepted delivery item (or an opening balance) sitting in one storage
 * location of a canteen, with its batch, dates, quantity and cost. Its balance and remaining cost
 * change only through movements (stock.store.ts's conditional updates), never by an edit.
 */
@ObjectType({ description: 'A stock lot (库存批次): goods of one batch received into a storage location of a canteen.' })
@MoneyFields({
  cost: ['costFen', 'What the lot cost when received (进价金额).'],
  balanceCost: ['balanceCostFen', 'Cost of what is left (库存金额): the lot cost less the cost of what left it, plus stocktake gains.'],
})
@QuantityFields({
  received: ['receivedQuantity', 'Quantity received (入库数量).'],
  balanceQuantity: ['balance', 'Quantity left (结存数量).'],
})
@Entity('stock_lot')
@Index(['canteenId', 'ingredientId', 'expiresOn'])
@Index(['deliveryItemId'])
@Index(['schoolId'])
export class StockLot extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school whose canteen holds it.' }) {
  @Field(() => ID, { description: 'The canteen (食堂) that holds it.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The storage location (库位) it sits in.' })
  @RefColumn()
  locationId: string;

  @Field(() => ID, { description: 'The ingredient (食材) of the catalogue.' })
  @RefColumn()
  ingredientId: string;

  @Field(() => ID, { nullable: true, description: 'The accepted delivery item (进货查验记录) it came from; null for an opening balance.' })
  @RefColumn({ nullable: true })
  deliveryItemId: string | null;

  @Field(() => ID, { nullable: true, description: 'The supplier (供应商) it came from, when known.' })
  @RefColumn({ nullable: true })
  supplierId: string | null;

  @Field(() => String, { nullable: true, description: "The producer's batch number (生产批号)." })
  @Column('varchar', { length: BATCH_NUMBER_MAX, nullable: true })
  batchNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Production date (生产日期), YYYY-MM-DD.' })
  @Column('date', { nullable: true })
  productionDate: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Expiry date (保质期至), YYYY-MM-DD: the last day it may be used; from that day on it is only written off. Null: none.',
  })
  @Column('date', { nullable: true })
  expiresOn: string | null;

  @Field(() => BaseUnit, { description: "The ingredient's base unit (基本单位) every quantity of the lot is in." })
  @Column('varchar', { length: 10 })
  baseUnit: BaseUnit;

  @Field(() => Int, { description: 'Quantity received, in the base unit of the ingredient (g, mL or pieces).' })
  @Column('int')
  receivedQuantity: number;

  @Field(() => Int, { description: 'Quantity left (结存), in the base unit: always the sum of its movements, never negative.' })
  @Column('int')
  balance: number;

  @FenColumn()
  costFen: number;

  @FenColumn()
  balanceCostFen: number;

  @Field({ description: 'The day it was received (入库日期), YYYY-MM-DD in the school’s zone.' })
  @Column('date')
  receivedOn: string;

  @Field(() => Int, { description: 'Row version: every movement moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}

export enum StockMovementKind {
  RECEIPT = 'RECEIPT',
  ISSUE = 'ISSUE',
  WRITE_OFF = 'WRITE_OFF',
  STOCKTAKE_GAIN = 'STOCKTAKE_GAIN',
  STOCKTAKE_LOSS = 'STOCKTAKE_LOSS',
}
registerEnumType(StockMovementKind, {
  name: 'StockMovementKind',
  description: 'Why stock moved (库存变动类型).',
  valuesConfig: {
    RECEIPT: { description: 'Received from an accepted delivery (入库).' },
    ISSUE: { description: 'Issued to a meal service (出库/领用).' },
    WRITE_OFF: { description: "Written off with the director's approval (报损), e.g. expired or spoiled." },
    STOCKTAKE_GAIN: { description: 'More counted than on the books, approved (盘盈).' },
    STOCKTAKE_LOSS: { description: 'Less counted than on the books, approved (盘亏).' },
  },
});

/**
 * One movement of a lot (库存流水): append-only, never changed or deleted. A lot's movements sum to
 * its balance (帐物相符), in quantity and in cost.
 */
@ObjectType({ description: 'A movement of a stock lot (库存流水): append-only; a lot’s movements always sum to its balance.' })
@MoneyFields({ cost: ['costFen', 'Cost moved, signed: positive in, negative out (金额).'] })
@QuantityFields({ moved: ['quantity', 'Quantity moved, signed, with its unit.'] })
@Entity('stock_movement')
@Index(['lotId', 'at'])
@Index(['mealServiceId'])
@Index(['canteenId', 'at'])
export class StockMovement {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @Field(() => ID, { description: 'The school.' })
  @RefColumn()
  schoolId: string;

  @Field(() => ID, { description: 'The canteen.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The lot that moved.' })
  @RefColumn()
  lotId: string;

  @Field(() => StockMovementKind, { description: 'Why it moved.' })
  @Column('varchar', { length: 16 })
  kind: StockMovementKind;

  @Field(() => BaseUnit, { description: 'The base unit of the quantity (the lot’s).' })
  @Column('varchar', { length: 10 })
  baseUnit: BaseUnit;

  @Field(() => Int, { description: 'Quantity moved in the base unit, signed: positive in, negative out.' })
  @Column('int')
  quantity: number;

  @FenColumn()
  costFen: number;

  @Field(() => ID, { nullable: true, description: 'The meal service (餐次) it was issued to, for an issue.' })
  @RefColumn({ nullable: true })
  mealServiceId: string | null;

  @Field(() => ID, { nullable: true, description: 'The write-off (报损单) or stocktake (盘点单) it came from.' })
  @RefColumn({ nullable: true })
  sourceId: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that moved it (the approver for a write-off or stocktake).' })
  @RefColumn({ nullable: true })
  byAccountId: string | null;

  @Field({ description: 'When.' })
  @InstantColumn()
  at: Date;

  @Field(() => String, { nullable: true, description: 'Why, in words (e.g. the write-off reason).' })
  @Column('varchar', { length: STOCK_REASON_MAX, nullable: true })
  reason: string | null;
}
