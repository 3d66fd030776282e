import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, DistrictOwnedEntity, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';

export enum SupplierStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(SupplierStatus, {
  name: 'SupplierStatus',
  description: 'Whether a supplier (供应商) may be ordered from.',
  valuesConfig: { ACTIVE: { description: 'May be ordered from.' }, SUSPENDED: { description: 'Suspended (暂停): no new orders.' } },
});

@ObjectType({
  description:
    "A supplier (供应商) the district's schools buy from. Suspended suppliers and food suppliers with an expired licence cannot be ordered from.",
})
// An entity of the graph: the canteen adds its deliveries and rejection rate to it (federation).
@Directive('@key(fields: "id")')
@Entity('supplier')
@Index(['districtId', 'creditCode'], { unique: true })
export class Supplier extends DistrictOwnedEntity('The district whose schools use the supplier.') {
  @Field()
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码): 18 characters with a check character.' })
  @Column('varchar', { length: 18 })
  creditCode: string;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  @Column('varchar', { length: LIMITS.name, nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  @Column('varchar', { length: 20, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Bank and account number payments go to (开户行及账号).' })
  @Column('varchar', { length: 100, nullable: true })
  bankAccount: string | null;

  @Field({ description: 'True for food suppliers, who need a valid food-business licence (食品经营许可证).' })
  @Column('boolean', { default: false })
  foodSupplier: boolean;

  @Field(() => String, { nullable: true, description: 'Food-business licence number (食品经营许可证编号).' })
  @Column('varchar', { length: 32, nullable: true })
  foodLicenceNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Last day the food-business licence is valid (YYYY-MM-DD).' })
  @Column('date', { nullable: true })
  foodLicenceExpiresOn: string | null;

  @Field(() => SupplierStatus, { description: 'ACTIVE or SUSPENDED.' })
  @Column('varchar', { length: 16, default: SupplierStatus.ACTIVE })
  status: SupplierStatus;

  @Field(() => Int, { description: 'Row version; pass it back when updating (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
