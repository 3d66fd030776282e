import { Brackets } from 'typeorm';
import { defineSqlStore, exampleRequest, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { School, SchoolKind } from './school.entity';
import type { SchoolFilter } from './school.inputs';

/** Schools as a viewer may read them: a school's own id is its school scope. */
export const schoolReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, School, 'School', 's', { columns: { school: 's.id', district: 's.districtId' } });

/** The schools' hand-written SQL (printed to apps/directory/sql/school.sql). */
export const schoolSql = defineSqlStore(
  'school',
  {
    /** The schools list: the viewer's schools, narrowed by the filter; the search matches part of the name or the exact code. */
    list: (m, schools: ScopedReader<School>, filter: SchoolFilter) => {
      const qb = schools.query(m);
      if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('s.active = :active', { active: filter.active });
      if (filter.search) {
        const search = filter.search.trim();
        qb.andWhere(new Brackets((w) => w.where(...likeContains('s.name', 'like', search)).orWhere('s.code = :code', { code: search })));
      }
      return qb;
    },
  },
  { list: [schoolReader(exampleRequest()), { kind: SchoolKind.PRIMARY, active: true, search: '2133000101' }] },
);
