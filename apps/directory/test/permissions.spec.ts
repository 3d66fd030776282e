import { join } from 'node:path';
import { may, Viewer } from '@houqin/auth';
import { demoViewer, type DemoUsername, mutationNames, mutationsWithoutPermission } from '@houqin/testing';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { P } from '../src/permissions';

/**
 * The directory's permission table (src/permissions.ts) against the checked-in schema and against
 * what the integration tests prove, so "who may do what" is decided in one place and kept there.
 */
const SCHEMA = join(__dirname, '..', 'schema.graphql');
const as = (username: DemoUsername) => new Viewer(demoViewer(username));

/** The demo users the integration tests refuse every administrative mutation (accounts, schools, campuses, staff). */
const REFUSED: DemoUsername[] = ['principal', 'accountant', 'auditor', 'teacher'];
/** The school calendar's mutations: a principal keeps their own school's terms. */
const CALENDAR = ['createSchoolTerm', 'updateSchoolTerm'];

describe('the directory permission table', () => {
  it('has a rule for every mutation of the checked-in schema', () => {
    expect(mutationsWithoutPermission(SCHEMA, P)).toEqual([]);
  });

  it('names no action beyond the mutations but its read rules', () => {
    const mutations = new Set(mutationNames(SCHEMA));
    expect(Object.keys(P).filter((action) => !mutations.has(action))).toEqual(['readAccounts', 'readWebhooks', 'readDeadLetters']);
  });

  it('lets only the district administrator change the directory, but for the school calendar', () => {
    const administrative = mutationNames(SCHEMA).filter((name) => !P[name as keyof typeof P].open && !CALENDAR.includes(name));
    expect(administrative.sort()).toEqual([
      'createAccount',
      'createCampus',
      'createSchool',
      'createStaff',
      'createWebhookEndpoint',
      'deactivateAccount',
      'deleteWebhookEndpoint',
      'grantRole',
      'importStaff',
      'moveCampus',
      'pauseWebhookEndpoint',
      'replayDirectoryDeadLetter',
      'resumeWebhookEndpoint',
      'revokeRole',
      'rotateWebhookSecret',
      'updateSchool',
      'updateStaff',
      'updateWebhookEndpoint',
    ]);
    for (const action of administrative) {
      const rule = P[action as keyof typeof P];
      const allowed = REFUSED.filter((username) => may(as(username), rule));
      expect({ action, admin: may(as('admin'), rule), allowed }).toEqual({ action, admin: true, allowed: [] });
    }
  });

  it('lets the district administrator keep every school calendar (校历), and a principal their own school’s', () => {
    const firstPrimary = demoViewer('principal').grants[0].schoolId!;
    for (const action of CALENDAR) {
      const rule = P[action as keyof typeof P];
      expect(
        ['admin', 'principal', 'accountant', 'auditor', 'teacher', 'director'].filter((u) => may(as(u as DemoUsername), rule)),
      ).toEqual(['admin', 'principal']);
      expect(may(as('principal'), rule, firstPrimary)).toBe(true);
      expect(may(as('principal'), rule, DEMO_SCHOOLS.secondJunior.id)).toBe(false);
    }
  });

  it('lets anyone sign in, anyone signed in change their password, and district roles list accounts', () => {
    expect(may(null, P.login)).toBe(true);
    expect(may(null, P.changePassword)).toBe(false);
    expect(may(as('teacher'), P.changePassword)).toBe(true);
    const readers: DemoUsername[] = ['admin', 'auditor', 'principal', 'teacher'];
    expect(readers.filter((username) => may(as(username), P.readAccounts))).toEqual(['admin', 'auditor']);
  });

  it('lets district roles read webhook endpoints and deliveries, and no school role', () => {
    const everyone: DemoUsername[] = ['admin', 'auditor', 'principal', 'accountant', 'teacher'];
    expect(everyone.filter((username) => may(as(username), P.readWebhooks))).toEqual(['admin', 'auditor']);
    expect(everyone.filter((username) => may(as(username), P.createWebhookEndpoint))).toEqual(['admin']);
  });

  it('lets district roles read dead letters, and only the district administrator replay them', () => {
    const everyone: DemoUsername[] = ['admin', 'auditor', 'principal', 'accountant', 'teacher'];
    expect(everyone.filter((username) => may(as(username), P.readDeadLetters))).toEqual(['admin', 'auditor']);
    expect(everyone.filter((username) => may(as(username), P.replayDirectoryDeadLetter))).toEqual(['admin']);
  });
});
