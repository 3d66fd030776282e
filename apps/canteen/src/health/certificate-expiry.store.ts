import type { EntityManager } from 'typeorm';
import { defineSqlStore } from '@houqin/persistence';
import { CanteenStaffMember, HealthCertificate, HealthCertificateAnnouncement } from './health.entity';

/**
 * The certificate-expiry job's SQL (printed to apps/canteen/sql/certificateExpiry.sql). It reads
 * every district: the job runs for the system, not for a viewer.
 */
export const certificateExpirySql = defineSqlStore(
  'certificateExpiry',
  {
    /**
     * Certificates whose last valid day is on or before `horizon` (today + the longest notice any
     * district may set) and whose current state (EXPIRED once past `today`, else EXPIRING) has not been
     * announced; only the newest certificate of each person (a renewed one is no news) and only people
     * on a canteen roster today. By id, after `afterId` (the last of the previous batch; '' for the first).
     */
    due: (m: EntityManager, today: string, horizon: string, afterId: string, limit: number) =>
      m
        .createQueryBuilder(HealthCertificate, 'hc')
        .where('hc.expiresOn <= :horizon', { horizon })
        .andWhere('hc.id > :afterId', { afterId })
        .andWhere(
          (qb) =>
            `NOT EXISTS ${qb
              .subQuery()
              .select('1')
              .from(HealthCertificateAnnouncement, 'ann')
              .where('ann.certificateId = hc.id')
              .andWhere("ann.state = CASE WHEN hc.expiresOn < :today THEN 'EXPIRED' ELSE 'EXPIRING' END", { today })
              .getQuery()}`,
        )
        .andWhere(
          (qb) =>
            `NOT EXISTS ${qb
              .subQuery()
              .select('1')
              .from(HealthCertificate, 'newer')
              .where('newer.schoolId = hc.schoolId AND newer.staffId = hc.staffId AND newer.expiresOn > hc.expiresOn')
              .getQuery()}`,
        )
        .andWhere(
          (qb) =>
            `EXISTS ${qb
              .subQuery()
              .select('1')
              .from(CanteenStaffMember, 'csm')
              .where('csm.schoolId = hc.schoolId AND csm.staffId = hc.staffId')
              .andWhere('(csm.leftOn IS NULL OR csm.leftOn >= :today)', { today })
              .getQuery()}`,
        )
        .orderBy('hc.id', 'ASC')
        .limit(limit),
    /** The canteens whose roster a batch of people are on today (what the announcement names). */
    rostersOf: (m: EntityManager, staffIds: readonly string[], today: string) =>
      m
        .createQueryBuilder(CanteenStaffMember, 'csm')
        .where('csm.staffId IN (:...staffIds)', { staffIds })
        .andWhere('(csm.leftOn IS NULL OR csm.leftOn >= :today)', { today })
        .orderBy('csm.id', 'ASC'),
    /** Records an announcement; the unique key refuses a second one for the same certificate and state. */
    record: (m: EntityManager, announcement: HealthCertificateAnnouncement) =>
      m.createQueryBuilder().insert().into(HealthCertificateAnnouncement).values(announcement),
  },
  {
    due: ['2026-03-02', '2026-05-31', '', 200],
    rostersOf: [['staff-1', 'staff-2'], '2026-03-02'],
    record: [
      {
        id: 'announcement-1',
        districtId: 'district-1',
        schoolId: 'school-1',
        certificateId: 'certificate-1',
        state: 'EXPIRING',
        tick: new Date('2026-03-01T23:00:00Z'),
      },
    ],
  },
);
