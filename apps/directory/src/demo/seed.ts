import type { DataSource, EntityManager } from 'typeorm';
import { type Logger, newId } from '@houqin/common';
import { hashPassword, type Role } from '@houqin/auth';
import { type Actor, recordAudit } from '@houqin/persistence';
import { OutboxEvent } from '@houqin/events';
import {
  demoAccountStaffId,
  DEMO_ACCOUNTS,
  DEMO_CAMPUSES,
  DEMO_DISTRICT,
  DEMO_PASSWORD,
  DEMO_SCHOOL_ORDER,
  DEMO_SCHOOLS,
  demoStaffIdFor,
  DEMO_TERMS,
  demoTermId,
} from '@houqin/demo';
import { RoleGrant, UserAccount } from '../account/account.entity';
import { announceAccountCreated } from '../account/account.events';
import { announceCampusCreated } from '../campus/campus.events';
import { announceSchoolCreated } from '../school/school.events';
import { announceStaffCreated } from '../staff/staff.events';
import { CampusAssignment } from '../campus/campus-assignment.entity';
import { Campus } from '../campus/campus.entity';
import { District } from '../district/district.entity';
import { School, type SchoolKind } from '../school/school.entity';
import { Staff, StaffPost, StaffPostHolding } from '../staff/staff.entity';
import { SchoolTerm } from '../term/term.entity';
import { announceTermSaved } from '../term/term.events';

/** Plausible names, one per post (in DEMO_STAFF_POSTS order), reused per school with the school's prefix in the employee number. */
const PEOPLE: [StaffPost, string][] = [
  [StaffPost.PRINCIPAL, 'Wang Jianguo (王建国)'],
  [StaffPost.GENERAL_AFFAIRS_DIRECTOR, 'Li Ming (李明)'],
  [StaffPost.ACCOUNTANT, 'Zhang Li (张丽)'],
  [StaffPost.STOREKEEPER, 'Chen Hua (陈华)'],
  [StaffPost.CANTEEN_MANAGER, 'Zhao Qiang (赵强)'],
  [StaffPost.COOK, 'Huang Wei (黄伟)'],
  [StaffPost.ELECTRICIAN, 'Sun Gang (孙刚)'],
  [StaffPost.PLUMBER, 'Ma Jun (马军)'],
  [StaffPost.CLEANER, 'He Fang (何芳)'],
  [StaffPost.GARDENER, 'Lin Tao (林涛)'],
  [StaffPost.DORMITORY_MANAGER, 'Guo Min (郭敏)'],
  [StaffPost.SECURITY_GUARD, 'Luo Bin (罗斌)'],
  [StaffPost.SAFETY_OFFICER, 'Liu Yang (刘洋)'],
  [StaffPost.TEACHER, 'Zhou Jing (周静)'],
];

/** Staff ids follow the numbering shared with the other services' demo seeds (@houqin/demo). */

/**
 * Seeds the demo district into an empty directory database, and publishes a `created` event for
 * everything it seeded (in the same transaction, through the outbox) so the other services' copies
 * fill up. On a database seeded before the directory published events, it publishes them once.
 * Otherwise it does nothing.
 */
