import type DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import { badInput, newId, Page, PageArgs, parseId, shiftDate, todayIn } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, recordAudit, ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { CampusAssignment } from './campus-assignment.entity';
import { Campus } from './campus.entity';
import type { CampusFilter, CreateCampusInput, MoveCampusInput } from './campus.inputs';

/** A school has a handful of campuses; more than this is a data error, so the list stays bounded. */
export const MAX_CAMPUSES_PER_SCHOOL = 50;

/** Campuses (校区) and their school history. */
export class CampusService {
  readonly reader: ScopedReader<Campus>;
  private bySchoolLoader?: DataLoader<string, Campus[]>;
  private historyLoader?: DataLoader<string, CampusAssignment[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
  ) {
    this.reader = new ScopedReader(ctx, Campus, 'Campus', 'c');
  }

  byId(id: string): Promise<Campus | null> {
    return this.reader.byId(id);
  }

  get(id: string): Promise<Campus> {
    return this.reader.get(id);
  }

  list(filter: CampusFilter, page: PageArgs): Promise<Page<Campus>> {
    return this.reader.list(page, (qb) => {
      if (filter.schoolId) qb.andWhere('c.schoolId = :schoolId', { schoolId: filter.schoolId });
    });
  }

  /** Campuses of a school, batched across schools (one statement for a page of schools). */
  async ofSchool(schoolId: string): Promise<Campus[]> {
    this.bySchoolLoader ??= groupedLoader((schoolIds) => this.reader.query().andWhere('c.schoolId IN (:...schoolIds)', { schoolIds }).orderBy('c.id').getMany(), (c) => c.schoolId);
    return (await this.bySchoolLoader.load(schoolId)).slice(0, MAX_CAMPUSES_PER_SCHOOL);
  }

  /** Where the campus belonged over time, oldest first (batched). */
  history(campusId: string): Promise<CampusAssignment[]> {
    this.historyLoader ??= groupedLoader(
      (campusIds) => this.ctx.dataSource.getRepository(CampusAssignment).find({ where: { campusId: In([...campusIds]) }, order: { fromDate: 'ASC' } }),
      (a) => a.campusId,
    );
    return this.historyLoader.load(campusId);
  }

  async create(input: CreateCampusInput): Promise<Campus> {
    requirePermission(this.ctx.viewer, P.createCampus);
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId');
      const count = await manager.count(Campus, { where: { schoolId: school.id } });
      if (count >= MAX_CAMPUSES_PER_SCHOOL) throw badInput('schoolId', `A school can have at most ${MAX_CAMPUSES_PER_SCHOOL} campuses.`);
      const campus = manager.create(Campus, {
        id: newId(),
        districtId: school.districtId,
        schoolId: school.id,
        name: input.name.trim(),
        address: input.address?.trim() || null,
        active: true,
      });
      await manager.insert(Campus, campus);
      await manager.insert(CampusAssignment, {
        id: newId(),
        campusId: campus.id,
        schoolId: school.id,
        fromDate: todayIn(school.timeZone),
        toDate: null,
        reason: 'Campus created',
        recordedByAccountId: this.ctx.viewer?.accountId ?? null,
        recordedAt: new Date(),
      });
      await recordAudit(manager, this.ctx, { action: 'campus.create', entityType: 'Campus', entityId: campus.id, districtId: campus.districtId, schoolId: school.id, changes: { ...input } });
      return manager.findOneOrFail(Campus, { where: { id: campus.id } });
    });
  }

  /**
   * Moves a campus to another school: closes the open assignment the day before `effectiveOn` and
   * opens a new one, so reports for earlier months still attribute the campus to its old school.
   */
  async move(input: MoveCampusInput): Promise<Campus> {
    requirePermission(this.ctx.viewer, P.moveCampus);
    const campusId = parseId(input.campusId, 'campusId');
    return this.ctx.dataSource.transaction(async (manager) => {
      const campus = await this.reader.query(manager).andWhere('c.id = :campusId', { campusId }).getOne();
      if (!campus) throw badInput('campusId', 'campusId does not name a campus of your district.');
      const target = await this.schools.requireInDistrict(manager, input.toSchoolId, 'toSchoolId');
      if (target.id === campus.schoolId) throw badInput('toSchoolId', 'The campus already belongs to that school.');
      // The move changes Campus.schoolId now, so it is recorded on or after the day it takes effect.
      if (input.effectiveOn > todayIn(target.timeZone)) throw badInput('effectiveOn', 'effectiveOn must not be in the future; record the move on the day it takes effect.');
      const open = await manager.findOne(CampusAssignment, { where: { campusId, toDate: IsNull() } });
      if (open && open.fromDate >= input.effectiveOn) {
        throw badInput('effectiveOn', `effectiveOn must be after ${open.fromDate}, when the current assignment began.`);
      }
      if (open) await manager.update(CampusAssignment, { id: open.id }, { toDate: shiftDate(input.effectiveOn, -1) });
      await manager.insert(CampusAssignment, {
        id: newId(),
        campusId,
        schoolId: target.id,
        fromDate: input.effectiveOn,
        toDate: null,
        reason: input.reason.trim(),
        recordedByAccountId: this.ctx.viewer?.accountId ?? null,
        recordedAt: new Date(),
      });
      await manager.update(Campus, { id: campusId }, { schoolId: target.id, version: campus.version + 1 });
      await recordAudit(manager, this.ctx, {
        action: 'campus.move',
        entityType: 'Campus',
        entityId: campusId,
        districtId: campus.districtId,
        schoolId: target.id,
        changes: { fromSchoolId: campus.schoolId, toSchoolId: target.id, effectiveOn: input.effectiveOn, reason: input.reason },
      });
      return manager.findOneOrFail(Campus, { where: { id: campusId } });
    });
  }
}

