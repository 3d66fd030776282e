import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Delivery, DeliveryItem, DeliveryItemStatus, DeliveryStatus } from './delivery.entity';
import type { DeliveryFilter } from './delivery.inputs';

/**
 * Who sees deliveries, on top of the tenancy scope: the school's kitchen (canteen manager,
 * storekeeper) and leaders, and the district's readers (readCanteen). A teacher of the school sees none.
 */
export function canteenRecordReaders<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readCanteen);
  if (schools === 'district') return;
  if (!schools.length) qb.andWhere('1 = 0');
  else qb.andWhere(`${alias}.schoolId IN (:...canteenReadableSchools)`, { canteenReadableSchools: schools });
}

/** Deliveries the viewer may read. */
export const deliveryReader = (ctx: ReadContext) => new ScopedReader(ctx, Delivery, 'Delivery', 'd', { visibility: canteenRecordReaders });
/** The same deliveries under another alias, for the per-supplier ranking inside a query on `d`. */
export const deliveryRankReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, Delivery, 'Delivery', 'rd', { visibility: canteenRecordReaders });
/** Delivery items the viewer may read (traceability reads a lot's item through it). */
export const deliveryItemReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, DeliveryItem, 'DeliveryItem', 'di', { visibility: canteenRecordReaders });

/** The deliveries' hand-written SQL (printed to apps/canteen/sql/delivery.sql). */
export const deliverySql = defineSqlStore(
  'delivery',
  {
    /** Deliveries in scope, narrowed by school, canteen, supplier, status and delivery dates. */
    list: (m, deliveries: ScopedReader<Delivery>, filter: DeliveryFilter) => {
      const qb = deliveries.query(m);
      if (filter.schoolId) qb.andWhere('d.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.canteenId) qb.andWhere('d.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (filter.supplierId) qb.andWhere('d.supplierId = :supplierId', { supplierId: filter.supplierId.toLowerCase() });
      if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
      if (filter.deliveredFrom) qb.andWhere('d.deliveredOn >= :deliveredFrom', { deliveredFrom: filter.deliveredFrom });
      if (filter.deliveredTo) qb.andWhere('d.deliveredOn <= :deliveredTo', { deliveredTo: filter.deliveredTo });
      return qb;
    },
    /**
     * Supplier.canteenDeliveries over a page of suppliers, in one statement: each supplier's newest
     * `take` deliveries in scope (after the cursor's id), ranked per supplier by a window function.
     */
    ofSuppliers: (
      m,
      deliveries: ScopedReader<Delivery>,
      ranked: ScopedReader<Delivery>,
      supplierIds: readonly string[],
      take: number,
      afterId: string | null,
    ) => {
      const inner = ranked
        .query(m)
        .select('rd.id', 'id')
        .addSelect('ROW_NUMBER() OVER (PARTITION BY rd.supplierId ORDER BY rd.id DESC)', 'rn')
        .andWhere('rd.supplierId IN (:...supplierIds)', { supplierIds });
      if (afterId) inner.andWhere('rd.id < :afterId', { afterId });
      return deliveries
        .query(m)
        .andWhere(`d.id IN (SELECT r.id FROM (${inner.getQuery()}) r WHERE r.rn <= :take)`)
        .setParameters({ ...inner.getParameters(), take })
        .orderBy('d.supplierId', 'ASC')
        .addOrderBy('d.id', 'DESC');
    },
    /** Supplier.canteenRejectionRate over a page of suppliers, in one statement: items inspected and rejected per supplier, in scope. */
    rejectionCounts: (m, deliveries: ScopedReader<Delivery>, supplierIds: readonly string[]) =>
      deliveries
        .query(m)
        .innerJoin(DeliveryItem, 'item', 'item.deliveryId = d.id')
        .select('d.supplierId', 'supplierId')
        .addSelect('COUNT(*)', 'inspected')
        .addSelect('SUM(CASE WHEN item.status = :rejectedItem OR d.status = :rejectedDelivery THEN 1 ELSE 0 END)', 'rejected')
        .andWhere('d.supplierId IN (:...supplierIds)', { supplierIds })
        .setParameters({ rejectedItem: DeliveryItemStatus.REJECTED, rejectedDelivery: DeliveryStatus.REJECTED })
        .groupBy('d.supplierId'),
  },
  {
    list: [
      deliveryReader(exampleRequest(Role.STOREKEEPER)),
      {
        schoolId: 'school-1',
        canteenId: 'canteen-1',
        supplierId: 'supplier-1',
        status: DeliveryStatus.ACCEPTED,
        deliveredFrom: '2026-09-01',
        deliveredTo: '2026-09-30',
      },
    ],
    ofSuppliers: [
      deliveryReader(exampleRequest(Role.CANTEEN_MANAGER)),
      deliveryRankReader(exampleRequest(Role.CANTEEN_MANAGER)),
      ['supplier-1', 'supplier-2'],
      21,
      'delivery-9',
    ],
    rejectionCounts: [deliveryReader(exampleRequest(Role.CANTEEN_MANAGER)), ['supplier-1', 'supplier-2']],
  },
);
