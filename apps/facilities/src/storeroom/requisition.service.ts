import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, forbidden, newId, type Page, type PageArgs, parseId } from '@houqin/common';
import { groupedLoader, paginate, recordAudit } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { FacilitiesStep } from '../workflow-step.entity';
import { Requisition, RequisitionLine, RequisitionStatus } from './storeroom.entity';
import type {
  RateRequisitionInput,
  ApproveRequisitionInput,
  ConfirmRequisitionReceiptInput,
  IssueRequisitionInput,
  RejectRequisitionInput,
  RequestRequisitionInput,
  RequisitionFilter,
} from './storeroom.inputs';
import { RequisitionAction, requisitionFlow } from './requisition.flow';
import { approvalRequired, checkQuantity, estimateUnitFen, lineTotalFen, MAX_LINES } from './storeroom.rules';
import { requisitionReader, storeroomSql } from './storeroom.store';
import type { StoreroomService } from './storeroom.service';
import { checkRating } from '../repair/work-order.rules';

/** How many requisitions Staff.requisitions shows. */
export const LATEST_PER_STAFF = 20;

/**
 * Requisitions (领用) through their flow (requisition.flow.ts): requested by any staff member for a
 * room or a department, approved by the director above the district's value, issued by the
 * storekeeper from a storeroom (storeroom stock goes down, all lines or none), confirmed by the
 * requester. At `ctx.storeroom.requisitions`.
 */
export class RequisitionService {
  readonly reader;
  private linesLoader?: DataLoader<string, RequisitionLine[]>;
  private stepsLoader?: DataLoader<string, FacilitiesStep[]>;
  private latestLoader?: DataLoader<string, Requisition[]>;
  private roomLoader?: DataLoader<string, Requisition[]>;

  constructor(
    private readonly ctx: FacilitiesContext,
    private readonly storeroom: StoreroomService,
  ) {
    this.reader = requisitionReader(ctx);
  }

  /** Requisitions the viewer sees (their own; the school's for its storeroom readers; the district's for district readers), newest first. */
  list(page: PageArgs, filter: RequisitionFilter = {}, requesterStaffIds?: readonly string[]): Promise<Page<Requisition>> {
    const viewer = requirePermission(this.ctx.viewer, P.readConsumableItems);
    const f = {
      schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
      roomId: filter.roomId ? parseId(filter.roomId, 'filter.roomId') : null,
      workOrderId: filter.workOrderId ? parseId(filter.workOrderId, 'filter.workOrderId') : null,
      status: filter.status ?? null,
      requesterAccountId: filter.mine ? viewer.accountId : null,
      requesterStaffIds: requesterStaffIds ?? null,
    };
    return paginate(storeroomSql.requisitions(this.ctx.dataSource.manager, this.reader, f), page, 'DESC');
  }

  get(id: string): Promise<Requisition> {
    requirePermission(this.ctx.viewer, P.readConsumableItems);
    return this.reader.get(id);
  }

  /**
   * A staff member's latest requisitions (at most LATEST_PER_STAFF, of the last year) as the viewer
   * may read them: a page of staff in one statement.
   */
  latestOf(staffId: string): Promise<Requisition[]> {
    this.latestLoader ??= groupedLoader(
      (ids) =>
        storeroomSql
          .requisitions(this.ctx.dataSource.manager, this.reader, {
            requesterStaffIds: ids,
            since: new Date(this.ctx.now().getTime() - 366 * 86_400_000),
          })
          .orderBy('req.id', 'DESC')
          .getMany(),
      (requisition) => requisition.requesterStaffId ?? '',
    );
    return this.latestLoader.load(staffId).then((rows) => rows.slice(0, LATEST_PER_STAFF));
  }

