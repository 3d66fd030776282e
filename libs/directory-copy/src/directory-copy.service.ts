import DataLoader from 'dataloader';
import { groupedLoader } from '@houqin/persistence';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { addSchoolDays, badInput, DEFAULT_TIME_ZONE, parseId, type TermDates, todayIn } from '@houqin/common';
import type { DataSource } from 'typeorm';
import { KnownCampus, KnownSchool, type KnownSchoolTerm, KnownStaff } from './directory-copy.entity';
import { directoryCopySql } from './directory-copy.store';

/**
 * What a service knows of the directory, from its own copy (kept by the directory's events): the
 * answers it validates inputs against, without reading the directory's tables or waiting for it.
 * Pass the mutation's manager to read inside its transaction. At `ctx.directoryCopy`.
 */
/** What the copy's reads need of a request context: the service's database and its clock. */
export interface DirectoryCopyContext {
  dataSource: DataSource;
  now: () => Date;
}

/** A school's zone from the copy, in `manager`'s transaction (Asia/Shanghai when the copy does not know the school): for jobs and handlers without a request context. */
export async function timeZoneIn(manager: EntityManager, schoolId: string): Promise<string> {
  return (await manager.findOne(KnownSchool, { where: { schoolId } }))?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** A job's reader of school zones (timeZoneIn): each school's read once per run, however many of its rows the job meets. */
export function timeZonesIn(manager: EntityManager): (schoolId: string) => Promise<string> {
  const zones = new Map<string, Promise<string>>();
  return (schoolId) => {
    let zone = zones.get(schoolId);
    if (!zone) zones.set(schoolId, (zone = timeZoneIn(manager, schoolId)));
    return zone;
  };
}

export class DirectoryCopyService {
  /** The zones of the schools a request reads, batched: a page of 50 hazards of 30 schools is one statement, not 30. */
  private zoneLoader?: DataLoader<string, string>;
  private termsLoader?: DataLoader<string, KnownSchoolTerm[]>;

  constructor(private readonly ctx: DirectoryCopyContext) {}

  private get manager(): EntityManager {
    return this.ctx.dataSource.manager;
  }

  /** The school as the service knows it, if it is a school of this district. */
  school(districtId: string, schoolId: string, manager: EntityManager = this.manager): Promise<KnownSchool | null> {
    return manager.findOne(KnownSchool, { where: { schoolId, districtId } });
  }

  /** The schools of this district among `schoolIds` (one statement), by id. */
  async schoolsIn(
    districtId: string,
    schoolIds: readonly string[],
    manager: EntityManager = this.manager,
  ): Promise<Map<string, KnownSchool>> {
    if (!schoolIds.length) return new Map();
    const schools = await manager.find(KnownSchool, { where: { districtId, schoolId: In([...schoolIds]) } });
    return new Map(schools.map((school) => [school.schoolId, school]));
  }

  /** The school's zone (Asia/Shanghai when the copy does not know the school). */
  timeZoneOf(schoolId: string, manager: EntityManager = this.manager): Promise<string> {
    // Inside a transaction, its own read; otherwise batched over the request (a field resolver per row).
    if (manager !== this.manager) return timeZoneIn(manager, schoolId);
    this.zoneLoader ??= new DataLoader(async (ids) => {
      const schools = await this.manager.find(KnownSchool, { where: { schoolId: In([...ids]) } });
      const zones = new Map(schools.map((school) => [school.schoolId, school.timeZone]));
      return ids.map((id) => zones.get(id) ?? DEFAULT_TIME_ZONE);
    });
    return this.zoneLoader.load(schoolId);
  }

  /** Today's date (YYYY-MM-DD) at the school, by the context's clock. */
  async todayAt(schoolId: string, manager: EntityManager = this.manager): Promise<string> {
    return todayIn(await this.timeZoneOf(schoolId, manager), this.ctx.now());
  }

  /**
   * The school an input names (`field`): BAD_USER_INPUT unless it is a school of this district (a
   * campus id, another district's school or an unknown id is refused) and, when `open` is asked, one
   * not closed or merged.
   */
  async requireSchool(
    districtId: string,
    schoolId: string,
    field: string,
    options: { open: boolean },
    manager: EntityManager = this.manager,
  ): Promise<KnownSchool> {
    const id = parseId(schoolId, field);
    const school = await this.school(districtId, id, manager);
    if (!school) {
      if (await manager.findOne(KnownCampus, { where: { campusId: id, districtId } }))
        throw badInput(field, `${field} names a campus; give the id of its school.`);
      throw badInput(field, `${field} does not name a school of your district.`);
    }
    if (options.open && !school.active) throw badInput(field, `${field} names a school that is closed or merged.`);
    return school;
  }

  /** The school a campus of this district belongs to now, or null for a campus the service does not know there. */
  async schoolOfCampus(districtId: string, campusId: string, manager: EntityManager = this.manager): Promise<string | null> {
    return (await manager.findOne(KnownCampus, { where: { campusId, districtId } }))?.schoolId ?? null;
  }

  /** A campus of `schoolId` that is in use, else BAD_USER_INPUT on `field`. */
  async requireCampusOf(manager: EntityManager, schoolId: string, campusId: string, field: string): Promise<KnownCampus> {
    const id = parseId(campusId, field);
    const campus = await manager.findOne(KnownCampus, { where: { campusId: id } });
    if (!campus || campus.schoolId !== schoolId) throw badInput(field, `${field} does not name a campus of the school.`);
    if (!campus.active) throw badInput(field, `${field} names a campus no longer in use.`);
    return campus;
  }

  /**
   * A staff member of `schoolId` who is still employed there, else BAD_USER_INPUT on `field`
   * (unknown, another school's, or left). For a food-safety manager, a roster entry, a duty list.
   */
  async assertStaffOf(manager: EntityManager, schoolId: string, staffId: string, field: string): Promise<KnownStaff> {
    const id = parseId(staffId, field);
    const staff = await manager.findOne(KnownStaff, { where: { staffId: id } });
    if (!staff || staff.schoolId !== schoolId) throw badInput(field, `${field} does not name a staff member of the school.`);
    if (!staff.active) throw badInput(field, `${field} names a staff member who has left the school.`);
    return staff;
  }

  /** The school's terms (学期), in date order: its calendar with the national one (`calendarDayKind`, `addSchoolDays`). */
  termsOf(schoolId: string, manager: EntityManager = this.manager): Promise<TermDates[]> {
    // Inside a transaction, its own read; otherwise batched over the request (a field resolver per school of a page).
    if (manager !== this.manager) return directoryCopySql.termsOf(manager, [schoolId]).getMany();
    this.termsLoader ??= groupedLoader(
      (ids) => directoryCopySql.termsOf(this.manager, ids).getMany(),
      (term) => term.schoolId,
    );
    return this.termsLoader.load(schoolId);
  }

  /** The school day `count` school days after `day` at the school (its terms, weekends, holidays and 调休). */
  async addSchoolDaysAt(schoolId: string, day: string, count: number, manager: EntityManager = this.manager): Promise<string> {
    return addSchoolDays(day, count, await this.termsOf(schoolId, manager));
  }

  /** The staff among `staffIds` (one statement), by id, whatever their school: for checks over a list. */
  async staffIn(staffIds: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, KnownStaff>> {
    if (!staffIds.length) return new Map();
    const rows = await manager.find(KnownStaff, { where: { staffId: In([...staffIds]) } });
    return new Map(rows.map((row) => [row.staffId, row]));
  }
}
