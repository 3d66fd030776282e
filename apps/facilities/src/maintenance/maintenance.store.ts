import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { MaintenanceBasis, MaintenanceOccurrence, MaintenanceSchedule } from './maintenance.entity';

/** Schedules and their due days are read by the school's work-order readers (the office, maintenance staff) and the district. */
const maintenanceReaders = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readWorkOrders);
  if (schools === 'district') return;
  qb.andWhere(schools.length ? `${alias}.schoolId IN (:...maintenanceReadable)` : '1 = 0', { maintenanceReadable: schools });
};

export const scheduleReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, MaintenanceSchedule, 'MaintenanceSchedule', 'ms', { visibility: maintenanceReaders });
export const occurrenceReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, MaintenanceOccurrence, 'MaintenanceOccurrence', 'mo', { visibility: maintenanceReaders });

/** The maintenance schedules' hand-written SQL (printed to apps/facilities/sql/maintenance.sql). */
export const maintenanceSql = defineSqlStore(
  'maintenance',
  {
    /** Schedules in the viewer's scope (keyset-paged on the id by the caller), narrowed. */
    list: (m, schedules: ScopedReader<MaintenanceSchedule>, filter: { schoolId?: string | null; active?: boolean | null }) => {
      const qb = schedules.query(m);
      if (filter.schoolId) qb.andWhere('ms.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.active != null) qb.andWhere('ms.active = :active', { active: filter.active });
      return qb;
    },
    /** Due days of a school in [from, to] (the PM calendar), keyset-paged on the id by the caller. */
    occurrences: (m, occurrences: ScopedReader<MaintenanceOccurrence>, schoolId: string, from: string, to: string) =>
      occurrences.query(m).andWhere('mo.schoolId = :schoolId AND mo.dueOn >= :from AND mo.dueOn <= :to', { schoolId, from, to }),
    /** Active schedules due by `lastDay` (today plus the longest lead), in id order after `afterId`: the opening job's batch. */
    dueToOpen: (m, lastDay: string, afterId: string, limit: number) =>
      m
        .getRepository(MaintenanceSchedule)
        .createQueryBuilder('ms')
        .where('ms.active = :active AND ms.nextDueOn IS NOT NULL AND ms.nextDueOn <= :lastDay AND ms.id > :afterId', {
          active: true,
          lastDay,
          afterId,
        })
        .orderBy('ms.id')
        .limit(limit),
    /** Moves a schedule's next due day on only from the day it was read at: a rerun, or another replica, opens nothing twice. */
    advance: (m, id: string, fromDueOn: string, nextDueOn: string | null) =>
      m.createQueryBuilder().update(MaintenanceSchedule).set({ nextDueOn }).where('id = :id AND nextDueOn = :fromDueOn', { id, fromDueOn }),
    /** Active schedules by meter whose reading has come within their lead of the due reading, in id order after `afterId`. */
    meterDueToOpen: (m, afterId: string, limit: number) =>
      m
        .getRepository(MaintenanceSchedule)
        .createQueryBuilder('ms')
        .where('ms.active = :active AND ms.basis = :basis AND ms.nextDueReadingThousandths IS NOT NULL AND ms.id > :afterId', {
          active: true,
          basis: MaintenanceBasis.METER,
          afterId,
        })
        .andWhere('ms.meterReadingThousandths >= ms.nextDueReadingThousandths - COALESCE(ms.meterLeadThousandths, 0)')
        .orderBy('ms.id')
        .limit(limit),
    /** Takes a schedule by meter off its due reading (open until its service) only from the reading it was read at: nothing twice. */
    advanceMeter: (m, id: string, fromDueReading: number) =>
      m
        .createQueryBuilder()
        .update(MaintenanceSchedule)
        .set({ nextDueReadingThousandths: null })
        .where('id = :id AND nextDueReadingThousandths = :fromDueReading', { id, fromDueReading }),
    /** Moves a meter's reading on, never back: two readers at once keep the higher. */
    raiseMeterReading: (m, id: string, reading: number, readAt: Date) =>
      m
        .createQueryBuilder()
        .update(MaintenanceSchedule)
        .set({ meterReadingThousandths: reading, meterReadAt: readAt })
        .where('id = :id AND meterReadingThousandths <= :reading', { id, reading }),
    /** Due days of a page of schools in [from, to], counted: done on time, done late, still open (School.maintenanceCompliance). */
    complianceOf: (m, occurrences: ScopedReader<MaintenanceOccurrence>, schoolIds: readonly string[], from: string, to: string) =>
      occurrences
        .query(m)
        .select('mo.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'due')
        .addSelect('SUM(CASE WHEN mo.completedOn IS NOT NULL AND mo.completedOn <= mo.dueOn THEN 1 ELSE 0 END)', 'onTime')
        .addSelect('SUM(CASE WHEN mo.completedOn IS NOT NULL AND mo.completedOn > mo.dueOn THEN 1 ELSE 0 END)', 'late')
        .andWhere('mo.schoolId IN (:...schoolIds) AND mo.dueOn >= :from AND mo.dueOn <= :to', { schoolIds, from, to })
        .groupBy('mo.schoolId'),
  },
  {
    list: [scheduleReader(exampleRequest(Role.GENERAL_AFFAIRS_DIRECTOR)), { schoolId: 'school-1', active: true }],
    occurrences: [occurrenceReader(exampleRequest(Role.MAINTENANCE)), 'school-1', '2026-09-01', '2026-12-31'],
    dueToOpen: ['2027-01-31', '', 200],
    advance: ['schedule-1', '2026-12-01', '2026-12-16'],
    meterDueToOpen: ['', 200],
    advanceMeter: ['schedule-1', 1_252_000],
    raiseMeterReading: ['schedule-1', 1_246_500, new Date('2026-12-01T02:00:00Z')],
    complianceOf: [occurrenceReader(exampleRequest(Role.DISTRICT_AUDITOR)), ['school-1', 'school-2'], '2026-09-01', '2027-01-22'],
  },
);
