import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { canteenRecordReaders } from '../meal/meal.store';
import { FoodSample, FoodSampleDisposal } from './sample.entity';
import type { FoodSampleFilter } from './sample.inputs';

export const foodSampleReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, FoodSample, 'FoodSample', 'fs', { visibility: canteenRecordReaders });

/** The food samples' hand-written SQL (printed to apps/canteen/sql/foodSample.sql). */
export const sampleSql = defineSqlStore(
  'foodSample',
  {
    /** The sample log (留样记录) in scope: by canteen, meal service, days taken, and whether disposed of or due for disposal. */
    list: (m, samples: ScopedReader<FoodSample>, filter: FoodSampleFilter, now: Date) => {
      const qb = samples.query(m);
      if (filter.canteenId) qb.andWhere('fs.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (filter.mealServiceId) qb.andWhere('fs.mealServiceId = :mealServiceId', { mealServiceId: filter.mealServiceId.toLowerCase() });
      if (filter.takenFrom) qb.andWhere('fs.takenAt >= :takenFrom', { takenFrom: filter.takenFrom });
      if (filter.takenBefore) qb.andWhere('fs.takenAt < :takenBefore', { takenBefore: filter.takenBefore });
      const disposed = (not: boolean) =>
        `${not ? 'NOT ' : ''}EXISTS ${qb.subQuery().select('1').from(FoodSampleDisposal, 'fsd').where('fsd.sampleId = fs.id').getQuery()}`;
      if (filter.disposed === true) qb.andWhere(disposed(false));
      if (filter.disposed === false) qb.andWhere(disposed(true));
      if (filter.dueForDisposal) {
        if (filter.disposed !== false) qb.andWhere(disposed(true));
        qb.andWhere('fs.keepUntil <= :now', { now });
      }
      return qb;
    },
    /** The samples of a page of meal services (and of one being checked): one statement. */
    ofMealServices: (m, mealServiceIds: readonly string[]) =>
      m.createQueryBuilder(FoodSample, 'fs').where('fs.mealServiceId IN (:...mealServiceIds)', { mealServiceIds }).orderBy('fs.id', 'ASC'),
    /** The disposals of a page of samples: one statement. */
    disposalsOf: (m, sampleIds: readonly string[]) =>
      m.createQueryBuilder(FoodSampleDisposal, 'fsd').where('fsd.sampleId IN (:...sampleIds)', { sampleIds }),
  },
  {
    list: [
      foodSampleReader(exampleRequest(Role.CANTEEN_MANAGER)),
      {
        canteenId: 'canteen-1',
        mealServiceId: 'meal-service-1',
        takenFrom: new Date('2026-03-01T16:00:00Z'),
        takenBefore: new Date('2026-03-08T16:00:00Z'),
        disposed: false,
        dueForDisposal: true,
      },
      new Date('2026-03-05T04:00:00Z'),
    ],
    ofMealServices: [['meal-service-1', 'meal-service-2']],
    disposalsOf: [['sample-1', 'sample-2']],
  },
);