export async function seedDirectoryDemo(dataSource: DataSource, logger: Logger, hashCost: number): Promise<void> {
  const actor = { viewer: null, requestId: 'seed-demo' };
  if (await dataSource.getRepository(District).exists({ where: { id: DEMO_DISTRICT.id } })) {
    if (await dataSource.getRepository(OutboxEvent).exists({ where: { type: 'directory.school.created' } })) return;
    await dataSource.transaction((m) => announceDistrict(m, actor, DEMO_DISTRICT.id));
    logger.info('published the demo district seeded before the directory published events');
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD, hashCost);
  await dataSource.transaction(async (m) => {
    await m.insert(District, {
      id: DEMO_DISTRICT.id,
      code: DEMO_DISTRICT.code,
      name: DEMO_DISTRICT.name,
      timeZone: DEMO_DISTRICT.timeZone,
    });
    for (const key of DEMO_SCHOOL_ORDER) {
      const s = DEMO_SCHOOLS[key];
      await m.insert(School, {
        id: s.id,
        districtId: DEMO_DISTRICT.id,
        code: s.code,
        name: s.name,
        kind: s.kind as SchoolKind,
        address: s.address,
        studentCount: s.studentCount,
        active: s.active,
        timeZone: DEMO_DISTRICT.timeZone,
      });
    }
    for (const c of Object.values(DEMO_CAMPUSES)) {
      await m.insert(Campus, { id: c.id, districtId: DEMO_DISTRICT.id, schoolId: c.schoolId, name: c.name, address: null, active: true });
      const recorded = { recordedByAccountId: null, recordedAt: new Date() };
      if ('previousSchoolId' in c) {
        // The merger: West Campus was Riverside Primary's until the day before it moved.
        await m.insert(CampusAssignment, {
          id: newId(),
          campusId: c.id,
          schoolId: c.previousSchoolId,
          fromDate: '2010-09-01',
          toDate: '2024-08-31',
          reason: 'Founded as Riverside Primary School',
          ...recorded,
        });
        await m.insert(CampusAssignment, {
          id: newId(),
          campusId: c.id,
          schoolId: c.schoolId,
          fromDate: c.movedOn,
          toDate: null,
          reason: 'Merger of Riverside Primary into First Experimental Primary (district decision 2024-07)',
          ...recorded,
        });
      } else {
        await m.insert(CampusAssignment, {
          id: newId(),
          campusId: c.id,
          schoolId: c.schoolId,
          fromDate: '2010-09-01',
          toDate: null,
          reason: 'Campus created',
          ...recorded,
        });
      }
    }
    // Staff in every post at the active schools (Riverside's staff moved with the merger).
    for (const [index, key] of DEMO_SCHOOL_ORDER.entries()) {
      const school = DEMO_SCHOOLS[key];
      if (!school.active) continue;
      const campusId = Object.values(DEMO_CAMPUSES).find((c) => c.schoolId === school.id)?.id ?? null;
      for (const [n, [post, name]] of PEOPLE.entries()) {
        const id = demoStaffIdFor(key, post);
        await m.insert(Staff, {
          id,
          districtId: DEMO_DISTRICT.id,
          schoolId: school.id,
          campusId,
          name,
          employeeNumber: `S${index + 1}${String(n + 1).padStart(3, '0')}`,
          phone: `0571-8800${index}${String(n).padStart(3, '0')}`,
          active: true,
        });
        await m.insert(StaffPostHolding, { staffId: id, post });
      }
    }
    // The school calendar (校历): the district's terms at every active school.
    for (const key of DEMO_SCHOOL_ORDER.filter((k) => DEMO_SCHOOLS[k].active))
      for (const [index, term] of DEMO_TERMS.entries())
        await m.insert(SchoolTerm, { id: demoTermId(key, index), districtId: DEMO_DISTRICT.id, schoolId: DEMO_SCHOOLS[key].id, ...term });
    // The safety officer also teaches: a person may hold several posts.
    await m.insert(StaffPostHolding, { staffId: demoStaffIdFor('firstPrimary', StaffPost.SAFETY_OFFICER), post: StaffPost.TEACHER });
    for (const a of DEMO_ACCOUNTS) {
      const staffId = demoAccountStaffId(a);
      await m.insert(UserAccount, {
        id: a.id,
        districtId: DEMO_DISTRICT.id,
        username: a.username,
        displayName: a.displayName,
        passwordHash,
        staffId,
        active: true,
        sessionVersion: 1,
      });
      await m.insert(RoleGrant, {
        id: newId(),
        accountId: a.id,
        role: a.role as Role,
        schoolId: a.school ? DEMO_SCHOOLS[a.school].id : null,
        grantedByAccountId: null,
        grantedAt: new Date(),
        revokedAt: null,
        revokedByAccountId: null,
      });
    }
    await recordAudit(m, actor, {
      action: 'demo.seed',
      entityType: 'District',
      entityId: DEMO_DISTRICT.id,
      districtId: DEMO_DISTRICT.id,
      changes: { schools: DEMO_SCHOOL_ORDER.length, accounts: DEMO_ACCOUNTS.length },
    });
    await announceDistrict(m, actor, DEMO_DISTRICT.id);
  });
  logger.info(
    { accounts: DEMO_ACCOUNTS.map((a) => a.username) },
    `seeded the demo district; every demo account's password is "${DEMO_PASSWORD}"`,
  );
}

/** A `created` event for every school, campus, staff member and account of the district, with their facts as they are now. */
async function announceDistrict(m: EntityManager, actor: Actor, districtId: string): Promise<void> {
  const order = { id: 'ASC' } as const;
  for (const school of await m.find(School, { where: { districtId }, order })) await announceSchoolCreated(m, actor, school);
  for (const campus of await m.find(Campus, { where: { districtId }, order })) await announceCampusCreated(m, actor, campus);
  for (const staff of await m.find(Staff, { where: { districtId }, order })) await announceStaffCreated(m, actor, staff);
  for (const term of await m.find(SchoolTerm, { where: { districtId }, order })) await announceTermSaved(m, actor, term);
  for (const account of await m.find(UserAccount, { where: { districtId }, order })) await announceAccountCreated(m, actor, account);
}
