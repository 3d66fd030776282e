import type { EntityManager } from 'typeorm';
import { defineSqlStore } from '@houqin/persistence';
import { SupplierLicenceAnnouncement } from './licence-announcement.entity';
import { Supplier, SupplierStatus } from './supplier.entity';

/**
 * The licence-expiry job's SQL (printed to apps/finance/sql/licenceExpiry.sql). It reads every
 * district's register: the job runs for the system, not for a viewer.
 */
export const licenceExpirySql = defineSqlStore(
  'licenceExpiry',
  {
    /**
     * Active food suppliers whose licence expires on or before `horizon` (today + 30 days) and whose
     * current state (EXPIRED once past `today`, else EXPIRING) has not been announced for that licence;
     * by id, after `afterId` (the last of the previous batch; '' for the first).
     */
    due: (m: EntityManager, today: string, horizon: string, afterId: string, limit: number) =>
      m
        .createQueryBuilder(Supplier, 'sup')
        .where('sup.foodSupplier = :food', { food: true })
        .andWhere('sup.status = :active', { active: SupplierStatus.ACTIVE })
        .andWhere('sup.foodLicenceExpiresOn IS NOT NULL')
        .andWhere('sup.foodLicenceExpiresOn <= :horizon', { horizon })
        .andWhere('sup.id > :afterId', { afterId })
        .andWhere(
          (qb) =>
            `NOT EXISTS ${qb
              .subQuery()
              .select('1')
              .from(SupplierLicenceAnnouncement, 'ann')
              .where('ann.supplierId = sup.id')
              .andWhere("ann.licenceNumber = COALESCE(sup.foodLicenceNumber, '')")
              .andWhere('ann.expiresOn = sup.foodLicenceExpiresOn')
              .andWhere("ann.state = CASE WHEN sup.foodLicenceExpiresOn < :today THEN 'EXPIRED' ELSE 'EXPIRING' END", { today })
              .getQuery()}`,
        )
        .orderBy('sup.id', 'ASC')
        .limit(limit),
    /** Records an announcement; the unique key refuses a second one for the same licence and state. */
    record: (m: EntityManager, announcement: SupplierLicenceAnnouncement) =>
      m.createQueryBuilder().insert().into(SupplierLicenceAnnouncement).values(announcement),
  },
  {
    due: ['2026-03-02', '2026-04-01', '', 200],
    record: [
      {
        id: 'announcement-1',
        districtId: 'district-1',
        supplierId: 'supplier-1',
        licenceNumber: 'JY13301020012345',
        expiresOn: '2026-03-20',
        state: 'EXPIRING',
        tick: new Date('2026-03-01T23:00:00Z'),
      },
    ],
  },
);
