import type { EntityManager } from 'typeorm';
import { badInput, conflict, nextByRule, notFound, parseId, thousandthsText, todayIn, type Page, type PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import { groupedLoader } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { type WorkOrder, WorkOrderStatus } from '../repair/work-order.entity';
import { workOrderSql, workOrderWriteReader } from '../repair/work-order.store';
import { newId } from '@houqin/common';
import {
  type ChecklistItem,
  MaintenanceBasis,
  type MaintenanceFrequency,
  MaintenanceOccurrence,
  MaintenanceSchedule,
} from './maintenance.entity';
import type {
  CreateMaintenanceScheduleInput,
  MaintenanceScheduleFilter,
  RecordMaintenanceChecklistInput,
  RecordMaintenanceMeterReadingInput,
  SetMaintenanceScheduleActiveInput,
} from './maintenance.inputs';
import {
  answerChecklist,
  checkChecklist,
  checkInterval,
  checkLeadDays,
  checkMeterRule,
  dueReadingAfterService,
  MAINTENANCE_TEMPLATES,
  type MaintenanceTemplate,
  meterUnits,
} from './maintenance.rules';
import { maintenanceSql, occurrenceReader, scheduleReader } from './maintenance.store';
import { MaintenanceCompliance } from './maintenance.types';

/**
 * Preventive maintenance (预防性维护): schedules from statutory templates or spelled out, the work orders
 * the opening job makes for them, their checklists. At `ctx.maintenance`.
 */
export class MaintenanceService {
  readonly schedules: ScopedReader<MaintenanceSchedule>;
  readonly occurrences: ScopedReader<MaintenanceOccurrence>;
  private complianceLoaders = new Map<
    string,
    ReturnType<typeof groupedLoader<{ schoolId: string; due: string; onTime: string; late: string }>>
  >();

  constructor(private readonly ctx: FacilitiesContext) {
    this.schedules = scheduleReader(ctx);
    this.occurrences = occurrenceReader(ctx);
  }

  list(filter: MaintenanceScheduleFilter, page: PageArgs): Promise<Page<MaintenanceSchedule>> {
    requirePermission(this.ctx.viewer, P.readWorkOrders);
    const schoolId = filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null;
    return paginate(maintenanceSql.list(this.ctx.dataSource.manager, this.schedules, { schoolId, active: filter.active }), page);
  }

  get(id: string): Promise<MaintenanceSchedule> {
    requirePermission(this.ctx.viewer, P.readWorkOrders);
    return this.schedules.get(id);
  }

  /** A school's due days from `from` to `to` (at most a year): the PM calendar. */
  calendar(schoolId: string, from: string, to: string, page: PageArgs): Promise<Page<MaintenanceOccurrence>> {
    requirePermission(this.ctx.viewer, P.readWorkOrders, schoolId);
    return paginate(
      maintenanceSql.occurrences(this.ctx.dataSource.manager, this.occurrences, parseId(schoolId, 'schoolId'), from, to),
      page,
    );
  }

  /**
   * A schedule for an asset, a room or a building of the school (the director): permission first, then
   * the template and the input's overrides, the interval, lead and checklist, then the place in one
   * transaction. Its first due day is `startsOn`, or the plan's next on or after today when that has passed.
   */
  async create(input: CreateMaintenanceScheduleInput): Promise<MaintenanceSchedule> {
    const viewer = requirePermission(this.ctx.viewer, P.createMaintenanceSchedule, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const template = input.templateCode ? MAINTENANCE_TEMPLATES.find((t) => t.code === input.templateCode?.trim()) : undefined;
    if (input.templateCode && !template)
      throw badInput('templateCode', `Unknown template; one of ${MAINTENANCE_TEMPLATES.map((t) => t.code).join(', ')}.`);
    const title = input.title ?? template?.title;
    const category = input.category ?? template?.category;
    const basis = input.basis ?? template?.basis ?? MaintenanceBasis.PLAN;
    const leadDays = input.leadDays ?? template?.leadDays ?? 3;
    const checklist: ChecklistItem[] = (input.checklist ?? template?.checklist ?? []).map((item) => ({
      label: item.label.trim(),
      kind: item.kind,
      min: item.min ?? null,
      max: item.max ?? null,
      unit: item.unit ?? null,
    }));
    if (!title) throw badInput('title', 'Give a title, or a templateCode.');
    if (!category) throw badInput('category', 'Give a category, or a templateCode.');
    const rule = basis === MaintenanceBasis.METER ? meterRuleOf(input, template) : calendarRuleOf(input, template);
    checkLeadDays(leadDays);
    checkChecklist(checklist);
    if (!input.assetId && !input.roomId && !input.buildingId) throw badInput('assetId', 'Give the asset, room or building it services.');
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const asset = input.assetId ? await this.ctx.assets.requireAssetOf(manager, schoolId, input.assetId, 'assetId') : null;
      const roomId = input.roomId ? parseId(input.roomId, 'roomId') : (asset?.roomId ?? null);
      if (input.roomId) await this.ctx.places.requireRoomOf(manager, schoolId, roomId!, 'roomId');
      if (input.buildingId) {
        const building = await this.ctx.places.buildings.getIn(manager, input.buildingId, 'buildingId').catch(() => null);
        if (!building || building.schoolId !== schoolId) throw badInput('buildingId', 'buildingId does not name a building of the school.');
      }
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      const nextDueOn =
        rule.kind === 'meter'
          ? null
          : input.startsOn >= today
            ? input.startsOn
            : basis === MaintenanceBasis.PLAN
              ? nextByRule(rule.frequency, rule.interval, input.startsOn, today, true)
              : today;
      const schedule = manager.create(MaintenanceSchedule, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        title: title.trim(),
        templateCode: template?.code ?? null,
        category,
        assetId: asset?.id ?? null,
        roomId,
        buildingId: input.buildingId ? parseId(input.buildingId, 'buildingId') : null,
        frequency: rule.kind === 'calendar' ? rule.frequency : null,
        interval: rule.kind === 'calendar' ? rule.interval : null,
        basis,
        startsOn: input.startsOn,
        leadDays,
        checklist,
        nextDueOn,
        lastCompletedOn: null,
        active: true,
        ...(rule.kind === 'meter'
          ? {
              meterUnit: rule.unit,
              meterIntervalThousandths: rule.interval,
              meterLeadThousandths: rule.lead,
              meterReadingThousandths: rule.reading,
              meterReadAt: this.ctx.now(),
              nextDueReadingThousandths: dueReadingAfterService({ meterIntervalThousandths: rule.interval }, rule.reading),
            }
          : {}),
      });
      await manager.insert(MaintenanceSchedule, schedule);
      await recordAudit(manager, this.ctx, {
        action: 'maintenanceSchedule.create',
        entityType: 'MaintenanceSchedule',
        entityId: schedule.id,
        districtId: viewer.districtId,
        schoolId,
        changes: {
          title: schedule.title,
          templateCode: schedule.templateCode,
          frequency: schedule.frequency,
          interval: schedule.interval,
          basis,
          startsOn: input.startsOn,
          nextDueOn,
          ...(rule.kind === 'meter'
            ? { meterUnit: rule.unit, meterInterval: schedule.meterInterval, meterReading: schedule.meterReading }
            : {}),
        },
      });
      return manager.findOneOrFail(MaintenanceSchedule, { where: { id: schedule.id } });
    });
  }

  /** Pauses or resumes a schedule (the director), at the version read. */
  async setActive(input: SetMaintenanceScheduleActiveInput): Promise<MaintenanceSchedule> {
    requirePermission(this.ctx.viewer, P.setMaintenanceScheduleActive);
    return this.ctx.dataSource.transaction(async (manager) => {
      const schedule = await this.schedules.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.setMaintenanceScheduleActive, schedule.schoolId);
      if (schedule.active === input.active) throw badInput('active', `The schedule is already ${input.active ? 'active' : 'paused'}.`);
      const result = await manager
        .createQueryBuilder()
        .update(MaintenanceSchedule)
        .set({ active: input.active })
        .where('id = :id AND version = :version', { id: schedule.id, version: input.version })
        .execute();
      if (!result.affected) throw conflict('The schedule was changed meanwhile; reload it.', { currentVersion: schedule.version });
      await recordAudit(manager, this.ctx, {
        action: 'maintenanceSchedule.setActive',
        entityType: 'MaintenanceSchedule',
        entityId: schedule.id,
        districtId: schedule.districtId,
        schoolId: schedule.schoolId,
        changes: { active: input.active },
      });
      return manager.findOneOrFail(MaintenanceSchedule, { where: { id: schedule.id } });
    });
  }

  /**
   * Records a maintenance work order's checklist while it is being repaired, by an assignee or the
   * director: every item answered in order (BAD_USER_INPUT on answers.N), a NUMBER judged by its limits.
   */
  async recordChecklist(input: RecordMaintenanceChecklistInput): Promise<MaintenanceOccurrence> {
    requirePermission(this.ctx.viewer, P.recordMaintenanceChecklist);
    return this.ctx.dataSource.transaction(async (manager) => {
      const order = await workOrderSql
        .lockForStep(manager, workOrderWriteReader(this.ctx), parseId(input.workOrderId, 'workOrderId'))
        .getOne();
      if (!order) throw notFound('WorkOrder', input.workOrderId);
      requirePermission(this.ctx.viewer, P.recordMaintenanceChecklist, order.schoolId);
      const occurrence = order.sourceRef ? await manager.findOne(MaintenanceOccurrence, { where: { id: order.sourceRef } }) : null;
      if (!occurrence) throw badInput('workOrderId', 'The work order was not opened by a maintenance schedule.');
      if (order.status !== WorkOrderStatus.IN_PROGRESS)
        throw conflict(`The work order is ${order.status}; its checklist is recorded while it is IN_PROGRESS.`, { status: order.status });
      await this.ctx.workOrders.requireAssignee(manager, order);
      const schedule = await manager.findOneOrFail(MaintenanceSchedule, { where: { id: occurrence.scheduleId } });
      const answers = answerChecklist(schedule.checklist, input.answers);
      const serviceReading = serviceReadingOf(schedule, input.meterReading);
      if (serviceReading != null) await this.raiseReading(manager, schedule, serviceReading, 'meterReading');
      await manager.update(
        MaintenanceOccurrence,
        { id: occurrence.id },
        { checklistAnswers: answers, serviceReadingThousandths: serviceReading },
      );
      await recordAudit(manager, this.ctx, {
        action: 'maintenanceOccurrence.checklist',
        entityType: 'MaintenanceOccurrence',
        entityId: occurrence.id,
        districtId: order.districtId,
        schoolId: order.schoolId,
        changes: { workOrderId: order.id, answers, ...(serviceReading != null ? { meterReading: thousandthsText(serviceReading) } : {}) },
      });
      return manager.findOneOrFail(MaintenanceOccurrence, { where: { id: occurrence.id } });
    });
  }

  /**
   * A reading of a schedule's meter (the generator's hour meter, 运行小时表), by maintenance staff or the
   * director: never below the last (BAD_USER_INPUT on reading); the hourly job opens the work order once
   * the reading comes within the lead of the due reading.
   */
  async recordMeterReading(input: RecordMaintenanceMeterReadingInput): Promise<MaintenanceSchedule> {
    requirePermission(this.ctx.viewer, P.recordMaintenanceMeterReading);
    return this.ctx.dataSource.transaction(async (manager) => {
      const schedule = await this.schedules.getIn(manager, input.scheduleId, 'scheduleId');
      requirePermission(this.ctx.viewer, P.recordMaintenanceMeterReading, schedule.schoolId);
      if (schedule.basis !== MaintenanceBasis.METER)
        throw badInput('scheduleId', 'The schedule falls due by the calendar, not by a meter: it takes no readings.');
      const reading = meterUnits(input.reading, 'reading');
      await this.raiseReading(manager, schedule, reading, 'reading');
      await recordAudit(manager, this.ctx, {
        action: 'maintenanceSchedule.meterReading',
        entityType: 'MaintenanceSchedule',
        entityId: schedule.id,
        districtId: schedule.districtId,
        schoolId: schedule.schoolId,
        changes: { from: schedule.meterReading, to: thousandthsText(reading) },
      });
      return manager.findOneOrFail(MaintenanceSchedule, { where: { id: schedule.id } });
    });
  }

  /** Moves a schedule's meter reading on; a reading below the last is BAD_USER_INPUT on `field` (also when another came first). */
  private async raiseReading(manager: EntityManager, schedule: MaintenanceSchedule, reading: number, field: string): Promise<void> {
    const below = () => badInput(field, `${field} is below the meter's last reading: a meter only counts up.`);
    if (schedule.meterReadingThousandths != null && reading < schedule.meterReadingThousandths) throw below();
    const raised = await maintenanceSql.raiseMeterReading(manager, schedule.id, reading, this.ctx.now()).execute();
    if (!raised.affected) throw below();
  }

  /** A maintenance work order is finished only with its checklist recorded: BAD_USER_INPUT on id otherwise. */
  async requireChecklistRecorded(manager: EntityManager, order: WorkOrder): Promise<void> {
    const occurrence = order.sourceRef ? await manager.findOne(MaintenanceOccurrence, { where: { id: order.sourceRef } }) : null;
    if (occurrence && !occurrence.checklistAnswers) throw badInput('id', 'Record its checklist first (recordMaintenanceChecklist).');
  }

  /** School.maintenanceCompliance: due days from `from` to `to` done on time, late, still open; batched over a page of schools. */
  async complianceOf(schoolId: string, from: string, to: string): Promise<MaintenanceCompliance> {
    requirePermission(this.ctx.viewer, P.readWorkOrders, schoolId);
    const key = `${from}/${to}`;
    let loader = this.complianceLoaders.get(key);
    if (!loader) {
      loader = groupedLoader(
        (ids) =>
          maintenanceSql
            .complianceOf(this.ctx.dataSource.manager, this.occurrences, ids, from, to)
            .getRawMany<{ schoolId: string; due: string; onTime: string; late: string }>(),
        (row) => row.schoolId,
      );
      this.complianceLoaders.set(key, loader);
    }
    const [row] = await loader.load(schoolId);
    const due = Number(row?.due ?? 0);
    const onTime = Number(row?.onTime ?? 0);
    const late = Number(row?.late ?? 0);
    return Object.assign(new MaintenanceCompliance(), {
      schoolId,
      from,
      to,
      due,
      onTime,
      late,
      open: due - onTime - late,
      compliancePercent: due ? Math.floor((onTime * 100) / due) : null,
      today: todayIn('Asia/Shanghai', this.ctx.now()),
    });
  }
}