  /** A room's latest requisitions (at most LATEST_PER_STAFF, of the last year) as the viewer may read them: a page of rooms in one statement. */
  latestForRoom(roomId: string): Promise<Requisition[]> {
    this.roomLoader ??= groupedLoader(
      (ids) =>
        storeroomSql
          .requisitions(this.ctx.dataSource.manager, this.reader, {
            roomIds: ids,
            since: new Date(this.ctx.now().getTime() - 366 * 86_400_000),
          })
          .orderBy('req.id', 'DESC')
          .getMany(),
      (requisition) => requisition.roomId ?? '',
    );
    return this.roomLoader.load(roomId).then((rows) => rows.slice(0, LATEST_PER_STAFF));
  }

  /** A page's lines, one statement. */
  linesOf(requisitionId: string): Promise<RequisitionLine[]> {
    this.linesLoader ??= groupedLoader(
      (ids) => storeroomSql.requisitionLinesOf(this.ctx.dataSource.manager, ids).getMany(),
      (line) => line.requisitionId,
    );
    return this.linesLoader.load(requisitionId);
  }

  /** A page's recorded steps, one statement. */
  stepsOf(requisitionId: string): Promise<FacilitiesStep[]> {
    this.stepsLoader ??= requisitionFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.stepsLoader.load(requisitionId);
  }

