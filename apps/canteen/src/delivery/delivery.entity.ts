import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { StorageKind } from '../canteen/canteen.entity';
import { BaseUnit, QuantityUnit } from '../quantity/quantity.rules';
import { QuantityFields } from '../quantity/quantity.types';
import { formatTemperature } from './delivery.rules';

export const INVOICE_NUMBER_MAX = 40;
export const DOCUMENT_NUMBER_MAX = 40;
export const BATCH_NUMBER_MAX = 60;
export const DELIVERY_TEXT_MAX = 500;

/** How long an inspection record is kept, as the schema states it (食品安全法 第五十条, 第五十三条). */
export const RETENTION_RULE =
  'Inspection records (进货查验记录) and the documents sighted are kept at least six months past the expiry of the goods, and at least two years from the delivery where the goods have no shelf life; none is ever edited or deleted.';

/** 送货 → 查验 → (大宗食品复核) → 验收入库, or 拒收. */
export enum DeliveryStatus {
  PENDING_SECOND_INSPECTION = 'PENDING_SECOND_INSPECTION',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where a delivery is in receiving inspection (进货查验): waiting for its second inspector, accepted into stock, or refused.',
  valuesConfig: {
    PENDING_SECOND_INSPECTION: {
      description:
        'Recorded with bulk staples (大宗食品) accepted by the first inspector: waiting for a second, different inspector (复核).',
    },
    ACCEPTED: { description: 'Accepted (验收入库): its accepted items are stock lots and finance has been told to post the cost.' },
    REJECTED: {
      description:
        'Refused as a whole (拒收): every item was rejected at the door, or the second inspector refused it. Nothing entered stock.',
    },
  },
});

/** The verdict on one item at the door. */
export enum DeliveryItemStatus {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DeliveryItemStatus, {
  name: 'DeliveryItemStatus',
  description: 'The inspection verdict on one item (查验结论).',
  valuesConfig: {
    ACCEPTED: { description: 'Passed inspection (合格): it enters stock when the delivery is accepted.' },
    REJECTED: { description: 'Rejected (不合格, 拒收), with the reason.' },
  },
});

/**
 * A delivery from a supplier to a canteen and its receiving inspection (进货查验, 索证索票): the
 * documents sighted, who inspected it, and its items. Never edited or deleted; its status moves only
 * through the delivery flow (delivery.flow.ts).
 */
