import type { EntityManager } from 'typeorm';
import {
  badInput,
  reportPeriod,
  conflict,
  forbidden,
  newId,
  notFound,
  parseId,
  parseYuan,
  todayIn,
  type Page,
  type PageArgs,
} from '@houqin/common';
import { directoryCopySql, timeZoneIn } from '@houqin/directory-copy';
import { may, requirePermission, requireViewer, Role } from '@houqin/auth';
import { facilitiesEvents, publishEvent } from '@houqin/events';
import { type Actor, groupedLoader, paginate, saveDistrictSettings, type ScopedReader } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { FacilitiesStep } from '../workflow-step.entity';
import {
  defaultWorkOrderSettings,
  WorkOrder,
  WorkOrderAssignee,
  WorkOrderPriority,
  WorkOrderResolution,
  WorkOrderSettings,
  WorkOrderSource,
  WorkOrderStatus,
} from './work-order.entity';
import { WorkOrderAction, workOrderFlow } from './work-order.flow';
import { QrRepairService } from './qr-repair.service';
import { storeroomSql } from '../storeroom/storeroom.store';
import { type RepairSummaryRow, type RepairSummary, summarizeRepairs } from './repair-report';
import {
  type AccountWorkOrderInput,
  type AssignWorkOrderInput,
  type CostWorkOrderInput,
  type RateWorkOrderInput,
  type ReportWorkOrderInput,
  type ReviewWorkOrderInput,
  type TriageWorkOrderInput,
  type UpdateWorkOrderSettingsInput,
  WorkOrderDecision,
  type WorkOrderFilter,
  type WorkOrderStepInput,
} from './work-order.inputs';
import {
  checkPhotoRefs,
  checkRating,
  checkVariance,
  checkWorkOrderSettings,
  dueAtOf,
  MAX_ASSIGNEES,
  needsPrincipalReview,
  priorityOf,
  repairMinutesOf,
} from './work-order.rules';
import { workOrderReader, workOrderSql, workOrderWriteReader } from './work-order.store';

/**
 * Repair work orders (维修工单) through their flow (work-order.flow.ts): 申报 → 核算 → 研究 → 维修 → 决算 →
 * 评价. Each step: permission first, then the work order in the viewer's schools (NOT_FOUND), then its
 * state (CONFLICT), then the input, in one transaction that records the step. At `ctx.workOrders`.
 */
export class WorkOrderService {
  readonly reader: ScopedReader<WorkOrder>;
  /** Repairs reported without an account, from a room's QR link. */
  readonly qr: QrRepairService;
  private readonly writeReader: ScopedReader<WorkOrder>;
  private assigneesLoader?: ReturnType<typeof groupedLoader<WorkOrderAssignee>>;
  private stepsLoader?: ReturnType<typeof workOrderFlow.stepsLoader<FacilitiesStep>>;
  private assignedLoader?: ReturnType<typeof groupedLoader<{ order: WorkOrder; staffId: string }>>;
  private roomLoader?: ReturnType<typeof groupedLoader<WorkOrder>>;
  private materialsLoader?: ReturnType<typeof groupedLoader<{ workOrderId: string; valueFen: string }>>;
  private summaryLoaders = new Map<string, ReturnType<typeof groupedLoader<RepairSummaryRow>>>();

