import DataLoader from 'dataloader';
import { requirePermission } from '@houqin/auth';
import { badInput, newId, optionalText, parseId } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { isUniqueViolation, paginate, recordAudit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { CanteenContext } from '../context';
import { P } from '../permissions';
import { DishRaterKind, DishRating } from './rating.entity';
import type { DishRatingFilter, RateDishInput } from './rating.inputs';
import { checkScore, raterOf, type RatingSummary, type ScoreCount, summarise } from './rating.rules';
import { ratingReader, ratingSql } from './rating.store';

/** Dish ratings (菜品评价) by students (recorded by teachers) and the parents' committee, rolled up per dish. At `ctx.ratings`. */
export class DishRatingService {
  readonly reader: ScopedReader<DishRating>;
  private summaryLoader?: DataLoader<string, RatingSummary>;

  constructor(private readonly ctx: CanteenContext) {
    this.reader = ratingReader(ctx);
  }

  list(filter: DishRatingFilter, page: PageArgs): Promise<Page<DishRating>> {
    parseId(filter.dishId, 'dishId');
    if (filter.from && filter.to && filter.to < filter.from) throw badInput('to', 'to must not be before from.');
    return paginate(ratingSql.list(this.ctx.dataSource.manager, this.reader, filter), page, 'DESC');
  }

  /** A dish's roll-up, batched over a page of dishes (one statement); null for an anonymous caller (the public menu). */
  async summaryOf(dishId: string): Promise<RatingSummary | null> {
    if (!this.ctx.viewer) return null;
    this.summaryLoader ??= new DataLoader<string, RatingSummary>(
      async (ids) => {
        const rows = await ratingSql
          .counts(this.ctx.dataSource.manager, this.reader, ids)
          .getRawMany<{ dishId: string; score: number | string; raterKind: DishRaterKind; count: number | string }>();
        const byDish = new Map<string, ScoreCount[]>();
        for (const row of rows) {
          const list = byDish.get(row.dishId) ?? [];
          list.push({ score: Number(row.score), raterKind: row.raterKind, count: Number(row.count) });
          byDish.set(row.dishId, list);
        }
        return ids.map((id) => summarise(byDish.get(id) ?? []));
      },
      { maxBatchSize: 500 },
    );
    return this.summaryLoader.load(dishId);
  }

  /**
   * Records a rating of a dish of the viewer's school, today: a student's, recorded by a teacher
   * (STAFF), or a parents' committee member's own. One per rater, dish and day (BAD_USER_INPUT on
   * `dishId` for a second); never edited.
   */
  async rate(input: RateDishInput): Promise<DishRating> {
    const viewer = requirePermission(this.ctx.viewer, P.rateDish);
    checkScore(input.score);
    const rater = raterOf(input.raterKind, viewer.accountId, input.studentRef);
    return this.ctx.dataSource.transaction(async (manager) => {
      const dish = await this.ctx.menus.dishes.getIn(manager, input.dishId, 'dishId');
      // A teacher records students' ratings; a committee member rates only as themself.
      requirePermission(
        viewer,
        input.raterKind === DishRaterKind.STUDENT ? P.recordStudentDishRating : P.rateDishAsParentCommittee,
        dish.schoolId,
      );
      const ratedOn = await this.ctx.directoryCopy.todayAt(dish.schoolId, manager);
      const rating = manager.create(DishRating, {
        id: newId(),
        districtId: dish.districtId,
        schoolId: dish.schoolId,
        dishId: dish.id,
        ratedOn,
        score: input.score,
        comment: optionalText(input.comment),
        raterKind: input.raterKind,
        raterKey: rater.raterKey,
        studentRef: rater.studentRef,
        recordedBy: viewer.accountId,
      });
      try {
        await manager.insert(DishRating, rating);
      } catch (error) {
        if (isUniqueViolation(error))
          throw badInput(
            input.raterKind === DishRaterKind.STUDENT ? 'studentRef' : 'dishId',
            'This rater has already rated the dish today: one rating per rater, dish and day.',
          );
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'dishRating.rate',
        entityType: 'DishRating',
        entityId: rating.id,
        districtId: dish.districtId,
        schoolId: dish.schoolId,
        changes: { ...input, ratedOn, studentRef: rater.studentRef },
      });
      return manager.findOneOrFail(DishRating, { where: { id: rating.id } });
    });
  }
}
