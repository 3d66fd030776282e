import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

/** Longest scanned code kept (a tag number is at most 40 characters; a longer code is refused, not cut). */
export const SCAN_CODE_MAX = 64;
export const STOCKTAKE_NOTE_MAX = 200;
export const STOCKTAKE_REASON_MAX = 500;

/** What an asset stocktake counts (盘点范围). */
export enum AssetStocktakeScope {
  SCHOOL = 'SCHOOL',
  CAMPUS = 'CAMPUS',
  ROOM = 'ROOM',
}
registerEnumType(AssetStocktakeScope, {
  name: 'AssetStocktakeScope',
  description: 'What an asset stocktake counts (盘点范围).',
  valuesConfig: {
    SCHOOL: { description: 'Every room of the school (全校盘点).' },
    CAMPUS: { description: 'Every room of one campus (校区盘点).' },
    ROOM: { description: 'One room (单间盘点).' },
  },
});

/** Where an asset stocktake is (盘点状态). */
export enum AssetStocktakeStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AssetStocktakeStatus, {
  name: 'AssetStocktakeStatus',
  description: 'Where an asset stocktake (资产盘点) is.',
  valuesConfig: {
    OPEN: { description: 'Scanning (盘点中): tags may be scanned.' },
    CLOSED: { description: "Closed (待审批): its differences are computed and frozen; they wait for the director's decision." },
    APPROVED: { description: 'Approved (已审批): accepted differences became moves and disposal requests.' },
    REJECTED: { description: 'Rejected (已驳回): nothing changed in the register; count again in a new stocktake.' },
  },
});

/** A difference between the register and what was scanned (盘点差异). */
export enum AssetStocktakeDifferenceKind {
  MISSING = 'MISSING',
  WRONG_ROOM = 'WRONG_ROOM',
  UNREGISTERED = 'UNREGISTERED',
}
registerEnumType(AssetStocktakeDifferenceKind, {
  name: 'AssetStocktakeDifferenceKind',
  description: 'A difference between the register and the scans (盘点差异).',
  valuesConfig: {
    MISSING: { description: 'Expected but not scanned (盘亏): approved, it becomes a disposal request (method LOST).' },
    WRONG_ROOM: { description: 'Scanned in another room than its register room (位置不符): approved, the asset is moved there.' },
    UNREGISTERED: {
      description:
        'A scanned code that is no asset of the school, or the tag of a disposed one (盘盈/无账): register it by hand if it is real.',
    },
  },
});

/** What the director decided on a difference (差异处理). */
export enum AssetStocktakeDifferenceOutcome {
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(AssetStocktakeDifferenceOutcome, {
  name: 'AssetStocktakeDifferenceOutcome',
  description: "The director's decision on a difference (差异处理).",
  valuesConfig: {
    ACCEPTED: { description: 'Accepted (确认): moved, or a disposal request filed; an unregistered tag is only noted.' },
    DISMISSED: { description: 'Left out of the approval (不处理): the register is unchanged for it.' },
  },
});

/**
 * An asset stocktake (资产盘点单) of a school, a campus or a room: the assets expected at opening are
 * snapshotted (AssetStocktakeExpected), tags are scanned room by room (AssetStocktakeScan), closing
 * computes and freezes the differences (AssetStocktakeDifference), and the general-affairs director
 * approves them (moves, disposal requests) or rejects the stocktake.
 */
@ObjectType({
  description:
    'An asset stocktake (资产盘点单): expected assets snapshotted at opening, tags scanned room by room, differences frozen at closing and decided by the director.',
})
@Entity('asset_stocktake')
@Index(['schoolId', 'status'])
export class AssetStocktake extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school counted.',
}) {
  @Field(() => AssetStocktakeScope, { description: 'What it counts (盘点范围).' })
  @Column('varchar', { length: 8 })
  scope: AssetStocktakeScope;

  @Field(() => ID, { nullable: true, description: "The campus counted (CAMPUS), or the room's campus (ROOM); null for SCHOOL." })
  @RefColumn({ nullable: true })
  campusId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room counted (ROOM); null otherwise.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => String, { nullable: true, description: 'A note, e.g. "2026秋季学期期末盘点".' })
  @Column('varchar', { length: STOCKTAKE_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => AssetStocktakeStatus, { description: 'Where it is.' })
  @Column('varchar', { length: 10 })
  status: AssetStocktakeStatus;

  @Field(() => ID, { description: 'The account that opened it.' })
  @RefColumn()
  openedByAccountId: string;

  @Field(() => ID, { nullable: true, description: 'The account that closed it (it may not approve it: separation of duties).' })
  @RefColumn({ nullable: true })
  closedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'How many assets were expected (应盘数): the snapshot taken at opening.' })
  @Column('int')
  expectedCount: number;

  /** The counts frozen at closing (null while open): see AssetStocktakeSummary. */
  @Column('int', { nullable: true })
  scannedCount: number | null;

  @Column('int', { nullable: true })
  foundCount: number | null;

  @Column('int', { nullable: true })
  missingCount: number | null;

  @Column('int', { nullable: true })
  wrongRoomCount: number | null;

  @Column('int', { nullable: true })
  unregisteredCount: number | null;

  @Field(() => Int, { description: 'Row version: every step moves it on (scans do not).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was opened.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * An asset expected by a stocktake (应盘资产): a row per asset in scope at opening (not disposed, not
 * lent, in a room of the scope), with its tag and room as they were then, so later moves do not change
 * what the stocktake expected. Never changed.
 */
@ObjectType({ description: 'An asset a stocktake expected (应盘资产): its tag and room as they were when the stocktake was opened.' })
@Entity('asset_stocktake_expected')
@Index(['stocktakeId', 'assetId'], { unique: true })
export class AssetStocktakeExpected {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The stocktake.' })
  @RefColumn()
  stocktakeId: string;

  @Field(() => ID, { description: 'The asset.' })
  @RefColumn()
  assetId: string;

  @Field({ description: 'Its tag number (资产编号) at opening.' })
  @Column('varchar', { length: SCAN_CODE_MAX })
  tagNumber: string;

  @Field({ description: 'Its name at opening.' })
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => ID, { description: 'Its register room at opening (账面位置).' })
  @RefColumn()
  roomId: string;
}

