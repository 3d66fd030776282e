import type { EntityManager } from 'typeorm';
import { canteenEvents, publishEvent } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import type { MealService } from '../meal/meal-service.entity';
import { mealSql } from '../meal/meal.store';
import type { SampleSettings } from './sample-settings';
import { missingSamples, type MissingSample } from './sample.rules';
import { sampleSql } from './sample.store';

export type SampleCheckTrigger = 'MEAL_COUNTS' | 'END_OF_SERVICE_JOB';

/**
 * The end-of-service sample check of one meal service (留样检查), in the caller's transaction: every
 * dish needs a sample of at least the minimum weight. The first check of a service (at its meal counts,
 * or by the job after the meal's end) marks it checked; when dishes lack a good sample that first
 * check publishes canteen.sample.missing — so the alert goes out once per service, whoever checks.
 * Returns what is missing (empty when all is well, or when it had been checked before).
 */
export async function checkSamplesAtEndOfService(
  manager: EntityManager,
  actor: Actor,
  service: MealService,
  settings: SampleSettings,
  trigger: SampleCheckTrigger,
  at: Date,
): Promise<MissingSample[]> {
  if (service.samplesCheckedAt) return [];
  const dishes = await mealSql.dishesOf(manager, [service.id]).getMany();
  const samples = await sampleSql.ofMealServices(manager, [service.id]).getMany();
  const missing = missingSamples(dishes, samples, settings.sampleMinGrams);
  const marked = await mealSql.markSamplesChecked(manager, service.id, at, missing.length > 0).execute();
  // Another check got there first (the job beside the counts): it decided, and raised the alert if needed.
  if ((marked.affected ?? 0) !== 1) return [];
  if (missing.length)
    await publishEvent(manager, actor, canteenEvents.sampleMissing, {
      districtId: service.districtId,
      schoolId: service.schoolId,
      occurredAt: at,
      payload: {
        mealServiceId: service.id,
        canteenId: service.canteenId,
        servedOn: service.servedOn,
        meal: service.meal,
        dishes: missing,
        minGrams: settings.sampleMinGrams,
        raisedBy: trigger,
      },
    });
  return missing;
}
