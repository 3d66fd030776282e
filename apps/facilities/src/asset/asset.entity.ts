import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MoneyFields } from '@houqin/common';
import { CreatedAtColumn, FenColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const TAG_NUMBER_MAX = 40;
export const ASSET_NAME_MAX = 100;
export const ASSET_MODEL_MAX = 100;
export const SERIAL_NUMBER_MAX = 100;
export const CLASS_CODE_MAX = 10;
export const ASSET_REASON_MAX = 500;

/** Where an asset stands in its life (资产状态). */
export enum AssetStatus {
  IN_USE = 'IN_USE',
  IDLE = 'IDLE',
  UNDER_REPAIR = 'UNDER_REPAIR',
  LENT = 'LENT',
  DISPOSED = 'DISPOSED',
}
registerEnumType(AssetStatus, {
  name: 'AssetStatus',
  description: 'Where a fixed asset stands (资产状态).',
  valuesConfig: {
    IN_USE: { description: 'In use (在用).' },
    IDLE: { description: 'Idle (闲置): kept but not used.' },
    UNDER_REPAIR: { description: 'Under repair (维修中).' },
    LENT: { description: 'Lent out (出借).' },
    DISPOSED: { description: 'Disposed (已处置): only an approved disposal (AssetDisposal) sets it; it never changes again.' },
  },
});

/** The statuses a person may set by hand (changeAssetStatus): every one but DISPOSED. */
export const MANUAL_STATUSES: readonly AssetStatus[] = [AssetStatus.IN_USE, AssetStatus.IDLE, AssetStatus.UNDER_REPAIR, AssetStatus.LENT];

/** What an asset history row records (资产变动类型). */
export enum AssetEventKind {
  REGISTERED = 'REGISTERED',
  MOVED = 'MOVED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  SCHOOL_CHANGED = 'SCHOOL_CHANGED',
}
registerEnumType(AssetEventKind, {
  name: 'AssetEventKind',
  description: 'What an asset history row records (资产变动类型).',
  valuesConfig: {
    REGISTERED: { description: 'Entered into the register (登记入账), with its first room, custodian and status.' },
    MOVED: { description: 'Moved to another room and/or handed to another custodian (调拨/变更保管人).' },
    STATUS_CHANGED: { description: 'Its status changed (状态变更), e.g. sent for repair, lent, disposed.' },
    SCHOOL_CHANGED: { description: 'It moved to another school with its campus (校区划转), e.g. a school merger.' },
  },
});

/** Who or what caused a history row (变动来源). */
export enum AssetEventSource {
  MANUAL = 'MANUAL',
  IMPORT = 'IMPORT',
  STOCKTAKE = 'STOCKTAKE',
  DISPOSAL = 'DISPOSAL',
  CAMPUS_MOVE = 'CAMPUS_MOVE',
}
registerEnumType(AssetEventSource, {
  name: 'AssetEventSource',
  description: 'Where an asset history row came from (变动来源).',
  valuesConfig: {
    MANUAL: { description: 'A person in the register (手工).' },
    IMPORT: { description: "A school's first load of its register from a spreadsheet (导入)." },
    STOCKTAKE: { description: 'An asset stocktake (资产盘点).' },
    DISPOSAL: { description: 'An approved disposal (资产处置).' },
    CAMPUS_MOVE: { description: "The directory moved the asset's campus to another school (校区划转)." },
  },
});

/**
 * A fixed asset (固定资产; its record is the asset card 资产卡片): one piece of equipment, furniture,
 * a building or a batch of books at or above the capitalisation threshold, with its tag number (资产编号,
 * unique per school), classification code (GB/T 14885), cost, room and custodian. Its room, custodian
 * and status change only through AssetService (moveIn, setStatusIn), each change an AssetEvent row.
 */
@ObjectType({ description: 'A fixed asset (固定资产, 资产卡片): tagged, classified, costed, located and in someone’s custody.' })
@MoneyFields({ cost: ['costFen', 'What it cost (原值): the amount entered in the books when acquired.'] })
@Entity('fixed_asset')
@Index(['schoolId', 'tagNumber'], { unique: true })
@Index(['schoolId', 'status'])
@Index(['roomId'])
@Index(['custodianStaffId'])
export class FixedAsset extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school that owns it (its room’s school).',
}) {
  @Field({ description: 'Tag number (资产编号), unique in the school; printed on its label.' })
  @Column('varchar', { length: TAG_NUMBER_MAX })
  tagNumber: string;

  @Field({ description: 'Its name, e.g. "台式计算机" (desktop computer).' })
  @Column('varchar', { length: ASSET_NAME_MAX })
  name: string;

  @Field({ description: 'Its classification code (资产分类代码, GB/T 14885), one of assetClasses.' })
  @Column('varchar', { length: CLASS_CODE_MAX })
  classCode: string;

  @Field(() => String, { nullable: true, description: 'Model or specification (规格型号).' })
  @Column('varchar', { length: ASSET_MODEL_MAX, nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true, description: "The maker's serial number (出厂编号)." })
  @Column('varchar', { length: SERIAL_NUMBER_MAX, nullable: true })
  serialNumber: string | null;

  @Field({ description: 'The day it was acquired (取得日期), YYYY-MM-DD: depreciation starts in its month.' })
  @Column('date')
  acquiredOn: string;

  @FenColumn()
  costFen: number;

  @Field(() => Int, {
    description:
      'Its useful life in months (使用年限), fixed when it was registered from the district’s settings; 0: not depreciated (books 图书).',
  })
  @Column('int')
  usefulLifeMonths: number;

  @Field(() => ID, { nullable: true, description: 'The purchase request (采购申请, finance) it was bought under, if any.' })
  @RefColumn({ nullable: true })
  purchaseRequestId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room it is in; null when it has none (e.g. a building, or a lent item).' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible for it (保管人/使用人), if any.' })
  @RefColumn({ nullable: true })
  custodianStaffId: string | null;

  @Field(() => AssetStatus, { description: 'Where it stands (资产状态).' })
  @Column('varchar', { length: 16 })
  status: AssetStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The day its disposal was approved (处置日期), YYYY-MM-DD; depreciation stops from that month. Null until disposed.',
  })
  @Column('date', { nullable: true })
  disposedOn: string | null;

  @Field(() => Int, { description: 'Row version: every change moves it on.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * One change of an asset (资产变动记录): append-only, never changed or deleted. An asset's history
 * starts with REGISTERED and has a row per move, status change and school change. `schoolId` is the
 * school that owned the asset when it happened.
 */
@ObjectType({ description: 'One change of a fixed asset (资产变动记录): append-only history.' })
@Entity('asset_event')
@Index(['assetId', 'occurredAt'])
@Index(['schoolId', 'occurredAt'])
export class AssetEvent {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @Field(() => ID, { description: 'The school that owned the asset when it happened.' })
  @RefColumn()
  schoolId: string;

  @Field(() => ID, { description: 'The asset.' })
  @RefColumn()
  assetId: string;

  @Field(() => AssetEventKind, { description: 'What happened.' })
  @Column('varchar', { length: 16 })
  kind: AssetEventKind;

  @Field(() => ID, { nullable: true, description: 'The room before (null: none, or not a move).' })
  @RefColumn({ nullable: true })
  fromRoomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room after.' })
  @RefColumn({ nullable: true })
  toRoomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The custodian before.' })
  @RefColumn({ nullable: true })
  fromCustodianStaffId: string | null;

  @Field(() => ID, { nullable: true, description: 'The custodian after.' })
  @RefColumn({ nullable: true })
  toCustodianStaffId: string | null;

  @Field(() => AssetStatus, { nullable: true, description: 'The status before.' })
  @Column('varchar', { length: 16, nullable: true })
  fromStatus: AssetStatus | null;

  @Field(() => AssetStatus, { nullable: true, description: 'The status after.' })
  @Column('varchar', { length: 16, nullable: true })
  toStatus: AssetStatus | null;

  @Field(() => String, { nullable: true, description: 'Why (原因), as given.' })
  @Column('varchar', { length: ASSET_REASON_MAX, nullable: true })
  reason: string | null;

  @Field(() => AssetEventSource, { description: 'Where the change came from.' })
  @Column('varchar', { length: 16 })
  source: AssetEventSource;

  @Field(() => ID, { nullable: true, description: 'The account that made it; null for an event of the directory (campus move).' })
  @RefColumn({ nullable: true })
  actorAccountId: string | null;

  @Field({ description: 'When it happened.' })
  @InstantColumn()
  occurredAt: Date;
}
