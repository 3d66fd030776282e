import { Column, Entity, Index } from 'typeorm';
import { DistrictOwnedEntity, FenColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes whatever its own base takes
type AbstractBase = abstract new (...args: any[]) => object;

/**
 * One supplier's payments in one month (`period`, YYYY-MM): the net of the bank lines naming the
 * supplier (credits paid, minus debits of reversals and refunds) and how many payments credited the
 * bank. The school table and the district table keep the same totals over different owners.
 */
function SupplierMonthTotals<B extends AbstractBase>(Base: B) {
  abstract class Totals extends Base {
    @RefColumn()
    supplierId: string;

    @Column('varchar', { length: 7 })
    period: string;

    @FenColumn({ default: 0 })
    paidFen: number;

    @Column('int', { default: 0 })
    payments: number;
  }
  return Totals;
}

/**
 * What a school paid a supplier in one month (供应商月度付款合计). Kept in the posting's transaction by
 * `recordSupplierSpending`, so `topSuppliers` reads suppliers × months rows instead of every bank line
 * of the year.
 */
@Entity('supplier_spending')
@Index('IDX_supplier_spending_month', ['schoolId', 'period', 'supplierId'], { unique: true })
export class SupplierMonth extends SupplierMonthTotals(SchoolOwnedEntity()) {}

/**
 * The same totals for the whole district: what a district-wide `topSuppliers` reads (at most
 * suppliers × 12 rows a year, however many schools the district has).
 */
@Entity('district_supplier_spending')
@Index('IDX_district_supplier_spending_month', ['districtId', 'period', 'supplierId'], { unique: true })
export class DistrictSupplierMonth extends SupplierMonthTotals(DistrictOwnedEntity()) {}
