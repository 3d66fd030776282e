import { registerEnumType } from 'type-graphql';
import { Role } from '@houqin/auth';

/** 学校类型 */
export enum SchoolKind {
  PRIMARY = 'PRIMARY',
  JUNIOR_MIDDLE = 'JUNIOR_MIDDLE',
  NINE_YEAR = 'NINE_YEAR',
  HIGH = 'HIGH',
}

registerEnumType(SchoolKind, {
  name: 'SchoolKind',
  description: 'Kind of school (学校类型).',
  valuesConfig: {
    PRIMARY: { description: 'Primary school (小学), grades 1–6.' },
    JUNIOR_MIDDLE: { description: 'Junior middle school (初中), grades 7–9.' },
    NINE_YEAR: { description: 'Nine-year school (九年一贯制学校), grades 1–9.' },
    HIGH: { description: 'Senior high school (高中), grades 10–12.' },
  },
});

/** 岗位: what a staff member does. A person may hold several posts. */
export enum StaffPost {
  PRINCIPAL = 'PRINCIPAL',
  GENERAL_AFFAIRS_DIRECTOR = 'GENERAL_AFFAIRS_DIRECTOR',
  ACCOUNTANT = 'ACCOUNTANT',
  STOREKEEPER = 'STOREKEEPER',
  CANTEEN_MANAGER = 'CANTEEN_MANAGER',
  COOK = 'COOK',
  ELECTRICIAN = 'ELECTRICIAN',
  PLUMBER = 'PLUMBER',
  CLEANER = 'CLEANER',
  GARDENER = 'GARDENER',
  DORMITORY_MANAGER = 'DORMITORY_MANAGER',
  SECURITY_GUARD = 'SECURITY_GUARD',
  SAFETY_OFFICER = 'SAFETY_OFFICER',
  TEACHER = 'TEACHER',
}

registerEnumType(StaffPost, {
  name: 'StaffPost',
  description: 'A post (岗位) held by a staff member.',
  valuesConfig: {
    PRINCIPAL: { description: 'Principal (校长).' },
    GENERAL_AFFAIRS_DIRECTOR: { description: 'General-affairs director (总务主任).' },
    ACCOUNTANT: { description: 'Accountant who keeps the books and files claims (报账员).' },
    STOREKEEPER: { description: 'Storekeeper (保管员).' },
    CANTEEN_MANAGER: { description: 'Canteen manager (食堂管理员).' },
    COOK: { description: 'Cook (厨师).' },
    ELECTRICIAN: { description: 'Electrician (电工).' },
    PLUMBER: { description: 'Plumber (水工).' },
    CLEANER: { description: 'Cleaner (保洁员).' },
    GARDENER: { description: 'Gardener (绿化工).' },
    DORMITORY_MANAGER: { description: 'Dormitory manager (宿管员).' },
    SECURITY_GUARD: { description: 'Security guard (保安).' },
    SAFETY_OFFICER: { description: 'Safety officer (安全员).' },
    TEACHER: { description: 'Teacher (教师).' },
  },
});

registerEnumType(Role, {
  name: 'Role',
  description: 'A permission granted to an account, at one school or district-wide (角色).',
  valuesConfig: {
    DISTRICT_ADMIN: { description: 'District administrator (区级管理员): schools, accounts, roles.' },
    DISTRICT_AUDITOR: { description: 'District auditor (区级审计): reads every school, changes nothing.' },
    PRINCIPAL: { description: 'Principal (校长).' },
    GENERAL_AFFAIRS_DIRECTOR: { description: 'General-affairs director (总务主任).' },
    ACCOUNTANT: { description: 'Accountant (报账员).' },
    CANTEEN_MANAGER: { description: 'Canteen manager (食堂管理员).' },
    STOREKEEPER: { description: 'Storekeeper (保管员).' },
    SAFETY_OFFICER: { description: 'Safety officer (安全员).' },
    MAINTENANCE: { description: 'Maintenance worker (水电工).' },
    STAFF: { description: 'Any staff member (教职工): files requests and reports repairs.' },
  },
});

export { Role };

/** Column and input limits, one place for both. */
export const LIMITS = {
  name: 120,
  address: 255,
  code: 32,
  phone: 20,
  employeeNumber: 32,
  username: 64,
  reason: 500,
  timeZone: 64,
} as const;