  /**
   * Files a requisition: permission at the school first; then exactly one of room and department,
   * whole quantities, each item once; then one transaction: the room or department and the items of
   * the school, the estimate at current cost, approval decided by the district's value, the
   * requisition, its lines and its first step.
   */
  async request(input: RequestRequisitionInput): Promise<Requisition> {
    const viewer = requisitionFlow.allow(this.ctx.viewer, RequisitionAction.REQUESTED, input.schoolId);
    if (input.roomId && input.departmentId) throw badInput('roomId', 'Give either roomId or departmentId: what the requisition is for.');
    if (!input.roomId && !input.departmentId && !input.workOrderId)
      throw badInput('roomId', 'Give either roomId or departmentId: what the requisition is for.');
    if (input.lines.length > MAX_LINES) throw badInput('lines', `lines must have at most ${MAX_LINES} lines.`);
    const seen = new Set<string>();
    input.lines.forEach((line, i) => {
      checkQuantity(line.quantity, `lines.${i}.quantity`);
      if (seen.has(line.itemId))
        throw badInput(`lines.${i}.itemId`, `lines.${i}.itemId repeats an item of an earlier line; put it on one line.`);
      seen.add(line.itemId);
    });
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, input.schoolId, 'schoolId', { open: true }, manager);
      const workOrder = input.workOrderId
        ? await this.ctx.workOrders.requireBeingRepaired(manager, input.schoolId, input.workOrderId)
        : null;
      const roomId = input.roomId ?? (input.departmentId ? null : (workOrder?.roomId ?? null));
      if (!roomId && !input.departmentId) throw badInput('roomId', 'The work order names no room: give roomId or departmentId.');
      if (input.roomId) await this.ctx.places.requireRoomOf(manager, input.schoolId, input.roomId, 'roomId');
      if (input.departmentId) await this.ctx.places.requireDepartmentOf(manager, input.schoolId, input.departmentId, 'departmentId');
      const items = await this.storeroom.requireItemsOf(
        manager,
        input.schoolId,
        input.lines.map((line) => line.itemId),
        'lines',
      );
      const stockRows = await storeroomSql
        .schoolStock(manager, [...items.keys()])
        .getRawMany<{ itemId: string; quantity: string | number; valueFen: string | number }>();
      const stockOf = new Map(stockRows.map((row) => [row.itemId, { quantity: Number(row.quantity), valueFen: Number(row.valueFen) }]));
      const lines = input.lines.map((line, i) => {
        const item = items.get(line.itemId)!;
        const unitFen = estimateUnitFen(stockOf.get(item.id) ?? null, item.lastUnitCostFen, item.standardUnitCostFen);
        return {
          id: newId(),
          districtId: viewer.districtId,
          schoolId: input.schoolId,
          requisitionId: '',
          lineNo: i + 1,
          itemId: item.id,
          quantity: line.quantity,
          note: line.note ?? null,
          estimatedValueFen: lineTotalFen(line.quantity, unitFen),
          issuedValueFen: null,
        };
      });
      const estimatedValueFen = lines.reduce((sum, line) => sum + line.estimatedValueFen, 0);
      const settings = await this.storeroom.settingsOf(manager, viewer.districtId);
      const needsApproval = approvalRequired(estimatedValueFen, settings.requisitionApprovalAboveFen);
      const requisition: Partial<Requisition> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId: input.schoolId,
        requesterAccountId: viewer.accountId,
        requesterStaffId: viewer.staffId,
        roomId,
        departmentId: input.departmentId ?? null,
        workOrderId: workOrder?.id ?? null,
        status: needsApproval ? RequisitionStatus.REQUESTED : RequisitionStatus.APPROVED,
        approvalRequired: needsApproval,
        estimatedValueFen,
        issuedValueFen: null,
        storeroomRoomId: null,
        purpose: input.purpose ?? null,
        rejectionReason: null,
        issuedAt: null,
        receivedAt: null,
      };
      await manager.insert(Requisition, requisition);
      await manager.insert(
        RequisitionLine,
        lines.map((line) => ({ ...line, requisitionId: requisition.id! })),
      );
      const created = await manager.findOneOrFail(Requisition, { where: { id: requisition.id } });
      await requisitionFlow.recordCreation(manager, this.ctx, RequisitionAction.REQUESTED, created, {
        comment: input.purpose ?? null,
        changes: {
          roomId: created.roomId,
          workOrderId: created.workOrderId,
          departmentId: created.departmentId,
          lines: lines.map(({ itemId, quantity }) => ({ itemId, quantity })),
          estimatedValueFen,
          approvalRequired: needsApproval,
          status: created.status,
        },
      });
      return created;
    });
  }

  /** The director approves (not their own): FORBIDDEN, then NOT_FOUND, then CONFLICT for the state. */
  approve(input: ApproveRequisitionInput): Promise<Requisition> {
    requirePermission(this.ctx.viewer, P.approveRequisition);
    return this.ctx.dataSource.transaction(async (manager) => {
      const requisition = await this.reader.getIn(manager, input.id);
      const step = requisitionFlow.check(this.ctx.viewer, RequisitionAction.APPROVED, requisition);
      return step.commit(manager, this.ctx, { comment: input.comment ?? null, changes: { status: RequisitionStatus.APPROVED } });
    });
  }

  /** The director or the storekeeper rejects, with the reason, before it is issued. */
  reject(input: RejectRequisitionInput): Promise<Requisition> {
    requirePermission(this.ctx.viewer, P.rejectRequisition);
    return this.ctx.dataSource.transaction(async (manager) => {
      const requisition = await this.reader.getIn(manager, input.id);
      const step = requisitionFlow.check(this.ctx.viewer, RequisitionAction.REJECTED, requisition);
      return step.commit(manager, this.ctx, {
        set: { rejectionReason: input.reason },
        comment: input.reason,
        changes: { status: RequisitionStatus.REJECTED, rejectionReason: input.reason },
      });
    });
  }

  /**
   * The storekeeper issues every line from one storeroom of the school (`storeroom.issueIn`: stock
   * taken by conditional UPDATEs, never negative), or nothing when a line is short (CONFLICT naming it).
   */
  issue(input: IssueRequisitionInput): Promise<Requisition> {
    requirePermission(this.ctx.viewer, P.issueRequisition);
    return this.ctx.dataSource.transaction(async (manager) => {
      const requisition = await this.reader.getIn(manager, input.id);
      const step = requisitionFlow.check(this.ctx.viewer, RequisitionAction.ISSUED, requisition);
      const storeroom = await this.storeroom.requireStoreroomOf(manager, requisition.schoolId, input.storeroomRoomId, 'storeroomRoomId');
      const lines = await storeroomSql.requisitionLinesOf(manager, [requisition.id]).getMany();
      const values = await this.storeroom.issueIn(manager, {
        districtId: requisition.districtId,
        schoolId: requisition.schoolId,
        storeroomRoomId: storeroom.id,
        requisitionId: requisition.id,
        roomId: requisition.roomId,
        departmentId: requisition.departmentId,
        lines: lines.map((line, i) => ({ itemId: line.itemId, quantity: line.quantity, field: `lines.${i}` })),
      });
      await this.setIssuedValues(manager, lines, values);
      const issuedValueFen = values.reduce((sum, value) => sum + value, 0);
      return step.commit(manager, this.ctx, {
        set: { storeroomRoomId: storeroom.id, issuedValueFen, issuedAt: this.ctx.now(), issuedByStaffId: step.viewer.staffId },
        comment: input.comment ?? null,
        changes: { status: RequisitionStatus.ISSUED, storeroomRoomId: storeroom.id, issuedValueFen },
      });
    });
  }

  /** The requester confirms receipt (签收); anyone else, even a staff member of the school, is FORBIDDEN. */
  confirmReceipt(input: ConfirmRequisitionReceiptInput): Promise<Requisition> {
    requirePermission(this.ctx.viewer, P.confirmRequisitionReceipt);
    return this.ctx.dataSource.transaction(async (manager) => {
      const requisition = await this.reader.getIn(manager, input.id);
      const step = requisitionFlow.check(this.ctx.viewer, RequisitionAction.RECEIVED, requisition);
      if (step.viewer.accountId !== requisition.requesterAccountId)
        throw forbidden('Only the requester confirms receipt of a requisition.');
      return step.commit(manager, this.ctx, {
        set: { receivedAt: this.ctx.now() },
        comment: input.comment ?? null,
        changes: { status: RequisitionStatus.RECEIVED },
      });
    });
  }

  /**
   * The requester rates the service once it is received (服务评价), once: FORBIDDEN for anyone else,
   * CONFLICT before receipt or when rated; BAD_USER_INPUT on rating outside 1–5. The rating counts for
   * the storekeeper who issued it (the appraisal's service ratings).
   */
  rate(input: RateRequisitionInput): Promise<Requisition> {
    requirePermission(this.ctx.viewer, P.rateRequisition);
    return this.ctx.dataSource.transaction(async (manager) => {
      const requisition = await this.reader.getIn(manager, input.id);
      const viewer = requirePermission(this.ctx.viewer, P.rateRequisition, requisition.schoolId);
      if (viewer.accountId !== requisition.requesterAccountId) throw forbidden('Only the requester rates a requisition.');
      if (requisition.status !== RequisitionStatus.RECEIVED)
        throw conflict(`The requisition is ${requisition.status}; it is rated once received.`, { status: requisition.status });
      if (requisition.rating != null) throw conflict('The requisition is rated already.');
      checkRating(input.rating);
      await manager.update(
        Requisition,
        { id: requisition.id },
        { rating: input.rating, ratingComment: input.comment ?? null, ratedAt: this.ctx.now() },
      );
      await recordAudit(manager, this.ctx, {
        action: 'requisition.rate',
        entityType: 'Requisition',
        entityId: requisition.id,
        districtId: requisition.districtId,
        schoolId: requisition.schoolId,
        changes: { rating: input.rating, comment: input.comment ?? null, issuedByStaffId: requisition.issuedByStaffId },
      });
      return manager.findOneOrFail(Requisition, { where: { id: requisition.id } });
    });
  }

  private async setIssuedValues(manager: EntityManager, lines: RequisitionLine[], values: number[]): Promise<void> {
    for (const [i, line] of lines.entries()) {
      await manager.update(RequisitionLine, { id: line.id }, { issuedValueFen: values[i] });
    }
  }
}
