import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import {
  ConsumableCategory,
  ConsumableItem,
  Requisition,
  RequisitionLine,
  StoreMovement,
  StoreReceipt,
  StoreReceiptLine,
  StoreStock,
} from './storeroom.entity';

/** Stock, movements and receipts are read by the storeroom's readers (readStoreroom) on top of the tenancy scope. */
const storeroomReaders = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readStoreroom);
  if (schools === 'district') return;
  qb.andWhere(schools.length ? `${alias}.schoolId IN (:...storeroomReadable)` : '1 = 0', { storeroomReadable: schools });
};

/** A school's requisitions: its storeroom's readers see them all; anyone else only their own. */
const requisitionVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readRequisitions);
  if (schools === 'district') return;
  const all = schools.length ? `${alias}.schoolId IN (:...requisitionReadable) OR ` : '';
  qb.andWhere(`(${all}${alias}.requesterAccountId = :requisitionViewer)`, {
    requisitionReadable: schools,
    requisitionViewer: viewer.accountId,
  });
};

export const itemReader = (ctx: ReadContext) => new ScopedReader(ctx, ConsumableItem, 'ConsumableItem', 'item');
export const stockReader = (ctx: ReadContext) => new ScopedReader(ctx, StoreStock, 'StoreStock', 'stk', { visibility: storeroomReaders });
export const movementReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, StoreMovement, 'StoreMovement', 'mv', { visibility: storeroomReaders });
export const receiptReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, StoreReceipt, 'StoreReceipt', 'rcp', { visibility: storeroomReaders });
export const requisitionReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, Requisition, 'Requisition', 'req', { visibility: requisitionVisibility });

export interface ItemFilter {
  schoolId?: string | null;
  category?: ConsumableCategory | null;
  search?: string | null;
  atOrBelowReorderPoint?: boolean | null;
}

