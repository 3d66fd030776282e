import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SCHOOL_STAFF_ROLES, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Staff, StaffPost, StaffPostHolding } from './staff.entity';
import type { StaffFilter } from './staff.inputs';

/**
 * Staff lists are staff business: a school viewer reads the staff of the schools where they hold a
 * staff role (SCHOOL_STAFF_ROLES), not of a school where they only sit on the parents' committee
 * (家长委员会); district roles read their whole district (the tenancy scope).
 */
function staffOfStaffSchools<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  if (viewer.schoolScope().kind === 'district') return;
  const schools = [...new Set(viewer.grants.filter((g) => g.schoolId && SCHOOL_STAFF_ROLES.includes(g.role)).map((g) => g.schoolId!))];
  qb.andWhere(schools.length ? `${alias}.schoolId IN (:...staffSchools)` : '1 = 0', { staffSchools: schools });
}

/** Staff as a viewer may read them: those of the schools in their scope where they are staff. */
export const staffReader = (ctx: ReadContext) => new ScopedReader(ctx, Staff, 'Staff', 'st', { visibility: staffOfStaffSchools });

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
