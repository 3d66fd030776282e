import { definePermissions, Role } from '@houqin/auth';
import { deadLetterPermissions } from '@houqin/events';

const ADMIN = [Role.DISTRICT_ADMIN];
/** Adding staff, one (createStaff) or a file of them (importStaff): one rule for both. */
const ADD_STAFF = { doing: 'Adding staff', district: ADMIN };

/**
 * Who may do what in the directory: one rule per Mutation field (named like it), plus the read rules.
 * Only district administrators change schools, campuses, staff, accounts and roles; reading schools,
 * campuses and staff needs only a viewer, within their school scope (ScopedReader).
 */
export const P = definePermissions({
  login: { doing: 'Signing in', open: 'anonymous' },
  changePassword: { doing: 'Changing your password', open: 'signed-in' },
  markNotificationsRead: { doing: 'Marking your notifications read', open: 'signed-in' },
  markAllNotificationsRead: { doing: 'Marking your notifications read', open: 'signed-in' },
  createAccount: { doing: 'Creating accounts', district: ADMIN },
  grantRole: { doing: 'Granting roles', district: ADMIN },
  revokeRole: { doing: 'Revoking roles', district: ADMIN },
  deactivateAccount: { doing: 'Deactivating accounts', district: ADMIN },
  createCampus: { doing: 'Adding campuses', district: ADMIN },
  moveCampus: { doing: 'Moving campuses', district: ADMIN },
  createSchool: { doing: 'Adding schools', district: ADMIN },
  updateSchool: { doing: 'Changing schools', district: ADMIN },
  /** The school calendar (校历): the district for every school, a principal for theirs. */
  createSchoolTerm: { doing: 'Entering school terms', district: ADMIN, school: [Role.PRINCIPAL] },
  updateSchoolTerm: { doing: 'Changing school terms', district: ADMIN, school: [Role.PRINCIPAL] },
  createStaff: ADD_STAFF,
  importStaff: ADD_STAFF,
  updateStaff: { doing: 'Changing staff', district: ADMIN },
  /** Listing the district's accounts, and reading any account but one's own. */
  readAccounts: { doing: 'Listing accounts', district: [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR] },
  /** District webhooks: admins manage the endpoints; auditors may read them and their deliveries. */
  readWebhooks: { doing: 'Reading webhook endpoints and deliveries', district: [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR] },
  createWebhookEndpoint: { doing: 'Registering webhook endpoints', district: ADMIN },
  updateWebhookEndpoint: { doing: 'Changing webhook endpoints', district: ADMIN },
  pauseWebhookEndpoint: { doing: 'Pausing webhook endpoints', district: ADMIN },
  resumeWebhookEndpoint: { doing: 'Resuming webhook endpoints', district: ADMIN },
  rotateWebhookSecret: { doing: 'Rotating webhook secrets', district: ADMIN },
  deleteWebhookEndpoint: { doing: 'Deleting webhook endpoints', district: ADMIN },
  /** Reading (district admins and auditors) and replaying (district admins) the events the directory could not apply. */
  ...deadLetterPermissions('directory'),
});