@ObjectType({ description: `A delivery to a canteen and its receiving inspection (进货查验记录, 索证索票). ${RETENTION_RULE}` })
@MoneyFields({
  acceptedTotal: ['acceptedTotalFen', 'Total of the accepted items (验收金额): the food cost and what is owed to the supplier.'],
  deliveredTotal: ['deliveredTotalFen', 'Total of every item delivered, accepted or not.'],
})
@Entity('delivery')
@Index(['canteenId', 'deliveredOn'])
@Index(['schoolId', 'status'])
@Index(['supplierId'])
export class Delivery extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose canteen received it.',
}) {
  @Field(() => ID, { description: 'The canteen (食堂) that received it.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The supplier (供应商) it came from.' })
  @RefColumn()
  supplierId: string;

  @Field({ description: "The day it arrived (到货日期), YYYY-MM-DD in the school's zone." })
  @Column('date')
  deliveredOn: string;

  @Field({ description: 'Number of the invoice or delivery note sighted (索票: 发票/送货单号).' })
  @Column('varchar', { length: INVOICE_NUMBER_MAX })
  invoiceNumber: string;

  @Field({ description: "Number of the supplier's food-business licence sighted at the door (索证: 食品经营许可证)." })
  @Column('varchar', { length: DOCUMENT_NUMBER_MAX })
  supplierLicenceNumber: string;

  @Field(() => DeliveryStatus, { description: 'Where it is in receiving inspection.' })
  @Column('varchar', { length: 28 })
  status: DeliveryStatus;

  @Field({
    description: 'True when an accepted item is a bulk staple (大宗食品: a district setting) and a second inspector must confirm it.',
  })
  @Column('boolean')
  secondInspectionRequired: boolean;

  @Field(() => ID, { description: 'The account of the inspector who recorded it (查验人).' })
  @RefColumn()
  inspectorAccountId: string;

  @Field(() => ID, { nullable: true, description: "The inspector's staff record; null for an account without one." })
  @RefColumn({ nullable: true })
  inspectorStaffId: string | null;

  @Field(() => ID, { nullable: true, description: 'The account of the second inspector (复核人), a different person; null until then.' })
  @RefColumn({ nullable: true })
  secondInspectorAccountId: string | null;

  @Field(() => ID, { nullable: true, description: "The second inspector's staff record, when they have one." })
  @RefColumn({ nullable: true })
  secondInspectorStaffId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the second inspector confirmed or refused it.' })
  @InstantColumn({ nullable: true })
  secondInspectedAt: Date | null;

  @FenColumn()
  acceptedTotalFen: number;

  @FenColumn()
  deliveredTotalFen: number;

  @Field({
    description: `The last day this record must be kept (保存期限), YYYY-MM-DD: six months past the latest expiry of its goods, two years from the delivery for goods without a shelf life. ${RETENTION_RULE}`,
  })
  @Column('date')
  retainUntil: string;

  @Field(() => String, { nullable: true, description: 'Remarks of the inspector.' })
  @Column('varchar', { length: DELIVERY_TEXT_MAX, nullable: true })
  remarks: string | null;

  @Field(() => Int, { description: 'Row version: only a step of its flow moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was recorded (查验时间).' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One item of a delivery and what was found at the door. Never edited or deleted. */
@ObjectType({ description: `One item of a delivery and its inspection (查验明细). ${RETENTION_RULE}` })
@MoneyFields({
  unitPrice: ['unitPriceFen', 'Price of one delivered unit (单价), in the unit the quantity was typed in (per kg, per 斤, per box …).'],
  lineTotal: ['lineTotalFen', 'Quantity × unit price (金额), exact to the fen.'],
})
@QuantityFields({ quantity: ['baseQuantity', 'Quantity delivered, in whole base units of the ingredient (g, mL or pieces).'] })
@Entity('delivery_item')
@Index(['deliveryId', 'lineNo'], { unique: true })
@Index(['ingredientId'])
@Index(['batchNumber'])
export class DeliveryItem extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose canteen received it.',
}) {
  @Field(() => ID, { description: 'The delivery it is part of.' })
  @RefColumn()
  deliveryId: string;

  @Field(() => Int, { description: 'Its line on the delivery, from 1.' })
  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'The ingredient (食材) of the catalogue.' })
  @RefColumn()
  ingredientId: string;

  @Field({ description: "The ingredient's category when it was received (e.g. MEAT, GRAIN)." })
  @Column('varchar', { length: 16 })
  ingredientCategory: string;

  /** Whole base units (g, mL or pieces), exposed as `quantity`. */
  @Column('int')
  baseQuantity: number;

  @Field(() => BaseUnit, { description: 'The base unit the quantity is kept in.' })
  @Column('varchar', { length: 12 })
  baseUnit: BaseUnit;

  @Field({ description: 'The amount as typed at the door, e.g. "50" (in deliveredUnit).' })
  @Column('varchar', { length: 30 })
  deliveredAmount: string;

  @Field(() => QuantityUnit, { description: 'The unit it was typed in, which the unit price is for.' })
  @Column('varchar', { length: 8 })
  deliveredUnit: QuantityUnit;

  @FenColumn()
  unitPriceFen: number;

  @FenColumn()
  lineTotalFen: number;

  @Field({ description: "The producer's batch number (生产批号), as on the label." })
  @Column('varchar', { length: BATCH_NUMBER_MAX })
  batchNumber: string;

  @Field({ description: 'Production date (生产日期), YYYY-MM-DD.' })
  @Column('date')
  productionDate: string;

  @Field(() => Int, { nullable: true, description: 'Shelf life in days (保质期), when the label states it that way.' })
  @Column('int', { nullable: true })
  shelfLifeDays: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The last day it may be used (保质期至), YYYY-MM-DD: from the shelf life (the production day counting as the first) or as stated; null for goods without a shelf life.',
  })
  @Column('date', { nullable: true })
  expiresOn: string | null;

  @Field(() => StorageKind, { description: 'How the label says it is kept (贮存条件): dry, chilled or frozen.' })
  @Column('varchar', { length: 8 })
  keptAt: StorageKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Temperature on arrival in tenths of ℃ (−185 is −18.5 ℃); null for dry goods not measured.',
  })
  @Column('int', { nullable: true })
  arrivalTemperatureTenths: number | null;

  @Field(() => ID, { nullable: true, description: 'The storage location (库位) it was put in; null for a rejected item.' })
  @RefColumn({ nullable: true })
  locationId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the animal quarantine certificate (动物检疫合格证明) sighted, for meat and poultry.',
  })
  @Column('varchar', { length: DOCUMENT_NUMBER_MAX, nullable: true })
  quarantineCertificateNumber: string | null;

  @Field({ description: 'Whether the sensory check (感官检查: colour, smell, texture, packaging) passed.' })
  @Column('boolean')
  sensoryOk: boolean;

  @Field(() => String, { nullable: true, description: 'What the sensory check found.' })
  @Column('varchar', { length: DELIVERY_TEXT_MAX, nullable: true })
  sensoryNotes: string | null;

  @Field(() => DeliveryItemStatus, { description: 'The verdict at the door (查验结论).' })
  @Column('varchar', { length: 8 })
  status: DeliveryItemStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (拒收原因); null when accepted.' })
  @Column('varchar', { length: DELIVERY_TEXT_MAX, nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'The temperature on arrival as read, e.g. "−18.5 ℃".' })
  get arrivalTemperature(): string | null {
    return this.arrivalTemperatureTenths === null || this.arrivalTemperatureTenths === undefined
      ? null
      : formatTemperature(this.arrivalTemperatureTenths);
  }
}
