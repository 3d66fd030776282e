import { DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import { newId } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { EVENT_TOKEN_HEADER, eventDefinition, type EventEnvelope, EVENTS_PATH, signEventToken } from '@houqin/events';
import {
  codes,
  graphqlClient,
  type GraphQLResponse,
  type ServiceProcess,
  startServiceProcess,
  startSubgraphProcesses,
  type SubgraphProcesses,
  TEST_INTERNAL_SECRET,
  waitFor,
} from '@houqin/testing';

/**
 * End to end: the directory and the gateway run as separate processes, as `npm start` runs them,
 * and every request below crosses real HTTP from client to gateway to subgraph.
 */
jest.setTimeout(120000);

let subgraphs: SubgraphProcesses;
let directory: ServiceProcess;
let finance: ServiceProcess;
let gateway: ServiceProcess;
let graphqlUrl: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  ({ directory, finance } = subgraphs);
  gateway = await startServiceProcess('gateway', {
    DIRECTORY_URL: `${directory.baseUrl}/graphql`,
    FINANCE_URL: `${finance.baseUrl}/graphql`,
    VIEWER_CACHE_TTL_MS: '0',
    MAX_QUERY_DEPTH: '8',
  });
  graphqlUrl = `${gateway.baseUrl}/graphql`;
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

async function signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
  const r = await graphqlClient(graphqlUrl).request<{ login: { token: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token expiresAt } }',
    { input: { username, password } },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.login.token;
}

const as = (token: string) => graphqlClient(graphqlUrl, { authorization: `Bearer ${token}` });
const firstPrimary = DEMO_SCHOOLS.firstPrimary;
// Payments date inside the open fiscal year and not after today (the school's zone): the test runs on today's books.
const TODAY = todayIn(DEFAULT_TIME_ZONE);
const FY = Number(TODAY.slice(0, 4));

