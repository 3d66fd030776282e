import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, DEFAULT_TIME_ZONE, newId, notFound, parseId, shiftDate, todayIn } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, paginate, recordAudit, recordAudits } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { Canteen, StorageLocation } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { Ingredient } from '../ingredient/ingredient.entity';
import type { MealService } from '../meal/meal-service.entity';
import { P } from '../permissions';
import type { QuantityInput } from '../quantity/quantity.inputs';
import { formatQuantity, parseDecimal, toBaseQuantity, type BaseUnit } from '../quantity/quantity.rules';
import type { CanteenStep } from '../workflow-step.entity';
import { StockLot, StockMovement, StockMovementKind } from './stock.entity';
import { StockWriteOff, StockWriteOffStatus, Stocktake, StocktakeCount, StocktakeStatus } from './stock-review.entity';
import { stocktakeFlow, writeOffFlow } from './stock.flow';
import type {
  IssueStockInput,
  OpenStocktakeInput,
  RecordStocktakeCountsInput,
  RequestStockWriteOffInput,
  StockDecisionInput,
  StockLotFilter,
  StocktakeFilter,
  StockWriteOffFilter,
  SubmitStocktakeInput,
} from './stock.inputs';
import { applyPicks, costOfGain, costOfTake, isExpired, type LotTake, planIssue, stocktakeDifferences } from './stock.rules';
import { canteenReader, locationReader, lotReader, mealServiceReader, stockSql, stocktakeReader, writeOffReader } from './stock.store';

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

/** What an issue did: its movements (one per lot taken from) and their cost. */
export interface StockIssueResult {
  mealServiceId: string;
  movements: StockMovement[];
  costFen: number;
}

/** A typed amount that is zero ("0", "0.0"): a stocktake may count nothing left. */
function isZeroAmount(input: QuantityInput, field: string): boolean {
  return parseDecimal(input.amount, field).numerator === 0n;
}

/** The checks of a typed quantity that need no database: a decimal, more than zero. Exactness needs the lot's base unit. */
function requirePositiveAmount(input: QuantityInput, field: string): void {
  if (isZeroAmount(input, field)) throw badInput(field, `${field} must be more than zero.`);
}

/**
 * Stock (库存): lots, append-only movements, FEFO issues to meal services, write-offs (报损) and
 * stocktakes (盘点). A lot's balance changes only with a movement in the same transaction, through a
 * conditional update under a row lock, so the movements always sum to the balance (帐物相符) and no
 * balance goes negative, however many people issue at once.
 */
export class StockService {
  readonly lots: ScopedReader<StockLot>;
  readonly writeOffs: ScopedReader<StockWriteOff>;
  readonly stocktakes: ScopedReader<Stocktake>;
  private readonly mealServices: ScopedReader<MealService>;
  private readonly canteens: ScopedReader<Canteen>;
  private readonly locations: ScopedReader<StorageLocation>;
  private movementsLoader?: DataLoader<string, StockMovement[]>;
  private issuesLoader?: DataLoader<string, StockMovement[]>;
  private issuedCostLoader?: DataLoader<string, number>;
  private stockValueLoader?: DataLoader<string, number>;
  private countsLoader?: DataLoader<string, StocktakeCount[]>;
  private writeOffStepsLoader?: DataLoader<string, CanteenStep[]>;
  private stocktakeStepsLoader?: DataLoader<string, CanteenStep[]>;

  constructor(private readonly ctx: CanteenContext) {
    this.lots = lotReader(ctx);
    this.writeOffs = writeOffReader(ctx);
    this.stocktakes = stocktakeReader(ctx);
    this.mealServices = mealServiceReader(ctx);
    this.canteens = canteenReader(ctx);
    this.locations = locationReader(ctx);
  }

  /** Today in the school's zone (the canteen's clock). */
  today(): string {
    return todayIn(DEFAULT_TIME_ZONE, this.ctx.now());
  }

  // ── Receiving (called by delivery/) ─────────────────────────────────────────────────────────

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
      lots.map((lot) =>
        this.movement(lot, StockMovementKind.RECEIPT, lot.receivedQuantity, lot.costFen, at, byAccountId, {
          sourceId: lot.deliveryItemId,
        }),
      ),
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

