import type { EntityManager } from 'typeorm';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { SafetyZone } from '../zone/zone.entity';
import { SafetyPatrol } from './patrol.entity';

export const patrolReader = (ctx: ReadContext) => new ScopedReader(ctx, SafetyPatrol, 'SafetyPatrol', 'pt');

/** The patrols' hand-written SQL (printed to apps/safety/sql/patrol.sql). */
export const patrolSql = defineSqlStore(
  'patrol',
  {
    /** A school's patrols in [from, to], of one zone or all (keyset-paged by the caller, latest first). */
    ofSchool: (
      m: EntityManager,
      patrols: ScopedReader<SafetyPatrol>,
      schoolId: string,
      zoneId: string | null,
      from: string,
      to: string,
    ) => {
      const qb = patrols.query(m).andWhere('pt.schoolId = :schoolId AND pt.patrolledOn BETWEEN :from AND :to', { schoolId, from, to });
      if (zoneId) qb.andWhere('pt.zoneId = :zoneId', { zoneId });
      return qb;
    },
    /** Each zone's last patrol day (batched over a page of zones). */
    lastPatrols: (m: EntityManager, zoneIds: readonly string[]) =>
      m
        .getRepository(SafetyPatrol)
        .createQueryBuilder('pt')
        .select('pt.zoneId', 'zoneId')
        .addSelect('MAX(pt.patrolledOn)', 'lastPatrolledOn')
        .where('pt.zoneId IN (:...zoneIds)', { zoneIds })
        .groupBy('pt.zoneId'),
    /** The active zones of a page of schools (patrol completion). */
    activeZonesOf: (m: EntityManager, schoolIds: readonly string[]) =>
      m
        .getRepository(SafetyZone)
        .createQueryBuilder('z')
        .where('z.schoolId IN (:...schoolIds) AND z.active = :active', { schoolIds, active: true })
        .orderBy('z.name')
        .addOrderBy('z.id'),
    /** The distinct days each zone of a page of schools was patrolled in [from, to]. */
    patrolDays: (m: EntityManager, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(SafetyPatrol)
        .createQueryBuilder('pt')
        .select('pt.schoolId', 'schoolId')
        .addSelect('pt.zoneId', 'zoneId')
        .addSelect('pt.patrolledOn', 'patrolledOn')
        .where('pt.schoolId IN (:...schoolIds) AND pt.patrolledOn BETWEEN :from AND :to', { schoolIds, from, to })
        .groupBy('pt.schoolId')
        .addGroupBy('pt.zoneId')
        .addGroupBy('pt.patrolledOn'),
  },
  {
    ofSchool: [patrolReader(exampleRequest(Role.SAFETY_OFFICER)), 'school-1', 'zone-1', '2026-11-01', '2026-11-30'],
    lastPatrols: [['zone-1', 'zone-2']],
    activeZonesOf: [['school-1', 'school-2']],
    patrolDays: [['school-1', 'school-2'], '2026-11-01', '2026-11-30'],
  },
);
