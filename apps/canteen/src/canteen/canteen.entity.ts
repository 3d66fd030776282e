import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const CANTEEN_NAME_MAX = 100;
export const LICENCE_NUMBER_MAX = 40;

export enum CanteenOperation {
  SCHOOL_RUN = 'SCHOOL_RUN',
  CONTRACTED = 'CONTRACTED',
}
registerEnumType(CanteenOperation, {
  name: 'CanteenOperation',
  description: 'Who runs a canteen: the school itself (自营) or a contractor (承包).',
  valuesConfig: {
    SCHOOL_RUN: { description: 'Run by the school (自营).' },
    CONTRACTED: { description: 'Run by a contractor (承包), a finance supplier.' },
  },
});

export enum StorageKind {
  DRY = 'DRY',
  CHILLED = 'CHILLED',
  FROZEN = 'FROZEN',
}
registerEnumType(StorageKind, {
  name: 'StorageKind',
  description: 'What a storage location keeps goods at.',
  valuesConfig: {
    DRY: { description: 'Dry store (干货库), room temperature.' },
    CHILLED: { description: 'Chilled (冷藏), 0–8 ℃.' },
    FROZEN: { description: 'Frozen (冷冻), −12 ℃ or colder.' },
  },
});

/**
 * A school canteen (食堂): at most one per campus, with its food-business licence and its food-safety
 * manager. Every canteen record (deliveries, stock, menus, meal services) belongs to one canteen.
 */
@ObjectType({ description: 'A school canteen (食堂): at most one per campus.' })
@Entity('canteen')
@Index(['campusId'], { unique: true })
@Index(['schoolId'])
export class Canteen extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school that runs it.' }) {
  @Field(() => ID, { description: 'The campus (校区) it serves; one canteen per campus.' })
  @RefColumn()
  campusId: string;

  @Field({ description: 'Its name, e.g. "Main campus canteen (本部食堂)".' })
  @Column('varchar', { length: CANTEEN_NAME_MAX })
  name: string;

  @Field({ description: 'Number of its food-business licence (食品经营许可证).' })
  @Column('varchar', { length: LICENCE_NUMBER_MAX })
  licenceNumber: string;

  @Field({ description: "The licence's expiry date (YYYY-MM-DD)." })
  @Column('date')
  licenceExpiresOn: string;

  @Field(() => ID, { nullable: true, description: 'Its food-safety manager (食品安全管理员), a directory staff member.' })
  @RefColumn({ nullable: true })
  foodSafetyManagerStaffId: string | null;

  @Field(() => CanteenOperation, { description: 'Run by the school or by a contractor (承包).' })
  @Column('varchar', { length: 16 })
  operation: CanteenOperation;

  @Field(() => ID, { nullable: true, description: 'The contractor (a finance supplier) when it is contracted; null when school-run.' })
  @RefColumn({ nullable: true })
  contractorSupplierId: string | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** A storage location of a canteen (库位): a dry store, a chiller or a freezer. Stock lots sit in one. */
@ObjectType({ description: 'A storage location of a canteen (库位): dry store, chilled or frozen.' })
@Entity('storage_location')
@Index(['canteenId', 'name'], { unique: true })
export class StorageLocation extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The canteen it belongs to.' })
  @RefColumn()
  canteenId: string;

  @Field({ description: 'Its name, e.g. "Freezer 1 (冷冻柜1)".' })
  @Column('varchar', { length: 60 })
  name: string;

  @Field(() => StorageKind, { description: 'Dry, chilled or frozen.' })
  @Column('varchar', { length: 8 })
  kind: StorageKind;

  @Field({ description: 'When it was added.' })
  @CreatedAtColumn()
  createdAt: Date;
}
