import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const DISPOSAL_REASON_MAX = 500;

/** Where a disposal request stands (处置申请状态). */
export enum AssetDisposalStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssetDisposalStatus, {
  name: 'AssetDisposalStatus',
  description: 'Where a disposal request stands (处置申请状态).',
  valuesConfig: {
    PENDING_APPROVAL: { description: 'Waiting for the approval level named by nextApprovalRole (待审批).' },
    APPROVED: { description: 'Approved at its last level (已批准): the asset is DISPOSED and finance writes it off.' },
    REJECTED: { description: 'Rejected at a level, with a reason (已驳回): the asset stays on the register.' },
    CANCELLED: { description: 'Withdrawn by its requester before the last approval (已撤回).' },
  },
});

/** How an asset leaves the register (处置方式): the values of the facilities.asset.disposed event. */
export enum AssetDisposalMethod {
  SCRAPPED = 'SCRAPPED',
  SOLD = 'SOLD',
  TRANSFERRED = 'TRANSFERRED',
  DONATED = 'DONATED',
  LOST = 'LOST',
}
registerEnumType(AssetDisposalMethod, {
  name: 'AssetDisposalMethod',
  description: 'How an asset leaves the register (处置方式).',
  valuesConfig: {
    SCRAPPED: { description: 'Scrapped (报废): broken beyond repair or worn out.' },
    SOLD: { description: 'Sold (出售), usually at auction; the proceeds go to the school’s account.' },
    TRANSFERRED: { description: 'Transferred without payment to another unit (无偿调拨).' },
    DONATED: { description: 'Donated (对外捐赠).' },
    LOST: { description: 'Lost or missing (盘亏/丢失), e.g. not found by a stocktake.' },
  },
});

/** What filed a disposal request (申请来源). */
export enum AssetDisposalSource {
  MANUAL = 'MANUAL',
  STOCKTAKE = 'STOCKTAKE',
}
registerEnumType(AssetDisposalSource, {
  name: 'AssetDisposalSource',
  description: 'What filed a disposal request (申请来源).',
  valuesConfig: {
    MANUAL: { description: 'A person, through requestAssetDisposal (手工申请).' },
    STOCKTAKE: { description: 'An approved asset stocktake, for an asset it did not find (盘亏).' },
  },
});

/** Who approves at a level of disposal approval (审批层级). */
export enum AssetDisposalApproverRole {
  GENERAL_AFFAIRS_DIRECTOR = 'GENERAL_AFFAIRS_DIRECTOR',
  PRINCIPAL = 'PRINCIPAL',
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
}
registerEnumType(AssetDisposalApproverRole, {
  name: 'AssetDisposalApproverRole',
  description: 'Who approves at a level of asset disposal (处置审批层级).',
  valuesConfig: {
    GENERAL_AFFAIRS_DIRECTOR: { description: 'The school’s general-affairs director (总务主任).' },
    PRINCIPAL: { description: 'The school’s principal (校长).' },
    DISTRICT_ADMIN: { description: 'The district education bureau (区教育局): a district administrator.' },
  },
});

/**
 * A request to dispose of a fixed asset (资产处置申请: 报废, 出售, 调拨, 捐赠, 盘亏): its reason and method,
 * the asset's cost, accumulated depreciation and net book value when it was filed, and the approval
 * levels the district's settings required for it then (`approvalRoles`, approved one after the other:
 * `approvedCount` of them so far). The last approval sets the asset DISPOSED and publishes
 * facilities.asset.disposed (finance writes it off). Its steps are FacilitiesStep rows; nothing edits
 * or deletes it.
 */
