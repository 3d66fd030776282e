import { defineSqlStore, exampleRequest, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Staff, StaffPost, StaffPostHolding } from './staff.entity';
import type { StaffFilter } from './staff.inputs';

/** Staff as a viewer may read them: those of the schools in their scope. */
export const staffReader = (ctx: ReadContext) => new ScopedReader(ctx, Staff, 'Staff', 'st');

/** The staff's hand-written SQL (printed to apps/directory/sql/staff.sql). */
export const staffSql = defineSqlStore(
  'staff',
  {
    /** The staff list, narrowed by school, campus, part of the name and a post held (through the post index). */
    list: (m, staff: ScopedReader<Staff>, filter: StaffFilter) => {
      const qb = staff.query(m);
      if (filter.schoolId) qb.andWhere('st.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.campusId) qb.andWhere('st.campusId = :campusId', { campusId: filter.campusId });
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('st.active = :active', { active: filter.active });
      if (filter.nameContains) qb.andWhere(...likeContains('st.name', 'name', filter.nameContains.trim()));
      if (filter.post) qb.innerJoin(StaffPostHolding, 'p', 'p.staffId = st.id AND p.post = :post', { post: filter.post });
      return qb;
    },
  },
  {
    list: [
      staffReader(exampleRequest()),
      { schoolId: 'school-1', campusId: 'campus-1', active: true, nameContains: 'Li', post: StaffPost.COOK },
    ],
  },
);