describe("a school's accountant", () => {
  let token: string;
  beforeAll(async () => {
    token = await signIn('accountant');
  });

  it("signs in, reads who they are and their school's campuses", async () => {
    const r = await as(token).request(`{
      me { username roles { role school { id name } } staff { name posts } }
      school(id: "${firstPrimary.id}") { name campuses { name history { fromDate toDate } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.me).toEqual({
      username: 'accountant',
      roles: [{ role: 'ACCOUNTANT', school: { id: firstPrimary.id, name: firstPrimary.name } }],
      staff: { name: 'Zhang Li (张丽)', posts: ['ACCOUNTANT'] },
    });
    const campuses = r.data.school.campuses.map((c: { name: string }) => c.name);
    expect(campuses).toEqual([DEMO_CAMPUSES.firstPrimaryEast.name, DEMO_CAMPUSES.firstPrimaryWest.name]);
    // West Campus came from Riverside Primary in the 2024 merger: two periods, the first closed.
    expect(r.data.school.campuses[1].history).toEqual([
      { fromDate: '2010-09-01', toDate: '2024-08-31' },
      { fromDate: '2024-09-01', toDate: null },
    ]);
  });

  it('gets NOT_FOUND for a campus or staff member of another school', async () => {
    const campus = await as(token).request(`{ campus(id: "${DEMO_CAMPUSES.secondJuniorMain.id}") { name } }`);
    expect(codes(campus)).toEqual(['NOT_FOUND']);
    const staffOfSchoolB = demoStaffIdFor('secondJunior', 'ACCOUNTANT');
    const staff = await as(token).request(`{ staffMember(id: "${staffOfSchoolB}") { name } }`);
    expect(codes(staff)).toEqual(['NOT_FOUND']);
    const school = await as(token).request(`{ school(id: "${DEMO_SCHOOLS.secondJunior.id}") { name } }`);
    expect(codes(school)).toEqual(['NOT_FOUND']);
  });

  it('sees only their own school in lists', async () => {
    const r = await as(token).request('{ schools { nodes { id } } staff(first: 100) { nodes { school { id } } } }');
    expect(r.data.schools.nodes).toEqual([{ id: firstPrimary.id }]);
    expect(new Set(r.data.staff.nodes.map((s: { school: { id: string } }) => s.school.id))).toEqual(new Set([firstPrimary.id]));
  });

  it('reads what they may do in the directory and in finance from their own account (the console gates its buttons on it)', async () => {
    const r = await as(token).request(`{
      me { directoryPermissions { action everywhere schoolIds } financePermissions { action everywhere schoolIds } }
    }`);
    expect(r.errors).toBeUndefined();
    const actions = (list: { action: string }[]) => list.map((p) => p.action);
    expect(actions(r.data.me.directoryPermissions)).toEqual([
      'login',
      'changePassword',
      'markNotificationsRead',
      'markAllNotificationsRead',
    ]);
    expect(r.data.me.financePermissions).toContainEqual({ action: 'payPurchase', everywhere: false, schoolIds: [firstPrimary.id] });
    expect(actions(r.data.me.financePermissions)).not.toContain('approvePurchaseRequest');
  });

  it('cannot create schools (FORBIDDEN)', async () => {
    const r = await as(token).request(
      'mutation { createSchool(input: { code: "2133000099", name: "X", kind: PRIMARY, studentCount: 1 }) { id } }',
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });
});

describe('the gateway', () => {
  it('refuses a request sent straight to a subgraph without its token, for queries, _service and _entities', async () => {
    for (const query of [
      '{ schools { nodes { id } } }',
      '{ _service { sdl } }',
      `{ _entities(representations: [{ __typename: "School", id: "${firstPrimary.id}" }]) { __typename } }`,
    ]) {
      const r = await graphqlClient(`${directory.baseUrl}/graphql`).request(query);
      expect(r.status).toBe(401);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    }
    // A forged token (signed with another secret) is refused too.
    const forged = await graphqlClient(`${directory.baseUrl}/graphql`, {
      'x-houqin-gateway-token': 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl',
    }).request('{ _service { sdl } }');
    expect(forged.status).toBe(401);
    // Health endpoints stay open.
    expect((await fetch(`${directory.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${directory.baseUrl}/ready`)).status).toBe(200);
  });

  it('answers reads without a token with UNAUTHENTICATED, and a garbage token with HTTP 401', async () => {
    const anonymous = await graphqlClient(graphqlUrl).request('{ me { username } }');
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const garbage = await graphqlClient(graphqlUrl, { authorization: 'Bearer not-a-token' }).request('{ me { username } }');
    expect(garbage.status).toBe(401);
    expect(codes(garbage)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects an over-deep query before running it', async () => {
    const token = await signIn('admin');
    const deep = '{ staff { nodes { school { campuses { school { campuses { school { campuses { name } } } } } } } } }';
    const r = await as(token).request(deep);
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors![0].message).toMatch(/depth/i);
  });

  it('keeps CSRF prevention on: a simple form-like GET is refused', async () => {
    const response = await fetch(`${graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('echoes the request id and masks internal errors', async () => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-trace-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('e2e-trace-1');
  });
});

describe('directory mutations through the gateway', () => {
  let admin: ReturnType<typeof as>;
  beforeAll(async () => {
    admin = as(await signIn('admin'));
  });

  async function expectBadInput(r: GraphQLResponse, field: string) {
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.field).toBe(field);
  }

  async function countStaff(): Promise<number> {
    let count = 0;
    let after: string | null = null;
    for (;;) {
      const r: GraphQLResponse = await admin.request(
        'query($after: String) { staff(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      count += r.data.staff.nodes.length;
      if (!r.data.staff.pageInfo.hasNextPage) return count;
      after = r.data.staff.pageInfo.endCursor;
    }
  }

  it('answer BAD_USER_INPUT naming the field, and write nothing', async () => {
    const staffBefore = await countStaff();
    const schoolsBefore = (await admin.request('{ schools(first: 100) { nodes { id } } }')).data.schools.nodes.length;
    const create = 'mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }';
    const valid = { schoolId: firstPrimary.id, name: 'New Cook (新厨师)', employeeNumber: 'S1999', posts: ['COOK'] };
    await expectBadInput(await admin.request(create, { input: { ...valid, name: '   ' } }), 'name');
    await expectBadInput(await admin.request(create, { input: { ...valid, employeeNumber: 'S1001' } }), 'employeeNumber');
    await expectBadInput(
      await admin.request(create, { input: { ...valid, schoolId: '01900000-0000-7000-8000-000002999999' } }),
      'schoolId',
    );
    await expectBadInput(await admin.request(create, { input: { ...valid, schoolId: 'not-an-id' } }), 'schoolId');
    await expectBadInput(await admin.request(create, { input: { ...valid, name: 'x'.repeat(121) } }), 'name');
    await expectBadInput(
      await admin.request('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', {
        input: { code: '2133000098', name: '', kind: 'PRIMARY', studentCount: 10 },
      }),
      'name',
    );
    await expectBadInput(
      await admin.request('mutation($input: CreateCampusInput!) { createCampus(input: $input) { id } }', {
        input: { schoolId: 'nope', name: 'Campus' },
      }),
      'schoolId',
    );
    await expectBadInput(
      await admin.request('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
        input: { username: 'accountant', displayName: 'Dup', password: 'a-long-enough-password' },
      }),
      'username',
    );
    expect(await countStaff()).toBe(staffBefore);
    expect((await admin.request('{ schools(first: 100) { nodes { id } } }')).data.schools.nodes.length).toBe(schoolsBefore);
  });

  it("stop a deactivated account's token from working at once", async () => {
    const create = await admin.request('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username: 'temp.cleaner', displayName: 'Temporary cleaner', password: 'temporary-password-1' },
    });
    const accountId = create.data.createAccount.id;
    const grant = await admin.request('mutation($input: GrantRoleInput!) { grantRole(input: $input) { roles { role } } }', {
      input: { accountId, role: 'STAFF', schoolId: firstPrimary.id },
    });
    expect(grant.data.grantRole.roles).toEqual([{ role: 'STAFF' }]);
    const token = await signIn('temp.cleaner', 'temporary-password-1');
    expect((await as(token).request('{ me { username } }')).data.me.username).toBe('temp.cleaner');

    const off = await admin.request('mutation($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { active } }', {
      input: { accountId, reason: 'Contract ended' },
    });
    expect(off.data.deactivateAccount.active).toBe(false);

    const refused = await as(token).request('{ me { username } }');
    expect(refused.status).toBe(401);
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    const login = await graphqlClient(graphqlUrl).request(
      'mutation { login(input: { username: "temp.cleaner", password: "temporary-password-1" }) { token } }',
    );
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('one graph over directory and finance', () => {
  it('lets a teacher request paper, the director approve it, and the district compare spending per student', async () => {
    const [admin, teacher, director, accountant, storekeeper] = await Promise.all(
      ['admin', 'teacher', 'director', 'accountant', 'storekeeper'].map((u) => signIn(u)),
    );
    const category = await as(admin).request(
      'mutation { createBudgetCategory(input: { code: "OFFICE", name: "Office supplies (办公用品)", fund: SCHOOL, overrunPolicy: BLOCK }) { id } }',
    );
    const categoryId = category.data.createBudgetCategory.id;
    // Finance checks the school against its copy of the directory, filled by the directory's events:
    // until they arrived it answers BAD_USER_INPUT and writes nothing, so the allocation is retried until it holds.
    const allocate = `mutation { setBudget(input: { schoolId: "${firstPrimary.id}", fiscalYear: ${FY}, categoryId: "${categoryId}", allocated: "9300.00" }) { remaining { yuan } } }`;
    await waitFor(
      'finance’s copy of the directory to know the school',
      async () => {
        const r = await as(admin).request(allocate);
        if (r.errors && codes(r).some((code) => code !== 'BAD_USER_INPUT')) throw new Error(JSON.stringify(r.errors));
        return !r.errors;
      },
      30000,
    );
    const supplier = await as(admin).request(
      'mutation { createSupplier(input: { name: "Hangzhou Paper Co.", creditCode: "91350100M000100Y43" }) { id } }',
    );

    const filed = await as(teacher).request(
      `mutation($i: SubmitPurchaseRequestInput!) { submitPurchaseRequest(input: $i) { request { id lines { id } requester { name } school { name } } warnings } }`,
      {
        i: {
          schoolId: firstPrimary.id,
          categoryId,
          fiscalYear: FY,
          reason: 'Exam papers',
          lines: [{ description: 'A4 paper', quantity: 10, unit: 'box', estimatedUnitPrice: '120.00' }],
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const request = filed.data.submitPurchaseRequest.request;
    // Fields from both subgraphs in one answer: the requester and school names come from the directory.
    expect(request.requester).toEqual({ name: 'Zhou Jing (周静)' });
    expect(request.school).toEqual({ name: firstPrimary.name });

    expect(codes(await as(teacher).request(`mutation { approvePurchaseRequest(input: { id: "${request.id}" }) { status } }`))).toEqual([
      'FORBIDDEN',
    ]);
    for (const [token, mutation] of [
      [director, `approvePurchaseRequest(input: { id: "${request.id}" }) { status }`],
      [
        accountant,
        `orderPurchase(input: { id: "${request.id}", supplierId: "${supplier.data.createSupplier.id}", lines: [{ actualUnitPrice: "93.00" }] }) { status }`,
      ],
      [
        storekeeper,
        `receivePurchase(input: { id: "${request.id}", lines: [{ lineId: "${request.lines[0].id}", quantity: 10 }] }) { status }`,
      ],
      [accountant, `payPurchase(input: { id: "${request.id}", paidOn: "${TODAY}" }) { status }`],
    ] as const) {
      const r = await as(token).request(`mutation { ${mutation} }`);
      expect(r.errors).toBeUndefined();
    }

    // spentPerStudent needs the directory's studentCount (@requires): 930 yuan / 1860 students = 0.50.
    const comparison = await as(admin).request(
      `{ districtBudgetComparison(fiscalYear: ${FY}) { nodes { school { name studentCount spentPerStudent(fiscalYear: ${FY}) { yuan fen } } spent { yuan } remaining { yuan } } } }`,
    );
    expect(comparison.errors).toBeUndefined();
    expect(comparison.data.districtBudgetComparison.nodes).toEqual([
      {
        school: { name: firstPrimary.name, studentCount: 1860, spentPerStudent: { yuan: '0.50', fen: 50 } },
        spent: { yuan: '930.00' },
        remaining: { yuan: '8370.00' },
      },
    ]);

    // Finance's events reached the directory: the director was told it awaited them, the teacher each outcome.
    const inbox = '{ me { unreadNotificationCount notifications(first: 20) { nodes { kind subjectId title } } } }';
    const told = async (token: string) => (await as(token).request(inbox)).data.me;
    await waitFor('the teacher is told the request was paid', async () =>
      (await told(teacher)).notifications.nodes.some((n: { kind: string }) => n.kind === 'PAID'),
    );
    expect((await told(teacher)).notifications.nodes).toEqual([
      { kind: 'PAID', subjectId: request.id, title: `您的物品申报已于${TODAY}付款 ¥930.00` },
      { kind: 'APPROVED', subjectId: request.id, title: '您的物品申报已批准（¥1200.00）' },
    ]);
    expect((await told(director)).notifications.nodes).toEqual([
      { kind: 'AWAITING_APPROVAL', subjectId: request.id, title: '物品申报待您审批（¥1200.00）' },
    ]);
    const read = await as(director).request('mutation { markAllNotificationsRead { marked unreadCount } }');
    expect(read.data.markAllNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });

    // The teacher sees their own request from their staff record; the school's books stay closed to them.
    const mine = await as(teacher).request('{ me { staff { purchaseRequests { nodes { status steps { action } } } } } }');
    expect(mine.data.me.staff.purchaseRequests.nodes).toEqual([
      { status: 'PAID', steps: ['SUBMITTED', 'APPROVED', 'ORDERED', 'RECEIVED', 'PAID'].map((action) => ({ action })) },
    ]);
    expect(
      codes(await as(teacher).request(`{ budgetExecution(schoolId: "${firstPrimary.id}", fiscalYear: ${FY}) { spent { yuan } } }`)),
    ).toEqual(['FORBIDDEN']);
  });

  it('a budget line whose school the directory does not resolve leaves its row without a school, not the comparison without data', async () => {
    const admin = await signIn('admin');
    // A school finance was told of but the directory does not have (a record from before a migration, a lost school).
    const ghostId = newId();
    const event: EventEnvelope = {
      id: newId(),
      type: 'directory.school.created',
      version: eventDefinition('directory.school.created')!.version,
      occurredAt: new Date().toISOString(),
      districtId: DEMO_DISTRICT.id,
      schoolId: ghostId,
      actor: null,
      requestId: 'e2e-ghost-school',
      payload: {
        schoolId: ghostId,
        code: '2133009998',
        name: 'Ghost Primary (幽灵小学)',
        kind: 'PRIMARY',
        active: true,
        timeZone: 'Asia/Shanghai',
      },
    };
    const delivered = await fetch(`${finance.baseUrl}${EVENTS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: await signEventToken(event, 'finance', TEST_INTERNAL_SECRET) },
      body: JSON.stringify(event),
    });
    expect(delivered.ok).toBe(true);
    const category = await as(admin).request(
      'mutation { createBudgetCategory(input: { code: "GHOST", name: "Ghost lines (测试)", fund: SCHOOL, overrunPolicy: WARN }) { id } }',
    );
    const set = await as(admin).request(
      `mutation { setBudget(input: { schoolId: "${ghostId}", fiscalYear: ${FY}, categoryId: "${category.data.createBudgetCategory.id}", allocated: "10.00" }) { allocated { yuan } } }`,
    );
    expect(set.errors).toBeUndefined();

    for (const who of ['admin', 'auditor']) {
      const comparison = await as(await signIn(who)).request(
        `{ districtBudgetComparison(fiscalYear: ${FY}) { nodes { schoolId school { name } allocated { yuan } } } }`,
      );
      expect(comparison.data).not.toBeNull();
      const rows = comparison.data.districtBudgetComparison.nodes as { schoolId: string; school: { name: string } | null }[];
      expect(rows.find((row) => row.schoolId === ghostId)).toEqual({ schoolId: ghostId, school: null, allocated: { yuan: '10.00' } });
      expect(rows.find((row) => row.schoolId === firstPrimary.id)?.school).toEqual({ name: firstPrimary.name });
    }
  });
});
