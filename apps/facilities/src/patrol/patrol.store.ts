import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Patrol, PatrolRoute, PatrolScan, PatrolStatus } from './patrol.entity';

/** Patrols: the school's work-order readers and the district; anyone else the patrols they walked. */
const patrolVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readWorkOrders);
  if (schools === 'district') return;
  const all = schools.length ? `${alias}.schoolId IN (:...patrolReadable) OR ` : '';
  qb.andWhere(`(${all}${alias}.patrollerAccountId = :patroller)`, { patrolReadable: schools, patroller: viewer.accountId });
};

/** Routes are read by every staff member of the school (any of them may walk one) and the district. */
export const routeReader = (ctx: ReadContext) => new ScopedReader(ctx, PatrolRoute, 'PatrolRoute', 'pr');
export const patrolReader = (ctx: ReadContext) => new ScopedReader(ctx, Patrol, 'Patrol', 'pt', { visibility: patrolVisibility });

/** The patrols' hand-written SQL (printed to apps/facilities/sql/patrol.sql). */
export const patrolSql = defineSqlStore(
  'patrol',
  {
    /** Routes in the viewer's scope, narrowed to a school. */
    routes: (m, routes: ScopedReader<PatrolRoute>, schoolId: string | null) => {
      const qb = routes.query(m);
      if (schoolId) qb.andWhere('pr.schoolId = :schoolId', { schoolId });
      return qb;
    },
    /** Patrols in the viewer's scope, narrowed to a school or a route. */
    patrols: (m, patrols: ScopedReader<Patrol>, filter: { schoolId?: string | null; routeId?: string | null }) => {
      const qb = patrols.query(m);
      if (filter.schoolId) qb.andWhere('pt.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.routeId) qb.andWhere('pt.routeId = :routeId', { routeId: filter.routeId });
      return qb;
    },
    /** A patrol a scan or the finish is for, locked: two scanners of one patrol queue, and each scan gets the next place. */
    lockPatrol: (m, id: string) => lockRows(m.getRepository(Patrol).createQueryBuilder('pt').where('pt.id = :id', { id })),
    /** The scans of a page of patrols, in order (Patrol.scans). */
    scansOf: (m, patrolIds: readonly string[]) =>
      m.getRepository(PatrolScan).createQueryBuilder('ps').where('ps.patrolId IN (:...patrolIds)', { patrolIds }).orderBy('ps.seq'),
    /** Finished patrols of a page of schools that started in [from, to): checkpoints expected, scanned, missed (School.patrolCompleteness). */
    completenessOf: (m, patrols: ScopedReader<Patrol>, schoolIds: readonly string[], from: Date, to: Date) =>
      patrols
        .query(m)
        .select('pt.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'patrols')
        .addSelect('SUM(pt.expectedCount)', 'expected')
        .addSelect('SUM(pt.scannedCount)', 'scanned')
        .addSelect('SUM(pt.missedCount)', 'missed')
        .addSelect('SUM(pt.outOfOrderCount)', 'outOfOrder')
        .addSelect('SUM(CASE WHEN pt.inWindow THEN 0 ELSE 1 END)', 'outsideWindow')
        .andWhere('pt.schoolId IN (:...schoolIds) AND pt.status = :finished', { schoolIds, finished: PatrolStatus.FINISHED })
        .andWhere('pt.startedAt >= :from AND pt.startedAt < :to', { from, to })
        .groupBy('pt.schoolId'),
  },
  {
    routes: [routeReader(exampleRequest(Role.GENERAL_AFFAIRS_DIRECTOR)), 'school-1'],
    patrols: [patrolReader(exampleRequest(Role.STAFF)), { schoolId: 'school-1', routeId: 'route-1' }],
    lockPatrol: ['patrol-1'],
    scansOf: [['patrol-1', 'patrol-2']],
    completenessOf: [
      patrolReader(exampleRequest(Role.DISTRICT_AUDITOR)),
      ['school-1', 'school-2'],
      new Date('2026-08-31T16:00:00Z'),
      new Date('2027-01-22T16:00:00Z'),
    ],
  },
);
