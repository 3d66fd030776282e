import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  newId,
  notFound,
  parseId,
  rowErrorsFrom,
  rowErrorsInput,
  shiftDate,
  type Page,
  type PageArgs,
  type RowError,
  monthSpan,
  checkDay,
} from '@houqin/common';
import { may, requirePermission, schoolsAllowed, type Viewer } from '@houqin/auth';
import { facilitiesEvents, publishEvents } from '@houqin/events';
import { isUniqueViolation, paginate, recordAudit, recordAudits, type ScopedReader } from '@houqin/persistence';
import { validateInput } from '@houqin/subgraph-kit';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { Building } from '../place/place.entity';
import { type AnomalyFinding, BASELINE_LOOKBACK_DAYS, detectAnomalies } from './anomaly.rules';
import { MeterAnomaly, MeterReading, MeterReadingSource, UtilityMeter, UtilityTariff } from './meter.entity';
import {
  MAX_READING_IMPORT_ROWS,
  type ImportMeterReadingsInput,
  type MeterAnomalyFilter,
  type RecordMeterReadingInput,
  type RegisterUtilityMeterInput,
  type ReplaceUtilityMeterInput,
  type SetUtilityTariffInput,
  type UtilityMeterFilter,
} from './meter.inputs';
import {
  consumptionByDay,
  costFen,
  dayStart,
  daysBetween,
  DEFAULT_UNIT_PRICE,
  formatThousandths,
  intervalsOf,
  parseReading,
  parseUnitPrice,
  UNIT_OF,
  Utility,
} from './meter.rules';
import { anomalyReader, meterReader, meterSql } from './meter.store';
import {
  ConsumptionGranularity,
  type ImportMeterReadingsPayload,
  MeterConsumption,
  MeterConsumptionPeriod,
  MeterMonthLine,
  type RecordMeterReadingPayload,
  type ReplaceUtilityMeterPayload,
  SchoolMeterReport,
  UtilityMonthTotal,
} from './meter.types';

/** A reading about to be appended. */
interface NewReading {
  readAt: Date;
  valueThousandths: number;
  note: string | null;
}

const DAY_MS = 86_400_000;
/** The longest range meterConsumption answers: a year of days, three years of months. */
const MAX_DAYS = { DAY: 366, MONTH: 1096 } as const;
const READINGS_PER_INSERT = 100;

/** An instant as a file gives it: ISO 8601 with a date, a time and an offset (or Z). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The stored anomaly (MeterAnomaly) of a finding of the anomaly rules, raised by the reading `readingId` of `meter`. */
export function anomalyRow(meter: UtilityMeter, finding: AnomalyFinding, readingId: string): MeterAnomaly {
  return Object.assign(new MeterAnomaly(), {
    id: newId(),
    districtId: meter.districtId,
    schoolId: meter.schoolId,
    meterId: meter.id,
    campusId: meter.campusId,
    buildingId: meter.buildingId,
    utility: meter.utility,
    kind: finding.kind as MeterAnomaly['kind'],
    fromAt: finding.from,
    toAt: finding.to,
    consumptionThousandths: finding.consumption,
    baselineThousandths: finding.baseline,
    suspectedLeak: finding.suspectedLeak,
    readingId,
    workOrderId: null,
    resolvedAt: null,
  });
}

/**
 * Utility meters (水电表): registering and replacing meters, readings (entered or imported; append-only),
 * consumption per day and month at the district's tariff, the school's monthly report, and anomalies
 * detected as readings arrive. At `ctx.meters`.
 */
export class MeterService {
  readonly meters: ScopedReader<UtilityMeter>;
  readonly anomalyRows: ScopedReader<MeterAnomaly>;
  private reportLoaders = new Map<string, DataLoader<string, SchoolMeterReport | null>>();

  constructor(private readonly ctx: FacilitiesContext) {
    this.meters = meterReader(ctx);
    this.anomalyRows = anomalyReader(ctx);
  }

  // ── Reads ────────────────────────────────────────────────────────────────────────────────