  private movement(
    lot: StockLot,
    kind: StockMovementKind,
    quantity: number,
    costFen: number,
    at: Date,
    byAccountId: string | null,
    more: { mealServiceId?: string | null; sourceId?: string | null; reason?: string | null } = {},
  ): StockMovement {
    return Object.assign(new StockMovement(), {
      id: newId(),
      districtId: lot.districtId,
      schoolId: lot.schoolId,
      canteenId: lot.canteenId,
      lotId: lot.id,
      kind,
      baseUnit: lot.baseUnit,
      quantity,
      costFen,
      mealServiceId: more.mealServiceId ?? null,
      sourceId: more.sourceId ?? null,
      byAccountId,
      at,
      reason: more.reason ?? null,
    });
  }

  /** Takes a quantity out of a locked lot (CONFLICT if it moved meanwhile: never on a locked row) and returns it as it now is. */
  private async take(manager: EntityManager, lot: StockLot, quantity: number, costFen: number): Promise<StockLot> {
    const result = await stockSql.take(manager, lot.id, lot.version, quantity, costFen).execute();
    if (!result.affected) throw conflict(`Lot ${lot.id} changed meanwhile; try again.`, { lotId: lot.id });
    return { ...lot, balance: lot.balance - quantity, balanceCostFen: lot.balanceCostFen - costFen, version: lot.version + 1 };
  }

  // ── Issues (出库) ─────────────────────────────────────────────────────────────────────────────

  /**
   * Issues stock to a meal service (出库): each line is taken from the canteen's lots of its ingredient
   * first-expiring-first-out, never from a lot expired on the day (today, or the meal's day when later).
   * The lots are locked for the transaction, each take is a guarded update with its ISSUE movement,
   * and the meal service is share-locked so recording its counts waits for the issue.
   */
  async issue(input: IssueStockInput): Promise<StockIssueResult> {
    const mealServiceId = parseId(input.mealServiceId, 'mealServiceId');
    input.lines.forEach((line, i) => requirePositiveAmount(line.quantity, `lines.${i}.quantity`));
    return this.ctx.dataSource.transaction(async (manager) => {
      const service = await stockSql.mealServiceForIssue(manager, this.mealServices, mealServiceId).getOne();
      if (!service) throw notFound('MealService', mealServiceId);
      const viewer = requirePermission(this.ctx.viewer, P.issueStock, service.schoolId);
      if (service.lockedAt)
        throw conflict('The meal service is locked: its meal counts are recorded, so no more stock is issued to it.', {
          lockedAt: service.lockedAt.toISOString(),
        });
      const today = this.today();
      const onDay = service.servedOn > today ? service.servedOn : today;
      const ingredientIds = [...new Set(input.lines.map((l) => l.ingredientId))];
      const lockedLots = await stockSql.lockLotsOf(manager, service.canteenId, ingredientIds).getMany();
      let lots = lockedLots;
      // The catalogue's weight of one piece, for a quantity typed in pieces of a weighed food (or by weight of a counted one).
      const pieceGrams = new Map((await manager.findBy(Ingredient, { id: In(ingredientIds) })).map((i) => [i.id, i.pieceGrams] as const));
      const picksByLine: LotTake[][] = [];
      for (const [i, line] of input.lines.entries()) {
        const field = `lines.${i}.quantity`;
        const ofIngredient = lots.filter((l) => l.ingredientId === line.ingredientId);
        if (!ofIngredient.length)
          throw badInput(`lines.${i}.ingredientId`, `lines.${i}.ingredientId: the canteen has no stock of this ingredient.`);
        const quantity = toBaseQuantity(line.quantity, ofIngredient[0].baseUnit, field, { pieceGrams: pieceGrams.get(line.ingredientId) });
        const plan = planIssue(ofIngredient, quantity, onDay);
        if (!plan.ok) {
          const unit = ofIngredient[0].baseUnit;
          const expired = plan.expired
            ? `; ${formatQuantity(plan.expired, unit)} more is in expired lots, which are never issued, only written off`
            : '';
          throw badInput(field, `${field}: only ${formatQuantity(plan.usable, unit)} can be issued on ${onDay}${expired}.`);
        }
        picksByLine.push(plan.picks);
        lots = applyPicks(lots, plan.picks);
      }
      // Apply the takes to the lots as locked (their versions as read).
      const locked = new Map(lockedLots.map((l) => [l.id, l]));
      const at = this.ctx.now();
      const movements: StockMovement[] = [];
      for (const picks of picksByLine) {
        for (const pick of picks) {
          const lot = locked.get(pick.lotId) as StockLot;
          locked.set(lot.id, await this.take(manager, lot, pick.quantity, pick.costFen));
          movements.push(
            this.movement(lot, StockMovementKind.ISSUE, -pick.quantity, -pick.costFen, at, viewer.accountId, { mealServiceId: service.id }),
          );
        }
      }
      await manager.insert(StockMovement, movements);
      const costFen = movements.reduce((sum, m) => sum - m.costFen, 0);
      await recordAudit(manager, this.ctx, {
        action: 'stock.issue',
        entityType: 'MealService',
        entityId: service.id,
        districtId: service.districtId,
        schoolId: service.schoolId,
        changes: { lines: input.lines, picks: picksByLine, costFen },
      });
      return { mealServiceId: service.id, movements, costFen };
    });
  }

