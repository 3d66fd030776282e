import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, DEFAULT_TIME_ZONE, newId, type Page, type PageArgs } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import { conflict } from '@houqin/common';
import { StorageKind } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import type { MealService } from '../meal/meal-service.entity';
import { requireOpen } from '../meal/meal.rules';
import { mealSql } from '../meal/meal.store';
import { P } from '../permissions';
import { sampleSettingsOf } from './sample-settings';
import { FoodSample, FoodSampleDisposal } from './sample.entity';
import type { FoodSampleFilter, TakeFoodSampleInput } from './sample.inputs';
import { checkDisposable, checkSampleGrams, checkTakenAt, keepUntilOf, missingSamples, type MissingSample } from './sample.rules';
import { foodSampleReader, sampleSql } from './sample.store';

/**
 * Food samples (留样): every dish of every meal service, at least the minimum weight, kept
 * refrigerated at least the keeping time, with who took it and when. Never edited or deleted;
 * disposal after the keeping time is a record of its own. At `ctx.samples`.
 */
export class FoodSampleService {
  readonly reader: ScopedReader<FoodSample>;
  private samplesLoader?: DataLoader<string, FoodSample[]>;
  private disposalLoader?: DataLoader<string, FoodSampleDisposal[]>;

  constructor(private readonly ctx: CanteenContext) {
    this.reader = foodSampleReader(ctx);
  }

  private get manager(): EntityManager {
    return this.ctx.dataSource.manager;
  }

  list(filter: FoodSampleFilter, page: PageArgs): Promise<Page<FoodSample>> {
    requirePermission(this.ctx.viewer, P.readCanteen);
    return paginate(sampleSql.list(this.manager, this.reader, filter, this.ctx.now()), page, 'DESC');
  }

  get(id: string): Promise<FoodSample> {
    requirePermission(this.ctx.viewer, P.readCanteen);
    return this.reader.get(id);
  }

  /** The samples of a meal service (batched over a page of services). */
  ofMealService(mealServiceId: string): Promise<FoodSample[]> {
    this.samplesLoader ??= groupedLoader(
      (ids) => sampleSql.ofMealServices(this.manager, ids).getMany(),
      (sample) => sample.mealServiceId,
    );
    return this.samplesLoader.load(mealServiceId);
  }

  /** The samples of a meal service, read in the caller's transaction. */
  samplesOfIn(manager: EntityManager, mealServiceId: string): Promise<FoodSample[]> {
    return sampleSql.ofMealServices(manager, [mealServiceId]).getMany();
  }

  /** A sample's disposal, or null while it is kept (batched over a page of samples). */
  async disposalOf(sampleId: string): Promise<FoodSampleDisposal | null> {
    this.disposalLoader ??= groupedLoader(
      (ids) => sampleSql.disposalsOf(this.manager, ids).getMany(),
      (disposal) => disposal.sampleId,
    );
    return (await this.disposalLoader.load(sampleId))[0] ?? null;
  }

  /** The dishes of a meal service without a good sample by the district's current minimum (empty when all are sampled). */
  async missingOf(service: MealService): Promise<MissingSample[]> {
    const [dishes, samples, settings] = await Promise.all([
      this.ctx.meals.dishesOf(service.id),
      this.ofMealService(service.id),
      sampleSettingsOf(this.ctx, this.manager, service.districtId),
    ]);
    return missingSamples(dishes, samples, settings.sampleMinGrams);
  }

  /** Records a food sample of one dish of an open meal service. */
  async take(input: TakeFoodSampleInput): Promise<FoodSample> {
    requirePermission(this.ctx.viewer, P.takeFoodSample);
    const now = this.ctx.now();
    const takenAtInput = input.takenAt ?? now;
    return this.ctx.dataSource.transaction(async (manager) => {
      const service = await this.ctx.meals.getIn(manager, input.mealServiceId, 'mealServiceId');
      const viewer = requirePermission(this.ctx.viewer, P.takeFoodSample, service.schoolId);
      const settings = await sampleSettingsOf(this.ctx, manager, service.districtId);
      // Input checks that need the service: the weight against the district's minimum, the day.
      const grams = checkSampleGrams(input.grams, settings.sampleMinGrams);
      const takenAt = checkTakenAt(takenAtInput, now, service.servedOn, DEFAULT_TIME_ZONE);
      requireOpen(service, 'recording a sample');
      const dishes = await mealSql.dishesOf(manager, [service.id]).getMany();
      const dishId = input.dishId.toLowerCase();
      if (!dishes.some((dish) => dish.dishId === dishId)) throw badInput('dishId', 'dishId is not a dish of this meal service.');
      await this.ctx.directoryCopy.assertStaffOf(manager, service.schoolId, input.takenByStaffId, 'takenByStaffId');
      const location = await this.ctx.canteens.locationIn(manager, service.canteenId, input.locationId, 'locationId');
      if (location.kind !== StorageKind.CHILLED)
        throw badInput('locationId', 'Food samples are kept refrigerated (冷藏): choose a CHILLED storage location of the canteen.');
      const sample = manager.create(FoodSample, {
        id: newId(),
        districtId: service.districtId,
        schoolId: service.schoolId,
        canteenId: service.canteenId,
        mealServiceId: service.id,
        dishId,
        grams,
        takenAt,
        takenByStaffId: input.takenByStaffId.toLowerCase(),
        locationId: location.id,
        keepUntil: keepUntilOf(takenAt, settings.sampleKeepHours),
        minGramsAtTaking: settings.sampleMinGrams,
        note: input.note ?? null,
        recordedByAccountId: viewer.accountId,
      });
      await manager.insert(FoodSample, sample);
      await recordAudit(manager, this.ctx, {
        action: 'foodSample.take',
        entityType: 'FoodSample',
        entityId: sample.id,
        districtId: sample.districtId,
        schoolId: sample.schoolId,
        changes: { ...input, takenAt: takenAt.toISOString(), keepUntil: sample.keepUntil.toISOString() },
      });
      return manager.findOneByOrFail(FoodSample, { id: sample.id });
    });
  }

  /** Records the disposal of a sample whose keeping time is over; refused before it, and twice. */
  async dispose(id: string): Promise<FoodSample> {
    requirePermission(this.ctx.viewer, P.disposeFoodSample);
    return this.ctx.dataSource.transaction(async (manager) => {
      const sample = await this.reader.getIn(manager, id);
      const viewer = requirePermission(this.ctx.viewer, P.disposeFoodSample, sample.schoolId);
      const done = await sampleSql.disposalsOf(manager, [sample.id]).getMany();
      const at = this.ctx.now();
      checkDisposable(sample, done.length > 0, at);
      try {
        await manager.insert(FoodSampleDisposal, {
          id: newId(),
          districtId: sample.districtId,
          schoolId: sample.schoolId,
          sampleId: sample.id,
          disposedAt: at,
          disposedByAccountId: viewer.accountId,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('This food sample was already disposed of.');
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'foodSample.dispose',
        entityType: 'FoodSample',
        entityId: sample.id,
        districtId: sample.districtId,
        schoolId: sample.schoolId,
        changes: { disposedAt: at.toISOString() },
      });
      return sample;
    });
  }
}