  list(filter: UtilityMeterFilter, page: PageArgs): Promise<Page<UtilityMeter>> {
    const viewer = requirePermission(this.ctx.viewer, P.readMeters, filter.schoolId ?? undefined);
    const allowed = schoolsAllowed(viewer, P.readMeters);
    return this.meters.list(page, (qb) => {
      if (allowed !== 'district') qb.andWhere('mtr.schoolId IN (:...allowed)', { allowed });
      if (filter.schoolId) qb.andWhere('mtr.schoolId = :schoolId', { schoolId: parseId(filter.schoolId, 'schoolId') });
      if (filter.campusId) qb.andWhere('mtr.campusId = :campusId', { campusId: parseId(filter.campusId, 'campusId') });
      if (filter.buildingId) qb.andWhere('mtr.buildingId = :buildingId', { buildingId: parseId(filter.buildingId, 'buildingId') });
      if (filter.utility) qb.andWhere('mtr.utility = :utility', { utility: filter.utility });
      if (filter.active != null) qb.andWhere('mtr.active = :active', { active: filter.active });
    });
  }

  async get(id: string): Promise<UtilityMeter> {
    const viewer = requirePermission(this.ctx.viewer, P.readMeters);
    const meter = await this.meters.get(id);
    requirePermission(viewer, P.readMeters, meter.schoolId);
    return meter;
  }

  /** A meter's readings, newest recorded first. */
  async readings(meterId: string, page: PageArgs): Promise<Page<MeterReading>> {
    const meter = await this.get(meterId);
    const qb = this.ctx.dataSource.manager.getRepository(MeterReading).createQueryBuilder('r').where('r.meterId = :id', { id: meter.id });
    return paginate(qb, page, 'DESC');
  }

  anomalies(filter: MeterAnomalyFilter, page: PageArgs): Promise<Page<MeterAnomaly>> {
    const viewer = requirePermission(this.ctx.viewer, P.readMeters, filter.schoolId ?? undefined);
    const allowed = schoolsAllowed(viewer, P.readMeters);
    const qb = meterSql.anomalyList(this.ctx.dataSource.manager, this.anomalyRows, {
      schoolId: filter.schoolId ? parseId(filter.schoolId, 'schoolId') : null,
      meterId: filter.meterId ? parseId(filter.meterId, 'meterId') : null,
      kind: filter.kind,
      // Days in China Standard Time (the district's zone); `to` includes its day.
      from: filter.from ? dayStart(filter.from, 'Asia/Shanghai') : null,
      to: filter.to ? dayStart(shiftDate(filter.to, 1), 'Asia/Shanghai') : null,
    });
    if (allowed !== 'district') qb.andWhere('anm.schoolId IN (:...allowed)', { allowed });
    return paginate(qb, page, 'DESC');
  }

  /** The viewer's district's tariffs, one per utility (the defaults where none is set). */
  async tariffs(): Promise<UtilityTariff[]> {
    const viewer = requirePermission(this.ctx.viewer, P.readMeters);
    const byUtility = await this.tariffsIn(this.ctx.dataSource.manager, viewer.districtId);
    return Object.values(Utility).map((u) => byUtility.get(u)!);
  }

  /** A meter's consumption per day or month from `from` to `to` (local days, both included), with its cost. */
  async consumption(meterId: string, from: string, to: string, granularity: ConsumptionGranularity): Promise<MeterConsumption> {
    const meter = await this.get(meterId);
    checkDay(from, 'from');
    checkDay(to, 'to');
    if (to < from) throw badInput('to', 'to must not be before from.');
    const days = daysBetween(from, to);
    if (days.length > MAX_DAYS[granularity])
      throw badInput('to', `The range may cover at most ${MAX_DAYS[granularity]} days for ${granularity.toLowerCase()} periods.`);
    const manager = this.ctx.dataSource.manager;
    const timeZone = await this.ctx.directoryCopy.timeZoneOf(meter.schoolId);
    const readings = await meterSql
      .readingsAround(manager, [meter.id], dayStart(from, timeZone), dayStart(shiftDate(to, 1), timeZone))
      .getMany();
    const tariff = (await this.tariffsIn(manager, meter.districtId)).get(meter.utility)!;
    const price = tariff.unitPriceCentiFen;
    const daily = dailyFigures(meter, readings, days, timeZone);
    const groups = new Map<string, { consumption: number; complete: boolean }>();
    for (const [day, figure] of daily) {
      const key = granularity === ConsumptionGranularity.DAY ? day : day.slice(0, 7);
      const group = groups.get(key) ?? { consumption: 0, complete: true };
      group.consumption += figure.consumption;
      group.complete &&= figure.complete;
      groups.set(key, group);
    }
    const periods = [...groups].map(([period, g]) =>
      Object.assign(new MeterConsumptionPeriod(), {
        period,
        consumption: formatThousandths(g.consumption),
        complete: g.complete,
        costFen: costFen(g.consumption, price),
      }),
    );
    const total = [...groups.values()].reduce((sum, g) => sum + g.consumption, 0);
    return Object.assign(new MeterConsumption(), {
      meter,
      unit: UNIT_OF[meter.utility],
      unitPriceYuan: tariff.unitPriceYuan,
      periods,
      total: formatThousandths(total),
      costFen: costFen(total, price),
    });
  }

