import type { EntityManager } from 'typeorm';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { ConsumableItem } from '../storeroom/storeroom.entity';
import { ReorderRequest, ReorderRequestLine, ReorderStatus } from './reorder.entity';

export const reorderReader = (ctx: ReadContext) => new ScopedReader(ctx, ReorderRequest, 'ReorderRequest', 'ro');
const itemScope = (ctx: ReadContext) => new ScopedReader(ctx, ConsumableItem, 'ConsumableItem', 'item');

/** One row of the suggestions statement. */
export interface SuggestionRow {
  suggestionId: string;
  itemId: string;
  storeroomRoomId: string | null;
  quantity: number | string;
  reorderPoint: number | string;
  reorderQuantity: number | string;
  lastUnitCostFen: number | string | null;
  standardUnitCostFen: number | string;
  openReorderId: string | null;
}

const EXAMPLE_SCHOOL = '01900000-0000-7000-8000-000000000001';
const EXAMPLE_ID = '01900000-0000-7000-8000-000000000002';

/**
 * The reorder list's hand-written SQL (printed to apps/facilities/sql/reorder.sql).
 */
export const reorderSql = defineSqlStore(
  'reorder',
  {
    /**
     * Items of a school at or below their reorder point, one row per storeroom holding them (an item
     * never stocked anywhere: one row without a storeroom), with the open reorder line that already
     * asks for it there; keyed by the stock row's id (the item's when never stocked), in key order
     * after `afterKey`, at most `limit` rows.
     */
    suggestions: (
      m: EntityManager,
      items: ScopedReader<ConsumableItem>,
      schoolId: string,
      storeroomRoomId: string | null,
      afterKey: string | null,
      limit: number,
    ) => {
      const key = 'COALESCE(stk.id, item.id)';
      const qb = items
        .query(m)
        .leftJoin('store_stock', 'stk', 'stk.itemId = item.id')
        .select(key, 'suggestionId')
        .addSelect('item.id', 'itemId')
        .addSelect('stk.storeroomRoomId', 'storeroomRoomId')
        .addSelect('COALESCE(stk.quantity, 0)', 'quantity')
        .addSelect('item.reorderPoint', 'reorderPoint')
        .addSelect('item.reorderQuantity', 'reorderQuantity')
        .addSelect('item.lastUnitCostFen', 'lastUnitCostFen')
        .addSelect('item.standardUnitCostFen', 'standardUnitCostFen')
        .addSelect(
          '(SELECT MIN(rl.reorderId) FROM reorder_request_line rl WHERE rl.itemId = item.id AND rl.openStoreroomRoomId = stk.storeroomRoomId)',
          'openReorderId',
        )
        .andWhere('item.schoolId = :schoolId', { schoolId })
        .andWhere('COALESCE(stk.quantity, 0) <= item.reorderPoint')
        // An item with stock rows is suggested per storeroom; the row without one only when it has none at all.
        .andWhere('(stk.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM store_stock s2 WHERE s2.itemId = item.id))');
      if (storeroomRoomId) qb.andWhere('(stk.storeroomRoomId = :storeroomRoomId OR stk.id IS NULL)', { storeroomRoomId });
      if (afterKey) qb.andWhere(`${key} > :afterKey`, { afterKey });
      return qb.orderBy(key, 'ASC').limit(limit);
    },
    /** Items already on an open reorder line of the storeroom. */
    openLines: (m: EntityManager, storeroomRoomId: string, itemIds: readonly string[]) =>
      m
        .createQueryBuilder(ReorderRequestLine, 'rl')
        .where('rl.openStoreroomRoomId = :storeroomRoomId', { storeroomRoomId })
        .andWhere('rl.itemId IN (:...itemIds)', { itemIds }),
    /** Adds units received to a line; the line stops blocking new requests once all its units arrived. */
    receiveLine: (m: EntityManager, lineId: string, quantity: number) =>
      m
        .createQueryBuilder()
        .update(ReorderRequestLine)
        .set({
          receivedQuantity: () => 'receivedQuantity + :received',
          openStoreroomRoomId: () => 'CASE WHEN receivedQuantity + :received >= quantity THEN NULL ELSE openStoreroomRoomId END',
        })
        .where('id = :lineId', { lineId })
        .setParameter('received', quantity),
    /** Frees every line of a reorder (received in full or cancelled). */
    closeLines: (m: EntityManager, reorderId: string) =>
      m.createQueryBuilder().update(ReorderRequestLine).set({ openStoreroomRoomId: null }).where('reorderId = :reorderId', { reorderId }),
    /** A reorder that is OPEN moves to `status`, only if nobody moved it meanwhile. */
    close: (m: EntityManager, id: string, version: number, status: ReorderStatus, closedAt: Date, cancelReason: string | null) =>
      m
        .createQueryBuilder()
        .update(ReorderRequest)
        .set({ status, closedAt, cancelReason })
        .where('id = :id AND version = :version AND status = :open', { id, version, open: ReorderStatus.OPEN }),
    /** A school's reorder requests, narrowed by status. */
    list: (m: EntityManager, reorders: ScopedReader<ReorderRequest>, schoolId: string, status: ReorderStatus | null) => {
      const qb = reorders.query(m).andWhere('ro.schoolId = :schoolId', { schoolId });
      if (status) qb.andWhere('ro.status = :status', { status });
      return qb;
    },
  },
  {
    suggestions: [itemScope(exampleRequest(Role.STOREKEEPER)), EXAMPLE_SCHOOL, EXAMPLE_ID, EXAMPLE_ID, 21],
    openLines: [EXAMPLE_ID, [EXAMPLE_ID]],
    receiveLine: [EXAMPLE_ID, 5],
    closeLines: [EXAMPLE_ID],
    close: [EXAMPLE_ID, 1, ReorderStatus.RECEIVED, new Date('2026-11-16T02:00:00Z'), null],
    list: [reorderReader(exampleRequest(Role.STOREKEEPER)), EXAMPLE_SCHOOL, ReorderStatus.OPEN],
  },
);
