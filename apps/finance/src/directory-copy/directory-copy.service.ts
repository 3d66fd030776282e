import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@houqin/auth';
import { badInput } from '@houqin/common';
import { KnownCampus, KnownSchool, KnownStaff } from './directory-copy.entity';
import { directoryCopySql } from './directory-copy.store';

/**
 * What finance knows of the directory, from its own copy (kept by the directory's events): the
 * answers finance validates inputs against, without reading the directory's tables or waiting for it.
 * Pass the mutation's manager to read inside its transaction.
 */
export class DirectoryCopy {
  constructor(private readonly dataSource: DataSource) {}

  /** The school as finance knows it, if it is a school of this district. */
  school(districtId: string, schoolId: string, manager: EntityManager = this.dataSource.manager): Promise<KnownSchool | null> {
    return manager.findOne(KnownSchool, { where: { schoolId, districtId } });
  }

  /** The schools of this district among `schoolIds` (one statement), by id: for inputs that name many schools at once. */
  async schoolsIn(
    districtId: string,
    schoolIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, KnownSchool>> {
    if (!schoolIds.length) return new Map();
    const schools = await manager.find(KnownSchool, { where: { districtId, schoolId: In([...schoolIds]) } });
    return new Map(schools.map((school) => [school.schoolId, school]));
  }

  /** True when the school exists in this district and is open (not closed or merged). */
  async schoolIsActive(districtId: string, schoolId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.school(districtId, schoolId, manager))?.active === true;
  }

  /** The school a campus of this district belongs to now, or null for a campus finance does not know there. */
  async schoolOfCampus(districtId: string, campusId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    return (await manager.findOne(KnownCampus, { where: { campusId, districtId } }))?.schoolId ?? null;
  }

  /** True when the staff member is active and employed at this school. */
  async staffActiveAt(staffId: string, schoolId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const staff = await manager.findOne(KnownStaff, { where: { staffId } });
    return staff?.active === true && staff.schoolId === schoolId;
  }

  /**
   * The school an input names (`field`), checked against the copy: BAD_USER_INPUT unless it is a
   * school of this district (a campus id, another district's school or an unknown id is refused), and,
   * when `open` is asked, one not closed or merged. Pass the mutation's manager.
   */
  async requireSchool(
    districtId: string,
    schoolId: string,
    field: string,
    options: { open: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<KnownSchool> {
    const school = await this.school(districtId, schoolId, manager);
    if (!school) {
      if (await this.schoolOfCampus(districtId, schoolId, manager))
        throw badInput(field, `${field} names a campus; give the id of its school.`);
      throw badInput(field, `${field} does not name a school of your district.`);
    }
    if (options.open && !school.active) throw badInput(field, `${field} names a school that is closed or merged.`);
    return school;
  }

  /** Active accounts that hold `role` at the school (the grants in force as the directory last published them). */
  async holdersOf(role: Role, schoolId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await directoryCopySql.holders(manager, role, schoolId).getRawMany<{ accountId: string }>();
    return rows.map((r) => r.accountId);
  }

  /** `holdersOf` but `exceptAccountId`: e.g. whether anyone but a claimant can review their claim. */
  async otherHoldersOf(role: Role, schoolId: string, exceptAccountId: string, manager?: EntityManager): Promise<string[]> {
    return (await this.holdersOf(role, schoolId, manager)).filter((accountId) => accountId !== exceptAccountId);
  }
}