  /** A school's monthly meter report (Query.schoolMeterReport): without per-student figures. */
  async schoolReport(schoolId: string, month: string): Promise<SchoolMeterReport> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readMeters, id);
    monthSpan(month);
    const report = await this.reportLoader(month).load(id);
    if (!report) throw notFound('School', id);
    return report;
  }

  /**
   * School.meterReport: the report with per-student figures (the directory's studentCount, through
   * @requires), null unless the viewer reads the school's meters. Batched: the schools of a page cost
   * the same four statements as one.
   */
  async schoolReportWithStudents(school: { id: string; studentCount?: number | null }, month: string): Promise<SchoolMeterReport | null> {
    if (!may(this.ctx.viewer, P.readMeters, school.id)) return null;
    monthSpan(month);
    const report = await this.reportLoader(month).load(school.id);
    return report && withStudents(report, school.studentCount ?? null);
  }

  private reportLoader(month: string): DataLoader<string, SchoolMeterReport | null> {
    let loader = this.reportLoaders.get(month);
    if (!loader) {
      loader = new DataLoader((schoolIds) => this.reports(schoolIds, month), { maxBatchSize: 100 });
      this.reportLoaders.set(month, loader);
    }
    return loader;
  }

  /** The monthly reports of several schools: meters, their readings around the month, zones, tariffs — four statements. */
  private async reports(schoolIds: readonly string[], month: string): Promise<(SchoolMeterReport | null)[]> {
    const viewer = requirePermission(this.ctx.viewer, P.readMeters);
    const manager = this.ctx.dataSource.manager;
    const meters = await meterSql.metersOfSchools(manager, schoolIds).getMany();
    const schools = await this.ctx.directoryCopy.schoolsIn(viewer.districtId, schoolIds, manager);
    const zoneOf = (schoolId: string) => schools.get(schoolId)?.timeZone ?? 'Asia/Shanghai';
    const first = `${month}-01`;
    const next = `${nextMonth(month)}-01`;
    const days = daysBetween(first, shiftDate(next, -1));
    const starts = schoolIds.map((id) => dayStart(first, zoneOf(id)).getTime());
    const ends = schoolIds.map((id) => dayStart(next, zoneOf(id)).getTime());
    const readings = meters.length
      ? await meterSql
          .readingsAround(
            manager,
            meters.map((m) => m.id),
            new Date(Math.min(...starts)),
            new Date(Math.max(...ends)),
          )
          .getMany()
      : [];
    const readingsOf = new Map<string, MeterReading[]>();
    for (const r of readings) (readingsOf.get(r.meterId) ?? readingsOf.set(r.meterId, []).get(r.meterId)!).push(r);
    const prices = await this.tariffsIn(manager, viewer.districtId);
    return schoolIds.map((schoolId) => {
      if (!schools.has(schoolId)) return null;
      const lines: MeterMonthLine[] = [];
      for (const meter of meters.filter((m) => m.schoolId === schoolId)) {
        const own = readingsOf.get(meter.id) ?? [];
        if (!meter.active && own.length === 0) continue;
        const daily = dailyFigures(meter, own, days, zoneOf(schoolId));
        const consumption = [...daily.values()].reduce((sum, d) => sum + d.consumption, 0);
        lines.push(
          Object.assign(new MeterMonthLine(), {
            meterId: meter.id,
            meter,
            utility: meter.utility,
            unit: UNIT_OF[meter.utility],
            consumption: formatThousandths(consumption),
            consumptionThousandths: consumption,
            complete: [...daily.values()].every((d) => d.complete),
            costFen: costFen(consumption, prices.get(meter.utility)!.unitPriceCentiFen),
          }),
        );
      }
      const totals = Object.values(Utility).flatMap((utility) => {
        const of = lines.filter((l) => l.utility === utility) as (MeterMonthLine & { consumptionThousandths: number })[];
        if (!of.length) return [];
        const consumption = of.reduce((sum, l) => sum + l.consumptionThousandths, 0);
        return [
          Object.assign(new UtilityMonthTotal(), {
            utility,
            unit: UNIT_OF[utility],
            consumption: formatThousandths(consumption),
            consumptionThousandths: consumption,
            meterCount: of.length,
            costFen: costFen(consumption, prices.get(utility)!.unitPriceCentiFen),
            consumptionPerStudent: null,
            costPerStudentFen: null,
          }),
        ];
      });
      return Object.assign(new SchoolMeterReport(), {
        schoolId,
        month,
        studentCount: null,
        lines,
        totals,
        costFen: totals.reduce((sum, t) => sum + t.costFen, 0),
      });
    });
  }

  /** A district's tariffs by utility, the placeholder defaults (version 0) where none is set. */
  async tariffsIn(manager: EntityManager, districtId: string): Promise<Map<Utility, UtilityTariff>> {
    const set = await meterSql.tariffsOf(manager, districtId).getMany();
    return new Map(
      Object.values(Utility).map((utility) => [
        utility,
        set.find((t) => t.utility === utility) ??
          Object.assign(new UtilityTariff(), {
            districtId,
            utility,
            unitPriceCentiFen: DEFAULT_UNIT_PRICE[utility],
            version: 0,
            updatedByAccountId: null,
            updatedAt: null,
          }),
      ]),
    );
  }

  // ── Mutations ────────────────────────────────────────────────────────────────────────────

  /** Registers a meter on a building or for a whole campus (directors), with its first reading when given. */
  async register(input: RegisterUtilityMeterInput): Promise<UtilityMeter> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.registerUtilityMeter, schoolId);
    if ((input.buildingId == null) === (input.campusId == null))
      throw badInput('buildingId', 'Give the building the meter is on, or the campus it measures as a whole (campusId): one of them.');
    const initial = input.initialValue != null ? parseReading(input.initialValue, input.utility, 'initialValue') : null;
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      let campusId: string;
      let buildingId: string | null = null;
      if (input.buildingId != null) {
        const id = parseId(input.buildingId, 'buildingId');
        const building = await manager.findOne(Building, { where: { id } });
        if (!building || building.schoolId !== schoolId) throw badInput('buildingId', 'buildingId does not name a building of the school.');
        campusId = building.campusId;
        buildingId = building.id;
      } else {
        campusId = (await this.ctx.directoryCopy.requireCampusOf(manager, schoolId, input.campusId!, 'campusId')).campusId;
      }
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      if (input.installedOn > today) throw badInput('installedOn', 'installedOn must not be in the future.');
      const meter = manager.create(UtilityMeter, {
        id: newId(),
        districtId: school.districtId,
        schoolId,
        utility: input.utility,
        name: input.name,
        serialNumber: input.serialNumber,
        campusId,
        buildingId,
        multiplier: input.multiplier ?? 1,
        active: true,
        installedOn: input.installedOn,
        replacesMeterId: null,
        lastReadAt: null,
        lastValueThousandths: null,
      });
      await manager.insert(UtilityMeter, meter);
      await recordAudit(manager, this.ctx, {
        action: 'utilityMeter.register',
        entityType: 'UtilityMeter',
        entityId: meter.id,
        districtId: school.districtId,
        schoolId,
        changes: {
          utility: meter.utility,
          name: meter.name,
          serialNumber: meter.serialNumber,
          campusId,
          buildingId,
          multiplier: meter.multiplier,
        },
      });
      if (initial !== null) {
        const readAt = new Date(Math.min(dayStart(input.installedOn, school.timeZone).getTime(), this.ctx.now().getTime()));
        await this.append(
          manager,
          viewer,
          meter,
          [{ readAt, valueThousandths: initial, note: 'Reading at installation' }],
          MeterReadingSource.MANUAL,
          'initialValue',
        );
      }
      return manager.findOneOrFail(UtilityMeter, { where: { id: meter.id } });
    });
  }

  /**
   * A meter swap (换表): the old meter's final reading is recorded and it is closed; a new meter takes
   * its place, starting from its own first reading. Consumption runs on across the swap without a
   * decrease (each meter counts its own differences).
   */
  async replace(input: ReplaceUtilityMeterInput): Promise<ReplaceUtilityMeterPayload> {
    const viewer = requirePermission(this.ctx.viewer, P.replaceUtilityMeter);
    return this.ctx.dataSource.transaction(async (manager) => {
      const old = await this.meters.getIn(manager, input.meterId, 'meterId');
      requirePermission(viewer, P.replaceUtilityMeter, old.schoolId);
      if (!old.active) throw conflict('This meter was already replaced.');
      const finalValue = parseReading(input.finalValue, old.utility, 'finalValue');
      const initialValue = parseReading(input.initialValue, old.utility, 'initialValue');
      if (input.replacedAt.getTime() > this.ctx.now().getTime()) throw badInput('replacedAt', 'replacedAt must not be in the future.');
      await this.append(
        manager,
        viewer,
        old,
        [{ readAt: input.replacedAt, valueThousandths: finalValue, note: 'Final reading at replacement' }],
        MeterReadingSource.MANUAL,
        'replacedAt',
      );
      const retired = await meterSql.retire(manager, old.id).execute();
      if ((retired.affected ?? 0) !== 1) throw conflict('This meter was replaced meanwhile.');
      const timeZone = await this.ctx.directoryCopy.timeZoneOf(old.schoolId, manager);
      const meter = manager.create(UtilityMeter, {
        id: newId(),
        districtId: old.districtId,
        schoolId: old.schoolId,
        utility: old.utility,
        name: old.name,
        serialNumber: input.serialNumber,
        campusId: old.campusId,
        buildingId: old.buildingId,
        multiplier: input.multiplier ?? old.multiplier,
        active: true,
        installedOn: new Intl.DateTimeFormat('en-CA', { timeZone }).format(input.replacedAt),
        replacesMeterId: old.id,
        lastReadAt: null,
        lastValueThousandths: null,
      });
      await manager.insert(UtilityMeter, meter);
      await recordAudit(manager, this.ctx, {
        action: 'utilityMeter.replace',
        entityType: 'UtilityMeter',
        entityId: old.id,
        districtId: old.districtId,
        schoolId: old.schoolId,
        changes: {
          replacedAt: input.replacedAt.toISOString(),
          finalValue: formatThousandths(finalValue),
          newMeterId: meter.id,
          serialNumber: meter.serialNumber,
        },
      });
      await this.append(
        manager,
        viewer,
        meter,
        [{ readAt: input.replacedAt, valueThousandths: initialValue, note: 'Reading at installation' }],
        MeterReadingSource.MANUAL,
        'replacedAt',
      );
      return {
        replaced: await manager.findOneOrFail(UtilityMeter, { where: { id: old.id } }),
        meter: await manager.findOneOrFail(UtilityMeter, { where: { id: meter.id } }),
      };
    });
  }

  /** Records one reading (directors, storekeepers, maintenance): anomalies it reveals are raised in the same transaction. */
  async record(input: RecordMeterReadingInput): Promise<RecordMeterReadingPayload> {
    const viewer = requirePermission(this.ctx.viewer, P.recordMeterReading);
    return this.ctx.dataSource.transaction(async (manager) => {
      const meter = await this.meters.getIn(manager, input.meterId, 'meterId');
      requirePermission(viewer, P.recordMeterReading, meter.schoolId);
      const valueThousandths = parseReading(input.value, meter.utility, 'value');
      if (input.readAt.getTime() > this.ctx.now().getTime()) throw badInput('readAt', 'readAt must not be in the future.');
      if (!meter.active) throw badInput('meterId', 'meterId names a meter that was replaced: read its replacement.');
      if (meter.lastReadAt && input.readAt.getTime() <= meter.lastReadAt.getTime())
        throw badInput('readAt', `A reading earlier than the last one's date: the last reading was at ${meter.lastReadAt.toISOString()}.`);
      const { readings, anomalies } = await this.append(
        manager,
        viewer,
        meter,
        [{ readAt: input.readAt, valueThousandths, note: input.note ?? null }],
        MeterReadingSource.MANUAL,
        'readAt',
      );
      await recordAudit(manager, this.ctx, {
        action: 'meterReading.record',
        entityType: 'MeterReading',
        entityId: readings[0].id,
        districtId: meter.districtId,
        schoolId: meter.schoolId,
        changes: { meterId: meter.id, readAt: input.readAt.toISOString(), value: formatThousandths(valueThousandths) },
      });
      return { reading: readings[0], meter: await manager.findOneOrFail(UtilityMeter, { where: { id: meter.id } }), anomalies };
    });
  }

  /**
   * Imports readings in bulk, all or nothing: every row is checked (its meter one of the schools the
   * viewer records at, its instant and value, after the meter's last reading and the meter's earlier
   * rows) and every bad row answered at once (rowErrors). With `validateOnly` nothing is written.
   */
  async import(input: ImportMeterReadingsInput): Promise<ImportMeterReadingsPayload> {
    const viewer = requirePermission(this.ctx.viewer, P.importMeterReadings);
    const { rows } = input;
    if (rows.length < 1) throw badInput('rows', 'rows must have at least one row.');
    if (rows.length > MAX_READING_IMPORT_ROWS)
      throw badInput('rows', `rows has ${rows.length} rows; at most ${MAX_READING_IMPORT_ROWS} are imported at once: split the file.`);
    const errors: RowError[] = [];
    const shaped = new Map<number, { meterId: string; readAt: Date }>();
    const now = this.ctx.now().getTime();
    for (const [i, row] of rows.entries()) {
      try {
        await validateInput(row);
      } catch (error) {
        errors.push(...rowErrorsFrom(i, error));
        continue;
      }
      const text = row.readAt.trim();
      const readAt = new Date(text);
      if (!INSTANT.test(text) || Number.isNaN(readAt.getTime()))
        errors.push({
          row: i,
          field: 'readAt',
          message: 'readAt must be an ISO 8601 instant with its offset, e.g. 2026-11-16T07:00:00+08:00.',
        });
      else if (readAt.getTime() > now) errors.push({ row: i, field: 'readAt', message: 'readAt must not be in the future.' });
      else shaped.set(i, { meterId: row.meterId, readAt });
    }
    return this.ctx.dataSource.transaction(async (manager) => {
      const ids = [...new Set([...shaped.values()].map((r) => r.meterId))];
      const meters = new Map(
        (ids.length ? await this.meters.query(manager).andWhere('mtr.id IN (:...ids)', { ids }).getMany() : []).map((m) => [m.id, m]),
      );
      const perMeter = new Map<string, { row: number; reading: NewReading }[]>();
      for (const [i, { meterId, readAt }] of shaped) {
        const meter = meters.get(meterId);
        if (!meter) {
          errors.push({ row: i, field: 'meterId', message: 'meterId names no meter of your schools.' });
          continue;
        }
        if (!may(viewer, P.importMeterReadings, meter.schoolId)) {
          errors.push({ row: i, field: 'meterId', message: "You may not record readings at this meter's school." });
          continue;
        }
        if (!meter.active) {
          errors.push({ row: i, field: 'meterId', message: 'meterId names a meter that was replaced: read its replacement.' });
          continue;
        }
        let valueThousandths: number;
        try {
          valueThousandths = parseReading(rows[i].value, meter.utility, 'value');
        } catch (error) {
          errors.push(...rowErrorsFrom(i, error));
          continue;
        }
        if (meter.lastReadAt && readAt.getTime() <= meter.lastReadAt.getTime()) {
          errors.push({
            row: i,
            field: 'readAt',
            message: `A reading earlier than the last one's date: this meter's last reading was at ${meter.lastReadAt.toISOString()}.`,
          });
          continue;
        }
        const list = perMeter.get(meterId) ?? perMeter.set(meterId, []).get(meterId)!;
        list.push({ row: i, reading: { readAt, valueThousandths, note: rows[i].note ?? null } });
      }
      for (const list of perMeter.values()) {
        list.sort((a, b) => a.reading.readAt.getTime() - b.reading.readAt.getTime() || a.row - b.row);
        for (let k = 1; k < list.length; k++)
          if (list[k].reading.readAt.getTime() === list[k - 1].reading.readAt.getTime())
            errors.push({
              row: list[k].row,
              field: 'readAt',
              message: `This meter is already read at this instant in row ${list[k - 1].row}.`,
            });
      }
      if (errors.length) throw rowErrorsInput(errors);
      const count = rows.length;
      if (input.validateOnly) return { count, meterCount: perMeter.size, anomalies: [] };
      const anomalies: MeterAnomaly[] = [];
      const audits = [];
      for (const [meterId, list] of perMeter) {
        const meter = meters.get(meterId)!;
        try {
          const appended = await this.append(
            manager,
            viewer,
            meter,
            list.map((l) => l.reading),
            MeterReadingSource.IMPORT,
            'readAt',
          );
          anomalies.push(...appended.anomalies);
        } catch (error) {
          // Someone recorded a later reading of this meter meanwhile: that meter's first row, as the check would have said.
          throw rowErrorsInput(rowErrorsFrom(list[0].row, error));
        }
        audits.push({
          action: 'meterReading.import',
          entityType: 'UtilityMeter',
          entityId: meter.id,
          districtId: meter.districtId,
          schoolId: meter.schoolId,
          changes: {
            readings: list.length,
            from: list[0].reading.readAt.toISOString(),
            to: list[list.length - 1].reading.readAt.toISOString(),
          },
        });
      }
      await recordAudits(manager, this.ctx, audits);
      return { count, meterCount: perMeter.size, anomalies };
    });
  }

  /** Sets the district's price of a utility (district administrators), at the version read. */
  async setTariff(input: SetUtilityTariffInput): Promise<UtilityTariff> {
    const viewer = requirePermission(this.ctx.viewer, P.setUtilityTariff);
    const price = parseUnitPrice(input.unitPriceYuan, 'unitPriceYuan');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = (await this.tariffsIn(manager, viewer.districtId)).get(input.utility)!;
      const stale = () =>
        conflict(
          `The tariff was changed by someone else (your version ${input.version}, current ${current.version}); reload and try again.`,
          {
            currentVersion: current.version,
          },
        );
      if (input.version !== current.version) throw stale();
      if (current.version === 0) {
        try {
          await manager.insert(UtilityTariff, {
            districtId: viewer.districtId,
            utility: input.utility,
            unitPriceCentiFen: price,
            updatedByAccountId: viewer.accountId,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw stale();
          throw error;
        }
      } else {
        const result = await meterSql
          .setTariff(manager, viewer.districtId, input.utility, price, input.version, viewer.accountId)
          .execute();
        if ((result.affected ?? 0) !== 1) throw stale();
      }
      await recordAudit(manager, this.ctx, {
        action: 'utilityTariff.set',
        entityType: 'UtilityTariff',
        entityId: viewer.districtId,
        districtId: viewer.districtId,
        changes: { utility: input.utility, from: current.unitPriceYuan, to: input.unitPriceYuan },
      });
      return manager.findOneOrFail(UtilityTariff, { where: { districtId: viewer.districtId, utility: input.utility } });
    });
  }

  // ── Appending readings and detecting anomalies ───────────────────────────────────────────

  /**
   * Appends readings (in time order, all after the meter's last) in the caller's transaction: moves the
   * meter's latest reading forward only if they are all after it (else BAD_USER_INPUT on `field`: the
   * guard against concurrent writers), inserts them, then judges the intervals and days they complete
   * against the meter's own history and raises each anomaly once (a row and an event).
   */
  private async append(
    manager: EntityManager,
    viewer: Viewer,
    meter: UtilityMeter,
    readings: readonly NewReading[],
    source: MeterReadingSource,
    field: string,
  ): Promise<{ readings: MeterReading[]; anomalies: MeterAnomaly[] }> {
    const first = readings[0];
    const last = readings[readings.length - 1];
    const advanced = await meterSql.advance(manager, meter.id, first.readAt, last.readAt, last.valueThousandths).execute();
    if ((advanced.affected ?? 0) !== 1)
      throw badInput(field, "A reading earlier than the last one's date: the meter has a reading at or after it (or was replaced).");
    const rows = readings.map((r) =>
      manager.create(MeterReading, {
        id: newId(),
        meterId: meter.id,
        readAt: r.readAt,
        valueThousandths: r.valueThousandths,
        source,
        note: r.note,
        recordedByAccountId: viewer.accountId,
      }),
    );
    for (let i = 0; i < rows.length; i += READINGS_PER_INSERT) await manager.insert(MeterReading, rows.slice(i, i + READINGS_PER_INSERT));

    const since = new Date(first.readAt.getTime() - BASELINE_LOOKBACK_DAYS * DAY_MS);
    const history = await meterSql.history(manager, meter.id, since).getMany();
    const firstNew = history.findIndex((r) => r.id === rows[0].id);
    const timeZone = await this.ctx.directoryCopy.timeZoneOf(meter.schoolId, manager);
    const findings = detectAnomalies(
      history.map((r) => ({ at: r.readAt, value: r.valueThousandths })),
      firstNew,
      { utility: meter.utility, multiplier: meter.multiplier, timeZone },
    );
    if (!findings.length) return { readings: rows, anomalies: [] };
    const earliest = new Date(Math.min(...findings.map((f) => f.from.getTime())));
    const raised = new Set(
      (await meterSql.anomaliesSince(manager, meter.id, earliest).getMany()).map((a) => `${a.kind}@${a.fromAt.getTime()}`),
    );
    const anomalies: MeterAnomaly[] = [];
    for (const f of findings) {
      const key = `${f.kind}@${f.from.getTime()}`;
      if (raised.has(key)) continue;
      raised.add(key);
      anomalies.push(anomalyRow(meter, f, history[f.readingIndex].id));
    }
    if (!anomalies.length) return { readings: rows, anomalies };
    for (let i = 0; i < anomalies.length; i += READINGS_PER_INSERT)
      await manager.insert(MeterAnomaly, anomalies.slice(i, i + READINGS_PER_INSERT));
    await publishEvents(
      manager,
      this.ctx,
      facilitiesEvents.meterAnomaly,
      anomalies.map((a) => ({
        districtId: a.districtId,
        schoolId: a.schoolId,
        payload: {
          anomalyId: a.id,
          meterId: a.meterId,
          schoolId: a.schoolId,
          campusId: a.campusId,
          buildingId: a.buildingId,
          utility: a.utility,
          kind: a.kind,
          from: a.fromAt.toISOString(),
          to: a.toAt.toISOString(),
          consumption: formatThousandths(a.consumptionThousandths),
          baseline: a.baselineThousandths == null ? null : formatThousandths(a.baselineThousandths),
          suspectedLeak: a.suspectedLeak,
        },
      })),
    );
    return {
      readings: rows,
      anomalies: await manager.find(MeterAnomaly, { where: { id: In(anomalies.map((a) => a.id)) }, order: { fromAt: 'ASC' } }),
    };
  }
}

