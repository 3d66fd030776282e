import type DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, newId, optionalText, parseId, todayIn } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, paginate, recordAudit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { CampusAssignment } from './campus-assignment.entity';
import { Campus } from './campus.entity';
import type { CampusFilter, CreateCampusInput, MoveCampusInput } from './campus.inputs';
import { announceCampusCreated, announceCampusMoved } from './campus.events';
import { checkMoveDate, checkRoomForCampus, lastDayBefore, MAX_CAMPUSES_PER_SCHOOL } from './campus.rules';
import { campusReader, campusSql } from './campus.store';

/** Campuses (校区) and their school history. */
export class CampusService {
  /** Campuses in the viewer's scope: `byId` for field and reference resolvers, `get` for `campus(id)`. */
  readonly reader: ScopedReader<Campus>;
  private bySchoolLoader?: DataLoader<string, Campus[]>;
  private historyLoader?: DataLoader<string, CampusAssignment[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
  ) {
    this.reader = campusReader(ctx);
  }

  list(filter: CampusFilter, page: PageArgs): Promise<Page<Campus>> {
    return paginate(campusSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  /** Campuses of a school, batched across schools (one statement for a page of schools). */
  async ofSchool(schoolId: string): Promise<Campus[]> {
    this.bySchoolLoader ??= groupedLoader(
      (schoolIds) => campusSql.ofSchools(this.ctx.dataSource.manager, this.reader, schoolIds).getMany(),
      (c) => c.schoolId,
    );
    return (await this.bySchoolLoader.load(schoolId)).slice(0, MAX_CAMPUSES_PER_SCHOOL);
  }

  /** Where the campus belonged over time, oldest first (batched). */
  history(campusId: string): Promise<CampusAssignment[]> {
    this.historyLoader ??= groupedLoader(
      (campusIds) =>
        this.ctx.dataSource.getRepository(CampusAssignment).find({ where: { campusId: In([...campusIds]) }, order: { fromDate: 'ASC' } }),
      (a) => a.campusId,
    );
    return this.historyLoader.load(campusId);
  }

  async create(input: CreateCampusInput): Promise<Campus> {
    requirePermission(this.ctx.viewer, P.createCampus);
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId');
      checkRoomForCampus(await manager.count(Campus, { where: { schoolId: school.id } }));
      const campus = manager.create(Campus, {
        id: newId(),
        districtId: school.districtId,
        schoolId: school.id,
        name: input.name.trim(),
        address: optionalText(input.address),
        active: true,
      });
      await manager.insert(Campus, campus);
      await this.openAssignment(manager, campus.id, school.id, todayIn(school.timeZone), 'Campus created');
      await recordAudit(manager, this.ctx, {
        action: 'campus.create',
        entityType: 'Campus',
        entityId: campus.id,
        districtId: campus.districtId,
        schoolId: school.id,
        changes: { ...input },
      });
      const created = await manager.findOneOrFail(Campus, { where: { id: campus.id } });
      await announceCampusCreated(manager, this.ctx, created);
      return created;
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
      const campus = await campusSql.toMove(manager, this.reader, campusId).getOne();
      if (!campus) throw badInput('campusId', 'campusId does not name a campus of your district.');
      const target = await this.schools.requireInDistrict(manager, input.toSchoolId, 'toSchoolId');
      if (target.id === campus.schoolId) throw badInput('toSchoolId', 'The campus already belongs to that school.');
      const open = await manager.findOne(CampusAssignment, { where: { campusId, toDate: IsNull() } });
      checkMoveDate(input.effectiveOn, todayIn(target.timeZone), open?.fromDate ?? null);
      const moved = await campusSql.moveTo(manager, campusId, campus.version, target.id).execute();
      if (!moved.affected) throw conflict(`Campus ${campusId} was changed by someone else meanwhile; reload it and try again.`);
      if (open) await manager.update(CampusAssignment, { id: open.id }, { toDate: lastDayBefore(input.effectiveOn) });
      await this.openAssignment(manager, campusId, target.id, input.effectiveOn, input.reason.trim());
      await recordAudit(manager, this.ctx, {
        action: 'campus.move',
        entityType: 'Campus',
        entityId: campusId,
        districtId: campus.districtId,
        schoolId: target.id,
        changes: { fromSchoolId: campus.schoolId, toSchoolId: target.id, effectiveOn: input.effectiveOn, reason: input.reason },
      });
      const after = await manager.findOneOrFail(Campus, { where: { id: campusId } });
      await announceCampusMoved(manager, this.ctx, after, {
        fromSchoolId: campus.schoolId,
        effectiveOn: input.effectiveOn,
        reason: input.reason.trim(),
      });
      return after;
    });
  }

  /** Starts the campus's period under a school (its history is never edited, only closed and continued). */
  private async openAssignment(
    manager: EntityManager,
    campusId: string,
    schoolId: string,
    fromDate: string,
    reason: string,
  ): Promise<void> {
    const recordedByAccountId = this.ctx.viewer?.accountId ?? null;
    await manager.insert(CampusAssignment, {
      id: newId(),
      campusId,
      schoolId,
      fromDate,
      toDate: null,
      reason,
      recordedByAccountId,
      recordedAt: new Date(),
    });
  }
}