/**
 * One scanned code (扫码记录): the first scan of a code in a stocktake wins (unique per stocktake and
 * code); a later scan of the same code, by anyone, anywhere, keeps the first. Never changed.
 */
@ObjectType({ description: 'A scanned code of a stocktake (扫码记录): where and by whom it was first scanned.' })
@Entity('asset_stocktake_scan')
@Index(['stocktakeId', 'code'], { unique: true })
@Index(['stocktakeId', 'roomId'])
export class AssetStocktakeScan {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The stocktake.' })
  @RefColumn()
  stocktakeId: string;

  @Field({ description: 'The code scanned (a tag number), trimmed and upper-cased.' })
  @Column('varchar', { length: SCAN_CODE_MAX })
  code: string;

  @Field(() => ID, { description: 'The room the scanner stood in.' })
  @RefColumn()
  roomId: string;

  @Field(() => ID, { description: 'The account that scanned it.' })
  @RefColumn()
  scannedByAccountId: string;

  @Field({ description: 'When it was scanned.' })
  @InstantColumn()
  scannedAt: Date;
}

/**
 * A difference found when a stocktake was closed (盘点差异): computed once and frozen; only the
 * director's decision (outcome, and the disposal request it filed) is written on it later, once.
 */
@ObjectType({
  description: 'A difference found at closing (盘点差异): missing, in the wrong room, or unregistered; with the decision on it.',
})
@Entity('asset_stocktake_difference')
@Index(['stocktakeId', 'kind'])
@Index(['assetId'])
@Index(['schoolId'])
export class AssetStocktakeDifference extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school counted.',
}) {
  @Field(() => ID, { description: 'The stocktake.' })
  @RefColumn()
  stocktakeId: string;

  @Field(() => AssetStocktakeDifferenceKind, { description: 'What differs.' })
  @Column('varchar', { length: 12 })
  kind: AssetStocktakeDifferenceKind;

  @Field({ description: 'The tag number: the expected asset’s, or the code scanned.' })
  @Column('varchar', { length: SCAN_CODE_MAX })
  code: string;

  @Field(() => ID, { nullable: true, description: 'The asset, when the code is one of the school’s (null for an unknown tag).' })
  @RefColumn({ nullable: true })
  assetId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Where the register has it (账面位置); null for an unknown tag or an asset with no room.',
  })
  @RefColumn({ nullable: true })
  expectedRoomId: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it was scanned (实盘位置); null when missing.' })
  @RefColumn({ nullable: true })
  scannedRoomId: string | null;

  @Field(() => AssetStocktakeDifferenceOutcome, { nullable: true, description: 'The director’s decision; null until decided.' })
  @Column('varchar', { length: 10, nullable: true })
  outcome: AssetStocktakeDifferenceOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The disposal request (AssetDisposal) an accepted MISSING difference filed.' })
  @RefColumn({ nullable: true })
  disposalId: string | null;
}
