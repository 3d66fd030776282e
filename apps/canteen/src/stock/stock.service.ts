import { In, type EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { recordAudits } from '@houqin/persistence';
import type { CanteenContext } from '../context';
import type { BaseUnit } from '../quantity/quantity.rules';
import { StockLot, StockMovement, StockMovementKind } from './stock.entity';

/**
 * One lot to receive (H3's accepted delivery item, already validated and converted): quantities in the
 * ingredient's base unit, cost in fen. `receiveLots` runs inside the caller's transaction and checks
 * no permission of its own: the caller (acceptance of a delivery) has.
 */
export interface ReceiveLotRow {
  districtId: string;
  schoolId: string;
  canteenId: string;
  locationId: string;
  ingredientId: string;
  /** The ingredient's base unit (the catalogue's): every quantity of the lot is in it. */
  baseUnit: BaseUnit;
  /** The accepted delivery item it comes from; null for an opening balance. */
  deliveryItemId: string | null;
  supplierId: string | null;
  batchNumber: string | null;
  /** YYYY-MM-DD or null. */
  productionDate: string | null;
  /** YYYY-MM-DD (the last day it may be used) or null when the goods have none. */
  expiresOn: string | null;
  /** Positive integer of the ingredient's base unit. */
  quantity: number;
  /** Total cost of the lot in fen (the delivery line total), a non-negative integer. */
  costFen: number;
  /** YYYY-MM-DD, the delivery date. */
  receivedOn: string;
}

/**
 * Stock (库存): lots, append-only movements, FEFO issues to meal services, write-offs (报损) and
 * stocktakes (盘点). A lot's balance changes only with a movement in the same transaction, through a
 * conditional update, so the movements always sum to the balance.
 */
export class StockService {
  constructor(private readonly ctx: CanteenContext) {}

  /**
   * Creates one lot per row with its RECEIPT movement and audit entry, in the caller's transaction
   * (an accepted delivery). Returns the lots in the order of the rows.
   */
  async receiveLots(manager: EntityManager, rows: readonly ReceiveLotRow[]): Promise<StockLot[]> {
    if (!rows.length) return [];
    for (const row of rows) {
      if (!Number.isSafeInteger(row.quantity) || row.quantity <= 0)
        throw new Error(`A lot needs a positive whole quantity, not ${row.quantity}.`);
      if (!Number.isSafeInteger(row.costFen) || row.costFen < 0)
        throw new Error(`A lot needs a whole non-negative cost in fen, not ${row.costFen}.`);
    }
    const at = this.ctx.now();
    const byAccountId = this.ctx.viewer?.accountId ?? null;
    const lots = rows.map((row) =>
      manager.create(StockLot, {
        id: newId(),
        districtId: row.districtId,
        schoolId: row.schoolId,
        canteenId: row.canteenId,
        locationId: row.locationId,
        ingredientId: row.ingredientId,
        baseUnit: row.baseUnit,
        deliveryItemId: row.deliveryItemId,
        supplierId: row.supplierId,
        batchNumber: row.batchNumber,
        productionDate: row.productionDate,
        expiresOn: row.expiresOn,
        receivedQuantity: row.quantity,
        balance: row.quantity,
        costFen: row.costFen,
        balanceCostFen: row.costFen,
        receivedOn: row.receivedOn,
      }),
    );
    await manager.insert(StockLot, lots);
    await manager.insert(
      StockMovement,
      lots.map((lot) => ({
        id: newId(),
        districtId: lot.districtId,
        schoolId: lot.schoolId,
        canteenId: lot.canteenId,
        lotId: lot.id,
        kind: StockMovementKind.RECEIPT,
        baseUnit: lot.baseUnit,
        quantity: lot.receivedQuantity,
        costFen: lot.costFen,
        mealServiceId: null,
        sourceId: lot.deliveryItemId,
        byAccountId,
        at,
        reason: null,
      })),
    );
    await recordAudits(
      manager,
      this.ctx,
      lots.map((lot, i) => ({
        action: 'stockLot.receive',
        entityType: 'StockLot',
        entityId: lot.id,
        districtId: lot.districtId,
        schoolId: lot.schoolId,
        changes: { ...rows[i] },
      })),
    );
    const found = await manager.findBy(StockLot, { id: In(lots.map((l) => l.id)) });
    const byId = new Map(found.map((l) => [l.id, l]));
    return lots.map((l) => byId.get(l.id) as StockLot);
  }
}