  // ── Write-offs (报损) ─────────────────────────────────────────────────────────────────────────

  /** Asks to write off a quantity of a lot, with the reason; the director approves it. */
  async requestWriteOff(input: RequestStockWriteOffInput): Promise<StockWriteOff> {
    const lotId = parseId(input.lotId, 'lotId');
    requirePositiveAmount(input.quantity, 'quantity');
    return this.ctx.dataSource.transaction(async (manager) => {
      const lot = await this.lots.getIn(manager, lotId, 'lotId');
      const viewer = writeOffFlow.allow(this.ctx.viewer, 'REQUESTED', lot.schoolId);
      const quantity = toBaseQuantity(input.quantity, lot.baseUnit, 'quantity');
      if (quantity > lot.balance) throw badInput('quantity', `quantity: the lot has only ${lot.balance} left to write off.`);
      const writeOff = manager.create(StockWriteOff, {
        id: newId(),
        districtId: lot.districtId,
        schoolId: lot.schoolId,
        canteenId: lot.canteenId,
        lotId: lot.id,
        baseUnit: lot.baseUnit,
        quantity,
        reason: input.reason,
        status: StockWriteOffStatus.PENDING,
        requestedByAccountId: viewer.accountId,
      });
      await manager.insert(StockWriteOff, writeOff);
      const saved = await manager.findOneByOrFail(StockWriteOff, { id: writeOff.id });
      await writeOffFlow.recordCreation(manager, this.ctx, 'REQUESTED', saved, {
        comment: input.reason,
        changes: { lotId: lot.id, quantity, reason: input.reason, expired: isExpired(lot, this.today()) },
      });
      return saved;
    });
  }

