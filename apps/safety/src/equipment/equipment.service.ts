import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission, requireViewer } from '@houqin/auth';
import { badInput, conflict, newId, parseId, type Page, type PageArgs } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, saveEdit, type ScopedReader } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { HazardLevel, HazardSource } from '../hazard/hazard.entity';
import { P } from '../permissions';
import { EquipmentKind, EquipmentRecordKind, type EquipmentStatus, SafetyEquipment, SafetyEquipmentRecord } from './equipment.entity';
import type {
  RecordEquipmentCheckInput,
  RecordEquipmentServiceInput,
  RegisterSafetyEquipmentInput,
  SafetyEquipmentFilter,
  ScrapSafetyEquipmentInput,
  UpdateSafetyEquipmentInput,
} from './equipment.inputs';
import { checkEquipmentFacts, checkRecordDay, dueDays, statusOn } from './equipment.rules';
import { equipmentReader, equipmentSql } from './equipment.store';

/** One school's equipment counts today (器材完好率), as the summary statement returns them. */
export interface EquipmentSummaryRow {
  schoolId: string;
  inService: number | string;
  ok: number | string;
  expired: number | string;
  failed: number | string;
  checkOverdue: number | string;
  serviceDue: number | string;
}

/**
 * Safety equipment (消防器材): the register, monthly checks, services and scrapping on the GB 50444
 * schedule; a failed check raises a hazard at once, and the daily job raises one for what is expired,
 * overdue for its check or due for service. At `ctx.equipment`.
 */
export class EquipmentService {
  readonly reader: ScopedReader<SafetyEquipment>;
  private recordsLoader?: DataLoader<string, SafetyEquipmentRecord[]>;
  private summaryLoader?: DataLoader<string, EquipmentSummaryRow[]>;

