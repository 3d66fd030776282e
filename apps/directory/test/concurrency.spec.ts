import { DEMO_ACCOUNTS, DEMO_CAMPUSES } from '@houqin/demo';
import { codes, demoViewer, type GraphQLResponse, testStorage, type TestSubgraph } from '@houqin/testing';
import { auditEntries, SCHOOL, startDirectory, viewerForToken } from './support';

/**
 * Concurrent writers are safe (brief §4): a campus moves once however many administrators move it
 * at once, a role is granted once and revoked once, and a password changed twice at once leaves
 * one session.
 * This needs a real server with row locks and a connection pool; the embedded database runs one
 * statement at a time.
 */
const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('concurrency on MySQL / MariaDB', () => {
  let sub: TestSubgraph;
  beforeAll(async () => {
    sub = await startDirectory();
  });
  afterAll(async () => {
    await sub?.stop();
  });

  const admin = () => sub.as(demoViewer('admin'));
  const succeeded = (responses: GraphQLResponse[]) => responses.filter((r) => !r.errors);
  const refused = (responses: GraphQLResponse[]) => responses.filter((r) => r.errors).map((r) => codes(r)[0]);

  it('ten administrators moving one campus at once: one move commits, and the history has one open period', async () => {
    const campusId = DEMO_CAMPUSES.firstHighMain.id;
    const targets = [SCHOOL.firstPrimary, SCHOOL.secondJunior, SCHOOL.yucaiNineYear];
    const moves = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        admin().request('mutation($i: MoveCampusInput!) { moveCampus(input: $i) { version } }', {
          i: { campusId, toSchoolId: targets[i % targets.length], effectiveOn: '2025-09-01', reason: `Move ${i}` },
        }),
      ),
    );
    expect(succeeded(moves)).toHaveLength(1);
    for (const code of refused(moves)) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(code);
    const history = await sub.dataSource.query('SELECT fromDate, toDate FROM campus_assignment WHERE campusId = ? ORDER BY fromDate', [
      campusId,
    ]);
    expect(history.filter((period: { toDate: unknown }) => period.toDate === null)).toHaveLength(1);
    expect(history).toHaveLength(2);
    const [campus] = await sub.dataSource.query('SELECT version FROM campus WHERE id = ?', [campusId]);
    expect(campus.version).toBe(2);
    expect(await auditEntries(sub, { entityType: 'Campus', entityId: campusId, action: 'campus.move' })).toHaveLength(1);
  });

  it('granting one role ten times at once grants it once, so one revocation takes it away', async () => {
    const principal = DEMO_ACCOUNTS.find((a) => a.username === 'principal')!.id;
    const GRANT = 'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }';
    const input = { accountId: principal, role: 'STOREKEEPER', schoolId: SCHOOL.firstPrimary };
    const grants = await Promise.all(Array.from({ length: 10 }, () => admin().request(GRANT, { i: input })));
    expect(succeeded(grants)).toHaveLength(1);
    for (const code of refused(grants)) expect(code).toBe('BAD_USER_INPUT');
    const inForce = await sub.dataSource.query('SELECT id FROM role_grant WHERE accountId = ? AND role = ? AND revokedAt IS NULL', [
      principal,
      'STOREKEEPER',
    ]);
    expect(inForce).toHaveLength(1);
  });

  it('revoking one grant ten times at once revokes it once, with one audit entry', async () => {
    const teacher = DEMO_ACCOUNTS.find((a) => a.username === 'teacher')!.id;
    const granted = await admin().request('mutation($i: GrantRoleInput!) { grantRole(input: $i) { roles { id role } } }', {
      i: { accountId: teacher, role: 'SAFETY_OFFICER', schoolId: SCHOOL.firstPrimary },
    });
    const grantId = granted.data.grantRole.roles.find((r: { role: string }) => r.role === 'SAFETY_OFFICER').id;
    const revokes = await Promise.all(
      Array.from({ length: 10 }, () =>
        admin().request('mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { id } }', { i: { grantId } }),
      ),
    );
    expect(succeeded(revokes)).toHaveLength(1);
    for (const code of refused(revokes)) expect(code).toBe('BAD_USER_INPUT');
    expect(await auditEntries(sub, { entityType: 'RoleGrant', entityId: grantId, action: 'role.revoke' })).toHaveLength(1);
  });

  it('two password changes at once end every session but the last one', async () => {
    const created = await admin().request(
      'mutation { createAccount(input: { username: "racing.pw", displayName: "Racing", password: "first-long-password" }) { id } }',
    );
    expect(created.errors).toBeUndefined();
    const login = await sub
      .as(null)
      .request('mutation { login(input: { username: "racing.pw", password: "first-long-password" }) { token } }');
    const self = sub.as(await viewerForToken(sub, login.data.login.token));
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }';
    const changes = await Promise.all(
      ['second-long-password', 'third-long-password'].map((newPassword) =>
        self.request(CHANGE, { i: { currentPassword: 'first-long-password', newPassword } }),
      ),
    );
    const tokens = succeeded(changes).map((r) => r.data.changePassword.token as string);
    expect(tokens.length).toBeGreaterThanOrEqual(1);
    const live = [];
    for (const token of [login.data.login.token, ...tokens]) if (await viewerForToken(sub, token)) live.push(token);
    expect(live).toHaveLength(1);
  });
});
