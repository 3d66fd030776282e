import type DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { badInput, conflict, newId, Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, isUniqueViolation, likeContains, recordAudit, ScopedReader, updateIfVersion } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { Campus } from '../campus/campus.entity';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { Staff, StaffPostHolding } from './staff.entity';
import type { StaffPost } from './staff.entity';
import type { CreateStaffInput, StaffFilter, UpdateStaffInput } from './staff.inputs';

/** Staff (教职工) of the schools, with their posts (岗位). */
export class StaffService {
  readonly reader: ScopedReader<Staff>;
  private postsLoader?: DataLoader<string, StaffPostHolding[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
  ) {
    this.reader = new ScopedReader(ctx, Staff, 'Staff', 'st');
  }

  /** Batched, scoped lookup used by `_entities` and field resolvers: N ids, one statement. */
  byId(id: string): Promise<Staff | null> {
    return this.reader.byId(id);
  }

  get(id: string): Promise<Staff> {
    return this.reader.get(id);
  }

  list(filter: StaffFilter, page: PageArgs): Promise<Page<Staff>> {
    return this.reader.list(page, (qb) => {
      if (filter.schoolId) qb.andWhere('st.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.campusId) qb.andWhere('st.campusId = :campusId', { campusId: filter.campusId });
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('st.active = :active', { active: filter.active });
      if (filter.nameContains) qb.andWhere(...likeContains('st.name', 'name', filter.nameContains.trim()));
      if (filter.post) qb.innerJoin(StaffPostHolding, 'p', 'p.staffId = st.id AND p.post = :post', { post: filter.post });
    });
  }

  /** Posts of a staff member, batched across a page of staff. */
  async posts(staffId: string): Promise<StaffPost[]> {
    this.postsLoader ??= groupedLoader(
      (staffIds) => this.ctx.dataSource.getRepository(StaffPostHolding).find({ where: { staffId: In([...staffIds]) }, order: { post: 'ASC' } }),
      (p) => p.staffId,
    );
    return (await this.postsLoader.load(staffId)).map((p) => p.post);
  }

  private async requireCampusOfSchool(manager: EntityManager, campusId: string, schoolId: string): Promise<void> {
    const campus = await manager.findOne(Campus, { where: { id: campusId } });
    if (!campus || campus.schoolId !== schoolId) throw badInput('campusId', 'campusId does not name a campus of that school.');
  }

  private duplicateNumber(employeeNumber: string) {
    return badInput('employeeNumber', `Employee number ${employeeNumber} is already used at this school.`);
  }

  async create(input: CreateStaffInput): Promise<Staff> {
    requirePermission(this.ctx.viewer, P.createStaff);
    // 工号 compare case-insensitively on MySQL but not on the embedded database: store one form.
    const employeeNumber = input.employeeNumber.toUpperCase();
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId');
      if (input.campusId) await this.requireCampusOfSchool(manager, input.campusId, school.id);
      if (await manager.exists(Staff, { where: { schoolId: school.id, employeeNumber } })) throw this.duplicateNumber(employeeNumber);
      const staff = manager.create(Staff, {
        id: newId(),
        districtId: school.districtId,
        schoolId: school.id,
        campusId: input.campusId ?? null,
        name: input.name.trim(),
        employeeNumber,
        phone: input.phone?.trim() || null,
        active: true,
      });
      try {
        await manager.insert(Staff, staff);
      } catch (error) {
        if (isUniqueViolation(error)) throw this.duplicateNumber(employeeNumber);
        throw error;
      }
      await manager.insert(StaffPostHolding, [...new Set(input.posts)].map((post) => ({ staffId: staff.id, post })));
      await recordAudit(manager, this.ctx, { action: 'staff.create', entityType: 'Staff', entityId: staff.id, districtId: staff.districtId, schoolId: school.id, changes: { ...input } });
      return manager.findOneOrFail(Staff, { where: { id: staff.id } });
    });
  }

  async update(input: UpdateStaffInput): Promise<Staff> {
    requirePermission(this.ctx.viewer, P.updateStaff);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const id = current.id;
      if (input.campusId) await this.requireCampusOfSchool(manager, input.campusId, current.schoolId);
      const changes: Partial<Staff> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
      if (input.campusId !== undefined) changes.campusId = input.campusId ?? null;
      if (input.phone !== undefined) changes.phone = input.phone?.trim() || null;
      if (input.active !== undefined && input.active !== null) changes.active = input.active;
      if (!(await updateIfVersion(manager, Staff, id, input.version, changes))) {
        throw conflict(`Staff ${id} was changed by someone else (your version ${input.version}, current ${current.version}); reload and try again.`, { currentVersion: current.version });
      }
      if (input.posts) {
        await manager.delete(StaffPostHolding, { staffId: id });
        await manager.insert(StaffPostHolding, [...new Set(input.posts)].map((post) => ({ staffId: id, post })));
      }
      await recordAudit(manager, this.ctx, { action: 'staff.update', entityType: 'Staff', entityId: id, districtId: current.districtId, schoolId: current.schoolId, changes: { ...changes, posts: input.posts } });
      return manager.findOneOrFail(Staff, { where: { id } });
    });
  }
}
