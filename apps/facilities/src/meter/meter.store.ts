import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { MeterAnomaly, MeterReading, UtilityMeter, UtilityTariff } from './meter.entity';
import type { MeterAnomalyKind, Utility } from './meter.entity';

/** Meters of the viewer's schools (the whole district for district roles). */
export const meterReader = (ctx: ReadContext) => new ScopedReader(ctx, UtilityMeter, 'UtilityMeter', 'mtr');

/** Anomalies of the viewer's schools' meters. */
export const anomalyReader = (ctx: ReadContext) => new ScopedReader(ctx, MeterAnomaly, 'MeterAnomaly', 'anm');

const T0 = new Date('2026-03-01T00:00:00Z');
const T1 = new Date('2026-04-01T00:00:00Z');

/**
 * Meters' hand-written SQL (printed to apps/facilities/sql/meter.sql). Readings are read by meter and
 * time through the unique (meterId, readAt) index; a period's readings come with the last one before
 * it and the first one after it, so consumption is apportioned at its edges, in one statement for any
 * number of meters.
 */
export const meterSql = defineSqlStore(
  'meter',
  {
    /**
     * The readings of `meterIds` from the last one at or before `from` to the first one at or after
     * `to` (those in between included): what a period's consumption is computed from. One statement.
     */
    readingsAround: (m, meterIds: readonly string[], from: Date, to: Date) =>
      m
        .getRepository(MeterReading)
        .createQueryBuilder('r')
        .where('r.meterId IN (:...meterIds)', { meterIds })
        .andWhere(
          'r.readAt >= COALESCE((SELECT MAX(p.readAt) FROM meter_reading p WHERE p.meterId = r.meterId AND p.readAt <= :from), :from)',
          { from },
        )
        .andWhere(
          'r.readAt <= COALESCE((SELECT MIN(n.readAt) FROM meter_reading n WHERE n.meterId = r.meterId AND n.readAt >= :to), :to)',
          {
            to,
          },
        )
        .orderBy('r.meterId', 'ASC')
        .addOrderBy('r.readAt', 'ASC'),
    /** A meter's readings at or after `since`, in time order: the history its baselines are taken from. */
    history: (m, meterId: string, since: Date) =>
      m
        .getRepository(MeterReading)
        .createQueryBuilder('r')
        .where('r.meterId = :meterId AND r.readAt >= :since', { meterId, since })
        .orderBy('r.readAt', 'ASC'),
    /**
     * Moves a meter's latest reading forward to the new readings, only if they all come after it: the
     * guard that keeps readings in order under concurrent writers (0 rows: a reading at or before the last).
     */
    advance: (m, meterId: string, firstAt: Date, lastAt: Date, lastValueThousandths: number) =>
      m
        .createQueryBuilder()
        .update(UtilityMeter)
        .set({ lastReadAt: lastAt, lastValueThousandths })
        .where('id = :meterId AND active = :active', { meterId, active: true })
        .andWhere('(lastReadAt IS NULL OR lastReadAt < :firstAt)', { firstAt }),
    /** Closes a replaced meter, once (0 rows: it was already closed). */
    retire: (m, meterId: string) =>
      m
        .createQueryBuilder()
        .update(UtilityMeter)
        .set({ active: false })
        .where('id = :meterId AND active = :active', { meterId, active: true }),
    /** The anomalies already raised for a meter from `since` on (so none is raised twice). */
    anomaliesSince: (m, meterId: string, since: Date) =>
      m
        .getRepository(MeterAnomaly)
        .createQueryBuilder('a')
        .select(['a.kind', 'a.fromAt'])
        .where('a.meterId = :meterId AND a.fromAt >= :since', { meterId, since }),
    /** The meters of a set of schools (a report over a page of schools), by utility and name. */
    metersOfSchools: (m, schoolIds: readonly string[]) =>
      m
        .getRepository(UtilityMeter)
        .createQueryBuilder('mtr')
        .where('mtr.schoolId IN (:...schoolIds)', { schoolIds })
        .orderBy('mtr.schoolId', 'ASC')
        .addOrderBy('mtr.utility', 'ASC')
        .addOrderBy('mtr.name', 'ASC'),
    /** A district's tariffs as set (missing utilities take the defaults). */
    tariffsOf: (m, districtId: string) =>
      m.getRepository(UtilityTariff).createQueryBuilder('t').where('t.districtId = :districtId', { districtId }),
    /** Sets a tariff at the version read (0 rows: someone else changed it). */
    setTariff: (m, districtId: string, utility: Utility, unitPriceCentiFen: number, version: number, accountId: string) =>
      m
        .createQueryBuilder()
        .update(UtilityTariff)
        .set({ unitPriceCentiFen, updatedByAccountId: accountId })
        .where('districtId = :districtId AND utility = :utility AND version = :version', { districtId, utility, version }),
    /** A campus moved to another school: its meters go with it. */
    moveMeters: (m, campusId: string, toSchoolId: string) =>
      m.createQueryBuilder().update(UtilityMeter).set({ schoolId: toSchoolId }).where('campusId = :campusId', { campusId }),
    /** … and so do their anomalies. */
    moveAnomalies: (m, campusId: string, toSchoolId: string) =>
      m.createQueryBuilder().update(MeterAnomaly).set({ schoolId: toSchoolId }).where('campusId = :campusId', { campusId }),
    /** A page of the anomalies in scope, filtered. */
    anomalyList: (
      m,
      anomalies: ScopedReader<MeterAnomaly>,
      filter: { schoolId?: string | null; meterId?: string | null; kind?: MeterAnomalyKind | null; from?: Date | null; to?: Date | null },
    ) => {
      const qb = anomalies.query(m);
      if (filter.schoolId) qb.andWhere('anm.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.meterId) qb.andWhere('anm.meterId = :meterId', { meterId: filter.meterId });
      if (filter.kind) qb.andWhere('anm.kind = :kind', { kind: filter.kind });
      if (filter.from) qb.andWhere('anm.fromAt >= :fromAt', { fromAt: filter.from });
      if (filter.to) qb.andWhere('anm.fromAt < :toAt', { toAt: filter.to });
      return qb;
    },
  },
  {
    readingsAround: [['meter-1', 'meter-2'], T0, T1],
    history: ['meter-1', T0],
    advance: ['meter-1', T0, T1, 1234567],
    retire: ['meter-1'],
    anomaliesSince: ['meter-1', T0],
    metersOfSchools: [['school-1', 'school-2']],
    tariffsOf: ['district-1'],
    setTariff: ['district-1', 'WATER' as Utility, 41000, 2, 'account-1'],
    moveMeters: ['campus-1', 'school-2'],
    moveAnomalies: ['campus-1', 'school-2'],
    anomalyList: [anomalyReader(exampleRequest()), { schoolId: 'school-1', kind: 'NIGHT_USE' as MeterAnomalyKind, from: T0, to: T1 }],
  },
);