export interface MovementFilter {
  itemId?: string | null;
  storeroomRoomId?: string | null;
  roomId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The school's stock of each item, summed over its storerooms (for the reorder point). */
const schoolStockOf = (alias: string) => `(SELECT COALESCE(SUM(ss.quantity), 0) FROM store_stock ss WHERE ss.itemId = ${alias}.id)`;

/**
 * The storeroom's hand-written SQL (printed to apps/facilities/sql/storeroom.sql). Stock changes only
 * through `addStock` and `takeStock`, beside a movement, on rows locked in id order (issuers queue
 * instead of deadlocking); `takeStock` also holds only while the stock has the units (never negative).
 */
export const storeroomSql = defineSqlStore(
  'storeroom',
  {
    /** Items in the viewer's scope, narrowed by the filter. */
    items: (m, items: ScopedReader<ConsumableItem>, filter: ItemFilter) => {
      const qb = items.query(m);
      if (filter.schoolId) qb.andWhere('item.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.category) qb.andWhere('item.category = :category', { category: filter.category });
      if (filter.search) qb.andWhere(...likeContains('item.name', 'search', filter.search));
      if (filter.atOrBelowReorderPoint === true) qb.andWhere(`${schoolStockOf('item')} <= item.reorderPoint`);
      if (filter.atOrBelowReorderPoint === false) qb.andWhere(`${schoolStockOf('item')} > item.reorderPoint`);
      return qb;
    },
    /** Stock rows of a storeroom (or of the viewer's scope), narrowed to an item. */
    stock: (m, stock: ScopedReader<StoreStock>, storeroomRoomId: string | null, itemId: string | null) => {
      const qb = stock.query(m);
      if (storeroomRoomId) qb.andWhere('stk.storeroomRoomId = :storeroomRoomId', { storeroomRoomId });
      if (itemId) qb.andWhere('stk.itemId = :itemId', { itemId });
      return qb;
    },
    /** Movements in the viewer's scope, narrowed by the filter. */
    movements: (m, movements: ScopedReader<StoreMovement>, filter: MovementFilter) => {
      const qb = movements.query(m);
      if (filter.itemId) qb.andWhere('mv.itemId = :itemId', { itemId: filter.itemId });
      if (filter.storeroomRoomId) qb.andWhere('mv.storeroomRoomId = :storeroomRoomId', { storeroomRoomId: filter.storeroomRoomId });
      if (filter.roomId) qb.andWhere('mv.roomId = :roomId', { roomId: filter.roomId });
      if (filter.from) qb.andWhere('mv.occurredAt >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('mv.occurredAt < :to', { to: filter.to });
      return qb;
    },
    /** Requisitions in the viewer's scope (own or the school's), narrowed. */
    requisitions: (
      m,
      requisitions: ScopedReader<Requisition>,
      filter: {
        schoolId?: string | null;
        status?: string | null;
        roomId?: string | null;
        workOrderId?: string | null;
        requesterAccountId?: string | null;
        requesterStaffIds?: readonly string[] | null;
        since?: Date | null;
        roomIds?: readonly string[] | null;
      },
    ) => {
      const qb = requisitions.query(m);
      if (filter.schoolId) qb.andWhere('req.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('req.status = :status', { status: filter.status });
      if (filter.roomId) qb.andWhere('req.roomId = :roomId', { roomId: filter.roomId });
      if (filter.workOrderId) qb.andWhere('req.workOrderId = :workOrderId', { workOrderId: filter.workOrderId });
      if (filter.requesterAccountId)
        qb.andWhere('req.requesterAccountId = :requesterAccountId', { requesterAccountId: filter.requesterAccountId });
      if (filter.roomIds?.length) qb.andWhere('req.roomId IN (:...roomIds)', { roomIds: filter.roomIds });
      if (filter.since) qb.andWhere('req.createdAt >= :since', { since: filter.since });
      if (filter.requesterStaffIds?.length)
        qb.andWhere('req.requesterStaffId IN (:...requesterStaffIds)', { requesterStaffIds: filter.requesterStaffIds });
      return qb;
    },
    /** What the storerooms issued for each of a page of work orders (WorkOrder.materialsIssued): one grouped statement. */
    issuedForWorkOrders: (m, workOrderIds: readonly string[]) =>
      m
        .getRepository(Requisition)
        .createQueryBuilder('req')
        .select('req.workOrderId', 'workOrderId')
        .addSelect('SUM(req.issuedValueFen)', 'valueFen')
        .where('req.workOrderId IN (:...workOrderIds)', { workOrderIds })
        .andWhere('req.issuedValueFen IS NOT NULL')
        .groupBy('req.workOrderId'),
    /** Receipts in the viewer's scope, narrowed to a school and a storeroom. */
    receipts: (m, receipts: ScopedReader<StoreReceipt>, schoolId: string | null, storeroomRoomId: string | null) => {
      const qb = receipts.query(m);
      if (schoolId) qb.andWhere('rcp.schoolId = :schoolId', { schoolId });
      if (storeroomRoomId) qb.andWhere('rcp.storeroomRoomId = :storeroomRoomId', { storeroomRoomId });
      return qb;
    },
    /**
     * The items a receipt brings in, locked for update in id order before their stock rows are made: receipts of the
     * same items queue here instead of deadlocking on the new stock row (INSERT IGNORE) or on the last unit cost.
     */
    lockItems: (m, itemIds: readonly string[]) =>
      lockRows(
        m
          .getRepository(ConsumableItem)
          .createQueryBuilder('item')
          .select('item.id')
          .where('item.id IN (:...itemIds)', { itemIds })
          .orderBy('item.id', 'ASC'),
      ),
    /** Creates the missing stock rows of these items in a storeroom, empty (a receipt's first of an item). */
    ensureStock: (m, rows: readonly Pick<StoreStock, 'id' | 'districtId' | 'schoolId' | 'itemId' | 'storeroomRoomId' | 'updatedAt'>[]) =>
      m
        .createQueryBuilder()
        .insert()
        .into(StoreStock)
        .values(rows.map((row) => ({ ...row, quantity: 0, valueFen: 0 })))
        .orIgnore(),
    /** The stock rows of these items in a storeroom, locked for update in id order. */
    lockStock: (m, storeroomRoomId: string, itemIds: readonly string[]) =>
      lockRows(
        m
          .getRepository(StoreStock)
          .createQueryBuilder('stk')
          .where('stk.storeroomRoomId = :storeroomRoomId AND stk.itemId IN (:...itemIds)', { storeroomRoomId, itemIds })
          .orderBy('stk.id', 'ASC'),
      ),
    /** Adds units and their value to a stock row (a receipt). */
    addStock: (m, stockId: string, quantity: number, valueFen: number, at: Date) =>
      m
        .createQueryBuilder()
        .update(StoreStock)
        .set({ quantity: () => `quantity + ${Number(quantity)}`, valueFen: () => `valueFen + ${Number(valueFen)}`, updatedAt: at })
        .where('id = :stockId', { stockId }),
    /** Takes units and their value out of a stock row (an issue), only while it holds them: never negative. */
    takeStock: (m, stockId: string, quantity: number, valueFen: number, at: Date) =>
      m
        .createQueryBuilder()
        .update(StoreStock)
        .set({ quantity: () => `quantity - ${Number(quantity)}`, valueFen: () => `valueFen - ${Number(valueFen)}`, updatedAt: at })
        .where('id = :stockId AND quantity >= :quantity AND valueFen >= :valueFen', { stockId, quantity, valueFen }),
    /** An item's last receipt cost (最近进价): not an edit of the item, so its version stays (an edit in progress is not stale). */
    setLastUnitCost: (m, itemId: string, unitCostFen: number) =>
      m
        .createQueryBuilder()
        .update(ConsumableItem)
        .set({ lastUnitCostFen: unitCostFen, version: () => 'version' })
        .where('id = :itemId', { itemId }),
    /** The school's stock of these items (summed over storerooms), for estimates. */
    schoolStock: (m, itemIds: readonly string[]) =>
      m
        .getRepository(StoreStock)
        .createQueryBuilder('stk')
        .select('stk.itemId', 'itemId')
        .addSelect('SUM(stk.quantity)', 'quantity')
        .addSelect('SUM(stk.valueFen)', 'valueFen')
        .where('stk.itemId IN (:...itemIds)', { itemIds })
        .groupBy('stk.itemId'),
    /** The lines of these requisitions, in line order. */
    requisitionLinesOf: (m, requisitionIds: readonly string[]) =>
      m
        .getRepository(RequisitionLine)
        .createQueryBuilder('rl')
        .where('rl.requisitionId IN (:...requisitionIds)', { requisitionIds })
        .orderBy('rl.requisitionId', 'ASC')
        .addOrderBy('rl.lineNo', 'ASC'),
    /** The lines of these receipts, in line order. */
    receiptLinesOf: (m, receiptIds: readonly string[]) =>
      m
        .getRepository(StoreReceiptLine)
        .createQueryBuilder('rcl')
        .where('rcl.receiptId IN (:...receiptIds)', { receiptIds })
        .orderBy('rcl.receiptId', 'ASC')
        .addOrderBy('rcl.lineNo', 'ASC'),
    /** Sum of the movements of each stock row of a storeroom (帐物相符 checks). */
    movementTotals: (m, storeroomRoomId: string) =>
      m
        .getRepository(StoreMovement)
        .createQueryBuilder('mv')
        .select('mv.itemId', 'itemId')
        .addSelect('SUM(mv.quantity)', 'quantity')
        .addSelect('SUM(mv.valueFen)', 'valueFen')
        .where('mv.storeroomRoomId = :storeroomRoomId', { storeroomRoomId })
        .groupBy('mv.itemId'),
  },
  {
    items: [
      itemReader(exampleRequest(Role.STOREKEEPER)),
      { schoolId: 'school-1', category: ConsumableCategory.CLEANING, search: '扫帚', atOrBelowReorderPoint: true },
    ],
    stock: [stockReader(exampleRequest(Role.STOREKEEPER)), 'room-1', 'item-1'],
    movements: [
      movementReader(exampleRequest(Role.STOREKEEPER)),
      {
        itemId: 'item-1',
        storeroomRoomId: 'room-1',
        roomId: 'room-2',
        from: new Date('2026-09-01T00:00:00Z'),
        to: new Date('2026-10-01T00:00:00Z'),
      },
    ],
    requisitions: [
      requisitionReader(exampleRequest(Role.STAFF)),
      { schoolId: 'school-1', status: 'APPROVED', roomId: 'room-2', requesterAccountId: 'account-1' },
    ],
    issuedForWorkOrders: [['work-order-1', 'work-order-2']],
    receipts: [receiptReader(exampleRequest(Role.STOREKEEPER)), 'school-1', 'room-1'],
    ensureStock: [
      [
        {
          id: 'stock-1',
          districtId: 'district-1',
          schoolId: 'school-1',
          itemId: 'item-1',
          storeroomRoomId: 'room-1',
          updatedAt: new Date('2026-09-01T00:00:00Z'),
        },
      ],
    ],
    lockStock: ['room-1', ['item-1', 'item-2']],
    addStock: ['stock-1', 50, 62_500, new Date('2026-09-01T00:00:00Z')],
    takeStock: ['stock-1', 2, 2_500, new Date('2026-09-01T00:00:00Z')],
    lockItems: [['item-1', 'item-2']],
    setLastUnitCost: ['item-1', 1_250],
    schoolStock: [['item-1', 'item-2']],
    requisitionLinesOf: [['requisition-1']],
    receiptLinesOf: [['receipt-1']],
    movementTotals: ['room-1'],
  },
);