/** Per local day of `days`: the meter's consumption (apportioned by time, × multiplier) and whether readings cover the day. */
function dailyFigures(
  meter: UtilityMeter,
  readings: readonly MeterReading[],
  days: readonly string[],
  timeZone: string,
): Map<string, { consumption: number; complete: boolean }> {
  const sorted = [...readings].sort((a, b) => a.readAt.getTime() - b.readAt.getTime());
  const byDay = consumptionByDay(
    intervalsOf(
      sorted.map((r) => ({ at: r.readAt, value: r.valueThousandths })),
      meter.multiplier,
    ),
    timeZone,
  );
  const firstAt = sorted[0]?.readAt.getTime() ?? Infinity;
  const lastAt = sorted[sorted.length - 1]?.readAt.getTime() ?? -Infinity;
  return new Map(
    days.map((day) => [
      day,
      {
        consumption: byDay.get(day) ?? 0,
        complete: firstAt <= dayStart(day, timeZone).getTime() && lastAt >= dayStart(shiftDate(day, 1), timeZone).getTime(),
      },
    ]),
  );
}

/** The report with per-student figures (rounded half up), or as it is without a student count. */
function withStudents(report: SchoolMeterReport, studentCount: number | null): SchoolMeterReport {
  if (!studentCount || studentCount <= 0) return report;
  const per = (n: number) => Math.floor((2 * n + studentCount) / (2 * studentCount));
  return Object.assign(new SchoolMeterReport(), {
    ...report,
    studentCount,
    totals: report.totals.map((t) => {
      const thousandths = (t as UtilityMonthTotal & { consumptionThousandths: number }).consumptionThousandths;
      return Object.assign(new UtilityMonthTotal(), {
        ...t,
        consumptionPerStudent: formatThousandths(per(thousandths)),
        costPerStudentFen: per(t.costFen),
      });
    }),
  });
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
