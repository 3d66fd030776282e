import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Campus } from './campus.entity';
import type { CampusFilter } from './campus.inputs';

/** Campuses as a viewer may read them: those of the schools in their scope. */
export const campusReader = (ctx: ReadContext) => new ScopedReader(ctx, Campus, 'Campus', 'c');

/** The campuses' hand-written SQL (printed to apps/directory/sql/campus.sql). */
export const campusSql = defineSqlStore(
  'campus',
  {
    /** The campuses list, narrowed to one school when the filter names it. */
    list: (m, campuses: ScopedReader<Campus>, filter: CampusFilter) => {
      const qb = campuses.query(m);
      if (filter.schoolId) qb.andWhere('c.schoolId = :schoolId', { schoolId: filter.schoolId });
      return qb;
    },
    /** The campuses of several schools at once (School.campuses for a page of schools). */
    ofSchools: (m, campuses: ScopedReader<Campus>, schoolIds: readonly string[]) =>
      campuses.query(m).andWhere('c.schoolId IN (:...schoolIds)', { schoolIds }).orderBy('c.id'),
    /** The campus a move names, read in the move's transaction; none when it is outside the viewer's scope. */
    toMove: (m, campuses: ScopedReader<Campus>, campusId: string) => campuses.query(m).andWhere('c.id = :campusId', { campusId }),
    /**
     * Gives the campus to its new school only if it is unchanged since the move read it: of two moves
     * at once the second updates nothing (its caller answers CONFLICT), so the history never gets two
     * open periods. TypeORM adds the version and updatedAt bumps.
     */
    moveTo: (m, campusId: string, version: number, schoolId: string) =>
      m.createQueryBuilder().update(Campus).set({ schoolId }).where('id = :campusId AND version = :version', { campusId, version }),
  },
  {
    list: [campusReader(exampleRequest()), { schoolId: 'school-1' }],
    ofSchools: [campusReader(exampleRequest()), ['school-1', 'school-2']],
    toMove: [campusReader(exampleRequest()), 'campus-1'],
    moveTo: ['campus-1', 1, 'school-2'],
  },
);
