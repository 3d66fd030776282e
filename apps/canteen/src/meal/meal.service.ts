import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, DEFAULT_TIME_ZONE, newId, type Page, type PageArgs, parseId, todayIn } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, recordAudits, saveEdit, type ScopedReader } from '@houqin/persistence';
import type { CanteenContext } from '../context';
import type { Delivery, DeliveryItem } from '../delivery/delivery.entity';
import { P } from '../permissions';
import { checkSamplesAtEndOfService } from '../sample/sample-check';
import { sampleSettingsOf } from '../sample/sample-settings';
import type { StockLot } from '../stock/stock.entity';
import { MealService, MealServiceDish, MealServiceDuty } from './meal-service.entity';
import type {
  AssignMealServiceDutyInput,
  MealServiceFilter,
  PlanMealServiceInput,
  RecordMealCountsInput,
  UpdateMealServicePlanInput,
} from './meal.inputs';
import {
  checkDishIds,
  checkDutyPeople,
  checkPlannedPortions,
  checkPortions,
  checkServedOn,
  costPerMealFen,
  mealsServed,
  notPassed,
  requireOpen,
} from './meal.rules';
import { type LotIssueRow, mealServiceReader, mealSql, tracedDeliveryReader, tracedItemReader, tracedLotReader } from './meal.store';
import { BatchTrace, LotMealServiceUse, LotTrace, MealServiceLotUse } from './meal.types';

/** Most lots one batch trace follows: a batch is delivered to a district's canteens a few times, not hundreds. */
export const MAX_TRACED_LOTS = 200;

const toIssueRow = (row: Record<string, unknown>): LotIssueRow => ({
  mealServiceId: String(row.mealServiceId),
  lotId: String(row.lotId),
  quantity: Number(row.quantity),
  costFen: Number(row.costFen),
});

/**
 * Meal services (餐次生产记录): planned per canteen, day and meal with their dishes and portions; a
 * duty list of people who passed the day's morning check; the meal counts, which lock the record;
 * cost per meal from the stock issued; and traceability both ways between meal services and the
 * lots, deliveries and suppliers they drew on. At `ctx.meals`.
 */
export class MealServiceService {
  /** Meal services in the viewer's scope (canteen-record readers only). */
  readonly reader: ScopedReader<MealService>;
  private readonly lots: ScopedReader<StockLot>;
  private readonly items: ScopedReader<DeliveryItem>;
  private readonly deliveries: ScopedReader<Delivery>;
  private dishLoader?: DataLoader<string, MealServiceDish[]>;
  private dutyLoader?: DataLoader<string, MealServiceDuty[]>;
  private lotsUsedLoader?: DataLoader<string, LotIssueRow[]>;
  private usesOfLotLoader?: DataLoader<string, LotIssueRow[]>;

  constructor(private readonly ctx: CanteenContext) {
    this.reader = mealServiceReader(ctx);
    this.lots = tracedLotReader(ctx);
    this.items = tracedItemReader(ctx);
    this.deliveries = tracedDeliveryReader(ctx);
  }

  private get manager(): EntityManager {
    return this.ctx.dataSource.manager;
  }

  /** The school's "today" by the service's clock. */
  private today(): string {
    return todayIn(DEFAULT_TIME_ZONE, this.ctx.now());
  }

  // ── Reads ──────────────────────────────────────────────────────────────────────────────────

  list(filter: MealServiceFilter, page: PageArgs): Promise<Page<MealService>> {
    requirePermission(this.ctx.viewer, P.readCanteen);
    return paginate(mealSql.list(this.manager, this.reader, filter), page, 'DESC');
  }

  get(id: string): Promise<MealService> {
    requirePermission(this.ctx.viewer, P.readCanteen);
    return this.reader.get(id);
  }

  /** A meal service read inside a caller's transaction (stock issues): NOT_FOUND outside the viewer's scope. */
  getIn(manager: EntityManager, id: string, field = 'mealServiceId'): Promise<MealService> {
    return this.reader.getIn(manager, id, field);
  }

  dishesOf(mealServiceId: string): Promise<MealServiceDish[]> {
    this.dishLoader ??= groupedLoader(
      (ids) => mealSql.dishesOf(this.manager, ids).getMany(),
      (dish) => dish.mealServiceId,
    );
    return this.dishLoader.load(mealServiceId);
  }

  dutiesOf(mealServiceId: string): Promise<MealServiceDuty[]> {
    this.dutyLoader ??= groupedLoader(
      (ids) => mealSql.dutiesOf(this.manager, ids).getMany(),
      (duty) => duty.mealServiceId,
    );
    return this.dutyLoader.load(mealServiceId);
  }

