import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/** A supplier's status as finance last published it. */
export enum KnownSupplierStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/**
 * A service's copy of a finance supplier (供应商): only what it checks (is it active; for the canteen's
 * receiving, is it a food supplier with a food-business licence valid on the delivery date), kept from finance's
 * events `finance.supplier.changed` (the whole supplier) and `finance.supplier.suspended`, never read
 * from finance's tables. The row remembers the last event applied (UUIDv7) and finance's version, so an older event
 * delivered late never overwrites a newer state: a snapshot applies only over a lower `supplierVersion`,
 * a suspension only over an older event.
 */
@Entity('known_supplier')
@Index(['districtId'])
export class KnownSupplier {
  @IdColumn()
  supplierId: string;

  @RefColumn()
  districtId: string;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 12, comment: 'ACTIVE or SUSPENDED (暂停供货)' })
  status: KnownSupplierStatus;

  @Column('boolean', { comment: 'true for a food supplier (食品供应商)' })
  foodSupplier: boolean;

  @Column('varchar', { length: 32, nullable: true, comment: 'food-business licence number (食品经营许可证编号)' })
  foodLicenceNumber: string | null;

  @Column('date', { nullable: true, comment: 'last day the food licence is valid' })
  foodLicenceExpiresOn: string | null;

  @Column('int', { comment: "finance's row version of the last snapshot applied (finance.supplier.changed); 0 before any" })
  supplierVersion: number;

  @RefColumn({ comment: 'the last finance event applied to this row' })
  lastEventId: string;

  @InstantColumn({ comment: 'when that event was applied' })
  updatedAt: Date;
}

/** The tables of the supplier copy, for a service's entity list. */
export const supplierCopyEntities = [KnownSupplier];