  constructor(private readonly ctx: FacilitiesContext) {
    this.reader = workOrderReader(ctx);
    this.writeReader = workOrderWriteReader(ctx);
    this.qr = new QrRepairService(ctx, this);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** Work orders the viewer sees (the school's for its readers; their own reports and assignments otherwise), in report order. */
  list(filter: WorkOrderFilter, page: PageArgs): Promise<Page<WorkOrder>> {
    requireViewer(this.ctx.viewer);
    return paginate(
      workOrderSql.list(this.ctx.dataSource.manager, this.reader, {
        schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
        status: filter.status,
        category: filter.category,
        priority: filter.priority,
        roomId: filter.roomId ? parseId(filter.roomId, 'filter.roomId') : null,
        assigneeStaffId: filter.assigneeStaffId ? parseId(filter.assigneeStaffId, 'filter.assigneeStaffId') : null,
        overdueAt: filter.overdue ? this.ctx.now() : null,
      }),
      page,
    );
  }

  /** One work order the viewer may read, else NOT_FOUND. */
  get(id: string): Promise<WorkOrder> {
    requireViewer(this.ctx.viewer);
    return this.reader.get(id);
  }

  /** The staff a work order is assigned to (batched over a page of work orders). */
  async assigneesOf(workOrderId: string): Promise<string[]> {
    this.assigneesLoader ??= groupedLoader(
      (ids) => workOrderSql.assigneesOf(this.ctx.dataSource.manager, ids).getMany(),
      (row) => row.workOrderId,
    );
    return (await this.assigneesLoader.load(workOrderId)).map((row) => row.staffId);
  }

  /** A staff member's open assigned work orders, due first, at most LATEST_SHOWN (batched over a page of staff). */
  async openAssignedTo(staffId: string): Promise<WorkOrder[]> {
    this.assignedLoader ??= groupedLoader(
      async (ids) => {
        const m = this.ctx.dataSource.manager;
        const orders = await workOrderSql.openAssignedTo(m, this.reader, ids).getMany();
        if (!orders.length) return [];
        // Which of the page's staff each is assigned to (a work order may have several): the page's assignees, one statement.
        const wanted = new Set(ids);
        const assignees = await workOrderSql
          .assigneesOf(
            m,
            orders.map((o) => o.id),
          )
          .getMany();
        const byId = new Map(orders.map((o) => [o.id, o]));
        return assignees.filter((a) => wanted.has(a.staffId)).map((a) => ({ order: byId.get(a.workOrderId)!, staffId: a.staffId }));
      },
      (row) => row.staffId,
    );
    const rows = (await this.assignedLoader.load(staffId)).map((row) => row.order);
    return rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).slice(0, LATEST_SHOWN);
  }

  /** A room's latest work orders the viewer may read, newest first, at most LATEST_SHOWN (batched over a page of rooms). */
  async ofRoom(roomId: string): Promise<WorkOrder[]> {
    this.roomLoader ??= groupedLoader(
      (ids) => workOrderSql.ofRooms(this.ctx.dataSource.manager, this.reader, ids).getMany(),
      (order) => order.roomId ?? '',
    );
    return (await this.roomLoader.load(roomId)).slice(0, LATEST_SHOWN);
  }

  /** Its recorded steps, oldest first (batched over a page of work orders). */
  stepsOf(workOrderId: string): Promise<FacilitiesStep[]> {
    this.stepsLoader ??= workOrderFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.stepsLoader.load(workOrderId);
  }

  /**
   * School.repairSummary: work orders reported from `from` to `to` (days in the district's zone; this
   * month when both are omitted, at most a year), batched over a page of schools: one grouped statement.
   */
  async summaryOf(schoolId: string, from: string | null | undefined, to: string | null | undefined): Promise<RepairSummary> {
    requirePermission(this.ctx.viewer, P.readWorkOrders, schoolId);
    const period = reportPeriod(from, to, this.ctx.now());
    const key = `${period.from}/${period.to}`;
    let loader = this.summaryLoaders.get(key);
    if (!loader) {
      loader = groupedLoader(
        (ids) =>
          workOrderSql
            .summaryOf(this.ctx.dataSource.manager, this.reader, ids, period.start, period.end, this.ctx.now())
            .getRawMany<RepairSummaryRow>(),
        (row) => row.schoolId,
      );
      this.summaryLoaders.set(key, loader);
    }
    return summarizeRepairs(schoolId, period.from, period.to, await loader.load(schoolId));
  }

  /**
   * A work order of `schoolId` being repaired (approved, assigned or in progress) that the viewer may
   * read, for materials requisitioned against it (维修领料): BAD_USER_INPUT on workOrderId otherwise.
   */
  async requireBeingRepaired(manager: EntityManager, schoolId: string, workOrderId: string): Promise<WorkOrder> {
    const order = await this.reader
      .query(manager)
      .andWhere('wo.id = :id', { id: parseId(workOrderId, 'workOrderId') })
      .getOne();
    if (!order || order.schoolId !== schoolId)
      throw badInput('workOrderId', 'workOrderId does not name a work order of the school you may read.');
    if (![WorkOrderStatus.APPROVED, WorkOrderStatus.ASSIGNED, WorkOrderStatus.IN_PROGRESS].includes(order.status))
      throw badInput(
        'workOrderId',
        `The work order is ${order.status}: materials are requisitioned for it once approved and until it is finished.`,
      );
    return order;
  }

  /** What the storerooms issued for a work order's requisitions, in fen (batched over a page of work orders). */
  async materialsIssuedFen(workOrderId: string): Promise<number> {
    this.materialsLoader ??= groupedLoader(
      (ids) => storeroomSql.issuedForWorkOrders(this.ctx.dataSource.manager, ids).getRawMany<{ workOrderId: string; valueFen: string }>(),
      (row) => row.workOrderId,
    );
    return Number((await this.materialsLoader.load(workOrderId))[0]?.valueFen ?? 0);
  }

  // ── Settings ────────────────────────────────────────────────────────────────────────────

  /** The district's repair settings (no permission check: for the rules); the defaults until it changes them. */
  async settingsOf(manager: EntityManager | null, districtId: string): Promise<WorkOrderSettings> {
    const row = await (manager ?? this.ctx.dataSource.manager).findOne(WorkOrderSettings, { where: { districtId } });
    return row ?? defaultWorkOrderSettings(districtId);
  }

  settingsForViewer(): Promise<WorkOrderSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.readWorkOrderSettings);
    return this.settingsOf(null, viewer.districtId);
  }

  /** District administrators change the settings: permission first, the rules on the settings as they would be, at the version read. */
  async updateSettings(input: UpdateWorkOrderSettingsInput): Promise<WorkOrderSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.updateWorkOrderSettings);
    const changes: Partial<WorkOrderSettings> = {};
    if (input.normalDueSchoolDays != null) changes.normalDueSchoolDays = input.normalDueSchoolDays;
    if (input.variancePercent != null) changes.variancePercent = input.variancePercent;
    if (input.principalReviewAbove != null) changes.principalReviewAboveFen = parseYuan(input.principalReviewAbove, 'principalReviewAbove');
    if (!Object.keys(changes).length) throw badInput('version', 'Give at least one setting to change.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.settingsOf(manager, viewer.districtId);
      const values = {
        normalDueSchoolDays: current.normalDueSchoolDays,
        principalReviewAboveFen: current.principalReviewAboveFen,
        variancePercent: current.variancePercent,
        ...changes,
      };
      checkWorkOrderSettings(values);
      return saveDistrictSettings(manager, this.ctx, {
        entity: WorkOrderSettings,
        typeName: 'WorkOrderSettings',
        label: 'repair settings',
        current,
        version: input.version,
        values,
        changes,
        auditAction: 'workOrderSettings.update',
      });
    });
  }

  // ── Steps ───────────────────────────────────────────────────────────────────────────────

  /**
   * A staff member reports a repair (申报): permission at the school first; then a room or an asset of
   * the school, the photos; then one transaction: the due time from the priority and the school
   * calendar, the work order and its first step.
   */
  async report(input: ReportWorkOrderInput): Promise<WorkOrder> {
    const viewer = workOrderFlow.allow(this.ctx.viewer, WorkOrderAction.REPORTED, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    if (!input.roomId && !input.assetId) throw badInput('roomId', 'Give the room the problem is in, the broken asset, or both.');
    const photoRefs = checkPhotoRefs(input.photoRefs ?? []);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const place = await this.placeOf(manager, schoolId, input.roomId ?? null, input.assetId ?? null);
      const priority = priorityOf(input.safety, input.urgent);
      const reportedAt = this.ctx.now();
      const order: Partial<WorkOrder> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        title: input.title,
        description: input.description,
        photoRefs,
        category: input.category,
        safety: input.safety,
        priority,
        status: WorkOrderStatus.REPORTED,
        source: WorkOrderSource.STAFF,
        sourceRef: null,
        ...place,
        reporterAccountId: viewer.accountId,
        reporterStaffId: viewer.staffId,
        reporterName: null,
        reporterPhone: null,
        clientKey: null,
        reportedAt,
        dueAt: await this.dueAtFor(manager, viewer.districtId, schoolId, priority, reportedAt),
        ...EMPTY_COSTS,
        statusTokenHash: null,
        escalationLevel: 0,
      };
      await manager.insert(WorkOrder, order);
      const created = await manager.findOneOrFail(WorkOrder, { where: { id: order.id } });
      await workOrderFlow.recordCreation(manager, this.ctx, WorkOrderAction.REPORTED, created, {
        comment: input.description,
        changes: { title: created.title, category: created.category, priority, roomId: created.roomId, assetId: created.assetId },
      });
      return created;
    });
  }

  /** The director corrects category, priority (the due time follows), room or asset before the review (分诊). */
  triage(input: TriageWorkOrderInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.TRIAGED, async (manager, order) => {
      const set: Partial<WorkOrder> = {};
      if (input.category && input.category !== order.category) set.category = input.category;
      if (input.roomId !== undefined || input.assetId !== undefined) {
        const place = await this.placeOf(manager, order.schoolId, input.roomId ?? order.roomId, input.assetId ?? order.assetId);
        if (place.roomId !== order.roomId) set.roomId = place.roomId;
        if (place.assetId !== order.assetId) set.assetId = place.assetId;
      }
      if (input.priority && input.priority !== order.priority) {
        set.priority = input.priority;
        set.safety = input.priority === WorkOrderPriority.SAFETY;
        set.dueAt = await this.dueAtFor(manager, order.districtId, order.schoolId, input.priority, order.reportedAt);
      }
      if (!Object.keys(set).length) throw badInput('id', 'Nothing to change: give a new category, priority, room or asset.');
      return { to: order.status, set, comment: input.comment ?? null, changes: { ...set } };
    });
  }

  /** Maintenance staff estimate labour and materials (核算); again, before the review, when it changes. */
  cost(input: CostWorkOrderInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.COSTED, async () => {
      const estimatedLabourFen = parseYuan(input.labour, 'labour');
      const estimatedMaterialsFen = parseYuan(input.materials, 'materials');
      const estimateFen = estimatedLabourFen + estimatedMaterialsFen;
      const set = { estimatedLabourFen, estimatedMaterialsFen, estimateFen };
      return { set, comment: input.comment ?? null, changes: set };
    });
  }

  /**
   * The review (研究): in house, a contractor, or rejected with a reason. Above the district's limit the
   * principal decides, not the director (FORBIDDEN); an unreviewed cost cannot be approved (CONFLICT).
   */
  review(input: ReviewWorkOrderInput): Promise<WorkOrder> {
    const action = input.decision === WorkOrderDecision.REJECT ? WorkOrderAction.REJECTED : WorkOrderAction.APPROVED;
    return this.step(input, action, async (manager, order) => {
      const settings = await this.settingsOf(manager, order.districtId);
      if (
        needsPrincipalReview(order.estimateFen, settings.principalReviewAboveFen) &&
        !may(this.ctx.viewer, P.reviewCostlyWorkOrder, order.schoolId)
      )
        throw forbidden(
          `The estimate is above the district’s limit for the director (${settings.principalReviewAboveFen / 100} yuan); the principal reviews it.`,
        );
      if (input.decision === WorkOrderDecision.REJECT) {
        if (!input.comment) throw badInput('comment', 'Give the reason for rejecting it.');
        await announceClosed(manager, this.ctx, order, 'REJECTED', input.comment);
        return { set: { rejectionReason: input.comment }, comment: input.comment, changes: { decision: input.decision } };
      }
      const contractor = input.decision === WorkOrderDecision.CONTRACTOR;
      if (contractor !== Boolean(input.contractorSupplierId))
        throw badInput(
          'contractorSupplierId',
          contractor ? 'Name the contractor (a supplier).' : 'Only a CONTRACTOR decision names a contractor.',
        );
      // A contractor is a supplier of finance's register the district has not suspended (facilities' copy of it).
      const contractorSupplierId = contractor
        ? (await this.ctx.supplierCopy.assertContractor(manager, input.contractorSupplierId!, 'contractorSupplierId')).supplierId
        : null;
      const set = {
        resolution: contractor ? WorkOrderResolution.CONTRACTOR : WorkOrderResolution.IN_HOUSE,
        contractorSupplierId,
      };
      return { set, comment: input.comment ?? null, changes: { decision: input.decision, ...set } };
    });
  }

  /** The director assigns it (派工) to staff of the school, 1 to MAX_ASSIGNEES; again to change them before the work starts. */
  assign(input: AssignWorkOrderInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.ASSIGNED, async (manager, order) => {
      if (!input.staffIds.length || input.staffIds.length > MAX_ASSIGNEES)
        throw badInput('staffIds', `Assign it to 1 to ${MAX_ASSIGNEES} staff members.`);
      const staffIds = [...new Set(input.staffIds.map((id, i) => parseId(id, `staffIds.${i}`)))];
      for (const [i, staffId] of staffIds.entries())
        await this.ctx.directoryCopy.assertStaffOf(manager, order.schoolId, staffId, `staffIds.${i}`);
      await workOrderSql.clearAssignees(manager, order.id).execute();
      await manager.insert(
        WorkOrderAssignee,
        staffIds.map((staffId) => ({ workOrderId: order.id, staffId, schoolId: order.schoolId })),
      );
      return { set: {}, comment: input.comment ?? null, changes: { staffIds } };
    });
  }

  /** An assignee (or the director) starts the repair (开工). */
  start(input: WorkOrderStepInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.STARTED, async (manager, order) => {
      await this.requireAssignee(manager, order);
      return { set: { startedAt: this.ctx.now() }, comment: input.comment ?? null, changes: {} };
    });
  }

  /** An assignee (or the director) finishes it (完工): its finish time counts against its due time. */
  finish(input: WorkOrderStepInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.FINISHED, async (manager, order) => {
      await this.requireAssignee(manager, order);
      if (order.source === WorkOrderSource.PM) await this.ctx.maintenance.requireChecklistRecorded(manager, order);
      const finishedAt = this.ctx.now();
      return {
        set: { finishedAt, repairMinutes: repairMinutesOf(order.reportedAt, finishedAt) },
        comment: input.comment ?? null,
        changes: {},
      };
    });
  }

  /**
   * The final account (决算): actual labour, materials and contractor cost; beyond the district's
   * variance from the estimate, with an explanation. Publishes facilities.workOrder.accounted (finance
   * posts the expense against the repairs budget) in the same transaction, once.
   */
  account(input: AccountWorkOrderInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.ACCOUNTED, async (manager, order) => {
      const actualLabourFen = parseYuan(input.labour, 'labour');
      const actualMaterialsFen = parseYuan(input.materials, 'materials');
      const contractorCostFen = parseYuan(input.contractor, 'contractor');
      if (contractorCostFen > 0 && order.resolution !== WorkOrderResolution.CONTRACTOR)
        throw badInput('contractor', 'It was repaired in house: no contractor cost.');
      const [issued] = await storeroomSql.issuedForWorkOrders(manager, [order.id]).getRawMany<{ valueFen: string }>();
      const storeroomMaterialsFen = Number(issued?.valueFen ?? 0);
      if (actualMaterialsFen < storeroomMaterialsFen)
        throw badInput('materials', `materials must be at least what the storerooms issued for it (${storeroomMaterialsFen / 100} yuan).`);
      const actualTotalFen = actualLabourFen + actualMaterialsFen + contractorCostFen;
      const settings = await this.settingsOf(manager, order.districtId);
      // Planned maintenance is not costed before it is done: no estimate, no variance to explain.
      if (order.estimateFen != null) checkVariance(order.estimateFen, actualTotalFen, settings.variancePercent, input.varianceExplanation);
      const set = {
        actualLabourFen,
        actualMaterialsFen,
        contractorCostFen,
        actualTotalFen,
        varianceExplanation: input.varianceExplanation ?? null,
      };
      const viewer = requireViewer(this.ctx.viewer);
      const timeZone = await this.ctx.directoryCopy.timeZoneOf(order.schoolId, manager);
      await publishEvent(manager, this.ctx, facilitiesEvents.workOrderAccounted, {
        districtId: order.districtId,
        schoolId: order.schoolId,
        payload: {
          workOrderId: order.id,
          schoolId: order.schoolId,
          title: order.title,
          category: order.category,
          labourFen: actualLabourFen,
          materialsFen: actualMaterialsFen,
          storeroomMaterialsFen,
          contractorFen: contractorCostFen,
          totalFen: actualTotalFen,
          estimateFen: order.estimateFen ?? 0,
          contractorSupplierId: order.contractorSupplierId,
          accountedOn: todayIn(timeZone, this.ctx.now()),
          accountedByAccountId: viewer.accountId,
        },
      });
      // Nobody to rate it (a meter's leak, a safety hazard): the final account closes it.
      const rated = order.reporterAccountId != null || order.statusTokenHash != null;
      if (!rated) await announceClosed(manager, this.ctx, { ...order, ...set }, 'CLOSED', input.varianceExplanation ?? null);
      return {
        to: rated ? WorkOrderStatus.ACCOUNTED : WorkOrderStatus.CLOSED,
        set,
        comment: input.varianceExplanation ?? null,
        changes: set,
      };
    });
  }

  /** The reporter rates the result (评价), 1 to 5 with a comment; it closes. Anyone else is FORBIDDEN. */
  rate(input: RateWorkOrderInput): Promise<WorkOrder> {
    return this.step(input, WorkOrderAction.RATED, async (manager, order) => {
      if (order.reporterAccountId !== this.ctx.viewer?.accountId) throw forbidden('Only the person who reported it rates a repair.');
      checkRating(input.rating);
      const set = { rating: input.rating, ratingComment: input.comment ?? null, ratedAt: this.ctx.now() };
      await announceClosed(manager, this.ctx, order, 'CLOSED', input.comment ?? null);
      return { set, comment: input.comment ?? null, changes: set };
    });
  }

  // ── Inner ───────────────────────────────────────────────────────────────────────────────

  /**
   * One step of the flow: the permission first (FORBIDDEN before anything is read), then the work
   * order in the viewer's schools, locked (NOT_FOUND), then the flow's check at its school (FORBIDDEN,
   * CONFLICT for a step out of order), then the version read (CONFLICT), then `decide` (the input's
   * rules), then one guarded update with the step and its audit entry.
   */
  private step(
    input: { id: string; version: number },
    action: WorkOrderAction,
    decide: (
      manager: EntityManager,
      order: WorkOrder,
    ) => Promise<{ to?: WorkOrderStatus; set: Partial<WorkOrder>; comment: string | null; changes: Record<string, unknown> }>,
  ): Promise<WorkOrder> {
    // The transition's own permission, checked before anything is read.
    requirePermission(this.ctx.viewer, workOrderFlow.transitions[action].permission);
    return this.ctx.dataSource.transaction(async (manager) => {
      const order = await workOrderSql.lockForStep(manager, this.writeReader, parseId(input.id, 'id')).getOne();
      if (!order) throw notFound('WorkOrder', input.id);
      const step = workOrderFlow.check(this.ctx.viewer, action, order);
      if (order.version !== input.version)
        throw conflict(`The work order was changed meanwhile (your version ${input.version}, current ${order.version}); reload it.`, {
          currentVersion: order.version,
        });
      const decided = await decide(manager, order);
      return step.commit(manager, this.ctx, {
        to: decided.to,
        set: decided.set,
        comment: decided.comment,
        changes: { ...decided.changes, status: decided.to ?? workOrderFlow.transitions[action].to[0] },
      });
    });
  }

  /** The room and asset a report or triage names: both of the school; the asset's room when only the asset is given. */
  private async placeOf(
    manager: EntityManager,
    schoolId: string,
    roomId: string | null,
    assetId: string | null,
  ): Promise<{ roomId: string | null; assetId: string | null }> {
    let room = roomId ? parseId(roomId, 'roomId') : null;
    const asset = assetId ? await this.ctx.assets.requireAssetOf(manager, schoolId, assetId, 'assetId') : null;
    room ??= asset?.roomId ?? null;
    if (room) await this.ctx.places.requireRoomOf(manager, schoolId, room, roomId ? 'roomId' : 'assetId');
    return { roomId: room, assetId: asset?.id ?? null };
  }

  /** The due time of a work order of `priority` reported at `reportedAt`, on the school's calendar and the district's settings. */
  dueAtFor(manager: EntityManager, districtId: string, schoolId: string, priority: WorkOrderPriority, reportedAt: Date): Promise<Date> {
    return dueAtIn(manager, districtId, schoolId, priority, reportedAt);
  }

  /** Starting and finishing are the assignees' (the director may too): FORBIDDEN for other maintenance staff. */
  async requireAssignee(manager: EntityManager, order: WorkOrder): Promise<void> {
    const viewer = requireViewer(this.ctx.viewer);
    if (viewer.hasRoleAt(order.schoolId, Role.GENERAL_AFFAIRS_DIRECTOR)) return;
    const assigned = viewer.staffId ? await manager.existsBy(WorkOrderAssignee, { workOrderId: order.id, staffId: viewer.staffId }) : false;
    if (!assigned) throw forbidden('This work order is assigned to someone else.');
  }
}