  /** The cost of the stock issued to a meal service, in fen (0 when nothing was issued); batched over a page (stock/'s loader). */
  issuedCostFen(mealServiceId: string): Promise<number> {
    return this.ctx.stock.issuedCostOf(mealServiceId);
  }

  /** Cost per meal served (每餐成本), whole fen rounded half up; null until meals were served. */
  async costPerMealFen(service: MealService): Promise<number | null> {
    const meals = mealsServed(service);
    if (!meals) return null;
    return costPerMealFen(await this.issuedCostFen(service.id), meals);
  }

  /** What a meal service drew from each lot (追溯), batched over a page of services. */
  async lotsUsedBy(mealServiceId: string): Promise<MealServiceLotUse[]> {
    this.lotsUsedLoader ??= groupedLoader(
      async (ids) => (await mealSql.lotsUsedBy(this.manager, ids).getRawMany<Record<string, unknown>>()).map(toIssueRow),
      (row) => row.mealServiceId,
    );
    const rows = await this.lotsUsedLoader.load(mealServiceId);
    return rows.map((row) =>
      Object.assign(new MealServiceLotUse(), {
        mealServiceId: row.mealServiceId,
        lotId: row.lotId,
        quantityIssued: row.quantity,
        costFen: row.costFen,
      }),
    );
  }

  /** Every meal service a lot was issued to, batched over the lots of a trace. */
  async usesOfLot(lotId: string): Promise<LotMealServiceUse[]> {
    this.usesOfLotLoader ??= groupedLoader(
      async (ids) => (await mealSql.servicesUsingLots(this.manager, ids).getRawMany<Record<string, unknown>>()).map(toIssueRow),
      (row) => row.lotId,
    );
    const rows = await this.usesOfLotLoader.load(lotId);
    return rows.map((row) =>
      Object.assign(new LotMealServiceUse(), {
        lotId: row.lotId,
        mealServiceId: row.mealServiceId,
        quantityIssued: row.quantity,
        costFen: row.costFen,
      }),
    );
  }

  /** A lot in scope by id (batched), for a trace's fields; null outside the scope. */
  lotById(lotId: string): Promise<StockLot | null> {
    return this.lots.byId(lotId);
  }

  /** The delivery item a lot came from (batched); null for an opening balance. */
  itemOfLot(lot: StockLot): Promise<DeliveryItem | null> {
    return lot.deliveryItemId ? this.items.byId(lot.deliveryItemId) : Promise.resolve(null);
  }

  /** The delivery a lot came from (batched, two statements for a page of lots); null for an opening balance. */
  async deliveryOfLot(lot: StockLot): Promise<Delivery | null> {
    const item = await this.itemOfLot(lot);
    return item ? this.deliveries.byId(item.deliveryId) : null;
  }

  /** A meal service by id (batched), for a trace; null outside the scope. */
  byId(id: string): Promise<MealService | null> {
    return this.reader.byId(id);
  }

  /** One lot traced both ways (traceLot). */
  async traceLot(lotId: string): Promise<LotTrace> {
    requirePermission(this.ctx.viewer, P.readCanteen);
    const lot = await this.lots.get(lotId, 'lotId');
    return Object.assign(new LotTrace(), { lot });
  }

  /** A supplier's batch traced to its lots and every meal service that used them (traceBatch). */
  async traceBatch(supplierId: string, batchNumber: string): Promise<BatchTrace> {
    requirePermission(this.ctx.viewer, P.readCanteen);
    const supplier = parseId(supplierId, 'supplierId');
    const batch = batchNumber.trim();
    const lots = await mealSql
      .lotsOfBatch(this.manager, this.lots, supplier, batch)
      .limit(MAX_TRACED_LOTS + 1)
      .getMany();
    if (lots.length > MAX_TRACED_LOTS)
      throw badInput('batchNumber', `More than ${MAX_TRACED_LOTS} lots carry this batch number; trace them one lot at a time (traceLot).`);
    return Object.assign(new BatchTrace(), {
      supplierId: supplier,
      batchNumber: batch,
      lots: lots.map((lot) => Object.assign(new LotTrace(), { lot })),
    });
  }

  /** The distinct meal services of a batch's lots, by day and meal. */
  async mealServicesOfLots(lots: readonly StockLot[]): Promise<MealService[]> {
    const uses = (await Promise.all(lots.map((lot) => this.usesOfLot(lot.id)))).flat();
    const services = await Promise.all([...new Set(uses.map((use) => use.mealServiceId))].map((id) => this.byId(id)));
    const order = { BREAKFAST: 0, LUNCH: 1, DINNER: 2 } as const;
    return services
      .filter((service): service is MealService => service !== null)
      .sort((a, b) => a.servedOn.localeCompare(b.servedOn) || order[a.meal] - order[b.meal] || a.canteenId.localeCompare(b.canteenId));
  }