@ObjectType({
  description:
    'A request to dispose of a fixed asset (资产处置申请): reason, method, book value when filed, and the approval levels it needs.',
})
@MoneyFields({
  expectedProceeds: ['expectedProceedsFen', 'Money expected for it (预计处置收入), e.g. a sale or scrap price; 0 when none.'],
  cost: ['costFen', 'The asset’s cost (原值) when the request was filed.'],
  accumulatedDepreciation: [
    'accumulatedDepreciationFen',
    'Depreciation accumulated (累计折旧) when filed: to the end of the month before the filing month (a disposal month is not charged).',
  ],
  netBookValue: ['netBookValueFen', 'Net book value (净值) when filed = cost − accumulated depreciation.'],
  approvalValue: [
    'approvalValueFen',
    'The value the approval levels were chosen by: the cost or the net book value, as the settings’ basis said.',
  ],
  writtenOffAccumulatedDepreciation: [
    'writtenOffAccumulatedDepreciationFen',
    'Accumulated depreciation at the disposal day (to the end of the month before it), as published to finance; null until approved.',
    { nullable: true },
  ],
  writtenOffNetBookValue: [
    'writtenOffNetBookValueFen',
    'Net book value at the disposal day, as published to finance (the write-off 资产核销); null until approved.',
    { nullable: true },
  ],
})
@Entity('asset_disposal')
@Index(['schoolId', 'status'])
@Index(['assetId'])
@Index(['openAssetId'], { unique: true })
export class AssetDisposal extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose register carries the asset.',
}) {
  @Field(() => ID, { description: 'The asset to dispose of (资产卡片).' })
  @RefColumn()
  assetId: string;

  /** The asset's id while the request is PENDING_APPROVAL, else null: a unique index keeps one open request per asset. */
  @RefColumn({ nullable: true })
  openAssetId: string | null;

  @Field({ description: 'Why it is disposed of (处置原因), e.g. "主板损坏, 无维修价值".' })
  @Column('varchar', { length: DISPOSAL_REASON_MAX })
  reason: string;

  @Field(() => AssetDisposalMethod, { description: 'How it leaves the register (处置方式).' })
  @Column('varchar', { length: 12 })
  method: AssetDisposalMethod;

  @Field(() => AssetDisposalSource, { description: 'What filed it (申请来源).' })
  @Column('varchar', { length: 10 })
  source: AssetDisposalSource;

  @FenColumn()
  expectedProceedsFen: number;

  @FenColumn()
  costFen: number;

  @FenColumn()
  accumulatedDepreciationFen: number;

  @FenColumn()
  netBookValueFen: number;

  @FenColumn()
  approvalValueFen: number;

  @Field({ description: 'The month (YYYY-MM) the request was filed in; its book values are as of the end of the month before.' })
  @Column('varchar', { length: 7 })
  valuationMonth: string;

  @Field(() => AssetDisposalStatus, { description: 'Where it stands.' })
  @Column('varchar', { length: 16 })
  status: AssetDisposalStatus;

  @Field(() => [AssetDisposalApproverRole], {
    description: 'The levels that must approve it, in order (审批层级), fixed when it was filed from the district’s settings.',
  })
  @Column('simple-json')
  approvalRoles: AssetDisposalApproverRole[];

  @Field(() => Int, { description: 'How many of approvalRoles have approved so far.' })
  @Column('int')
  approvedCount: number;

  @Field(() => AssetDisposalApproverRole, {
    nullable: true,
    description: 'The level it waits for now (待…审批); null once decided.',
  })
  @Column('varchar', { length: 24, nullable: true })
  nextApprovalRole: AssetDisposalApproverRole | null;

  @Field(() => ID, { description: 'The account that filed it (it never approves or rejects it: separation of duties).' })
  @RefColumn()
  requesterAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The requester’s staff record, if their account has one.' })
  @RefColumn({ nullable: true })
  requesterStaffId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day it was approved at its last level (处置日期), YYYY-MM-DD; null until then.',
  })
  @Column('date', { nullable: true })
  disposedOn: string | null;

  @FenColumn({ nullable: true })
  writtenOffAccumulatedDepreciationFen: number | null;

  @FenColumn({ nullable: true })
  writtenOffNetBookValueFen: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved at its last level, rejected or cancelled.' })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => Int, { description: 'Row version: every step moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was filed.' })
  @CreatedAtColumn()
  createdAt: Date;
}
