import type DataLoader from 'dataloader';
import { Brackets, EntityManager, In } from 'typeorm';
import { badInput, conflict, newId, Page, PageArgs } from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { byIdLoader, isUniqueViolation, likeContains, recordAudit, ScopedReader, updateIfVersion } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { District } from '../district/district.entity';
import { P } from '../permissions';
import { School } from './school.entity';
import type { CreateSchoolInput, SchoolFilter, UpdateSchoolInput } from './school.inputs';

/** Schools (学校): reads scoped to the viewer; writes by district administrators. */
export class SchoolService {
  /** A school's own id is its school scope. */
  readonly reader: ScopedReader<School>;
  private districtLoader?: DataLoader<string, District | null>;

  constructor(private readonly ctx: SubgraphContext) {
    this.reader = new ScopedReader(ctx, School, 'School', 's', { columns: { school: 's.id', district: 's.districtId' } });
  }

  /** Batched, scoped lookup: out-of-scope and unknown ids load as null. */
  byId(id: string): Promise<School | null> {
    return this.reader.byId(id);
  }

  get(id: string): Promise<School> {
    return this.reader.get(id);
  }

  /** A school's district, batched across a page of schools (districts are not school-scoped). */
  district(id: string): Promise<District | null> {
    this.districtLoader ??= byIdLoader((ids) => this.ctx.dataSource.getRepository(District).find({ where: { id: In([...ids]) } }));
    return this.districtLoader.load(id);
  }

  list(filter: SchoolFilter, page: PageArgs): Promise<Page<School>> {
    return this.reader.list(page, (qb) => {
      if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('s.active = :active', { active: filter.active });
      if (filter.search) {
        const search = filter.search.trim();
        qb.andWhere(new Brackets((w) => w.where(...likeContains('s.name', 'like', search)).orWhere('s.code = :code', { code: search })));
      }
    });
  }

  /**
   * For inputs that name a school: it must exist in the viewer's district, else BAD_USER_INPUT on
   * that field (an unknown school in an input is a mistake in the input, not a missing object).
   */
  async requireInDistrict(manager: EntityManager, schoolId: string, field: string): Promise<School> {
    const viewer = requireViewer(this.ctx.viewer);
    const school = await manager.findOne(School, { where: { id: schoolId, districtId: viewer.districtId } });
    if (!school) throw badInput(field, `${field} does not name a school of your district.`);
    // Nothing new is attached to a closed or merged school; its history stays readable.
    if (!school.active) throw badInput(field, `${field} names a closed or merged school.`);
    return school;
  }

  async create(input: CreateSchoolInput): Promise<School> {
    const viewer = requirePermission(this.ctx.viewer, P.createSchool);
    return this.ctx.dataSource.transaction(async (manager) => {
      const district = await manager.findOneOrFail(District, { where: { id: viewer.districtId } });
      if (await manager.exists(School, { where: { districtId: district.id, code: input.code } })) {
        throw badInput('code', `A school with code ${input.code} already exists in the district.`);
      }
      const school = manager.create(School, {
        id: newId(),
        districtId: district.id,
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        address: input.address?.trim() || null,
        studentCount: input.studentCount,
        active: true,
        timeZone: input.timeZone ?? district.timeZone,
      });
      try {
        await manager.insert(School, school);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('code', `A school with code ${input.code} already exists in the district.`);
        throw error;
      }
      await recordAudit(manager, this.ctx, { action: 'school.create', entityType: 'School', entityId: school.id, districtId: school.districtId, schoolId: school.id, changes: { ...input } });
      return manager.findOneOrFail(School, { where: { id: school.id } });
    });
  }

  async update(input: UpdateSchoolInput): Promise<School> {
    requirePermission(this.ctx.viewer, P.updateSchool);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const id = current.id;
      const changes: Partial<School> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
      if (input.kind !== undefined && input.kind !== null) changes.kind = input.kind;
      if (input.address !== undefined) changes.address = input.address?.trim() || null;
      if (input.studentCount !== undefined && input.studentCount !== null) changes.studentCount = input.studentCount;
      if (input.active !== undefined && input.active !== null) changes.active = input.active;
      if (!(await updateIfVersion(manager, School, id, input.version, changes))) {
        throw conflict(`School ${id} was changed by someone else (your version ${input.version}, current ${current.version}); reload and try again.`, { currentVersion: current.version });
      }
      await recordAudit(manager, this.ctx, { action: 'school.update', entityType: 'School', entityId: id, districtId: current.districtId, schoolId: id, changes });
      return manager.findOneOrFail(School, { where: { id } });
    });
  }
}

