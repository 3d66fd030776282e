import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Room } from '../place/place.entity';
import {
  WorkOrder,
  WorkOrderAssignee,
  type WorkOrderCategory,
  type WorkOrderPriority,
  WorkOrderSource,
  WorkOrderStatus,
} from './work-order.entity';
import { OPEN_STATUSES } from './work-order.rules';

/**
 * A school's work orders: its work-order readers (the general-affairs office, maintenance staff, the
 * accountant) see them all; anyone else what they reported and what is assigned to them.
 */
const workOrderVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readWorkOrders);
  if (schools === 'district') return;
  const conditions = [
    ...(schools.length ? [`${alias}.schoolId IN (:...workOrderReadable)`] : []),
    `${alias}.reporterAccountId = :workOrderViewer`,
    ...(viewer.staffId
      ? [`EXISTS (SELECT 1 FROM work_order_assignee woa WHERE woa.workOrderId = ${alias}.id AND woa.staffId = :workOrderStaff)`]
      : []),
  ];
  qb.andWhere(`(${conditions.join(' OR ')})`, {
    workOrderReadable: schools,
    workOrderViewer: viewer.accountId,
    workOrderStaff: viewer.staffId,
  });
};

/** Work orders as the viewer may read them. */
export const workOrderReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, WorkOrder, 'WorkOrder', 'wo', { visibility: workOrderVisibility });
/** Tenancy only, for the steps (each checks its own permission at the work order's school). */
export const workOrderWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, WorkOrder, 'WorkOrder', 'wo');

export interface WorkOrderListFilter {
  schoolId?: string | null;
  status?: WorkOrderStatus | null;
  category?: WorkOrderCategory | null;
  priority?: WorkOrderPriority | null;
  roomId?: string | null;
  assigneeStaffId?: string | null;
  /** Open after their due time at `now`. */
  overdueAt?: Date | null;
}

