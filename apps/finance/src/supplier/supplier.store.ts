import { defineSqlStore, exampleRequest, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Supplier, SupplierStatus } from './supplier.entity';
import type { SupplierFilter } from './supplier.inputs';

/** The district's suppliers: one register for every school of the district. */
export const supplierReader = (ctx: ReadContext) => new ScopedReader(ctx, Supplier, 'Supplier', 'sup', { level: 'district' });

/** The suppliers' hand-written SQL (printed to apps/finance/sql/supplier.sql). */
export const supplierSql = defineSqlStore(
  'supplier',
  {
    /** The register, narrowed to a status, to food suppliers or the others, and to part of the name. */
    list: (m, suppliers: ScopedReader<Supplier>, filter: SupplierFilter) => {
      const qb = suppliers.query(m);
      if (filter.status) qb.andWhere('sup.status = :status', { status: filter.status });
      if (filter.foodSupplier != null) qb.andWhere('sup.foodSupplier = :food', { food: filter.foodSupplier });
      if (filter.nameContains) qb.andWhere(...likeContains('sup.name', 'name', filter.nameContains.trim()));
      return qb;
    },
    /** The district's suppliers registered under any of these credit codes (an import refuses those rows): one statement per file. */
    withCreditCodes: (m, suppliers: ScopedReader<Supplier>, creditCodes: readonly string[]) =>
      suppliers.query(m).andWhere('sup.creditCode IN (:...creditCodes)', { creditCodes }),
    /** The supplier an order names, in the district. */
    named: (m, suppliers: ScopedReader<Supplier>, supplierId: string) =>
      suppliers.query(m).andWhere('sup.id = :supplierId', { supplierId }),
  },
  {
    list: [supplierReader(exampleRequest()), { status: SupplierStatus.ACTIVE, foodSupplier: true, nameContains: 'Fresh' }],
    withCreditCodes: [supplierReader(exampleRequest()), ['91350100M000100Y43', '91110000600001760P']],
    named: [supplierReader(exampleRequest()), 'supplier-1'],
  },
);
