import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@houqin/demo';
import { demoViewer, type DemoUsername, type TestSubgraph } from '@houqin/testing';
import {
  auditEntries,
  demoStaff,
  expectBadInput,
  expectCode,
  expectNoWrites,
  SCHOOL,
  startDirectory,
  UNKNOWN_ID,
  viewerForToken,
  walk,
} from './support';

const ACCOUNT_FIELDS =
  'id username displayName staffId active lastLoginAt roles { id role schoolId revokedAt school { id } } staff { id posts }';
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { ${ACCOUNT_FIELDS} } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { ${ACCOUNT_FIELDS} } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { ${ACCOUNT_FIELDS} } }`;
const DEACTIVATE = `mutation($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { ${ACCOUNT_FIELDS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt account { ${ACCOUNT_FIELDS} } } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token account { id } } }`;
const ME = `{ me { ${ACCOUNT_FIELDS} } }`;
const ONE = `query($id: ID!) { account(id: $id) { id username } }`;
const LIST = `query($first: Int, $after: String, $filter: AccountFilter) {
  accounts(first: $first, after: $after, filter: $filter) { nodes { id username active } pageInfo { hasNextPage endCursor } }
}`;

const demoAccountId = (username: DemoUsername) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const PASSWORD = 'correct-horse-battery';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(async () => {
  await sub?.stop();
});

const admin = () => sub.as(demoViewer('admin'));
const login = (username: string, password: string) => sub.as(null).request(LOGIN, { input: { username, password } });

/** Creates an account (no roles) with PASSWORD and returns its id. */
async function newAccount(username: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await admin().request(CREATE, { input: { username, displayName: `User ${username}`, password: PASSWORD, ...extra } });
  expect(response.errors).toBeUndefined();
  return response.data.createAccount.id;
}

async function grant(accountId: string, role: string, schoolId: string | null) {
  const response = await admin().request(GRANT, { input: { accountId, role, schoolId } });
  expect(response.errors).toBeUndefined();
  return response.data.grantRole;
}

describe('a new storekeeper gets an account', () => {
  it('the administrator adds the staff member, an account linked to them and a role; the storekeeper signs in and sees the role', async () => {
    const staff = await admin().request(
      `mutation { createStaff(input: { schoolId: "${SCHOOL.firstPrimary}", name: "Zheng Hao (郑浩)", employeeNumber: "S1099", posts: [STOREKEEPER, CANTEEN_MANAGER] }) { id posts } }`,
    );
    expect(staff.errors).toBeUndefined();
    const staffId = staff.data.createStaff.id;
    expect(staff.data.createStaff.posts).toEqual(['STOREKEEPER', 'CANTEEN_MANAGER'].sort());

    const created = await admin().request(CREATE, {
      input: { username: 'zheng.hao', displayName: ' Zheng Hao (郑浩) ', password: PASSWORD, staffId },
    });
    expect(created.errors).toBeUndefined();
    const account = created.data.createAccount;
    expect(account).toMatchObject({
      username: 'zheng.hao',
      displayName: 'Zheng Hao (郑浩)',
      staffId,
      active: true,
      lastLoginAt: null,
      roles: [],
      staff: { id: staffId },
    });

    const granted = await admin().request(GRANT, { input: { accountId: account.id, role: 'STOREKEEPER', schoolId: SCHOOL.firstPrimary } });
    expect(granted.errors).toBeUndefined();
    expect(granted.data.grantRole.roles).toEqual([
      { id: expect.any(String), role: 'STOREKEEPER', schoolId: SCHOOL.firstPrimary, revokedAt: null, school: { id: SCHOOL.firstPrimary } },
    ]);

    // Sign in (the username is matched case-insensitively, spaces trimmed).
    const signedIn = await login(' Zheng.Hao ', PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data.login.token).toEqual(expect.any(String));
    expect(new Date(signedIn.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(signedIn.data.login.account).toMatchObject({
      id: account.id,
      roles: [{ role: 'STOREKEEPER', schoolId: SCHOOL.firstPrimary }],
      staff: { id: staffId },
    });

    // The gateway turns the token into a viewer; `me` as that viewer shows the role.
    const viewer = await viewerForToken(sub, signedIn.data.login.token);
    expect(viewer).toEqual({
      accountId: account.id,
      username: 'zheng.hao',
      staffId,
      districtId: expect.any(String),
      grants: [{ role: 'STOREKEEPER', schoolId: SCHOOL.firstPrimary }],
    });
    const me = await sub.as(viewer).request(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toMatchObject({
      id: account.id,
      username: 'zheng.hao',
      roles: [{ role: 'STOREKEEPER', school: { id: SCHOOL.firstPrimary } }],
      staff: { id: staffId, posts: ['CANTEEN_MANAGER', 'STOREKEEPER'] },
    });
    expect(me.data.me.lastLoginAt).not.toBeNull();

    // Both changes are in the audit trail; the password is not.
    const [createdAudit] = await auditEntries(sub, { entityType: 'UserAccount', entityId: account.id, action: 'account.create' });
    expect(JSON.parse(createdAudit.changes)).toMatchObject({ username: 'zheng.hao', staffId });
    expect(createdAudit.changes).not.toContain(PASSWORD);
    expect(createdAudit.actorAccountId).toBe(demoAccountId('admin'));
    const grantAudit = await auditEntries(sub, { entityType: 'RoleGrant', entityId: granted.data.grantRole.roles[0].id });
    expect(grantAudit.map((a) => [a.action, a.schoolId])).toEqual([['role.grant', SCHOOL.firstPrimary]]);
  });

  it('a username cannot be taken twice', async () => {
    await newAccount('dup.user');
    const response = await expectNoWrites(sub, () =>
      admin().request(CREATE, { input: { username: 'dup.user', displayName: 'Another', password: 'another-password-1' } }),
    );
    expectBadInput(response, 'username');
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['a username already in use', { username: 'admin' }, 'username'],
    ['a username with capitals', { username: 'Zhang.San' }, 'username'],
    ['a username of two characters', { username: 'zs' }, 'username'],
    ['a password of 9 characters', { password: '123456789' }, 'password'],
    ['an empty password', { password: '' }, 'password'],
    ['a password over 72 bytes', { password: '密'.repeat(25) }, 'password'],
    ['an empty display name', { displayName: '  ' }, 'displayName'],
    ['a staff member that does not exist', { staffId: UNKNOWN_ID }, 'staffId'],
    ['a malformed staff id', { staffId: 'not-an-id' }, 'staffId'],
  ];
  it.each(cases)('createAccount refuses %s naming the field, writing nothing', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () =>
      admin().request(CREATE, { input: { username: 'new.user', displayName: 'New user', password: PASSWORD, ...overrides } }),
    );
    expectBadInput(response, field);
  });
});

describe('granting roles', () => {
  let accountId: string;
  beforeAll(async () => {
    accountId = await newAccount('grant.target');
  });

  const cases: [string, () => Record<string, unknown>, string][] = [
    ['a school role without a school', () => ({ role: 'ACCOUNTANT', schoolId: null }), 'schoolId'],
    ['a district role with a school', () => ({ role: 'DISTRICT_AUDITOR', schoolId: SCHOOL.firstPrimary }), 'schoolId'],
    ['a school that does not exist', () => ({ role: 'ACCOUNTANT', schoolId: UNKNOWN_ID }), 'schoolId'],
    ['a malformed school id', () => ({ role: 'ACCOUNTANT', schoolId: 'not-an-id' }), 'schoolId'],
    ['an account that does not exist', () => ({ accountId: UNKNOWN_ID, role: 'ACCOUNTANT', schoolId: SCHOOL.firstPrimary }), 'accountId'],
    ['a malformed account id', () => ({ accountId: 'not-an-id', role: 'ACCOUNTANT', schoolId: SCHOOL.firstPrimary }), 'accountId'],
    [
      'a role the account already holds there',
      () => ({ accountId: demoAccountId('teacher'), role: 'STAFF', schoolId: SCHOOL.firstPrimary }),
      'role',
    ],
  ];
  it.each(cases)('refuses %s naming the field, writing nothing', async (_label, input, field) => {
    const response = await expectNoWrites(sub, () => admin().request(GRANT, { input: { accountId, ...input() } }));
    expectBadInput(response, field);
  });

  it('a district role is granted without a school and lets the account read every school', async () => {
    const account = await grant(accountId, 'DISTRICT_AUDITOR', null);
    expect(account.roles).toEqual([expect.objectContaining({ role: 'DISTRICT_AUDITOR', schoolId: null, school: null })]);
    const viewer = await viewerForToken(sub, (await login('grant.target', PASSWORD)).data.login.token);
    const schools = await sub.as(viewer).request('{ schools(first: 100) { nodes { id } } }');
    expect(schools.data.schools.nodes.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(Object.values(SCHOOL)));
  });
});

describe('revoking a role', () => {
  it('removes it from the roles in force at once, keeping the grant on record with who revoked it', async () => {
    const accountId = await newAccount('two.roles');
    await grant(accountId, 'STAFF', SCHOOL.firstPrimary);
    const both = await grant(accountId, 'CANTEEN_MANAGER', SCHOOL.firstPrimary);
    expect(both.roles.map((r: { role: string }) => r.role)).toEqual(['STAFF', 'CANTEEN_MANAGER']);
    const canteenGrant = both.roles[1].id;

    const revoked = await admin().request(REVOKE, { input: { grantId: canteenGrant } });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeRole.roles.map((r: { role: string }) => r.role)).toEqual(['STAFF']);

    // The gateway's next lookup no longer carries the role.
    const viewer = await viewerForToken(sub, (await login('two.roles', PASSWORD)).data.login.token);
    expect(viewer!.grants).toEqual([{ role: 'STAFF', schoolId: SCHOOL.firstPrimary }]);
    expect((await sub.as(viewer).request(ME)).data.me.roles.map((r: { role: string }) => r.role)).toEqual(['STAFF']);

    const row = await sub.dataSource.query('SELECT revokedAt, revokedByAccountId FROM role_grant WHERE id = ?', [canteenGrant]);
    expect(row).toHaveLength(1);
    expect(row[0].revokedAt).not.toBeNull();
    expect(row[0].revokedByAccountId).toBe(demoAccountId('admin'));
    expect((await auditEntries(sub, { entityType: 'RoleGrant', entityId: canteenGrant })).map((a) => a.action)).toEqual([
      'role.grant',
      'role.revoke',
    ]);

    // Revoking it a second time is refused.
    expectBadInput(await expectNoWrites(sub, () => admin().request(REVOKE, { input: { grantId: canteenGrant } })), 'grantId');
  });

  it.each([
    ['a grant that does not exist', UNKNOWN_ID],
    ['a malformed grant id', 'not-an-id'],
  ])('refuses %s naming grantId, writing nothing', async (_label, grantId) => {
    expectBadInput(await expectNoWrites(sub, () => admin().request(REVOKE, { input: { grantId } })), 'grantId');
  });

  it('an administrator cannot revoke their own administrator role', async () => {
    const me = await admin().request(ME);
    const own = me.data.me.roles.find((r: { role: string }) => r.role === 'DISTRICT_ADMIN');
    expectBadInput(await expectNoWrites(sub, () => admin().request(REVOKE, { input: { grantId: own.id } })), 'grantId');
  });
});

describe('deactivating an account', () => {
  it('stops sign-in with the same answer as a wrong password, and ends the sessions already open', async () => {
    const accountId = await newAccount('leaving.soon');
    await grant(accountId, 'STAFF', SCHOOL.firstPrimary);
    const token = (await login('leaving.soon', PASSWORD)).data.login.token;
    expect(await viewerForToken(sub, token)).not.toBeNull();

    const response = await admin().request(DEACTIVATE, { input: { accountId, reason: 'Left the school in July' } });
    expect(response.errors).toBeUndefined();
    expect(response.data.deactivateAccount).toMatchObject({ id: accountId, active: false });

    const refused = await expectNoWrites(sub, () => login('leaving.soon', PASSWORD));
    expectCode(refused, 'UNAUTHENTICATED');
    const wrongPassword = await login('admin', 'not-the-password');
    expectCode(wrongPassword, 'UNAUTHENTICATED');
    expect(refused.errors![0].message).toBe(wrongPassword.errors![0].message);
    expect(await viewerForToken(sub, token)).toBeNull();

    const audit = await auditEntries(sub, { entityType: 'UserAccount', entityId: accountId, action: 'account.deactivate' });
    expect(JSON.parse(audit[0].changes)).toEqual({ reason: 'Left the school in July' });

    // Deactivating it again is refused.
    expectBadInput(await expectNoWrites(sub, () => admin().request(DEACTIVATE, { input: { accountId, reason: 'again' } })), 'accountId');
  });

  it.each([
    ['an account that does not exist', { accountId: UNKNOWN_ID }, 'accountId'],
    ['a malformed account id', { accountId: 'not-an-id' }, 'accountId'],
    ["the administrator's own account", { accountId: demoAccountId('admin') }, 'accountId'],
    ['an empty reason', { reason: ' ' }, 'reason'],
  ])('refuses %s naming the field, writing nothing', async (_label, overrides, field) => {
    const input = { accountId: demoAccountId('storekeeper'), reason: 'Test', ...overrides };
    expectBadInput(await expectNoWrites(sub, () => admin().request(DEACTIVATE, { input })), field);
  });
});

describe("signing in and changing one's password", () => {
  it('a wrong password and an unknown user get the same UNAUTHENTICATED answer, and nothing is written', async () => {
    await expectNoWrites(sub, async () => {
      const wrong = await login('principal', 'wrong-password-123');
      const unknown = await login('nobody.here', 'wrong-password-123');
      expectCode(wrong, 'UNAUTHENTICATED');
      expectCode(unknown, 'UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    });
    await expectNoWrites(sub, async () => {
      expectBadInput(await login('', DEMO_PASSWORD), 'username');
      expectBadInput(await login('principal', ''), 'password');
      expectBadInput(await login('u'.repeat(65), DEMO_PASSWORD), 'username');
    });
  });

  it('a demo user signs in with the demo password', async () => {
    const response = await login('principal', DEMO_PASSWORD);
    expect(response.errors).toBeUndefined();
    expect(response.data.login.account.roles).toEqual([expect.objectContaining({ role: 'PRINCIPAL', schoolId: SCHOOL.firstPrimary })]);
  });

  it('requires the current password; afterwards the old password and the old session stop working', async () => {
    await newAccount('changing.pw');
    const oldToken = (await login('changing.pw', PASSWORD)).data.login.token;
    const viewer = await viewerForToken(sub, oldToken);
    const self = sub.as(viewer);

    const wrongCurrent = await expectNoWrites(sub, () =>
      self.request(CHANGE_PASSWORD, { input: { currentPassword: 'not-my-password', newPassword: 'a-new-long-password' } }),
    );
    expectBadInput(wrongCurrent, 'currentPassword');
    const weak = await expectNoWrites(sub, () =>
      self.request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'short' } }),
    );
    expectBadInput(weak, 'newPassword');
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(null).request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a-new-long-password' } }),
      ),
      'UNAUTHENTICATED',
    );

    const changed = await self.request(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a-new-long-password' } });
    expect(changed.errors).toBeUndefined();
    expect(await viewerForToken(sub, changed.data.changePassword.token)).not.toBeNull();

    expectCode(await login('changing.pw', PASSWORD), 'UNAUTHENTICATED');
    expect((await login('changing.pw', 'a-new-long-password')).errors).toBeUndefined();
    expect(await viewerForToken(sub, oldToken)).toBeNull();
    expect(await auditEntries(sub, { entityId: viewer!.accountId, action: 'account.changePassword' })).toHaveLength(1);
  });
});

describe('who may manage and read accounts', () => {
  it.each(['principal', 'accountant', 'auditor'] as const)(
    '%s gets FORBIDDEN on every account mutation, and nothing is written',
    async (username) => {
      const client = sub.as(demoViewer(username));
      const teacherGrant = (
        await admin().request(`query($id: ID!) { account(id: $id) { roles { id } } }`, { id: demoAccountId('teacher') })
      ).data.account.roles[0].id;
      await expectNoWrites(sub, async () => {
        expectCode(await client.request(CREATE, { input: { username: 'sneaky', displayName: 'Sneaky', password: PASSWORD } }), 'FORBIDDEN');
        expectCode(await client.request(GRANT, { input: { accountId: demoAccountId(username), role: 'DISTRICT_ADMIN' } }), 'FORBIDDEN');
        expectCode(await client.request(REVOKE, { input: { grantId: teacherGrant } }), 'FORBIDDEN');
        expectCode(await client.request(DEACTIVATE, { input: { accountId: demoAccountId('teacher'), reason: 'x' } }), 'FORBIDDEN');
      });
    },
  );

  it('the district auditor lists every account; a teacher or principal may not', async () => {
    const listed = await sub.as(demoViewer('auditor')).request(LIST, { first: 100 });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.accounts.nodes.map((a: { username: string }) => a.username)).toEqual(
      expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.username)),
    );
    expectCode(await sub.as(demoViewer('teacher')).request(LIST, {}), 'FORBIDDEN');
    expectCode(await sub.as(demoViewer('principal')).request(LIST, {}), 'FORBIDDEN');
  });

  it('an anonymous caller is UNAUTHENTICATED on accounts and me', async () => {
    expectCode(await sub.as(null).request(LIST, {}), 'UNAUTHENTICATED');
    expectCode(await sub.as(null).request(ME), 'UNAUTHENTICATED');
    expectCode(await sub.as(null).request(ONE, { id: demoAccountId('teacher') }), 'UNAUTHENTICATED');
  });

  it("a teacher reads their own account, and gets NOT_FOUND for anyone else's", async () => {
    const teacher = sub.as(demoViewer('teacher'));
    expect((await teacher.request(ONE, { id: demoAccountId('teacher') })).data.account.username).toBe('teacher');
    expectCode(await teacher.request(ONE, { id: demoAccountId('principal') }), 'NOT_FOUND');
    expect((await sub.as(demoViewer('auditor')).request(ONE, { id: demoAccountId('principal') })).data.account.username).toBe('principal');
  });

  it('the linked staff member is shown only to viewers who may see that staff member', async () => {
    const query = `query($id: ID!) { account(id: $id) { staff { id } } }`;
    expect((await sub.as(demoViewer('auditor')).request(query, { id: demoAccountId('accountant2') })).data.account.staff).toEqual({
      id: demoStaff('secondJunior', 'ACCOUNTANT'),
    });
    expect((await sub.as(demoViewer('teacher')).request(query, { id: demoAccountId('teacher') })).data.account.staff).toEqual({
      id: demoStaff('firstPrimary', 'TEACHER'),
    });
  });

  it('filters accounts by school and by active', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const second = await auditor.request(LIST, { filter: { schoolId: SCHOOL.secondJunior } });
    expect(second.data.accounts.nodes.map((a: { username: string }) => a.username)).toEqual(['accountant2']);
    const inactive = await auditor.request(LIST, { first: 100, filter: { active: false } });
    expect(inactive.data.accounts.nodes.every((a: { active: boolean }) => !a.active)).toBe(true);
  });

  it('pages through accounts two at a time without duplicates', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const expected = (await auditor.request(LIST, { first: 100 })).data.accounts.nodes.map((a: { id: string }) => a.id);
    const { ids } = await walk(
      (after) => auditor.request(LIST, { first: 2, after }),
      (data) => data.accounts,
    );
    expect(ids).toEqual(expected);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a garbage after cursor', { after: 'zzz' }, 'after'],
    ['a malformed school filter', { filter: { schoolId: 'not-an-id' } }, 'schoolId'],
  ])('refuses %s naming it', async (_label, args, field) => {
    expectBadInput(await sub.as(demoViewer('auditor')).request(LIST, args), field);
  });
});
