import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

/** How an asset left the school's register (处置方式), as facilities.asset.disposed says. */
export enum AssetWriteOffMethod {
  SCRAPPED = 'SCRAPPED',
  SOLD = 'SOLD',
  TRANSFERRED = 'TRANSFERRED',
  DONATED = 'DONATED',
  LOST = 'LOST',
}
registerEnumType(AssetWriteOffMethod, {
  name: 'AssetWriteOffMethod',
  description: 'How a written-off asset left the register (处置方式).',
  valuesConfig: {
    SCRAPPED: { description: 'Scrapped (报废).' },
    SOLD: { description: 'Sold (出售); the proceeds are received (and remitted) as a receipt of their own.' },
    TRANSFERRED: { description: 'Transferred without payment (无偿调拨).' },
    DONATED: { description: 'Donated (对外捐赠).' },
    LOST: { description: 'Lost or missing (盘亏).' },
  },
});

/**
 * A fixed asset written off the school's books (资产核销): one row per approved disposal, recorded
 * once from facilities.asset.disposed (the inbox and the unique `disposalId` make a redelivered or
 * replayed event add nothing). It is a register, not a journal entry: finance's ledgers are the
 * schools' fund accounts (bank, spending by budget category), where an asset's purchase was spending
 * and no fixed-asset balance is kept, so a write-off moves no money and no budget line. Its
 * financial-accounting voucher (Dr 累计折旧, Dr 资产处置费用 / Cr 固定资产) is shown as `voucherLines`
 * for the books kept under the government accounting rules. Never changed or deleted.
 */
@ObjectType({
  description:
    'A fixed asset written off the school’s books (资产核销), recorded once from an approved disposal (facilities.asset.disposed). Never changed.',
})
@MoneyFields({
  cost: ['costFen', 'Its cost (原值) written off.'],
  accumulatedDepreciation: ['accumulatedDepreciationFen', 'Depreciation accumulated (累计折旧) up to the disposal month.'],
  netBookValue: ['netBookValueFen', 'Net book value (净值) = cost − accumulated depreciation: the disposal expense (资产处置费用).'],
  proceeds: [
    'proceedsFen',
    'Money the disposal is expected to bring (处置收入); received through a receipt of its own, not by this record.',
  ],
})
@Entity('asset_write_off')
@Index(['disposalId'], { unique: true })
@Index(['schoolId', 'period'])
export class AssetWriteOff extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose register carried the asset.',
}) {
  @Field(() => ID, { description: 'The disposal request in facilities (AssetDisposal).' })
  @RefColumn()
  disposalId: string;

  @Field(() => ID, { description: 'The asset in facilities (FixedAsset).' })
  @RefColumn()
  assetId: string;

  @Field({ description: 'Its tag number (资产编号).' })
  @Column('varchar', { length: 40 })
  tagNumber: string;

  @Field({ description: 'Its name.' })
  @Column('varchar', { length: 200 })
  name: string;

  @Field({ description: 'Its classification code (GB/T 14885 资产分类代码).' })
  @Column('varchar', { length: 20 })
  classCode: string;

  @Field(() => AssetWriteOffMethod, { description: 'How it left the register (处置方式).' })
  @Column('varchar', { length: 12 })
  method: AssetWriteOffMethod;

  @FenColumn()
  costFen: number;

  @FenColumn()
  accumulatedDepreciationFen: number;

  @FenColumn()
  netBookValueFen: number;

  @FenColumn()
  proceedsFen: number;

  @Field({ description: 'The day the disposal was approved (处置日期), YYYY-MM-DD.' })
  @Column('date')
  disposedOn: string;

  @Field({ description: 'The month (YYYY-MM) of the disposal day: the write-off’s period.' })
  @Column('varchar', { length: 7 })
  period: string;

  @Field(() => ID, { description: 'The event it was recorded from (facilities.asset.disposed).' })
  @RefColumn()
  eventId: string;

  @Field({ description: 'When finance recorded it.' })
  @CreatedAtColumn()
  recordedAt: Date;
}
