import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { KnownStaff } from '@houqin/directory-copy';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import type { Viewer } from '@houqin/auth';
import { SafetyDrill, TrainingRecord, TrainingRequirement } from './training.entity';

/** Requirements: the district's for everyone of the district; a school's own for the schools where the viewer holds a role. */
const requirementVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  if (viewer.grants.some((g) => g.schoolId === null)) return;
  const schools = [...new Set(viewer.grants.map((g) => g.schoolId as string))];
  qb.andWhere(`(${alias}.schoolId IS NULL${schools.length ? ` OR ${alias}.schoolId IN (:...requirementSchools)` : ''})`, {
    requirementSchools: schools,
  });
};
export const requirementReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, TrainingRequirement, 'TrainingRequirement', 'tq', { level: 'district', visibility: requirementVisibility });
export const drillReader = (ctx: ReadContext) => new ScopedReader(ctx, SafetyDrill, 'SafetyDrill', 'dr');

/** The trainings' hand-written SQL (printed to apps/safety/sql/training.sql). */
export const trainingSql = defineSqlStore(
  'training',
  {
    /** The active requirements that apply at the schools (the district's and their own). */
    requirementsFor: (m: EntityManager, districtId: string, schoolIds: readonly string[]) =>
      m
        .getRepository(TrainingRequirement)
        .createQueryBuilder('tq')
        .where('tq.districtId = :districtId AND tq.active = :active', { districtId, active: true })
        .andWhere('(tq.schoolId IS NULL OR tq.schoolId IN (:...schoolIds))', { schoolIds })
        .orderBy('tq.post')
        .addOrderBy('tq.id'),
    /** The active staff of the schools (keyset on staffId by the caller for one school; a page of schools for the summary). */
    staffOf: (m: EntityManager, schoolIds: readonly string[]) =>
      m
        .getRepository(KnownStaff)
        .createQueryBuilder('ks')
        .where('ks.schoolId IN (:...schoolIds) AND ks.active = :active', { schoolIds, active: true }),
    /** Each person's latest expiry per requirement at the schools (NULL when a record never expires). */
    latestExpiries: (m: EntityManager, schoolIds: readonly string[]) =>
      m
        .getRepository(TrainingRecord)
        .createQueryBuilder('tr')
        .select('tr.staffId', 'staffId')
        .addSelect('tr.requirementId', 'requirementId')
        .addSelect('MAX(tr.expiresOn)', 'expiresOn')
        .addSelect('SUM(CASE WHEN tr.expiresOn IS NULL THEN 1 ELSE 0 END)', 'forever')
        .where('tr.schoolId IN (:...schoolIds) AND tr.requirementId IS NOT NULL', { schoolIds })
        .groupBy('tr.staffId')
        .addGroupBy('tr.requirementId'),
    /** A staff member's records, newest first (batched over a page of staff). */
    recordsOf: (m: EntityManager, staffIds: readonly string[]) =>
      m
        .getRepository(TrainingRecord)
        .createQueryBuilder('tr')
        .where('tr.staffId IN (:...staffIds)', { staffIds })
        .orderBy('tr.takenOn', 'DESC')
        .addOrderBy('tr.id', 'DESC'),
    /** A school's drills in [from, to] (keyset-paged by the caller). */
    drills: (m: EntityManager, drills: ScopedReader<SafetyDrill>, schoolId: string, from: string, to: string) =>
      drills.query(m).andWhere('dr.schoolId = :schoolId AND dr.heldOn BETWEEN :from AND :to', { schoolId, from, to }),
    /** The days drills were held at the schools in [from, to] (the gaps; batched over a page of schools). */
    drillDays: (m: EntityManager, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(SafetyDrill)
        .createQueryBuilder('dr')
        .select('dr.schoolId', 'schoolId')
        .addSelect('dr.heldOn', 'heldOn')
        .where('dr.schoolId IN (:...schoolIds) AND dr.heldOn BETWEEN :from AND :to', { schoolIds, from, to }),
  },
  {
    requirementsFor: ['district-1', ['school-1', 'school-2']],
    staffOf: [['school-1']],
    latestExpiries: [['school-1', 'school-2']],
    recordsOf: [['staff-1', 'staff-2']],
    drills: [drillReader(exampleRequest(Role.SAFETY_OFFICER)), 'school-1', '2026-09-01', '2026-11-30'],
    drillDays: [['school-1', 'school-2'], '2026-09-01', '2026-11-30'],
  },
);
