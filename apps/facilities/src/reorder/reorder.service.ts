import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, newId, type Page, type PageArgs, parseId, resolvePage, toPage } from '@houqin/common';
import { facilitiesEvents, publishEvent } from '@houqin/events';
import { isUniqueViolation, paginate, recordAudit, type Actor, type ScopedReader } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { RoomKind } from '../place/place.entity';
import { ConsumableItem, StoreReceiptSource } from '../storeroom/storeroom.entity';
import { ReorderRequest, ReorderRequestLine, ReorderStatus } from './reorder.entity';
import { type CancelReorderRequestInput, MAX_REORDER_LINES, type RequestReorderPurchaseInput } from './reorder.inputs';
import { alreadyOpen, estimatedUnitPriceFen, reorderTitle, suggestedQuantity, totalFen } from './reorder.rules';
import { reorderReader, reorderSql, type SuggestionRow } from './reorder.store';
import { ReorderSuggestion } from './reorder.types';

/** What finance's receipt event says, as the handler passes it. */
export interface FinanceReceipt {
  eventId: string;
  schoolId: string;
  purchaseRequestId: string;
  sourceService: string | null;
  sourceRef: string | null;
  receivedAt: Date;
  lines: readonly { lineId: string; quantity: number; unitPriceFen: number; sourceItemId: string | null }[];
}

/** The service name finance records as a draft's source. */
export const REORDER_SOURCE = 'facilities';

const toSuggestion = (row: SuggestionRow): ReorderSuggestion => {
  const quantityInStock = Number(row.quantity);
  const reorderPoint = Number(row.reorderPoint);
  const reorderQuantity = Number(row.reorderQuantity);
  const unit = estimatedUnitPriceFen({
    lastUnitCostFen: row.lastUnitCostFen === null ? null : Number(row.lastUnitCostFen),
    standardUnitCostFen: Number(row.standardUnitCostFen),
  });
  const suggested = suggestedQuantity(quantityInStock, reorderPoint, reorderQuantity) ?? 0;
  return Object.assign(new ReorderSuggestion(), {
    id: row.suggestionId,
    itemId: row.itemId,
    storeroomRoomId: row.storeroomRoomId,
    quantityInStock,
    reorderPoint,
    reorderQuantity,
    suggestedQuantity: suggested,
    estimatedUnitPriceFen: unit,
    estimatedTotalFen: suggested * unit,
    openReorderId: row.openReorderId,
  });
};

/**
 * Reorder (补货, reorder/): the items at or below their reorder point per storeroom with a
 * suggested quantity (reorder.rules.ts), and the one call that sends them to finance as a draft
 * purchase request (facilities.reorder.requested); finance's receipts come back through
 * `receiveFromFinance` (reorder.handlers.ts). At `ctx.reorders`.
 */
export class ReorderService {
  readonly requests: ScopedReader<ReorderRequest>;
  private linesLoader?: DataLoader<string, ReorderRequestLine[]>;

  constructor(private readonly ctx: FacilitiesContext) {
    this.requests = reorderReader(ctx);
  }