  // ── Mutations ──────────────────────────────────────────────────────────────────────────────

  /** Plans a meal service of a canteen: one per canteen, day and meal, with dishes of the school. */
  async plan(input: PlanMealServiceInput): Promise<MealService> {
    requirePermission(this.ctx.viewer, P.planMealService);
    const dishIds = checkDishIds(input.dishIds.map((id) => id.toLowerCase()));
    checkPlannedPortions(input.portionsPlannedStudents, input.portionsPlannedStaff);
    checkServedOn(input.servedOn, this.today());
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.ctx.canteens.getIn(manager, input.canteenId, 'canteenId');
      const viewer = requirePermission(this.ctx.viewer, P.planMealService, canteen.schoolId);
      const names = await this.dishNames(manager, canteen.schoolId, dishIds);
      const service = manager.create(MealService, {
        id: newId(),
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        canteenId: canteen.id,
        servedOn: input.servedOn,
        meal: input.meal,
        portionsPlannedStudents: input.portionsPlannedStudents,
        portionsPlannedStaff: input.portionsPlannedStaff,
        portionsServedStudents: null,
        portionsServedStaff: null,
        lockedAt: null,
        lockedByAccountId: null,
        samplesCheckedAt: null,
        sampleMissingRaisedAt: null,
        plannedByAccountId: viewer.accountId,
      });
      try {
        await manager.insert(MealService, service);
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(`The canteen already has a ${input.meal.toLowerCase()} planned on ${input.servedOn}; change that one instead.`);
        throw error;
      }
      await this.insertDishes(manager, service, dishIds, names);
      await recordAudit(manager, this.ctx, {
        action: 'mealService.plan',
        entityType: 'MealService',
        entityId: service.id,
        districtId: service.districtId,
        schoolId: service.schoolId,
        changes: { ...input, dishIds },
      });
      return manager.findOneByOrFail(MealService, { id: service.id });
    });
  }

  /** Changes an open meal service's dishes or planned portions (version-checked); a sampled dish stays. */
  async updatePlan(input: UpdateMealServicePlanInput): Promise<MealService> {
    requirePermission(this.ctx.viewer, P.updateMealServicePlan);
    const dishIds = input.dishIds == null ? null : checkDishIds(input.dishIds.map((id) => id.toLowerCase()));
    if (input.portionsPlannedStudents != null) checkPortions(input.portionsPlannedStudents, 'portionsPlannedStudents');
    if (input.portionsPlannedStaff != null) checkPortions(input.portionsPlannedStaff, 'portionsPlannedStaff');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateMealServicePlan, current.schoolId);
      requireOpen(current, 'changing its plan');
      const students = input.portionsPlannedStudents ?? current.portionsPlannedStudents;
      const staff = input.portionsPlannedStaff ?? current.portionsPlannedStaff;
      checkPlannedPortions(students, staff);
      const saved = await saveEdit(manager, this.ctx, {
        entity: MealService,
        typeName: 'MealService',
        current,
        version: input.version,
        changes: { portionsPlannedStudents: students, portionsPlannedStaff: staff },
        audit: { action: 'mealService.updatePlan', schoolId: current.schoolId, changes: { ...input } },
      });
      if (dishIds) {
        const names = await this.dishNames(manager, current.schoolId, dishIds);
        const before = await mealSql.dishesOf(manager, [current.id]).getMany();
        const dropped = before.filter((dish) => !dishIds.includes(dish.dishId)).map((dish) => dish.dishId);
        const sampled = new Set(
          (await this.ctx.samples.samplesOfIn(manager, current.id)).map((sample) => sample.dishId).filter((id) => dropped.includes(id)),
        );
        if (sampled.size) throw badInput('dishIds', 'A dish that was already sampled (留样) stays on the meal service.');
        if (before.length)
          await mealSql
            .dropDishes(
              manager,
              current.id,
              before.map((dish) => dish.dishId),
            )
            .execute();
        await this.insertDishes(manager, current, dishIds, names);
      }
      return saved;
    });
  }

  /** Puts people who passed the day's morning check (晨检) on the duty list. */
  async assignDuty(input: AssignMealServiceDutyInput): Promise<MealService> {
    requirePermission(this.ctx.viewer, P.assignMealServiceDuty);
    const staffIds = checkDutyPeople(input.staffIds.map((id) => id.toLowerCase()));
    return this.ctx.dataSource.transaction(async (manager) => {
      const service = await this.reader.getIn(manager, input.mealServiceId, 'mealServiceId');
      const viewer = requirePermission(this.ctx.viewer, P.assignMealServiceDuty, service.schoolId);
      requireOpen(service, 'changing its duty list');
      const known = await this.ctx.directoryCopy.staffIn(staffIds, manager);
      const strangers = staffIds.filter((id) => known.get(id)?.schoolId !== service.schoolId || !known.get(id)?.active);
      if (strangers.length) throw badInput('staffIds', `Not staff of the school: ${strangers.join(', ')}.`);
      const passed = await this.ctx.health.passedOn(manager, service.canteenId, staffIds, service.servedOn);
      const failing = notPassed(staffIds, passed);
      if (failing.length)
        throw badInput(
          'staffIds',
          `Only people who passed the morning check (晨检) at this canteen on ${service.servedOn} go on the duty list; not: ${failing.join(', ')}.`,
        );
      const already = new Set((await mealSql.dutiesOf(manager, [service.id]).getMany()).map((duty) => duty.staffId));
      const repeated = staffIds.filter((id) => already.has(id));
      if (repeated.length) throw badInput('staffIds', `Already on the duty list: ${repeated.join(', ')}.`);
      const duties = staffIds.map((staffId) =>
        manager.create(MealServiceDuty, {
          id: newId(),
          districtId: service.districtId,
          schoolId: service.schoolId,
          mealServiceId: service.id,
          staffId,
          task: input.task,
          assignedByAccountId: viewer.accountId,
        }),
      );
      await manager.insert(MealServiceDuty, duties);
      await recordAudits(
        manager,
        this.ctx,
        duties.map((duty) => ({
          action: 'mealService.assignDuty',
          entityType: 'MealServiceDuty',
          entityId: duty.id,
          districtId: duty.districtId,
          schoolId: duty.schoolId,
          changes: { mealServiceId: duty.mealServiceId, staffId: duty.staffId, task: duty.task },
        })),
      );
      return service;
    });
  }

  /**
   * Records the meals served and locks the production record (生产记录锁定): afterwards nothing of
   * it changes and no stock is issued to it. Checks the food samples at once: a dish unsampled or
   * sampled short raises canteen.sample.missing (once per service).
   */
  async recordCounts(input: RecordMealCountsInput): Promise<MealService> {
    requirePermission(this.ctx.viewer, P.recordMealCounts);
    checkPortions(input.portionsServedStudents, 'portionsServedStudents');
    checkPortions(input.portionsServedStaff, 'portionsServedStaff');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const viewer = requirePermission(this.ctx.viewer, P.recordMealCounts, current.schoolId);
      requireOpen(current, 'recording its counts again');
      const at = this.ctx.now();
      const served = { students: input.portionsServedStudents, staff: input.portionsServedStaff };
      const locked = await mealSql.lock(manager, current.id, input.version, served, at, viewer.accountId).execute();
      if ((locked.affected ?? 0) !== 1)
        throw conflict(
          `MealService ${current.id} was changed by someone else (your version ${input.version}, current ${current.version}); reload and try again.`,
          {
            currentVersion: current.version,
          },
        );
      await recordAudit(manager, this.ctx, {
        action: 'mealService.recordCounts',
        entityType: 'MealService',
        entityId: current.id,
        districtId: current.districtId,
        schoolId: current.schoolId,
        changes: { portionsServedStudents: served.students, portionsServedStaff: served.staff, lockedAt: at.toISOString() },
      });
      const settings = await sampleSettingsOf(this.ctx, manager, current.districtId);
      await checkSamplesAtEndOfService(manager, this.ctx, current, settings, 'MEAL_COUNTS', at);
      return manager.findOneByOrFail(MealService, { id: current.id });
    });
  }

  /** The names of the school's dishes among `dishIds`, else BAD_USER_INPUT on `dishIds`. */
  private async dishNames(manager: EntityManager, schoolId: string, dishIds: readonly string[]): Promise<Map<string, string>> {
    const dishes = await mealSql.dishesOfSchool(manager, schoolId, dishIds).getMany();
    const names = new Map(dishes.map((dish) => [dish.id, dish.name]));
    const unknown = dishIds.filter((id) => !names.has(id));
    if (unknown.length) throw badInput('dishIds', `Not dishes of the school: ${unknown.join(', ')}.`);
    return names;
  }

  private async insertDishes(manager: EntityManager, service: MealService, dishIds: readonly string[], names: Map<string, string>) {
    await manager.insert(
      MealServiceDish,
      dishIds.map((dishId, i) => ({
        id: newId(),
        districtId: service.districtId,
        schoolId: service.schoolId,
        mealServiceId: service.id,
        dishId,
        dishName: names.get(dishId) as string,
        position: i + 1,
      })),
    );
  }
}
