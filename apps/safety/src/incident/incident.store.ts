import type { EntityManager } from 'typeorm';
import { defineSqlStore } from '@houqin/persistence';
import { SafetyIncident } from './incident.entity';

/** One school's incidents in a period, as the summary statement returns them. */
export interface IncidentCountRow {
  schoolId: string;
  incidents: number | string;
  serious: number | string;
  injured: number | string;
  reportedLate: number | string;
}

/** The incidents' hand-written SQL (printed to apps/safety/sql/incident.sql). */
export const incidentSql = defineSqlStore(
  'incident',
  {
    /** Incidents per school in [from, to): count, serious, injured, serious ones reported late or not yet and due; one grouped statement for a page of schools. */
    countsOf: (m: EntityManager, schoolIds: readonly string[], from: Date, to: Date, now: Date) =>
      m
        .getRepository(SafetyIncident)
        .createQueryBuilder('inc')
        .select('inc.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'incidents')
        .addSelect('SUM(CASE WHEN inc.serious = :yes THEN 1 ELSE 0 END)', 'serious')
        .addSelect('SUM(inc.injured)', 'injured')
        .addSelect(
          'SUM(CASE WHEN inc.reportDueAt IS NOT NULL AND ((inc.reportedToDistrictAt IS NULL AND inc.reportDueAt < :now) OR inc.reportedToDistrictAt > inc.reportDueAt) THEN 1 ELSE 0 END)',
          'reportedLate',
        )
        .where('inc.schoolId IN (:...schoolIds) AND inc.occurredAt >= :from AND inc.occurredAt < :to', {
          schoolIds,
          from,
          to,
          now,
          yes: true,
        })
        .groupBy('inc.schoolId'),
  },
  { countsOf: [['school-1', 'school-2'], new Date('2026-09-01T00:00:00+08:00'), new Date('2026-12-01T00:00:00+08:00'), new Date(0)] },
);
