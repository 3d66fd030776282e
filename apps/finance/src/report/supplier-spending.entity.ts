import { Column, Entity, Index } from 'typeorm';
import { DistrictOwnedEntity, FenColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

/**
 * What a school paid a supplier in one month (供应商月度付款合计): the net of the bank lines naming the
 * supplier (credits paid, minus debits of reversals and refunds) and how many payments credited the
 * bank. Kept in the posting's transaction by `recordSupplierSpending`, so `topSuppliers` reads
 * suppliers × months rows instead of every bank line of the year.
 */
@Entity('supplier_spending')
@Index('IDX_supplier_spending_month', ['schoolId', 'period', 'supplierId'], { unique: true })
export class SupplierMonth extends SchoolOwnedEntity() {
  @RefColumn()
  supplierId: string;

  @Column('varchar', { length: 7 })
  period: string;

  @FenColumn({ default: 0 })
  paidFen: number;

  @Column('int', { default: 0 })
  payments: number;
}

/**
 * The same totals for the whole district: what a district-wide `topSuppliers` reads (at most
 * suppliers × 12 rows a year, however many schools the district has).
 */
@Entity('district_supplier_spending')
@Index('IDX_district_supplier_spending_month', ['districtId', 'period', 'supplierId'], { unique: true })
export class DistrictSupplierMonth extends DistrictOwnedEntity() {
  @RefColumn()
  supplierId: string;

  @Column('varchar', { length: 7 })
  period: string;

  @FenColumn({ default: 0 })
  paidFen: number;

  @Column('int', { default: 0 })
  payments: number;
}
