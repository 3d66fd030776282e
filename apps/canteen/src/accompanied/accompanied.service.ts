import { requirePermission } from '@houqin/auth';
import { badInput, newId, notFound, optionalText, parseId } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { isUniqueViolation, paginate, recordAudit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { Canteen } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import type { MealService } from '../meal/meal-service.entity';
import type { MealKind } from '../menu/meal-kind';
import { P } from '../permissions';
import { AccompaniedMeal } from './accompanied.entity';
import type { AccompaniedMealFilter, AccompaniedMealGapsInput, LogAccompaniedMealInput } from './accompanied.inputs';
import { accompaniedMealServiceReader, accompaniedReader, accompaniedSql } from './accompanied.store';
import type { AccompaniedMealCoverage } from './accompanied.types';
import { checkDateRange } from '@houqin/common';
import { accompaniedGaps, checkMealRating } from './school-days.rules';

/** Accompanied meals (陪餐): school leaders log the meals they eat with the students; gaps show school days without one. At `ctx.accompaniedMeals`. */
export class AccompaniedMealService {
  readonly reader: ScopedReader<AccompaniedMeal>;
  private readonly mealServices: ScopedReader<MealService>;

  constructor(private readonly ctx: CanteenContext) {
    this.reader = accompaniedReader(ctx);
    this.mealServices = accompaniedMealServiceReader(ctx);
  }

  list(filter: AccompaniedMealFilter, page: PageArgs): Promise<Page<AccompaniedMeal>> {
    if (filter.from && filter.to && filter.to < filter.from) throw badInput('to', 'to must not be before from.');
    return paginate(accompaniedSql.list(this.ctx.dataSource.manager, this.reader, filter), page, 'DESC');
  }

  /** Logs the viewer's accompanied meal: of a meal service, or of a canteen, day and meal (linked to its meal service if one was recorded). */
  async log(input: LogAccompaniedMealInput): Promise<AccompaniedMeal> {
    const viewer = requirePermission(this.ctx.viewer, P.logAccompaniedMeal);
    checkMealRating(input.rating);
    const named = whichMeal(input);
    return this.ctx.dataSource.transaction(async (manager) => {
      let canteen: Canteen;
      let servedOn: string;
      let meal: MealKind;
      let mealServiceId: string | null;
      if ('mealServiceId' in named) {
        const service = await this.mealServices.getIn(manager, named.mealServiceId, 'mealServiceId');
        canteen = await this.ctx.canteens.getIn(manager, service.canteenId, 'mealServiceId');
        ({ servedOn, meal } = service);
        mealServiceId = service.id;
      } else {
        canteen = await this.ctx.canteens.getIn(manager, named.canteenId, 'canteenId');
        ({ servedOn, meal } = named);
        mealServiceId = (await accompaniedSql.mealServiceOf(manager, canteen.id, servedOn, meal).getOne())?.id ?? null;
      }
      requirePermission(viewer, P.logAccompaniedMeal, canteen.schoolId);
      const today = await this.ctx.directoryCopy.todayAt(canteen.schoolId, manager);
      if (servedOn > today)
        throw badInput('mealServiceId' in named ? 'mealServiceId' : 'servedOn', 'A meal is logged once it has been eaten, not before.');
      const row = manager.create(AccompaniedMeal, {
        id: newId(),
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        canteenId: canteen.id,
        servedOn,
        meal,
        mealServiceId,
        leaderAccountId: viewer.accountId,
        leaderStaffId: viewer.staffId,
        rating: input.rating,
        remarks: optionalText(input.remarks),
      });
      try {
        await manager.insert(AccompaniedMeal, row);
      } catch (error) {
        if (isUniqueViolation(error))
          throw badInput(
            'mealServiceId' in named ? 'mealServiceId' : 'meal',
            'You have already logged this meal; an accompanied meal is logged once.',
          );
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'accompaniedMeal.log',
        entityType: 'AccompaniedMeal',
        entityId: row.id,
        districtId: canteen.districtId,
        schoolId: canteen.schoolId,
        changes: { ...input, canteenId: canteen.id, servedOn, meal, mealServiceId },
      });
      return manager.findOneOrFail(AccompaniedMeal, { where: { id: row.id } });
    });
  }

  /**
   * For each canteen, the school days of the range (up to today) without an accompanied lunch: one
   * statement for all the canteens' lunch days. NOT_FOUND for a canteen outside your schools,
   * FORBIDDEN where you do not read the canteen's records.
   */
  async gaps(input: AccompaniedMealGapsInput): Promise<AccompaniedMealCoverage[]> {
    const viewer = requirePermission(this.ctx.viewer, P.readCanteen);
    checkDateRange(input.from, input.to);
    const ids = [...new Set(input.canteenIds.map((id) => parseId(id, 'canteenIds')))];
    const canteens = await Promise.all(ids.map((id) => this.ctx.canteens.reader.byId(id)));
    for (const [i, canteen] of canteens.entries()) {
      if (!canteen) throw notFound('Canteen', ids[i]);
      requirePermission(viewer, P.readCanteen, canteen.schoolId);
    }
    const rows = await accompaniedSql
      .lunchDays(this.ctx.dataSource.manager, ids, input.from, input.to)
      .getRawMany<{ canteenId: string; servedOn: string }>();
    const days = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
    for (const row of rows) days.get(row.canteenId)?.add(String(row.servedOn));
    const result: AccompaniedMealCoverage[] = [];
    for (const canteen of canteens as Canteen[]) {
      const today = await this.ctx.directoryCopy.todayAt(canteen.schoolId);
      const accompanied = days.get(canteen.id)!;
      const { schoolDays, gaps } = accompaniedGaps(input.from, input.to, today, accompanied);
      result.push({
        canteenId: canteen.id,
        from: input.from,
        to: input.to < today ? input.to : today,
        schoolDays: schoolDays.length,
        accompaniedDays: schoolDays.length - gaps.length,
        gaps,
      });
    }
    return result;
  }
}

/** The meal an input names: a meal service, or all of canteen, day and meal (BAD_USER_INPUT naming what is missing or doubled). */
function whichMeal(input: LogAccompaniedMealInput): { mealServiceId: string } | { canteenId: string; servedOn: string; meal: MealKind } {
  if (input.mealServiceId) {
    for (const field of ['canteenId', 'servedOn', 'meal'] as const)
      if (input[field] != null) throw badInput(field, `Give either mealServiceId or ${field}, not both.`);
    return { mealServiceId: input.mealServiceId };
  }
  if (!input.canteenId) throw badInput('canteenId', 'Give the mealServiceId, or the canteenId, servedOn and meal.');
  if (!input.servedOn) throw badInput('servedOn', 'servedOn is needed when no mealServiceId is given.');
  if (!input.meal) throw badInput('meal', 'meal is needed when no mealServiceId is given.');
  return { canteenId: input.canteenId, servedOn: input.servedOn, meal: input.meal };
}
