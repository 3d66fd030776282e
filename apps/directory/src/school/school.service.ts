import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, newId, optionalText } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { byIdLoader, isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { District } from '../district/district.entity';
import { P } from '../permissions';
import { School } from './school.entity';
import type { CreateSchoolInput, SchoolFilter, UpdateSchoolInput } from './school.inputs';
import { announceSchoolChanged, announceSchoolCreated } from './school.events';
import { schoolChanges } from './school.rules';
import { schoolReader, schoolSql } from './school.store';

/** Schools (学校): reads scoped to the viewer; writes by district administrators. */
export class SchoolService {
  /** Schools in the viewer's scope: `byId` for field and reference resolvers, `get` for `school(id)`. */
  readonly reader: ScopedReader<School>;
  private districtLoader?: DataLoader<string, District | null>;

  constructor(private readonly ctx: SubgraphContext) {
    this.reader = schoolReader(ctx);
  }

  /** A school's district, batched across a page of schools (districts are not school-scoped). */
  district(id: string): Promise<District | null> {
    this.districtLoader ??= byIdLoader((ids) => this.ctx.dataSource.getRepository(District).find({ where: { id: In([...ids]) } }));
    return this.districtLoader.load(id);
  }

  list(filter: SchoolFilter, page: PageArgs): Promise<Page<School>> {
    return paginate(schoolSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
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
    const codeTaken = () => badInput('code', `A school with code ${input.code} already exists in the district.`);
    return this.ctx.dataSource.transaction(async (manager) => {
      const district = await manager.findOneOrFail(District, { where: { id: viewer.districtId } });
      if (await manager.exists(School, { where: { districtId: district.id, code: input.code } })) throw codeTaken();
      const school = manager.create(School, {
        id: newId(),
        districtId: district.id,
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        address: optionalText(input.address),
        studentCount: input.studentCount,
        active: true,
        timeZone: input.timeZone ?? district.timeZone,
      });
      try {
        await manager.insert(School, school);
      } catch (error) {
        if (isUniqueViolation(error)) throw codeTaken();
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'school.create',
        entityType: 'School',
        entityId: school.id,
        districtId: school.districtId,
        schoolId: school.id,
        changes: { ...input },
      });
      const created = await manager.findOneOrFail(School, { where: { id: school.id } });
      await announceSchoolCreated(manager, this.ctx, created);
      return created;
    });
  }

  async update(input: UpdateSchoolInput): Promise<School> {
    requirePermission(this.ctx.viewer, P.updateSchool);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const edit = { action: 'school.update', schoolId: current.id };
      const saved = await saveEdit(manager, this.ctx, {
        entity: School,
        typeName: 'School',
        current,
        version: input.version,
        changes: schoolChanges(input),
        audit: edit,
      });
      await announceSchoolChanged(manager, this.ctx, current, saved);
      return saved;
    });
  }
}