  /** The school's reorder suggestions (readFacilities), a page in key order. */
  async suggestions(schoolId: string, storeroomRoomId: string | null, page: PageArgs): Promise<Page<ReorderSuggestion>> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    const window = resolvePage(page);
    const storeroom = storeroomRoomId ? parseId(storeroomRoomId, 'storeroomRoomId') : null;
    const rows = await reorderSql
      .suggestions(this.ctx.dataSource.manager, this.ctx.storeroom.items, schoolId, storeroom, window.afterId, window.limit + 1)
      .getRawMany<SuggestionRow>();
    return toPage(rows.map(toSuggestion), window.limit);
  }

  listRequests(schoolId: string, status: ReorderStatus | null, page: PageArgs): Promise<Page<ReorderRequest>> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    return paginate(reorderSql.list(this.ctx.dataSource.manager, this.requests, schoolId, status), page, 'DESC');
  }

  /** A reorder request's lines in order (a page of requests: one statement). */
  linesOf(reorderId: string): Promise<ReorderRequestLine[]> {
    this.linesLoader ??= new DataLoader(async (ids: readonly string[]) => {
      const lines = await this.ctx.dataSource
        .getRepository(ReorderRequestLine)
        .find({ where: { reorderId: In([...ids]) }, order: { reorderId: 'ASC', lineNo: 'ASC' } });
      return ids.map((id) => lines.filter((l) => l.reorderId === id));
    });
    return this.linesLoader.load(reorderId);
  }

  /**
   * Turns the storeroom's reorder list into a draft purchase request in finance: records the
   * ReorderRequest and its lines and publishes facilities.reorder.requested, in one transaction.
   * An item already on an open reorder of the storeroom is CONFLICT (the unique open-line index holds
   * it under concurrent requests too).
   */
  async request(input: RequestReorderPurchaseInput): Promise<ReorderRequest> {
    const viewer = requirePermission(this.ctx.viewer, P.requestReorderPurchase, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const named = input.itemIds?.map((id, i) => parseId(id, `itemIds.${i}`)) ?? null;
    if (named && !named.length) throw badInput('itemIds', 'itemIds must name at least one item, or be left out.');
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const named_storeroom = input.storeroomRoomId
        ? (await this.ctx.places.requireRoomOf(manager, schoolId, input.storeroomRoomId, 'storeroomRoomId', RoomKind.STOREROOM)).id
        : null;
      const rows = await reorderSql
        .suggestions(manager, this.ctx.storeroom.items, schoolId, named_storeroom, null, 1000)
        .getRawMany<SuggestionRow>();
      let due = rows.map(toSuggestion);
      if (named) {
        named.forEach((id, i) => {
          if (!due.some((s) => s.itemId === id))
            throw badInput(
              `itemIds.${i}`,
              `itemIds.${i} is not an item of the school at or below its reorder point${named_storeroom ? ' in that storeroom' : ''}.`,
            );
        });
        due = due.filter((s) => named.includes(s.itemId));
      } else {
        due = due.filter((s) => !s.openReorderId);
        if (!due.length) throw conflict('Nothing to reorder: no item is at or below its reorder point without an open reorder.');
      }
      const storerooms = [...new Set(due.map((s) => s.storeroomRoomId).filter((id): id is string => id !== null))];
      const storeroomRoomId = named_storeroom ?? (storerooms.length === 1 ? storerooms[0] : null);
      if (!storeroomRoomId)
        throw badInput(
          'storeroomRoomId',
          storerooms.length > 1
            ? 'The reorder list spans several storerooms: name the storeroom to reorder for.'
            : 'Only items never stocked are due: name the storeroom they go into.',
        );
      if (due.length > MAX_REORDER_LINES)
        throw badInput('itemIds', `More than ${MAX_REORDER_LINES} items are due: name at most ${MAX_REORDER_LINES} in itemIds.`);
      const open = await reorderSql
        .openLines(
          manager,
          storeroomRoomId,
          due.map((s) => s.itemId),
        )
        .getMany();
      const items = await manager.find(ConsumableItem, { where: { id: In(due.map((s) => s.itemId)) } });
      const itemOf = new Map(items.map((item) => [item.id, item]));
      const blocked = alreadyOpen(
        due.map((s) => s.itemId),
        new Set(open.map((l) => l.itemId)),
      );
      if (blocked.length) throw this.alreadyRequested(blocked.map((id) => itemOf.get(id)?.name ?? id));
      const reorder = manager.create(ReorderRequest, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        storeroomRoomId,
        status: ReorderStatus.OPEN,
        title: reorderTitle(due.map((s) => itemOf.get(s.itemId)!.name)),
        estimatedTotalFen: totalFen(due.map((s) => ({ quantity: s.suggestedQuantity, estimatedUnitPriceFen: s.estimatedUnitPriceFen }))),
        requestedByAccountId: viewer.accountId,
        requestedByStaffId: viewer.staffId ?? null,
        purchaseRequestId: null,
        cancelReason: null,
        closedAt: null,
      });
      await manager.insert(ReorderRequest, reorder);
      const lines = due.map((s, i) => ({
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        reorderId: reorder.id,
        lineNo: i + 1,
        itemId: s.itemId,
        stockWhenRequested: s.quantityInStock,
        quantity: s.suggestedQuantity,
        estimatedUnitPriceFen: s.estimatedUnitPriceFen,
        receivedQuantity: 0,
        openStoreroomRoomId: storeroomRoomId,
      }));
      try {
        await manager.insert(ReorderRequestLine, lines);
      } catch (error) {
        // Another storekeeper requested one of these items for the storeroom at the same moment.
        if (isUniqueViolation(error)) throw this.alreadyRequested(due.map((s) => itemOf.get(s.itemId)!.name));
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'reorderRequest.request',
        entityType: 'ReorderRequest',
        entityId: reorder.id,
        districtId: viewer.districtId,
        schoolId,
        changes: {
          storeroomRoomId,
          lines: lines.map(({ itemId, quantity, estimatedUnitPriceFen }) => ({ itemId, quantity, estimatedUnitPriceFen })),
        },
      });
      await publishEvent(manager, this.ctx, facilitiesEvents.reorderRequested, {
        districtId: viewer.districtId,
        schoolId,
        payload: {
          reorderId: reorder.id,
          schoolId,
          storeroomRoomId,
          requestedByAccountId: viewer.accountId,
          requestedByStaffId: viewer.staffId ?? null,
          title: reorder.title,
          lines: lines.map((l) => {
            const item = itemOf.get(l.itemId)!;
            return {
              itemId: item.id,
              itemName: item.name,
              unit: item.unit,
              quantity: l.quantity,
              estimatedUnitPriceFen: l.estimatedUnitPriceFen,
            };
          }),
          estimatedTotalFen: reorder.estimatedTotalFen,
        },
      });
      return manager.findOneOrFail(ReorderRequest, { where: { id: reorder.id } });
    });
  }

  private alreadyRequested(names: readonly string[]) {
    return conflict(
      `Already requested and not yet received for this storeroom: ${names.slice(0, 10).join(', ')}. Wait for finance's receipt, or cancel that reorder request.`,
    );
  }

  /** Cancels an open reorder (its items may be requested again); finance's draft is not touched. */
  async cancel(input: CancelReorderRequestInput): Promise<ReorderRequest> {
    requirePermission(this.ctx.viewer, P.cancelReorderRequest);
    return this.ctx.dataSource.transaction(async (manager) => {
      const reorder = await this.requests.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.cancelReorderRequest, reorder.schoolId);
      const reason = input.reason.trim();
      if (!reason) throw badInput('reason', 'reason must not be empty.');
      if (reorder.status !== ReorderStatus.OPEN) throw conflict(`The reorder request is ${reorder.status}; only an OPEN one is cancelled.`);
      const moved = await reorderSql.close(manager, reorder.id, input.version, ReorderStatus.CANCELLED, this.ctx.now(), reason).execute();
      if (!moved.affected) throw conflict('The reorder request was changed by someone else meanwhile; reload it.');
      await reorderSql.closeLines(manager, reorder.id).execute();
      await recordAudit(manager, this.ctx, {
        action: 'reorderRequest.cancel',
        entityType: 'ReorderRequest',
        entityId: reorder.id,
        districtId: reorder.districtId,
        schoolId: reorder.schoolId,
        changes: { reason },
      });
      return manager.findOneOrFail(ReorderRequest, { where: { id: reorder.id } });
    });
  }

  /**
   * Finance received goods of a reorder's purchase (finance.purchaseRequest.received), inside the
   * consumer's transaction (the inbox records the event once): the lines with a sourceItemId go into
   * the reorder's storeroom at the ordered price (ctx.storeroom.receiveIn, a FINANCE_PURCHASE
   * receipt), each reorder line counts them, and the reorder closes (RECEIVED) once every line has
   * all its units. A receipt of a purchase facilities did not draft is none of its business.
   */
  async receiveFromFinance(manager: EntityManager, receipt: FinanceReceipt): Promise<void> {
    if (receipt.sourceService !== REORDER_SOURCE || !receipt.sourceRef) return;
    const lines = receipt.lines.filter((l) => l.sourceItemId);
    if (!lines.length) return;
    const reorder = await manager.findOne(ReorderRequest, { where: { id: receipt.sourceRef } });
    if (!reorder || reorder.schoolId !== receipt.schoolId)
      throw new Error(
        `finance.purchaseRequest.received names reorder ${receipt.sourceRef}, which school ${receipt.schoolId} does not have.`,
      );
    await this.ctx.storeroom.receiveIn(manager, {
      schoolId: reorder.schoolId,
      storeroomRoomId: reorder.storeroomRoomId,
      lines: lines.map((l) => ({ itemId: l.sourceItemId!, quantity: l.quantity, unitCostFen: l.unitPriceFen })),
      source: StoreReceiptSource.FINANCE_PURCHASE,
      purchaseRequestId: receipt.purchaseRequestId,
      note: `${reorder.title} (finance purchase request ${receipt.purchaseRequestId})`.slice(0, 500),
      receivedAt: receipt.receivedAt,
    });
    const reorderLines = await manager.find(ReorderRequestLine, { where: { reorderId: reorder.id } });
    for (const line of lines) {
      const target = reorderLines.find((l) => l.itemId === line.sourceItemId);
      if (target) await reorderSql.receiveLine(manager, target.id, line.quantity).execute();
    }
    if (!reorder.purchaseRequestId)
      await manager.update(ReorderRequest, { id: reorder.id }, { purchaseRequestId: receipt.purchaseRequestId });
    const after = await manager.find(ReorderRequestLine, { where: { reorderId: reorder.id } });
    const complete = after.every((l) => l.receivedQuantity >= l.quantity);
    if (complete && reorder.status === ReorderStatus.OPEN) {
      const current = await manager.findOneOrFail(ReorderRequest, { where: { id: reorder.id } });
      await reorderSql.close(manager, reorder.id, current.version, ReorderStatus.RECEIVED, receipt.receivedAt, null).execute();
    }
    await recordAudit(manager, this.ctx as Actor, {
      action: 'reorderRequest.receive',
      entityType: 'ReorderRequest',
      entityId: reorder.id,
      districtId: reorder.districtId,
      schoolId: reorder.schoolId,
      changes: { purchaseRequestId: receipt.purchaseRequestId, eventId: receipt.eventId, lines, complete },
    });
  }
}
