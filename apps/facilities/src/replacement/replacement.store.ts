import type { EntityManager } from 'typeorm';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Requisition, RequisitionStatus } from '../storeroom/storeroom.entity';

/** Requisitions in the tenancy scope (the permission, readFacilities, is checked by the service). */
export const historyReader = (ctx: ReadContext) => new ScopedReader(ctx, Requisition, 'Requisition', 'req');

/** One requisition line of a room, as the history statement returns it. */
export interface HistoryRow {
  lineId: string;
  roomId: string;
  itemId: string;
  status: RequisitionStatus;
  issuedAt: Date | string | null;
  quantity: number | string;
}

/** Requisitions that still count as asked for (not issued yet) or as history (issued, received). */
export const HISTORY_STATUSES = [
  RequisitionStatus.REQUESTED,
  RequisitionStatus.APPROVED,
  RequisitionStatus.ISSUED,
  RequisitionStatus.RECEIVED,
];

/** The replacement prediction's hand-written SQL (printed to apps/facilities/sql/replacement.sql). */
export const replacementSql = defineSqlStore(
  'replacement',
  {
    /**
     * Every requisition line of the school's rooms since `since` (issued since then, or requested and
     * not yet issued), for the prediction: one statement, ordered by room, item and issue time.
     */
    history: (m: EntityManager, requisitions: ScopedReader<Requisition>, schoolId: string, since: Date) =>
      requisitions
        .query(m)
        .innerJoin('requisition_line', 'rl', 'rl.requisitionId = req.id')
        .select('rl.id', 'lineId')
        .addSelect('req.roomId', 'roomId')
        .addSelect('rl.itemId', 'itemId')
        .addSelect('req.status', 'status')
        .addSelect('req.issuedAt', 'issuedAt')
        .addSelect('rl.quantity', 'quantity')
        .andWhere('req.schoolId = :schoolId', { schoolId })
        .andWhere('req.roomId IS NOT NULL')
        .andWhere('req.status IN (:...statuses)', { statuses: HISTORY_STATUSES })
        .andWhere('COALESCE(req.issuedAt, req.createdAt) >= :since', { since })
        .orderBy('req.roomId', 'ASC')
        .addOrderBy('rl.itemId', 'ASC')
        .addOrderBy('req.issuedAt', 'ASC'),
  },
  {
    history: [historyReader(exampleRequest(Role.STOREKEEPER)), '01900000-0000-7000-8000-000000000001', new Date('2025-11-16T00:00:00Z')],
  },
);