type ScheduleRule =
  | { kind: 'calendar'; frequency: MaintenanceFrequency; interval: number }
  | { kind: 'meter'; unit: string; interval: number; lead: number; reading: number };

/** The calendar rule of a new schedule, from the input or its template: a frequency and an interval, no meter. */
function calendarRuleOf(input: CreateMaintenanceScheduleInput, template?: MaintenanceTemplate): ScheduleRule {
  const meterField = (['meterUnit', 'meterInterval', 'meterLead', 'meterReading'] as const).find((f) => input[f] != null);
  if (meterField) throw badInput(meterField, `${meterField} is only for a schedule by meter (basis METER).`);
  const frequency = input.frequency ?? template?.frequency;
  const interval = input.interval ?? template?.interval ?? 0;
  if (!frequency) throw badInput('frequency', 'Give a frequency and an interval, or a templateCode: a schedule needs an interval.');
  checkInterval(interval);
  return { kind: 'calendar', frequency, interval };
}

/** The meter rule of a new schedule (basis METER): unit, interval and lead from the input or its template, and the reading now. */
function meterRuleOf(input: CreateMaintenanceScheduleInput, template?: MaintenanceTemplate): ScheduleRule {
  if (input.frequency != null || input.interval != null)
    throw badInput(input.frequency != null ? 'frequency' : 'interval', 'A schedule by meter has no calendar interval: give meterInterval.');
  const unit = (input.meterUnit ?? template?.meter?.unit)?.trim();
  const intervalText = input.meterInterval ?? template?.meter?.interval;
  if (intervalText == null)
    throw badInput('meterInterval', 'A schedule by meter needs meterInterval, e.g. "250" hours: a schedule needs an interval.');
  const interval = meterUnits(intervalText, 'meterInterval');
  const lead = meterUnits(input.meterLead ?? template?.meter?.lead ?? '0', 'meterLead');
  checkMeterRule(unit, interval, lead);
  if (input.meterReading == null)
    throw badInput('meterReading', 'Give the meter’s reading now: the first service falls due an interval after it.');
  return { kind: 'meter', unit: unit!, interval, lead, reading: meterUnits(input.meterReading, 'meterReading') };
}

/** The meter reading a checklist records: required for a schedule by meter, refused for a calendar one. */
function serviceReadingOf(schedule: MaintenanceSchedule, given: string | null | undefined): number | null {
  if (schedule.basis !== MaintenanceBasis.METER) {
    if (given != null) throw badInput('meterReading', 'The schedule falls due by the calendar: its checklist takes no meter reading.');
    return null;
  }
  if (given == null)
    throw badInput('meterReading', `Give the meter's reading (${schedule.meterUnit}) at this service: the next is counted from it.`);
  return meterUnits(given, 'meterReading');
}
