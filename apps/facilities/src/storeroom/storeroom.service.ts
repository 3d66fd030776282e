import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, newId, type Page, type PageArgs, parseId, parseYuan } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, saveDistrictSettings, type Actor } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { type Room, RoomKind } from '../place/place.entity';
import {
  ConsumableItem,
  StoreMovement,
  StoreMovementKind,
  StoreReceipt,
  StoreReceiptLine,
  StoreReceiptSource,
  type StoreStock,
} from './storeroom.entity';
import type {
  ConsumableItemFilter,
  CreateConsumableItemInput,
  RecordStoreReceiptInput,
  StoreMovementFilter,
  StoreReceiptFilter,
  StoreStockFilter,
  UpdateConsumableItemInput,
  UpdateStoreroomSettingsInput,
} from './storeroom.inputs';
import { checkQuantity, issueValueFen, lineTotalFen, MAX_LINES } from './storeroom.rules';
import { defaultStoreroomSettings, StoreroomSettings } from './storeroom-settings.entity';
import { itemReader, movementReader, receiptReader, stockReader, storeroomSql } from './storeroom.store';
import { RequisitionService } from './requisition.service';

/** One line of a receipt into a storeroom, in fen. */
export interface ReceiveLine {
  itemId: string;
  quantity: number;
  unitCostFen: number;
}

/** What `receiveIn` records: a receipt of items of `schoolId` into one of its storerooms. */
export interface ReceiveInput {
  schoolId: string;
  storeroomRoomId: string;
  lines: readonly ReceiveLine[];
  source: StoreReceiptSource;
  /** The finance purchase request received, for FINANCE_PURCHASE. */
  purchaseRequestId?: string | null;
  note?: string | null;
  /** When the goods arrived; the context's clock by default. */
  receivedAt?: Date;
}

/** One line of an issue out of a storeroom; `field` names it in errors (e.g. `lines.0`). */
export interface IssueLine {
  itemId: string;
  quantity: number;
  field: string;
}

/** What `issueIn` takes out: lines of one requisition from one storeroom, to a room or a department. */
export interface IssueInput {
  districtId: string;
  schoolId: string;
  storeroomRoomId: string;
  requisitionId: string | null;
  roomId: string | null;
  departmentId: string | null;
  lines: readonly IssueLine[];
}

/** Day bounds in the school's zone (only Asia/Shanghai's fixed +08:00 is used by the storeroom's filters). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The consumables storeroom (低值易耗品仓库, storeroom/): the register of items, the stock per
 * storeroom at moving weighted average cost, its append-only movements, receipts, the district's
 * settings, and requisitions (`requisitions`). At `ctx.storeroom`.
 */
export class StoreroomService {
  readonly items;
  readonly stock;
  readonly movements;
  readonly receipts;
  readonly requisitions: RequisitionService;

  constructor(private readonly ctx: FacilitiesContext) {
    this.items = itemReader(ctx);
    this.stock = stockReader(ctx);
    this.movements = movementReader(ctx);
    this.receipts = receiptReader(ctx);
    this.requisitions = new RequisitionService(ctx, this);
  }

  private stockLoader?: DataLoader<string, { quantity: number; valueFen: number }>;
  private receiptLinesLoader?: DataLoader<string, StoreReceiptLine[]>;

  /** The school's stock of an item, summed over its storerooms (a page of items: one statement). */
  schoolStockOf(itemId: string): Promise<{ quantity: number; valueFen: number }> {
    this.stockLoader ??= new DataLoader(async (ids: readonly string[]) => {
      const rows = await storeroomSql
        .schoolStock(this.ctx.dataSource.manager, ids)
        .getRawMany<{ itemId: string; quantity: string | number; valueFen: string | number }>();
      const byId = new Map(rows.map((row) => [row.itemId, { quantity: Number(row.quantity), valueFen: Number(row.valueFen) }]));
      return ids.map((id) => byId.get(id) ?? { quantity: 0, valueFen: 0 });
    });
    return this.stockLoader.load(itemId);
  }

  /** A receipt's lines in order (a page of receipts: one statement). */
  receiptLinesOf(receiptId: string): Promise<StoreReceiptLine[]> {
    this.receiptLinesLoader ??= groupedLoader(
      (ids) => storeroomSql.receiptLinesOf(this.ctx.dataSource.manager, ids).getMany(),
      (line) => line.receiptId,
    );
    return this.receiptLinesLoader.load(receiptId);
  }

