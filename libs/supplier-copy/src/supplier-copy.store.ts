import { defineSqlStore } from '@houqin/persistence';
import { KnownSupplier, KnownSupplierStatus } from './supplier-copy.entity';

const EXAMPLE = { districtId: 'district-1', lastEventId: 'event-2', updatedAt: new Date(0) };

/** The supplier copy's hand-written SQL (printed to apps/<service>/sql/supplierCopy.sql of each service that keeps one). */
export const supplierCopySql = defineSqlStore(
  'supplierCopy',
  {
    /**
     * A supplier's whole state from `finance.supplier.changed`, unless a snapshot of a higher version
     * or a newer event (a suspension delivered first) was applied.
     */
    snapshot: (m, facts: KnownSupplier) =>
      m
        .createQueryBuilder()
        .update(KnownSupplier)
        .set(facts)
        .where('supplierId = :supplierId AND supplierVersion < :version AND lastEventId < :eventId', {
          supplierId: facts.supplierId,
          version: facts.supplierVersion,
          eventId: facts.lastEventId,
        }),
    /** A suspension (`finance.supplier.suspended`): the status only, unless a newer event was applied. */
    suspend: (m, supplierId: string, eventId: string, updatedAt: Date) =>
      m
        .createQueryBuilder()
        .update(KnownSupplier)
        .set({ status: KnownSupplierStatus.SUSPENDED, lastEventId: eventId, updatedAt })
        .where('supplierId = :supplierId AND lastEventId < :eventId', { supplierId, eventId }),
  },
  {
    snapshot: [
      {
        ...EXAMPLE,
        supplierId: 'supplier-1',
        name: 'Fresh produce (生鲜)',
        status: KnownSupplierStatus.ACTIVE,
        foodSupplier: true,
        foodLicenceNumber: 'JY13301100045678',
        foodLicenceExpiresOn: '2027-06-30',
        supplierVersion: 3,
      },
    ],
    suspend: ['supplier-1', 'event-3', new Date(0)],
  },
);
