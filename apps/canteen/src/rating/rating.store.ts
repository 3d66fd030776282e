import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { DishRating } from './rating.entity';
import type { DishRatingFilter } from './rating.inputs';

/** Ratings are read by whoever reads the school's menus (anyone of the school, district readers). */
function menuReaders<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readMenus);
  if (schools === 'district') return;
  if (schools.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`${alias}.schoolId IN (:...menuReadSchools)`, { menuReadSchools: schools });
}

export const ratingReader = (ctx: ReadContext) => new ScopedReader(ctx, DishRating, 'DishRating', 'rt', { visibility: menuReaders });

/** The dish ratings' SQL (printed to apps/canteen/sql/dishRating.sql). */
export const ratingSql = defineSqlStore(
  'dishRating',
  {
    /** A dish's ratings in scope, by day range. */
    list: (m, reader: ScopedReader<DishRating>, filter: DishRatingFilter) => {
      const qb = reader.query(m).andWhere('rt.dishId = :dishId', { dishId: filter.dishId.toLowerCase() });
      if (filter.from) qb.andWhere('rt.ratedOn >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('rt.ratedOn <= :to', { to: filter.to });
      return qb;
    },
    /** Counts per dish, score and kind of rater for a page of dishes (Dish.ratingSummary): one statement. */
    counts: (m, reader: ScopedReader<DishRating>, dishIds: readonly string[]) =>
      reader
        .query(m)
        .select('rt.dishId', 'dishId')
        .addSelect('rt.score', 'score')
        .addSelect('rt.raterKind', 'raterKind')
        .addSelect('COUNT(*)', 'count')
        .andWhere('rt.dishId IN (:...dishIds)', { dishIds })
        .groupBy('rt.dishId')
        .addGroupBy('rt.score')
        .addGroupBy('rt.raterKind'),
  },
  {
    list: [ratingReader(exampleRequest()), { dishId: 'dish-1', from: '2026-03-01', to: '2026-03-31' }],
    counts: [ratingReader(exampleRequest()), ['dish-1', 'dish-2']],
  },
);
