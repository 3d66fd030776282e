import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { School } from '../school/school.entity';
import { SchoolTerm } from './term.entity';

/** Terms as a viewer may read them: those of the schools in their scope. */
export const termReader = (ctx: ReadContext) => new ScopedReader(ctx, SchoolTerm, 'SchoolTerm', 'term');

/** The school calendar's hand-written SQL (printed to apps/directory/sql/term.sql). */
export const termSql = defineSqlStore(
  'term',
  {
    /** The terms list, narrowed to one school when the filter names it (keyset-paged on the id by the caller). */
    list: (m, terms: ScopedReader<SchoolTerm>, schoolId: string | null) => {
      const qb = terms.query(m);
      if (schoolId) qb.andWhere('term.schoolId = :schoolId', { schoolId });
      return qb;
    },
    /** The terms of a page of schools (School.terms), latest first: one statement. */
    ofSchools: (m, terms: ScopedReader<SchoolTerm>, schoolIds: readonly string[]) =>
      terms.query(m).andWhere('term.schoolId IN (:...schoolIds)', { schoolIds }).orderBy('term.startsOn', 'DESC'),
    /** The school whose calendar changes, locked: of two terms saved at once for one school the second waits and sees the first. */
    lockSchool: (m, schoolId: string) => lockRows(m.createQueryBuilder(School, 's').where('s.id = :schoolId', { schoolId })),
    /**
     * Every term of a school, for the overlap check of a new or changed term, read with a lock after the
     * school's row is locked: a locking read sees the terms committed meanwhile, which the transaction's
     * snapshot (taken at its first read) would not.
     */
    ofSchool: (m, schoolId: string) =>
      lockRows(
        m.getRepository(SchoolTerm).createQueryBuilder('term').where('term.schoolId = :schoolId', { schoolId }).orderBy('term.startsOn'),
      ),
  },
  {
    list: [termReader(exampleRequest()), 'school-1'],
    ofSchools: [termReader(exampleRequest()), ['school-1', 'school-2']],
    lockSchool: ['school-1'],
    ofSchool: ['school-1'],
  },
);