  /** The director approves a write-off: the lot loses the quantity (WRITE_OFF movement at its cost share). */
  async approveWriteOff(input: StockDecisionInput): Promise<StockWriteOff> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const writeOff = await this.writeOffs.getIn(manager, input.id);
      const step = writeOffFlow.check(this.ctx.viewer, 'APPROVED', writeOff);
      const [lot] = await stockSql.lockLots(manager, [writeOff.lotId]).getMany();
      if (lot.balance < writeOff.quantity)
        throw conflict(`The lot has only ${lot.balance} left, less than the ${writeOff.quantity} to write off; reject it and ask again.`, {
          balance: lot.balance,
        });
      const costFen = costOfTake(lot.balance, lot.balanceCostFen, writeOff.quantity);
      await this.take(manager, lot, writeOff.quantity, costFen);
      const movement = this.movement(
        lot,
        StockMovementKind.WRITE_OFF,
        -writeOff.quantity,
        -costFen,
        this.ctx.now(),
        step.viewer.accountId,
        {
          sourceId: writeOff.id,
          reason: writeOff.reason,
        },
      );
      await manager.insert(StockMovement, movement);
      return step.commit(manager, this.ctx, { comment: input.comment, changes: { movementId: movement.id, costFen } });
    });
  }

  async rejectWriteOff(input: StockDecisionInput): Promise<StockWriteOff> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const writeOff = await this.writeOffs.getIn(manager, input.id);
      const step = writeOffFlow.check(this.ctx.viewer, 'REJECTED', writeOff);
      if (!input.comment) throw badInput('comment', 'comment: say why the write-off is rejected.');
      return step.commit(manager, this.ctx, { comment: input.comment, changes: { reason: input.comment } });
    });
  }

  // ── Stocktakes (盘点) ─────────────────────────────────────────────────────────────────────────

  /** Opens a stocktake of a canteen; one at a time per canteen (CONFLICT while another is open or submitted). */
  async openStocktake(input: OpenStocktakeInput): Promise<Stocktake> {
    const canteenId = parseId(input.canteenId, 'canteenId');
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.canteens.getIn(manager, canteenId, 'canteenId');
      const viewer = stocktakeFlow.allow(this.ctx.viewer, 'OPENED', canteen.schoolId);
      const running = await manager.findOneBy(Stocktake, {
        canteenId,
        status: In([StocktakeStatus.OPEN, StocktakeStatus.SUBMITTED]),
      });
      if (running)
        throw conflict(`Stocktake ${running.id} of this canteen is ${running.status}; finish it first.`, { stocktakeId: running.id });
      const stocktake = manager.create(Stocktake, {
        id: newId(),
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        canteenId,
        status: StocktakeStatus.OPEN,
        openedByAccountId: viewer.accountId,
        submittedByAccountId: null,
      });
      await manager.insert(Stocktake, stocktake);
      const saved = await manager.findOneByOrFail(Stocktake, { id: stocktake.id });
      await stocktakeFlow.recordCreation(manager, this.ctx, 'OPENED', saved, { changes: { canteenId } });
      return saved;
    });
  }

  /**
   * Records counts of lots of the stocktake's canteen, each with the balance on the books at that
   * moment (its difference is against that); a lot counted again replaces its earlier count.
   */
  async recordCounts(input: RecordStocktakeCountsInput): Promise<Stocktake> {
    const lotIds = input.counts.map((c, i) => parseId(c.lotId, `counts.${i}.lotId`));
    const seen = new Set<string>();
    lotIds.forEach((id, i) => {
      if (seen.has(id)) throw badInput(`counts.${i}.lotId`, `counts.${i}.lotId: the lot is counted twice.`);
      seen.add(id);
    });
    return this.ctx.dataSource.transaction(async (manager) => {
      const stocktake = await this.stocktakes.getIn(manager, input.id);
      const step = stocktakeFlow.check(this.ctx.viewer, 'COUNTED', stocktake);
      const lots = new Map((await stockSql.lockLots(manager, lotIds).getMany()).map((l) => [l.id, l]));
      const existing = new Map(
        (await manager.findBy(StocktakeCount, { stocktakeId: stocktake.id, lotId: In(lotIds) })).map((c) => [c.lotId, c]),
      );
      const rows = input.counts.map((count, i) => {
        const lot = lots.get(lotIds[i]);
        if (!lot || lot.canteenId !== stocktake.canteenId)
          throw badInput(`counts.${i}.lotId`, `counts.${i}.lotId: not a lot of the canteen being counted.`);
        const field = `counts.${i}.quantity`;
        const countedQuantity = isZeroAmount(count.quantity, field) ? 0 : toBaseQuantity(count.quantity, lot.baseUnit, field);
        return { lot, countedQuantity };
      });
      for (const { lot, countedQuantity } of rows) {
        const values = {
          systemQuantity: lot.balance,
          countedQuantity,
          difference: countedQuantity - lot.balance,
          countedByAccountId: step.viewer.accountId,
        };
        const before = existing.get(lot.id);
        if (before) await manager.update(StocktakeCount, { id: before.id }, values);
        else
          await manager.insert(StocktakeCount, {
            id: newId(),
            stocktakeId: stocktake.id,
            lotId: lot.id,
            baseUnit: lot.baseUnit,
            ...values,
          });
      }
      return step.commit(manager, this.ctx, {
        changes: { counts: rows.map((r) => ({ lotId: r.lot.id, systemQuantity: r.lot.balance, countedQuantity: r.countedQuantity })) },
      });
    });
  }

  async submitStocktake(input: SubmitStocktakeInput): Promise<Stocktake> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const stocktake = await this.stocktakes.getIn(manager, input.id);
      const step = stocktakeFlow.check(this.ctx.viewer, 'SUBMITTED', stocktake);
      if (!(await manager.countBy(StocktakeCount, { stocktakeId: stocktake.id })))
        throw conflict('Nothing is counted yet: record the counts before submitting.');
      const set = { submittedByAccountId: step.viewer.accountId };
      return step.commit(manager, this.ctx, { set, changes: set });
    });
  }

  /**
   * The director approves a stocktake: each difference becomes a STOCKTAKE_GAIN or STOCKTAKE_LOSS
   * movement added to the lot's balance as it is now (anything issued or received since the count is
   * kept). A loss larger than what is left since is a CONFLICT: count again.
   */
  async approveStocktake(input: StockDecisionInput): Promise<Stocktake> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const stocktake = await this.stocktakes.getIn(manager, input.id);
      const step = stocktakeFlow.check(this.ctx.viewer, 'APPROVED', stocktake);
      const counts = await manager.findBy(StocktakeCount, { stocktakeId: stocktake.id });
      const differences = stocktakeDifferences(counts);
      const lots = differences.length
        ? new Map(
            (
              await stockSql
                .lockLots(
                  manager,
                  differences.map((d) => d.lotId),
                )
                .getMany()
            ).map((l) => [l.id, l]),
          )
        : new Map<string, StockLot>();
      const at = this.ctx.now();
      const movements: StockMovement[] = [];
      for (const difference of differences) {
        const lot = lots.get(difference.lotId) as StockLot;
        if (difference.quantity < 0) {
          const quantity = -difference.quantity;
          if (lot.balance < quantity)
            throw conflict(
              `Lot ${lot.id} has only ${lot.balance} left since it was counted, less than the loss of ${quantity}; count it again.`,
              {
                lotId: lot.id,
              },
            );
          const costFen = costOfTake(lot.balance, lot.balanceCostFen, quantity);
          await this.take(manager, lot, quantity, costFen);
          movements.push(
            this.movement(lot, StockMovementKind.STOCKTAKE_LOSS, -quantity, -costFen, at, step.viewer.accountId, {
              sourceId: stocktake.id,
              reason: 'Stocktake loss (盘亏)',
            }),
          );
        } else {
          const costFen = costOfGain(lot.receivedQuantity, lot.costFen, difference.quantity);
          const result = await stockSql.add(manager, lot.id, lot.version, difference.quantity, costFen).execute();
          if (!result.affected) throw conflict(`Lot ${lot.id} changed meanwhile; try again.`, { lotId: lot.id });
          movements.push(
            this.movement(lot, StockMovementKind.STOCKTAKE_GAIN, difference.quantity, costFen, at, step.viewer.accountId, {
              sourceId: stocktake.id,
              reason: 'Stocktake gain (盘盈)',
            }),
          );
        }
      }
      if (movements.length) await manager.insert(StockMovement, movements);
      return step.commit(manager, this.ctx, {
        comment: input.comment,
        changes: {
          movements: movements.map((m) => ({ id: m.id, lotId: m.lotId, kind: m.kind, quantity: m.quantity, costFen: m.costFen })),
        },
      });
    });
  }

  async rejectStocktake(input: StockDecisionInput): Promise<Stocktake> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const stocktake = await this.stocktakes.getIn(manager, input.id);
      const step = stocktakeFlow.check(this.ctx.viewer, 'REJECTED', stocktake);
      if (!input.comment) throw badInput('comment', 'comment: say why the stocktake is rejected.');
      return step.commit(manager, this.ctx, { comment: input.comment, changes: { reason: input.comment } });
    });
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────────

  listLots(filter: StockLotFilter, page: PageArgs): Promise<Page<StockLot>> {
    const canteenId = filter.canteenId ? parseId(filter.canteenId, 'filter.canteenId') : null;
    const ingredientId = filter.ingredientId ? parseId(filter.ingredientId, 'filter.ingredientId') : null;
    const expiringBy = filter.expiringWithinDays == null ? null : shiftDate(this.today(), filter.expiringWithinDays);
    const qb = stockSql.lots(this.ctx.dataSource.manager, this.lots, {
      canteenId,
      ingredientIds: ingredientId ? [ingredientId] : null,
      expiringBy,
      withBalance: filter.withBalance ?? null,
    });
    return paginate(qb, page);
  }

  listWriteOffs(filter: StockWriteOffFilter, page: PageArgs): Promise<Page<StockWriteOff>> {
    const canteenId = filter.canteenId ? parseId(filter.canteenId, 'filter.canteenId') : null;
    return paginate(stockSql.writeOffs(this.ctx.dataSource.manager, this.writeOffs, canteenId, filter.status ?? null), page, 'DESC');
  }

  listStocktakes(filter: StocktakeFilter, page: PageArgs): Promise<Page<Stocktake>> {
    const canteenId = filter.canteenId ? parseId(filter.canteenId, 'filter.canteenId') : null;
    return paginate(stockSql.stocktakes(this.ctx.dataSource.manager, this.stocktakes, canteenId, filter.status ?? null), page, 'DESC');
  }

  /** Whether the lot is expired today (only written off, never issued). */
  isExpired(lot: StockLot): boolean {
    return isExpired(lot, this.today());
  }

  /** A lot's movements, oldest first; batched over a page of lots. */
  movementsOf(lotId: string): Promise<StockMovement[]> {
    this.movementsLoader ??= groupedLoader(
      (ids) => stockSql.movementsOf(this.ctx.dataSource.manager, ids).getMany(),
      (m) => m.lotId,
    );
    return this.movementsLoader.load(lotId);
  }

  /** The ISSUE movements to a meal service (what it used, for traceability); batched over meal services. */
  issuesTo(mealServiceId: string): Promise<StockMovement[]> {
    this.issuesLoader ??= groupedLoader(
      (ids) => stockSql.issuesTo(this.ctx.dataSource.manager, ids).getMany(),
      (m) => m.mealServiceId as string,
    );
    return this.issuesLoader.load(mealServiceId);
  }

  /** Cost issued to a meal service (fen, 0 when none): for cost per meal; batched, one statement per tick. */
  issuedCostOf(mealServiceId: string): Promise<number> {
    this.issuedCostLoader ??= new DataLoader<string, number>(
      async (ids) => {
        const rows = await stockSql
          .issuedCost(this.ctx.dataSource.manager, ids)
          .getRawMany<{ mealServiceId: string; costFen: string | number }>();
        const byId = new Map(rows.map((r) => [r.mealServiceId, Number(r.costFen)]));
        return ids.map((id) => byId.get(id) ?? 0);
      },
      { maxBatchSize: 500 },
    );
    return this.issuedCostLoader.load(mealServiceId);
  }

  /** What a canteen's stock is worth now (fen, the remaining cost of its lots); batched over canteens. */
  stockValueOf(canteenId: string): Promise<number> {
    this.stockValueLoader ??= new DataLoader<string, number>(
      async (ids) => {
        const rows = await stockSql
          .stockValue(this.ctx.dataSource.manager, ids)
          .getRawMany<{ canteenId: string; valueFen: string | number }>();
        const byId = new Map(rows.map((r) => [r.canteenId, Number(r.valueFen)]));
        return ids.map((id) => byId.get(id) ?? 0);
      },
      { maxBatchSize: 500 },
    );
    return this.stockValueLoader.load(canteenId);
  }

  countsOf(stocktakeId: string): Promise<StocktakeCount[]> {
    this.countsLoader ??= groupedLoader(
      (ids) => stockSql.countsOf(this.ctx.dataSource.manager, ids).getMany(),
      (c) => c.stocktakeId,
    );
    return this.countsLoader.load(stocktakeId);
  }

  writeOffStepsOf(id: string): Promise<CanteenStep[]> {
    this.writeOffStepsLoader ??= writeOffFlow.stepsLoader<CanteenStep>(this.ctx.dataSource);
    return this.writeOffStepsLoader.load(id);
  }

  stocktakeStepsOf(id: string): Promise<CanteenStep[]> {
    this.stocktakeStepsLoader ??= stocktakeFlow.stepsLoader<CanteenStep>(this.ctx.dataSource);
    return this.stocktakeStepsLoader.load(id);
  }

  /** A lot by id in the viewer's scope (batched), or null. */
  lotById(id: string): Promise<StockLot | null> {
    return this.lots.byId(id);
  }

  /** The storage location of a lot (batched), or null when out of scope. */
  locationById(id: string): Promise<StorageLocation | null> {
    return this.locations.byId(id);
  }
}