/** The due time of a work order (dueAtOf) with the school's zone and terms from the directory copy and the district's settings. */
export async function dueAtIn(
  manager: EntityManager,
  districtId: string,
  schoolId: string,
  priority: WorkOrderPriority,
  reportedAt: Date,
): Promise<Date> {
  const [timeZone, terms, settings] = await Promise.all([
    timeZoneIn(manager, schoolId),
    directoryCopySql.termsOf(manager, [schoolId]).getMany(),
    manager.findOne(WorkOrderSettings, { where: { districtId } }),
  ]);
  const normalDays = (settings ?? defaultWorkOrderSettings(districtId)).normalDueSchoolDays;
  return dueAtOf(priority, reportedAt, timeZone, terms, normalDays);
}

/** Records facilities.workOrder.closed in the closing step's transaction: the source that opened it learns the outcome. */
export async function announceClosed(
  manager: EntityManager,
  actor: Actor,
  order: WorkOrder,
  outcome: 'CLOSED' | 'REJECTED',
  comment: string | null,
): Promise<void> {
  await publishEvent(manager, actor, facilitiesEvents.workOrderClosed, {
    districtId: order.districtId,
    schoolId: order.schoolId,
    payload: {
      workOrderId: order.id,
      schoolId: order.schoolId,
      source: order.source,
      sourceRef: order.sourceRef,
      outcome,
      finishedAt: order.finishedAt ? order.finishedAt.toISOString() : null,
      comment: comment?.slice(0, 500) ?? null,
    },
  });
}

/** How many work orders Staff.assignedWorkOrders and Room.workOrders show; the full lists are Query.workOrders with a filter. */
export const LATEST_SHOWN = 20;

/** A new work order's costs and outcome: none yet. */
export const EMPTY_COSTS = {
  estimatedLabourFen: null,
  estimatedMaterialsFen: null,
  estimateFen: null,
  resolution: null,
  contractorSupplierId: null,
  rejectionReason: null,
  startedAt: null,
  finishedAt: null,
  repairMinutes: null,
  actualLabourFen: null,
  actualMaterialsFen: null,
  contractorCostFen: null,
  actualTotalFen: null,
  varianceExplanation: null,
  rating: null,
  ratingComment: null,
  ratedAt: null,
};