  private now(): Date {
    return this.ctx.now();
  }

  // ── Items ─────────────────────────────────────────────────────────────────────────────────

  listItems(page: PageArgs, filter: ConsumableItemFilter = {}): Promise<Page<ConsumableItem>> {
    requirePermission(this.ctx.viewer, P.readConsumableItems);
    const f = { ...filter, schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null };
    return paginate(storeroomSql.items(this.ctx.dataSource.manager, this.items, f), page);
  }

  getItem(id: string): Promise<ConsumableItem> {
    requirePermission(this.ctx.viewer, P.readConsumableItems);
    return this.items.get(id);
  }

  async createItem(input: CreateConsumableItemInput): Promise<ConsumableItem> {
    const viewer = requirePermission(this.ctx.viewer, P.createConsumableItem, input.schoolId);
    checkReorder(input.reorderPoint, input.reorderQuantity);
    const standardUnitCostFen = parseYuan(input.standardUnitCost, 'standardUnitCost');
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, input.schoolId, 'schoolId', { open: true }, manager);
      const item: Partial<ConsumableItem> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId: input.schoolId,
        name: input.name,
        unit: input.unit,
        category: input.category,
        reorderPoint: input.reorderPoint,
        reorderQuantity: input.reorderQuantity,
        standardUnitCostFen,
        lastUnitCostFen: null,
      };
      try {
        await manager.insert(ConsumableItem, item);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('name', `The school already has an item named "${input.name}".`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'consumableItem.create',
        entityType: 'ConsumableItem',
        entityId: item.id!,
        districtId: viewer.districtId,
        schoolId: input.schoolId,
        changes: {
          name: input.name,
          unit: input.unit,
          category: input.category,
          reorderPoint: input.reorderPoint,
          reorderQuantity: input.reorderQuantity,
          standardUnitCostFen,
        },
      });
      return manager.findOneOrFail(ConsumableItem, { where: { id: item.id } });
    });
  }

  async updateItem(input: UpdateConsumableItemInput): Promise<ConsumableItem> {
    requirePermission(this.ctx.viewer, P.updateConsumableItem);
    return this.ctx.dataSource.transaction(async (manager) => {
      const item = await this.items.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateConsumableItem, item.schoolId);
      const changes: Partial<ConsumableItem> = {};
      if (input.name != null) changes.name = input.name;
      if (input.category != null) changes.category = input.category;
      if (input.reorderPoint != null) changes.reorderPoint = input.reorderPoint;
      if (input.reorderQuantity != null) changes.reorderQuantity = input.reorderQuantity;
      if (input.standardUnitCost != null) changes.standardUnitCostFen = parseYuan(input.standardUnitCost, 'standardUnitCost');
      checkReorder(changes.reorderPoint ?? item.reorderPoint, changes.reorderQuantity ?? item.reorderQuantity);
      if (input.unit != null && input.unit !== item.unit) {
        if (await manager.exists(StoreMovement, { where: { itemId: item.id } }))
          throw badInput('unit', 'The item has stock movements in its unit; register a new item for another unit.');
        changes.unit = input.unit;
      }
      if (input.version !== item.version)
        throw conflict('The item was changed by someone else meanwhile; reload it.', { currentVersion: item.version });
      if (!Object.keys(changes).length) return item;
      try {
        const result = await manager
          .createQueryBuilder()
          .update(ConsumableItem)
          .set(changes)
          .where('id = :id AND version = :version', { id: item.id, version: input.version })
          .execute();
        if (!result.affected) throw conflict('The item was changed by someone else meanwhile; reload it.');
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('name', `The school already has an item named "${input.name}".`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'consumableItem.update',
        entityType: 'ConsumableItem',
        entityId: item.id,
        districtId: item.districtId,
        schoolId: item.schoolId,
        changes: { ...changes },
      });
      return manager.findOneOrFail(ConsumableItem, { where: { id: item.id } });
    });
  }

  /**
   * The items an input's lines name, each of `schoolId` (BAD_USER_INPUT on `<list>[i].itemId`
   * otherwise, naming the first bad line), in one statement.
   */
  async requireItemsOf(
    manager: EntityManager,
    schoolId: string,
    itemIds: readonly string[],
    list: string,
  ): Promise<Map<string, ConsumableItem>> {
    const ids = itemIds.map((id, i) => parseId(id, `${list}.${i}.itemId`));
    const items = ids.length ? await manager.find(ConsumableItem, { where: { id: In([...new Set(ids)]) } }) : [];
    const byId = new Map(items.filter((item) => item.schoolId === schoolId).map((item) => [item.id, item]));
    ids.forEach((id, i) => {
      if (!byId.has(id)) throw badInput(`${list}.${i}.itemId`, `${list}.${i}.itemId does not name a consumable item of the school.`);
    });
    return byId;
  }

  // ── Settings ──────────────────────────────────────────────────────────────────────────────

  /** The district's settings (no permission check: for the requisition rules), the defaults until it changes them. */
  async settingsOf(manager: EntityManager | null, districtId: string): Promise<StoreroomSettings> {
    const row = await (manager ?? this.ctx.dataSource.manager).findOne(StoreroomSettings, { where: { districtId } });
    return row ?? defaultStoreroomSettings(districtId);
  }

  settingsForViewer(): Promise<StoreroomSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.readConsumableItems);
    return this.settingsOf(null, viewer.districtId);
  }

  async updateSettings(input: UpdateStoreroomSettingsInput): Promise<StoreroomSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.updateStoreroomSettings);
    const changes: Partial<StoreroomSettings> = {};
    if (input.requisitionApprovalAbove != null)
      changes.requisitionApprovalAboveFen = parseYuan(input.requisitionApprovalAbove, 'requisitionApprovalAbove');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.settingsOf(manager, viewer.districtId);
      return saveDistrictSettings(manager, this.ctx, {
        entity: StoreroomSettings,
        typeName: 'StoreroomSettings',
        label: 'storeroom settings',
        current,
        version: input.version,
        values: { requisitionApprovalAboveFen: changes.requisitionApprovalAboveFen ?? current.requisitionApprovalAboveFen },
        changes,
        auditAction: 'storeroomSettings.update',
      });
    });
  }

  // ── Stock, movements, receipts ────────────────────────────────────────────────────────────

  listStock(page: PageArgs, filter: StoreStockFilter = {}): Promise<Page<StoreStock>> {
    requirePermission(this.ctx.viewer, P.readStoreroom);
    const storeroomRoomId = filter.storeroomRoomId ? parseId(filter.storeroomRoomId, 'filter.storeroomRoomId') : null;
    const itemId = filter.itemId ? parseId(filter.itemId, 'filter.itemId') : null;
    return paginate(storeroomSql.stock(this.ctx.dataSource.manager, this.stock, storeroomRoomId, itemId), page);
  }

  listMovements(page: PageArgs, filter: StoreMovementFilter = {}): Promise<Page<StoreMovement>> {
    requirePermission(this.ctx.viewer, P.readStoreroom);
    const f = {
      itemId: filter.itemId ? parseId(filter.itemId, 'filter.itemId') : null,
      storeroomRoomId: filter.storeroomRoomId ? parseId(filter.storeroomRoomId, 'filter.storeroomRoomId') : null,
      roomId: filter.roomId ? parseId(filter.roomId, 'filter.roomId') : null,
      from: filter.from ? dayStart(filter.from) : null,
      to: filter.to ? new Date(dayStart(filter.to).getTime() + 86_400_000) : null,
    };
    if (f.from && f.to && f.from >= f.to) throw badInput('filter.to', 'filter.to must be on or after filter.from.');
    return paginate(storeroomSql.movements(this.ctx.dataSource.manager, this.movements, f), page, 'DESC');
  }

  listReceipts(page: PageArgs, filter: StoreReceiptFilter = {}): Promise<Page<StoreReceipt>> {
    requirePermission(this.ctx.viewer, P.readStoreroom);
    const schoolId = filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null;
    const storeroomRoomId = filter.storeroomRoomId ? parseId(filter.storeroomRoomId, 'filter.storeroomRoomId') : null;
    return paginate(storeroomSql.receipts(this.ctx.dataSource.manager, this.receipts, schoolId, storeroomRoomId), page, 'DESC');
  }

  /** A storekeeper's receipt (入库登记): permission first, then the lines, then one transaction through `receiveIn`. */
  async recordReceipt(input: RecordStoreReceiptInput): Promise<StoreReceipt> {
    requirePermission(this.ctx.viewer, P.recordStoreReceipt, input.schoolId);
    if (input.lines.length > MAX_LINES) throw badInput('lines', `lines must have at most ${MAX_LINES} lines.`);
    const lines = input.lines.map((line, i) => ({
      itemId: line.itemId,
      quantity: checkQuantity(line.quantity, `lines.${i}.quantity`),
      unitCostFen: parseYuan(line.unitCost, `lines.${i}.unitCost`),
    }));
    return this.ctx.dataSource.transaction((manager) =>
      this.receiveIn(manager, {
        schoolId: input.schoolId,
        storeroomRoomId: input.storeroomRoomId,
        lines,
        source: StoreReceiptSource.MANUAL,
        note: input.note ?? null,
      }),
    );
  }

  /**
   * Receives goods into a storeroom inside the caller's transaction (no permission check: the caller
   * checked, or it is finance's receipt event): the storeroom must be a STOREROOM room of `schoolId`
   * and every item the school's (BAD_USER_INPUT on `storeroomRoomId` / `lines.i.itemId`). Adds each
   * line's units and value (quantity × unit cost, exact) to the stock, on rows locked in id order, one
   * RECEIPT movement per line, the receipt and its lines, the items' last unit cost and an audit entry.
   * Idempotency (a finance event received twice) is the caller's: the consumer's inbox.
   */
  async receiveIn(manager: EntityManager, input: ReceiveInput): Promise<StoreReceipt> {
    if (!input.lines.length) throw badInput('lines', 'lines must have at least one item.');
    input.lines.forEach((line, i) => {
      checkQuantity(line.quantity, `lines.${i}.quantity`);
      if (!Number.isSafeInteger(line.unitCostFen) || line.unitCostFen < 0)
        throw badInput(`lines.${i}.unitCost`, `lines.${i}.unitCost must not be negative.`);
    });
    const room = await this.requireStoreroomOf(manager, input.schoolId, input.storeroomRoomId, 'storeroomRoomId');
    const items = await this.requireItemsOf(
      manager,
      input.schoolId,
      input.lines.map((line) => line.itemId),
      'lines',
    );
    await storeroomSql.lockItems(manager, [...items.keys()].sort()).getMany();
    const at = input.receivedAt ?? this.now();
    const receipt: Partial<StoreReceipt> = {
      id: newId(),
      districtId: room.districtId,
      schoolId: room.schoolId,
      storeroomRoomId: room.id,
      source: input.source,
      purchaseRequestId: input.purchaseRequestId ?? null,
      totalFen: input.lines.reduce((sum, line) => sum + lineTotalFen(line.quantity, line.unitCostFen), 0),
      note: input.note ?? null,
      recordedByAccountId: this.ctx.viewer?.accountId ?? null,
      receivedAt: at,
    };
    await manager.insert(StoreReceipt, receipt);
    await manager.insert(
      StoreReceiptLine,
      input.lines.map((line, i) => ({
        id: newId(),
        districtId: room.districtId,
        schoolId: room.schoolId,
        receiptId: receipt.id,
        lineNo: i + 1,
        itemId: line.itemId,
        quantity: line.quantity,
        unitCostFen: line.unitCostFen,
        lineTotalFen: lineTotalFen(line.quantity, line.unitCostFen),
      })),
    );
    const itemIds = [...items.keys()];
    await storeroomSql
      .ensureStock(
        manager,
        itemIds.map((itemId) => ({
          id: newId(),
          districtId: room.districtId,
          schoolId: room.schoolId,
          itemId,
          storeroomRoomId: room.id,
          updatedAt: at,
        })),
      )
      .execute();
    const stocks = await storeroomSql.lockStock(manager, room.id, itemIds).getMany();
    const stockOf = new Map(stocks.map((stock) => [stock.itemId, stock]));
    const movements: Partial<StoreMovement>[] = [];
    for (const line of input.lines) {
      const stock = stockOf.get(line.itemId)!;
      const valueFen = lineTotalFen(line.quantity, line.unitCostFen);
      await storeroomSql.addStock(manager, stock.id, line.quantity, valueFen, at).execute();
      stock.quantity += line.quantity;
      stock.valueFen += valueFen;
      movements.push({
        id: newId(),
        districtId: room.districtId,
        schoolId: room.schoolId,
        itemId: line.itemId,
        storeroomRoomId: room.id,
        kind: StoreMovementKind.RECEIPT,
        quantity: line.quantity,
        valueFen,
        balanceAfter: stock.quantity,
        receiptId: receipt.id!,
        requisitionId: null,
        roomId: null,
        departmentId: null,
        byAccountId: this.ctx.viewer?.accountId ?? null,
        occurredAt: at,
      });
    }
    await manager.insert(StoreMovement, movements);
    for (const line of input.lines) {
      await storeroomSql.setLastUnitCost(manager, line.itemId, line.unitCostFen).execute();
    }
    await recordAudit(manager, this.ctx as Actor, {
      action: 'storeReceipt.record',
      entityType: 'StoreReceipt',
      entityId: receipt.id!,
      districtId: room.districtId,
      schoolId: room.schoolId,
      changes: {
        storeroomRoomId: room.id,
        source: input.source,
        purchaseRequestId: receipt.purchaseRequestId,
        lines: input.lines,
        totalFen: receipt.totalFen,
      },
    });
    return manager.findOneOrFail(StoreReceipt, { where: { id: receipt.id } });
  }

  /**
   * Takes the lines out of a storeroom inside the caller's transaction (no permission check): the
   * stock rows are locked in id order, each line takes quantity × average cost (the line that empties
   * the stock takes all its value), by a conditional UPDATE that holds only while the stock has the
   * units; one ISSUE movement per line. A line beyond the stock is CONFLICT naming it (the caller's
   * transaction rolls back: nothing written). Returns the value of each line, in order.
   */
  async issueIn(manager: EntityManager, input: IssueInput): Promise<number[]> {
    const itemIds = [...new Set(input.lines.map((line) => line.itemId))];
    const stocks = await storeroomSql.lockStock(manager, input.storeroomRoomId, itemIds).getMany();
    const stockOf = new Map(stocks.map((stock) => [stock.itemId, stock]));
    const at = this.now();
    const values: number[] = [];
    const movements: Partial<StoreMovement>[] = [];
    for (const line of input.lines) {
      const stock = stockOf.get(line.itemId);
      const have = stock?.quantity ?? 0;
      if (!stock || have < line.quantity)
        throw conflict(`${line.field}: the storeroom has ${have} of the item, fewer than the ${line.quantity} asked for.`, {
          field: line.field,
          itemId: line.itemId,
          available: have,
        });
      const valueFen = issueValueFen(stock.quantity, stock.valueFen, line.quantity);
      const result = await storeroomSql.takeStock(manager, stock.id, line.quantity, valueFen, at).execute();
      if (!result.affected) throw conflict(`${line.field}: the stock changed meanwhile; try again.`, { field: line.field });
      stock.quantity -= line.quantity;
      stock.valueFen -= valueFen;
      values.push(valueFen);
      movements.push({
        id: newId(),
        districtId: input.districtId,
        schoolId: input.schoolId,
        itemId: line.itemId,
        storeroomRoomId: input.storeroomRoomId,
        kind: StoreMovementKind.ISSUE,
        quantity: -line.quantity,
        valueFen: -valueFen,
        balanceAfter: stock.quantity,
        receiptId: null,
        requisitionId: input.requisitionId,
        roomId: input.roomId,
        departmentId: input.departmentId,
        byAccountId: this.ctx.viewer?.accountId ?? null,
        occurredAt: at,
      });
    }
    await manager.insert(StoreMovement, movements);
    return values;
  }

  /** A storeroom an input names: a room of kind STOREROOM of `schoolId` (BAD_USER_INPUT on `field`). */
  requireStoreroomOf(manager: EntityManager, schoolId: string, roomId: string, field: string): Promise<Room> {
    return this.ctx.places.requireRoomOf(manager, schoolId, roomId, field, RoomKind.STOREROOM);
  }
}

function checkReorder(reorderPoint: number, reorderQuantity: number): void {
  if (!Number.isInteger(reorderPoint) || reorderPoint < 0)
    throw badInput('reorderPoint', 'reorderPoint must be a whole number, 0 or more.');
  if (!Number.isInteger(reorderQuantity) || reorderQuantity < 1)
    throw badInput('reorderQuantity', 'reorderQuantity must be a whole number, at least 1.');
}
