import type { EntityManager } from 'typeorm';
import { KnownStaff } from '@houqin/directory-copy';
import { defineSqlStore } from '@houqin/persistence';
import { TrainingAnnouncement, TrainingRecord, TrainingRequirement } from './training.entity';

/** A record due for an announcement, with what the job checks it against. */
export interface ExpiringRecordRow {
  id: string;
  districtId: string;
  schoolId: string;
  staffId: string;
  requirementId: string;
  name: string;
  expiresOn: string;
  /** The holder's posts now (comma-separated) and the requirement's post: a person moved off the post is no longer told. */
  posts: string;
  post: string;
}

/**
 * The training-expiry job's SQL (printed to apps/safety/sql/trainingExpiry.sql). It reads every
 * district: the job runs for the system, not for a viewer.
 */
export const trainingExpirySql = defineSqlStore(
  'trainingExpiry',
  {
    /**
     * Records meeting an active requirement whose last valid day is on or before `horizon` (today +
     * the longest notice a district may set) and whose state now (EXPIRED once past `today`, else
     * EXPIRING) has not been announced; only the newest record of each person and requirement (a
     * renewal, or a record that never expires, is no news) and only people still active at the
     * record's school. By id, after `afterId` (the last of the previous batch; '' for the first).
     */
    due: (m: EntityManager, today: string, horizon: string, afterId: string, limit: number) =>
      m
        .createQueryBuilder(TrainingRecord, 'tr')
        .innerJoin(TrainingRequirement, 'tq', 'tq.id = tr.requirementId AND tq.active = :active', { active: true })
        .innerJoin(KnownStaff, 'ks', 'ks.staffId = tr.staffId AND ks.schoolId = tr.schoolId AND ks.active = :active')
        .select(['tr.id AS id', 'tr.districtId AS districtId', 'tr.schoolId AS schoolId', 'tr.staffId AS staffId'])
        .addSelect([
          'tr.requirementId AS requirementId',
          'tr.name AS name',
          'tr.expiresOn AS expiresOn',
          'ks.posts AS posts',
          'tq.post AS post',
        ])
        .where('tr.expiresOn <= :horizon', { horizon })
        .andWhere('tr.id > :afterId', { afterId })
        .andWhere(
          (qb) =>
            `NOT EXISTS ${qb
              .subQuery()
              .select('1')
              .from(TrainingAnnouncement, 'ann')
              .where('ann.recordId = tr.id')
              .andWhere("ann.state = CASE WHEN tr.expiresOn < :today THEN 'EXPIRED' ELSE 'EXPIRING' END", { today })
              .getQuery()}`,
        )
        .andWhere(
          (qb) =>
            `NOT EXISTS ${qb
              .subQuery()
              .select('1')
              .from(TrainingRecord, 'newer')
              .where('newer.staffId = tr.staffId AND newer.requirementId = tr.requirementId')
              .andWhere(
                '(newer.expiresOn IS NULL OR newer.expiresOn > tr.expiresOn OR (newer.expiresOn = tr.expiresOn AND newer.id > tr.id))',
              )
              .getQuery()}`,
        )
        .orderBy('tr.id', 'ASC')
        .limit(limit),
    /** Records an announcement; its named id refuses a second one for the same record and state. */
    record: (m: EntityManager, announcement: TrainingAnnouncement) =>
      m.createQueryBuilder().insert().into(TrainingAnnouncement).values(announcement),
  },
  {
    due: ['2026-03-02', '2026-08-29', '', 200],
    record: [
      {
        id: 'announcement-1',
        districtId: 'district-1',
        schoolId: 'school-1',
        recordId: 'record-1',
        state: 'EXPIRING',
        tick: new Date('2026-03-01T23:00:00Z'),
      },
    ],
  },
);
