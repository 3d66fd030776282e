import { z } from 'zod';
import { Role } from '@houqin/auth';
import { defineEvent, field } from '../event-definition';

/**
 * Events the directory publishes, so that other services keep their own copy of the few facts they
 * validate against (does this school exist in this district and is it active; is this staff member
 * active and at this school) without reading the directory's tables. A `changed` event carries the
 * whole current fact set plus the names of the fields that changed, so a consumer that missed one
 * still ends up right, and a new service fills its copy by replaying the stream.
 */

const schoolKind = z.enum(['PRIMARY', 'JUNIOR_MIDDLE', 'NINE_YEAR', 'HIGH']);
/** The posts (岗位) a staff member may hold, as the directory publishes them: the one list other services check a post against. */
export const staffPost = z.enum([
  'PRINCIPAL',
  'GENERAL_AFFAIRS_DIRECTOR',
  'ACCOUNTANT',
  'STOREKEEPER',
  'CANTEEN_MANAGER',
  'COOK',
  'ELECTRICIAN',
  'PLUMBER',
  'CLEANER',
  'GARDENER',
  'DORMITORY_MANAGER',
  'SECURITY_GUARD',
  'SAFETY_OFFICER',
  'TEACHER',
]);

const school = {
  schoolId: field.id(),
  code: field.text(32).describe("The school's code in the district."),
  name: field.text(120),
  kind: schoolKind.describe('Kind of school (学校类型).'),
  active: z.boolean().describe('False once the school is closed or merged into another.'),
  timeZone: field.text(64).describe("The school's IANA time zone, e.g. Asia/Shanghai."),
};

const staff = {
  staffId: field.id(),
  schoolId: field.id(),
  campusId: field.id().nullable().describe('The campus they work at; null when not assigned to one.'),
  name: field.text(120),
  posts: z.array(staffPost).describe('The posts (岗位) they hold at the school.'),
  active: z.boolean().describe('False once the staff member is deactivated.'),
};

const campus = {
  campusId: field.id(),
  schoolId: field.id().describe('The school the campus belongs to now.'),
  name: field.text(120),
  active: z.boolean(),
};

/** An account's facts: whose it is, whether it may sign in, and the roles in force (district roles with schoolId null). */
const account = {
  accountId: field.id(),
  staffId: field.id().nullable().describe('The staff record the account belongs to; null for an account without one.'),
  active: z.boolean().describe('False once deactivated: it can no longer sign in.'),
  grants: z
    .array(z.object({ role: z.enum(Role), schoolId: field.id().nullable().describe('Where the role is held; null for a district role.') }))
    .max(100)
    .describe('The roles in force.'),
};

const changedFields = z.array(z.string().max(64)).min(1).describe('Which fields the change touched (their names as in the payload).');

export const directoryEvents = {
  schoolCreated: defineEvent({
    type: 'directory.school.created',
    version: 1,
    publisher: 'directory',
    description: 'A district admin created a school.',
    payload: z.object(school),
  }),
  schoolChanged: defineEvent({
    type: 'directory.school.changed',
    version: 1,
    publisher: 'directory',
    description: "A school's name, kind, zone or active flag changed (closing or merging a school sets active false).",
    payload: z.object({ ...school, changedFields }),
  }),
  staffCreated: defineEvent({
    type: 'directory.staff.created',
    version: 1,
    publisher: 'directory',
    description: 'A staff member was added to a school.',
    payload: z.object(staff),
  }),
  staffChanged: defineEvent({
    type: 'directory.staff.changed',
    version: 1,
    publisher: 'directory',
    description: "A staff member's name, campus, posts or active flag changed.",
    payload: z.object({ ...staff, changedFields }),
  }),
  campusCreated: defineEvent({
    type: 'directory.campus.created',
    version: 1,
    publisher: 'directory',
    description: 'A district admin added a campus (校区) to a school.',
    payload: z.object(campus),
  }),
  schoolTermSaved: defineEvent({
    type: 'directory.school.termSaved',
    version: 1,
    publisher: 'directory',
    description:
      "A term (学期) was added to a school calendar (校历) or changed: the term's facts as they now are. Services that count school days keep the terms.",
    payload: z.object({
      termId: field.id(),
      schoolId: field.id(),
      name: field.text(120),
      startsOn: field.date().describe('The first day of the term.'),
      endsOn: field.date().describe('The last day of the term.'),
    }),
  }),
  accountCreated: defineEvent({
    type: 'directory.account.created',
    version: 1,
    publisher: 'directory',
    description:
      'A district admin created a login account (district-wide: schoolId null), with the staff member it belongs to and its roles.',
    payload: z.object(account),
  }),
  accountChanged: defineEvent({
    type: 'directory.account.changed',
    version: 1,
    publisher: 'directory',
    description: "A role was granted to or revoked from an account: the account's facts with the grants now in force.",
    payload: z.object({ ...account, changedFields }),
  }),
  accountDeactivated: defineEvent({
    type: 'directory.account.deactivated',
    version: 1,
    publisher: 'directory',
    description: 'A district admin deactivated an account: it can no longer sign in, and should no longer be told anything.',
    payload: z.object({ accountId: field.id(), staffId: field.id().nullable() }),
  }),
  accountPasswordChanged: defineEvent({
    type: 'directory.account.passwordChanged',
    version: 1,
    publisher: 'directory',
    description:
      "An account's password was changed: every session signed in before the change has ended (the gateway drops its cached viewer at once). Carries no secret.",
    payload: z.object({ accountId: field.id(), staffId: field.id().nullable() }),
  }),
  campusMoved: defineEvent({
    type: 'directory.campus.moved',
    version: 1,
    publisher: 'directory',
    description:
      "A campus moved to another school (e.g. a merger); the envelope's schoolId is the school that took it over. Carries the campus's facts after the move, like a `changed` event.",
    payload: z.object({
      campusId: field.id(),
      fromSchoolId: field.id(),
      toSchoolId: field.id(),
      name: campus.name,
      active: campus.active,
      effectiveOn: field.date(),
      reason: field.text(),
    }),
  }),
};
