/**
 * Roles are permissions granted to an account, per school or (district roles) for the whole
 * district. They are distinct from a staff member's posts (岗位): a cook has no account at all, a
 * teacher who is also the safety officer may hold STAFF and SAFETY_OFFICER at one school.
 */
export enum Role {
  /** 区级管理员: runs the district's deployment; creates schools, accounts, grants roles. */
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  /** 区级审计: reads every school of the district, changes nothing. */
  DISTRICT_AUDITOR = 'DISTRICT_AUDITOR',
  /** 校长: approves above the general-affairs director's threshold. */
  PRINCIPAL = 'PRINCIPAL',
  /** 总务主任: runs the general-affairs office, approves within a threshold. */
  GENERAL_AFFAIRS_DIRECTOR = 'GENERAL_AFFAIRS_DIRECTOR',
  /** 报账员: keeps the books, files and reviews expense claims. */
  ACCOUNTANT = 'ACCOUNTANT',
  /** 食堂管理员: runs the canteen. */
  CANTEEN_MANAGER = 'CANTEEN_MANAGER',
  /** 保管员: receives, stores and issues goods. */
  STOREKEEPER = 'STOREKEEPER',
  /** 安全员: runs inspections and follows hazards. */
  SAFETY_OFFICER = 'SAFETY_OFFICER',
  /** 水电工 / maintenance: takes repair work orders. */
  MAINTENANCE = 'MAINTENANCE',
  /** 教职工: any staff member; files requests and reports repairs, sees only their own. */
  STAFF = 'STAFF',
  /**
   * 家长委员会: a member of a school's parents' committee. Not staff: reads the school's published menus
   * and its canteen statement (公示) and rates dishes; files nothing and approves nothing.
   */
  PARENT_COMMITTEE = 'PARENT_COMMITTEE',
}

export const DISTRICT_ROLES: ReadonlySet<Role> = new Set([Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR]);

export function isDistrictRole(role: Role): boolean {
  return DISTRICT_ROLES.has(role);
}
