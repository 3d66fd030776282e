import { createHash, randomBytes } from 'node:crypto';
import { badInput, conflict, newId, notFound } from '@houqin/common';
import { recordAudit } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { isQrCode } from '../place/place.rules';
import { WorkOrder, WorkOrderSource, WorkOrderStatus } from './work-order.entity';
import type { RateRepairByTokenInput, ReportRepairByQrInput } from './qr-repair.inputs';
import type { QrRepairReceipt, RepairStatus } from './qr-repair.types';
import {
  checkPhotoRefs,
  checkRating,
  isStatusToken,
  priorityOf,
  QR_REPORTS_PER_CLIENT_PER_HOUR,
  QR_REPORTS_PER_ROOM_PER_HOUR,
  STATUS_TOKEN_LENGTH,
} from './work-order.rules';
import { workOrderSql } from './work-order.store';
import { announceClosed, type WorkOrderService } from './work-order.service';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const HOUR_MS = 3_600_000;

/**
 * Repairs reported without an account, from a room's QR link (扫码报修): anyone holding the room's
 * code reports, limited per room and per client; the reporter gets a secret status link, the only
 * thing they can read, and rates through it. Nothing here reads or names a room, a person or another
 * report. At `ctx.workOrders.qr`.
 */
export class QrRepairService {
  constructor(
    private readonly ctx: FacilitiesContext,
    private readonly orders: WorkOrderService,
  ) {}

  /**
   * A report from a room's QR link: the code first (BAD_USER_INPUT on qrCode when it is not a room's),
   * then, with the room locked, its hourly limit and the client's (CONFLICT with retryAfterSeconds);
   * the work order lands REPORTED for triage, due by its priority like any other.
   */
  async report(input: ReportRepairByQrInput): Promise<QrRepairReceipt> {
    const code = input.qrCode.trim();
    if (!isQrCode(code)) throw badInput('qrCode', 'qrCode must be the 12 characters after /r/ in the room’s QR link.');
    const photoRefs = checkPhotoRefs(input.photoRefs ?? []);
    return this.ctx.dataSource.transaction(async (manager) => {
      const room = await workOrderSql.roomForQrReport(manager, code).getOne();
      if (!room) throw badInput('qrCode', 'That is not the QR code of a room.');
      const school = await this.ctx.directoryCopy.school(room.districtId, room.schoolId, manager);
      if (!school?.active) throw badInput('qrCode', 'The room’s school no longer takes repair reports.');
      const now = this.ctx.now();
      const since = new Date(now.getTime() - HOUR_MS);
      if ((await workOrderSql.qrReportsOfRoom(manager, room.id, since).getCount()) >= QR_REPORTS_PER_ROOM_PER_HOUR)
        throw tooMany(`This room has had ${QR_REPORTS_PER_ROOM_PER_HOUR} reports from its QR code in the last hour`);
      const clientKey = this.ctx.clientKey ?? null;
      if (clientKey && (await workOrderSql.qrReportsOfClient(manager, clientKey, since).getCount()) >= QR_REPORTS_PER_CLIENT_PER_HOUR)
        throw tooMany(`You have sent ${QR_REPORTS_PER_CLIENT_PER_HOUR} reports in the last hour`);
      const token = randomBytes((STATUS_TOKEN_LENGTH * 3) / 4).toString('base64url');
      const priority = priorityOf(input.safety, input.urgent);
      const order: Partial<WorkOrder> = {
        id: newId(),
        districtId: room.districtId,
        schoolId: room.schoolId,
        title: input.title,
        description: input.description,
        photoRefs,
        category: input.category,
        safety: input.safety,
        priority,
        status: WorkOrderStatus.REPORTED,
        source: WorkOrderSource.QR,
        roomId: room.id,
        assetId: null,
        reporterAccountId: null,
        reporterStaffId: null,
        reporterName: input.name ?? null,
        reporterPhone: input.phone ?? null,
        sourceRef: null,
        clientKey,
        reportedAt: now,
        dueAt: await this.orders.dueAtFor(manager, room.districtId, room.schoolId, priority, now),
        statusTokenHash: hashOf(token),
      };
      await manager.insert(WorkOrder, order);
      await recordAudit(manager, this.ctx, {
        action: 'workOrder.reportByQr',
        entityType: 'WorkOrder',
        entityId: order.id!,
        districtId: room.districtId,
        schoolId: room.schoolId,
        changes: { roomId: room.id, title: input.title, category: input.category, priority },
      });
      return { statusToken: token, status: WorkOrderStatus.REPORTED, dueAt: order.dueAt! };
    });
  }

  /** What a secret status link shows: its own work order's status and steps (what and when, never who); NOT_FOUND otherwise. */
  async status(token: string): Promise<RepairStatus> {
    const order = await this.byToken(this.ctx.dataSource.manager, token);
    const steps = await this.orders.stepsOf(order.id);
    return {
      title: order.title,
      status: order.status,
      reportedAt: order.reportedAt,
      dueAt: order.dueAt,
      finishedAt: order.finishedAt,
      rejectionReason: order.rejectionReason,
      canRate: order.status === WorkOrderStatus.ACCOUNTED,
      rating: order.rating,
      steps: [{ action: 'REPORTED', occurredAt: order.reportedAt }, ...steps.map((s) => ({ action: s.action, occurredAt: s.occurredAt }))],
    };
  }

  /** The QR reporter rates the repair through its link, after the final account (CONFLICT before); it closes. */
  async rate(input: RateRepairByTokenInput): Promise<RepairStatus> {
    checkRating(input.rating);
    await this.ctx.dataSource.transaction(async (manager) => {
      const order = await this.byToken(manager, input.token);
      if (order.status !== WorkOrderStatus.ACCOUNTED)
        throw conflict(`The repair is ${order.status}; it can be rated once its final account is recorded.`, { status: order.status });
      const result = await manager
        .createQueryBuilder()
        .update(WorkOrder)
        .set({ status: WorkOrderStatus.CLOSED, rating: input.rating, ratingComment: input.comment ?? null, ratedAt: this.ctx.now() })
        .where('id = :id AND version = :version', { id: order.id, version: order.version })
        .execute();
      if (!result.affected) throw conflict('The repair changed meanwhile; reload it.');
      await announceClosed(manager, this.ctx, order, 'CLOSED', input.comment ?? null);
      await recordAudit(manager, this.ctx, {
        action: 'workOrder.rateByToken',
        entityType: 'WorkOrder',
        entityId: order.id,
        districtId: order.districtId,
        schoolId: order.schoolId,
        changes: { rating: input.rating, comment: input.comment ?? null, status: WorkOrderStatus.CLOSED },
      });
    });
    return this.status(input.token);
  }

  private async byToken(manager: Parameters<typeof workOrderSql.byStatusToken>[0], token: string): Promise<WorkOrder> {
    const text = token.trim();
    if (!isStatusToken(text)) throw badInput('token', 'token must be the secret of a repair’s status link.');
    const order = await workOrderSql.byStatusToken(manager, hashOf(text)).getOne();
    if (!order) throw notFound('RepairStatus', 'that link');
    return order;
  }
}

/** A limit of the anonymous path reached: CONFLICT, with when to try again. */
function tooMany(what: string) {
  return conflict(`${what}; try again later, or tell the school office.`, { retryAfterSeconds: HOUR_MS / 1000 });
}