/** The work orders' hand-written SQL (printed to apps/facilities/sql/workOrder.sql). */
export const workOrderSql = defineSqlStore(
  'workOrder',
  {
    /** The work orders list (keyset-paged on the id by the caller), narrowed by the filter. */
    list: (m, orders: ScopedReader<WorkOrder>, filter: WorkOrderListFilter) => {
      const qb = orders.query(m);
      if (filter.schoolId) qb.andWhere('wo.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('wo.status = :status', { status: filter.status });
      if (filter.category) qb.andWhere('wo.category = :category', { category: filter.category });
      if (filter.priority) qb.andWhere('wo.priority = :priority', { priority: filter.priority });
      if (filter.roomId) qb.andWhere('wo.roomId = :roomId', { roomId: filter.roomId });
      if (filter.assigneeStaffId)
        qb.andWhere('EXISTS (SELECT 1 FROM work_order_assignee fa WHERE fa.workOrderId = wo.id AND fa.staffId = :assignee)', {
          assignee: filter.assigneeStaffId,
        });
      if (filter.overdueAt)
        qb.andWhere('wo.status IN (:...openStatuses) AND wo.dueAt < :overdueAt', {
          openStatuses: OPEN_STATUSES,
          overdueAt: filter.overdueAt,
        });
      return qb;
    },
    /** The work order a step is for, in the viewer's tenancy, locked for update: the step's first statement. */
    lockForStep: (m, orders: ScopedReader<WorkOrder>, id: string) => lockRows(orders.query(m).andWhere('wo.id = :id', { id })),
    /** The people a page of work orders is assigned to (WorkOrder.assigneeStaffIds): one statement. */
    assigneesOf: (m, workOrderIds: readonly string[]) =>
      m
        .getRepository(WorkOrderAssignee)
        .createQueryBuilder('woa')
        .where('woa.workOrderId IN (:...workOrderIds)', { workOrderIds })
        .orderBy('woa.staffId'),
    /** The room a QR report names, by its code, locked: QR reports of one room queue, so its hourly limit holds under many at once. */
    roomForQrReport: (m, qrCode: string) =>
      lockRows(m.getRepository(Room).createQueryBuilder('room').where('room.qrCode = :qrCode', { qrCode })),
    /** QR reports of a room since an instant (its hourly limit). */
    qrReportsOfRoom: (m, roomId: string, since: Date) =>
      m
        .getRepository(WorkOrder)
        .createQueryBuilder('wo')
        .where('wo.roomId = :roomId AND wo.source = :qr AND wo.reportedAt > :since', { roomId, qr: WorkOrderSource.QR, since }),
    /** QR reports of a client since an instant (its hourly limit). */
    qrReportsOfClient: (m, clientKey: string, since: Date) =>
      m
        .getRepository(WorkOrder)
        .createQueryBuilder('wo')
        .where('wo.clientKey = :clientKey AND wo.reportedAt > :since', { clientKey, since }),
    /** The work order a secret status link names (by the link's hash). */
    byStatusToken: (m, tokenHash: string) =>
      m.getRepository(WorkOrder).createQueryBuilder('wo').where('wo.statusTokenHash = :tokenHash', { tokenHash }),
    /** Open work orders past their due time and not yet escalated to the principal, in id order after `afterId` (the escalation job's batch). */
    dueForEscalation: (m, now: Date, afterId: string, limit: number) =>
      m
        .getRepository(WorkOrder)
        .createQueryBuilder('wo')
        .where('wo.escalationLevel < 2 AND wo.dueAt < :now AND wo.status IN (:...openStatuses) AND wo.id > :afterId', {
          now,
          openStatuses: OPEN_STATUSES,
          afterId,
        })
        .orderBy('wo.id')
        .limit(limit),
    /** Raises a work order's escalation level only from the level read: a rerun or another replica escalates nothing twice. */
    escalate: (m, id: string, fromLevel: number, toLevel: number) =>
      m
        .createQueryBuilder()
        .update(WorkOrder)
        .set({ escalationLevel: toLevel })
        .where('id = :id AND escalationLevel = :fromLevel', { id, fromLevel }),
    /**
     * The repair report of a page of schools (School.repairSummary): work orders reported in [from, to)
     * counted by school, status, category and priority, with what finished on time, the overdue open
     * ones at `now`, repair minutes, the final accounts and the ratings. One grouped statement.
     */
    summaryOf: (m, orders: ScopedReader<WorkOrder>, schoolIds: readonly string[], from: Date, to: Date, now: Date) =>
      orders
        .query(m)
        .select('wo.schoolId', 'schoolId')
        .addSelect('wo.status', 'status')
        .addSelect('wo.category', 'category')
        .addSelect('wo.priority', 'priority')
        .addSelect('COUNT(*)', 'count')
        .addSelect('SUM(CASE WHEN wo.finishedAt IS NOT NULL THEN 1 ELSE 0 END)', 'finished')
        .addSelect('SUM(CASE WHEN wo.finishedAt IS NOT NULL AND wo.finishedAt <= wo.dueAt THEN 1 ELSE 0 END)', 'onTime')
        .addSelect('SUM(CASE WHEN wo.status IN (:...openStatuses) AND wo.dueAt < :now THEN 1 ELSE 0 END)', 'overdue')
        .addSelect('SUM(wo.repairMinutes)', 'repairMinutes')
        .addSelect('SUM(wo.actualTotalFen)', 'costFen')
        .addSelect('SUM(wo.rating)', 'ratingSum')
        .addSelect('COUNT(wo.rating)', 'ratings')
        .andWhere('wo.schoolId IN (:...schoolIds)', { schoolIds })
        .andWhere('wo.reportedAt >= :from AND wo.reportedAt < :to', { from, to })
        .setParameters({ openStatuses: OPEN_STATUSES, now })
        .groupBy('wo.schoolId')
        .addGroupBy('wo.status')
        .addGroupBy('wo.category')
        .addGroupBy('wo.priority'),
    /** The open work orders assigned to a page of staff members (Staff.assignedWorkOrders), due first: one statement. */
    openAssignedTo: (m, orders: ScopedReader<WorkOrder>, staffIds: readonly string[]) =>
      orders
        .query(m)
        .andWhere(
          'wo.status IN (:...openStatuses) AND EXISTS (SELECT 1 FROM work_order_assignee sa WHERE sa.workOrderId = wo.id AND sa.staffId IN (:...staffIds))',
          { staffIds, openStatuses: OPEN_STATUSES },
        )
        .orderBy('wo.dueAt', 'ASC'),
    /** The latest work orders of a page of rooms (Room.workOrders), newest first: one statement. */
    ofRooms: (m, orders: ScopedReader<WorkOrder>, roomIds: readonly string[]) =>
      orders.query(m).andWhere('wo.roomId IN (:...roomIds)', { roomIds }).orderBy('wo.reportedAt', 'DESC').addOrderBy('wo.id', 'DESC'),
    /** Clears a work order's assignees before it is assigned again (派工 changed before the work starts). */
    clearAssignees: (m, workOrderId: string) =>
      m.createQueryBuilder().delete().from(WorkOrderAssignee).where('workOrderId = :workOrderId', { workOrderId }),
  },
  {
    list: [
      workOrderReader(exampleRequest(Role.STAFF)),
      { schoolId: 'school-1', status: WorkOrderStatus.ASSIGNED, assigneeStaffId: 'staff-1', overdueAt: new Date('2026-12-01T00:00:00Z') },
    ],
    lockForStep: [workOrderWriteReader(exampleRequest()), 'work-order-1'],
    assigneesOf: [['work-order-1', 'work-order-2']],
    clearAssignees: ['work-order-1'],
    openAssignedTo: [workOrderReader(exampleRequest(Role.MAINTENANCE)), ['staff-1', 'staff-2']],
    ofRooms: [workOrderReader(exampleRequest(Role.STAFF)), ['room-1', 'room-2']],
    summaryOf: [
      workOrderReader(exampleRequest(Role.DISTRICT_AUDITOR)),
      ['school-1', 'school-2'],
      new Date('2026-08-31T16:00:00Z'),
      new Date('2027-01-22T16:00:00Z'),
      new Date('2026-12-01T00:00:00Z'),
    ],
    dueForEscalation: [new Date('2026-12-01T00:00:00Z'), '', 200],
    escalate: ['work-order-1', 0, 1],
    roomForQrReport: ['AbCdEfGh-_12'],
    qrReportsOfRoom: ['room-1', new Date('2026-12-01T00:00:00Z')],
    qrReportsOfClient: ['0123456789abcdef0123456789abcdef', new Date('2026-12-01T00:00:00Z')],
    byStatusToken: ['0'.repeat(64)],
  },
);