  constructor(private readonly ctx: SafetyContext) {
    this.reader = equipmentReader(ctx);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** A school's equipment by kind and today's status: its safety office and the district. */
  async ofSchool(schoolId: string, filter: SafetyEquipmentFilter, page: PageArgs): Promise<Page<SafetyEquipment>> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readSafety, id);
    const today = await this.ctx.directoryCopy.todayAt(id);
    return paginate(
      equipmentSql.ofSchool(this.ctx.dataSource.manager, this.reader, id, filter.kind ?? null, filter.status ?? null, today),
      page,
    );
  }

  get(id: string): Promise<SafetyEquipment> {
    requireViewer(this.ctx.viewer);
    return this.reader.get(id);
  }

  async statusOf(equipment: SafetyEquipment): Promise<EquipmentStatus> {
    return statusOn(equipment, await this.ctx.directoryCopy.todayAt(equipment.schoolId));
  }

  /** Its checks, services and scrapping, newest first (batched over a page). */
  recordsOf(equipmentId: string): Promise<SafetyEquipmentRecord[]> {
    this.recordsLoader ??= groupedLoader(
      (ids) => equipmentSql.recordsOf(this.ctx.dataSource.manager, ids).getMany(),
      (r) => r.equipmentId,
    );
    return this.recordsLoader.load(equipmentId);
  }

  /** A school's equipment counts today (batched over a page of schools into one grouped statement). */
  async summaryOf(schoolId: string): Promise<EquipmentSummaryRow> {
    requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    const today = await this.ctx.directoryCopy.todayAt(schoolId);
    this.summaryLoader ??= groupedLoader(
      (ids) => equipmentSql.summary(this.ctx.dataSource.manager, ids, today).getRawMany<EquipmentSummaryRow>(),
      (row) => row.schoolId,
    );
    const [row] = await this.summaryLoader.load(schoolId);
    return row ?? { schoolId, inService: 0, ok: 0, expired: 0, failed: 0, checkOverdue: 0, serviceDue: 0 };
  }

  // ── Changes ─────────────────────────────────────────────────────────────────────────────

  /** The safety office registers a piece of equipment: its kind (an extinguisher's type), label, place and dates. */
  async register(input: RegisterSafetyEquipmentInput): Promise<SafetyEquipment> {
    requirePermission(this.ctx.viewer, P.registerSafetyEquipment);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.registerSafetyEquipment, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      checkEquipmentFacts(input, today);
      const place = await this.ctx.zones.placeIn(manager, schoolId, { zoneId: input.zoneId ?? null, roomId: input.roomId ?? null });
      const code = input.code.trim();
      const facts = {
        kind: input.kind,
        extinguisherType: input.extinguisherType ?? null,
        manufacturedOn: input.manufacturedOn,
        contentsExpireOn: input.contentsExpireOn ?? null,
        lastCheckedOn: null,
        lastServicedOn: null,
      };
      const equipment: Partial<SafetyEquipment> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        code,
        location: input.location.trim(),
        ...place,
        ...facts,
        ...dueDays(facts, today),
        registeredOn: today,
        lastCheckPassed: null,
        scrapped: false,
        scrapReason: null,
        scrappedOn: null,
      };
      try {
        await manager.insert(SafetyEquipment, equipment);
      } catch (error) {
        if (isUniqueViolation(error)) throw codeTaken(code);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'equipment.register',
        entityType: 'SafetyEquipment',
        entityId: equipment.id!,
        districtId: viewer.districtId,
        schoolId,
        changes: equipment,
      });
      return manager.findOneOrFail(SafetyEquipment, { where: { id: equipment.id } });
    });
  }

  /** Its label, place or contents' expiry change (the version read). */
  async update(input: UpdateSafetyEquipmentInput): Promise<SafetyEquipment> {
    requirePermission(this.ctx.viewer, P.updateSafetyEquipment);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateSafetyEquipment, current.schoolId);
      if (current.scrapped) throw conflict('Scrapped equipment is kept as it was.');
      const changes: Partial<SafetyEquipment> = {};
      if (input.code != null && input.code.trim() !== current.code) {
        if (await manager.existsBy(SafetyEquipment, { schoolId: current.schoolId, code: input.code.trim() }))
          throw codeTaken(input.code.trim());
        changes.code = input.code.trim();
      }
      if (input.location != null) changes.location = input.location.trim();
      if (input.roomId != null)
        Object.assign(changes, await this.ctx.zones.placeIn(manager, current.schoolId, { zoneId: null, roomId: input.roomId }));
      if (input.contentsExpireOn != null) {
        changes.contentsExpireOn = input.contentsExpireOn;
        Object.assign(changes, this.due({ ...current, contentsExpireOn: input.contentsExpireOn }));
      }
      return saveEdit(manager, this.ctx, {
        entity: SafetyEquipment,
        typeName: 'SafetyEquipment',
        current,
        version: input.version,
        changes: Object.keys(changes).length ? changes : { location: current.location },
        audit: { action: 'equipment.update', schoolId: current.schoolId },
      });
    });
  }

  /** A check (the office or maintenance): its next check is due a month later; a failed check raises a hazard at once. */
  async recordCheck(input: RecordEquipmentCheckInput): Promise<SafetyEquipment> {
    const viewer = requirePermission(this.ctx.viewer, P.recordEquipmentCheck);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.lockInService(manager, input.equipmentId, P.recordEquipmentCheck);
      const today = await this.ctx.directoryCopy.todayAt(current.schoolId, manager);
      const on = input.on ?? today;
      checkRecordDay(on, current.manufacturedOn, today);
      if (current.lastCheckedOn && on < current.lastCheckedOn)
        throw badInput('on', `A check earlier than the last one (${current.lastCheckedOn}).`);
      if (current.kind !== EquipmentKind.FIRE_EXTINGUISHER && input.pressureOk != null)
        throw badInput('pressureOk', 'Only an extinguisher has a pressure gauge.');
      const passed = input.passed && input.pressureOk !== false;
      const record = this.record(current, EquipmentRecordKind.CHECK, on, viewer.accountId, {
        passed,
        pressureOk: input.pressureOk ?? null,
        note: input.note?.trim() || null,
        photoRefs: input.photoRefs ?? [],
      });
      if (!passed) {
        const hazard = await this.ctx.hazards.raiseIn(manager, this.ctx, {
          districtId: current.districtId,
          schoolId: current.schoolId,
          title: `${current.code} 检查不合格`,
          description: record.note ?? (input.pressureOk === false ? '压力表指针不在绿区' : '消防器材检查不合格'),
          level: HazardLevel.GENERAL,
          source: HazardSource.EQUIPMENT,
          sourceRef: record.id,
          zoneId: current.zoneId,
          roomId: current.roomId,
          location: current.location.slice(0, 200),
          photoRefs: record.photoRefs.slice(0, 6),
          reporterAccountId: viewer.accountId,
        });
        record.hazardId = hazard.id;
      }
      await manager.insert(SafetyEquipmentRecord, record);
      return this.saveFacts(manager, current, { lastCheckedOn: on, lastCheckPassed: passed }, 'equipment.check');
    });
  }

  /** A service (维修/再充装): the next is due on its type's GB 50444 schedule from this one. */
  async recordService(input: RecordEquipmentServiceInput): Promise<SafetyEquipment> {
    const viewer = requirePermission(this.ctx.viewer, P.recordEquipmentService);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.lockInService(manager, input.equipmentId, P.recordEquipmentService);
      const today = await this.ctx.directoryCopy.todayAt(current.schoolId, manager);
      const on = input.on ?? today;
      checkRecordDay(on, current.manufacturedOn, today);
      await manager.insert(
        SafetyEquipmentRecord,
        this.record(current, EquipmentRecordKind.SERVICE, on, viewer.accountId, { note: input.note?.trim() || null }),
      );
      return this.saveFacts(manager, current, { lastServicedOn: on }, 'equipment.service');
    });
  }

  /** Scrapping (报废) with a reason: kept, never deleted; no more checks or hazards from it. */
  async scrap(input: ScrapSafetyEquipmentInput): Promise<SafetyEquipment> {
    const viewer = requirePermission(this.ctx.viewer, P.scrapSafetyEquipment);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.lockInService(manager, input.equipmentId, P.scrapSafetyEquipment);
      const today = await this.ctx.directoryCopy.todayAt(current.schoolId, manager);
      await manager.insert(
        SafetyEquipmentRecord,
        this.record(current, EquipmentRecordKind.SCRAP, today, viewer.accountId, { note: input.reason.trim() }),
      );
      return saveEdit(manager, this.ctx, {
        entity: SafetyEquipment,
        typeName: 'SafetyEquipment',
        current,
        version: input.version,
        changes: { scrapped: true, scrapReason: input.reason.trim(), scrappedOn: today },
        audit: { action: 'equipment.scrap', schoolId: current.schoolId },
      });
    });
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────

  private due(facts: SafetyEquipment) {
    return dueDays(facts, facts.registeredOn);
  }

  /** Saves new facts with the due days they make, moving the version. */
  private saveFacts(manager: EntityManager, current: SafetyEquipment, facts: Partial<SafetyEquipment>, action: string) {
    return saveEdit(manager, this.ctx, {
      entity: SafetyEquipment,
      typeName: 'SafetyEquipment',
      current,
      version: current.version,
      changes: { ...facts, ...this.due({ ...current, ...facts }) },
      audit: { action, schoolId: current.schoolId },
    });
  }

  private record(
    equipment: SafetyEquipment,
    kind: EquipmentRecordKind,
    on: string,
    accountId: string,
    extra: Partial<SafetyEquipmentRecord>,
  ): SafetyEquipmentRecord {
    return {
      id: newId(),
      equipmentId: equipment.id,
      schoolId: equipment.schoolId,
      kind,
      occurredOn: on,
      passed: null,
      pressureOk: null,
      note: null,
      photoRefs: [],
      hazardId: null,
      recordedByAccountId: accountId,
      recordedAt: this.ctx.now(),
      ...extra,
    };
  }

  /** The equipment in the viewer's scope, locked, held under `permission` at its school and not scrapped. */
  private async lockInService(
    manager: EntityManager,
    id: string,
    permission: Parameters<typeof requirePermission>[1],
  ): Promise<SafetyEquipment> {
    const equipment = await equipmentSql.lock(manager, this.reader, parseId(id, 'equipmentId')).getOne();
    if (!equipment) return this.reader.getIn(manager, id, 'equipmentId');
    requirePermission(this.ctx.viewer, permission, equipment.schoolId);
    if (equipment.scrapped)
      throw conflict(`${equipment.code} was scrapped on ${equipment.scrappedOn}: it is no longer checked or serviced.`);
    return equipment;
  }
}

const codeTaken = (code: string) =>
  badInput('code', `The school already has equipment labelled "${code}": each label is unique in the school.`);
