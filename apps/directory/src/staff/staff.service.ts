import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, newId, optionalText } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { Campus } from '../campus/campus.entity';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { Staff, StaffPostHolding } from './staff.entity';
import type { StaffPost } from './staff.entity';
import type { CreateStaffInput, StaffFilter, UpdateStaffInput } from './staff.inputs';
import { announceStaffChanged, announceStaffCreated, staffFacts } from './staff.events';
import { distinctPosts, staffChanges, storedEmployeeNumber } from './staff.rules';
import { staffReader, staffSql } from './staff.store';

/** Staff (教职工) of the schools, with their posts (岗位). */
export class StaffService {
  /** Staff in the viewer's scope: `byId` for `_entities` and field resolvers (N ids, one statement), `get` for `staffMember(id)`. */
  readonly reader: ScopedReader<Staff>;
  private postsLoader?: DataLoader<string, StaffPostHolding[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
  ) {
    this.reader = staffReader(ctx);
  }

  list(filter: StaffFilter, page: PageArgs): Promise<Page<Staff>> {
    return paginate(staffSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  /** Posts of a staff member, batched across a page of staff. */
  async posts(staffId: string): Promise<StaffPost[]> {
    this.postsLoader ??= groupedLoader(
      (staffIds) =>
        this.ctx.dataSource.getRepository(StaffPostHolding).find({ where: { staffId: In([...staffIds]) }, order: { post: 'ASC' } }),
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
    const employeeNumber = storedEmployeeNumber(input.employeeNumber);
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
        phone: optionalText(input.phone),
        active: true,
      });
      try {
        await manager.insert(Staff, staff);
      } catch (error) {
        if (isUniqueViolation(error)) throw this.duplicateNumber(employeeNumber);
        throw error;
      }
      await this.holdPosts(manager, staff.id, input.posts);
      await recordAudit(manager, this.ctx, {
        action: 'staff.create',
        entityType: 'Staff',
        entityId: staff.id,
        districtId: staff.districtId,
        schoolId: school.id,
        changes: { ...input },
      });
      const created = await manager.findOneOrFail(Staff, { where: { id: staff.id } });
      await announceStaffCreated(manager, this.ctx, created);
      return created;
    });
  }

  async update(input: UpdateStaffInput): Promise<Staff> {
    requirePermission(this.ctx.viewer, P.updateStaff);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      if (input.campusId) await this.requireCampusOfSchool(manager, input.campusId, current.schoolId);
      const before = await staffFacts(manager, current);
      const changes = staffChanges(input);
      const audit = { action: 'staff.update', schoolId: current.schoolId, changes: { ...changes, posts: input.posts } };
      const saved = await saveEdit(manager, this.ctx, {
        entity: Staff,
        typeName: 'Staff',
        current,
        version: input.version,
        changes,
        audit,
      });
      if (input.posts) {
        await manager.delete(StaffPostHolding, { staffId: saved.id });
        await this.holdPosts(manager, saved.id, input.posts);
      }
      await announceStaffChanged(manager, this.ctx, before, saved);
      return saved;
    });
  }

  private async holdPosts(manager: EntityManager, staffId: string, posts: StaffPost[]): Promise<void> {
    await manager.insert(
      StaffPostHolding,
      distinctPosts(posts).map((post) => ({ staffId, post })),
    );
  }
}
