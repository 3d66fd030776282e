import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { EventConsumer } from '@houqin/events';
import { demoViewer, type GraphQLResponse, type TestSubgraph } from '@houqin/testing';
import { createFinanceConsumer } from '../src/events/finance.consumer';
import { RepairExpense } from '../src/repair-expense/repair-expense.entity';
import { P } from '../src/permissions';
import {
  byPermission,
  CANTEEN_STATEMENT,
  expectCode,
  expectNoWrites,
  Finance,
  FY,
  invoice,
  ok,
  SCHOOL_A,
  SCHOOL_B,
  SET_BUDGET,
  startFinance,
  V,
} from './support';
import type { ClaimOut, MoneyOut, RequestOut } from './support';

/**
 * Tenancy and roles (brief §3): another school's requests and claims do not exist for you; a
 * teacher sees only their own; the district auditor reads everything and changes nothing; reports
 * are for finance staff, except the canteen statement, which is posted for the whole school.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string;
let supplier: string;
const R: Record<string, RequestOut> = {};
const C: Record<string, ClaimOut> = {};
let entryId: string;
/** A repair expense HELD for the accountant (the district has no REPAIRS category here). */
let heldRepair: RepairExpense;

const ids = (response: GraphQLResponse, key: string): string[] => ok(response)[key].nodes.map((n: { id: string }) => n.id);
const REQUESTS = 'query($filter: PurchaseRequestFilter) { purchaseRequests(filter: $filter, first: 100) { nodes { id schoolId } } }';
const CLAIMS = 'query($filter: ExpenseClaimFilter) { expenseClaims(filter: $filter, first: 100) { nodes { id schoolId } } }';
const REQUEST = 'query($id: ID!) { purchaseRequest(id: $id) { id } }';
const CLAIM = 'query($id: ID!) { expenseClaim(id: $id) { id } }';

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  await f.budget(SCHOOL_A, office, '10000.00');
  await f.budget(SCHOOL_B, office, '10000.00');
  supplier = await f.supplier();
  R.teacher = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '10.00' }]);
  R.teacher2 = await f.submitPurchase(V.teacher2, SCHOOL_A, office, [{ quantity: 1, price: '11.00' }]);
  R.teacherB = await f.submitPurchase(V.teacherB, SCHOOL_B, office, [{ quantity: 1, price: '12.00' }]);
  R.approved = await f.approvePurchaseFully(await f.submitPurchase(V.teacher2, SCHOOL_A, office, [{ quantity: 1, price: '13.00' }]));
  R.ordered = await f.approvePurchaseFully(await f.submitPurchase(V.teacher2, SCHOOL_A, office, [{ quantity: 1, price: '14.00' }]));
  R.ordered = ok(await f.orderPurchase(V.accountant, R.ordered.id, supplier, ['14.00'])).orderPurchase;
  R.received = await f.approvePurchaseFully(await f.submitPurchase(V.teacher2, SCHOOL_A, office, [{ quantity: 1, price: '15.00' }]));
  const ordered = ok(await f.orderPurchase(V.accountant, R.received.id, supplier, ['15.00'])).orderPurchase;
  R.received = ok(await f.receivePurchase(V.storekeeper, R.received.id, [{ lineId: ordered.lines[0].id, quantity: 1 }])).receivePurchase;
  C.teacher = (await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '20.00' }])).claim;
  C.teacher2 = (await f.submitClaim(V.teacher2, SCHOOL_A, [{ categoryId: office, amount: '21.00' }])).claim;
  C.teacherB = (await f.submitClaim(V.teacherB, SCHOOL_B, [{ categoryId: office, amount: '22.00' }])).claim;
  C.reviewed = ok(
    await f.reviewClaim(V.accountant, (await f.submitClaim(V.teacher2, SCHOOL_A, [{ categoryId: office, amount: '23.00' }])).claim.id),
  ).reviewExpenseClaim;
  C.approved = await f.approveClaimFully((await f.submitClaim(V.teacher2, SCHOOL_A, [{ categoryId: office, amount: '24.00' }])).claim);
  entryId = (await f.mealFees(SCHOOL_A, '100.00', '2026-03-01')).id;
  const workOrderId = newId();
  const consumer = new EventConsumer(createFinanceConsumer(), { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
  await consumer.handle({
    id: newId(),
    type: 'facilities.workOrder.accounted',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: SCHOOL_A,
    actor: null,
    requestId: 'req-roles',
    payload: {
      workOrderId,
      schoolId: SCHOOL_A,
      title: '门锁维修',
      category: 'CARPENTRY',
      labourFen: 5_000,
      materialsFen: 3_000,
      storeroomMaterialsFen: 0,
      contractorFen: 0,
      totalFen: 8_000,
      estimateFen: 8_000,
      contractorSupplierId: null,
      accountedOn: '2026-03-01',
      accountedByAccountId: V.director.accountId,
    },
  });
  heldRepair = await sub.dataSource.getRepository(RepairExpense).findOneByOrFail({ workOrderId });
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

describe("another school's work does not exist for you", () => {
  it("accountant2 (school B) gets NOT_FOUND for school A's request and claim, and sees none of them in lists", async () => {
    expectCode(await f.request(V.accountant2, REQUEST, { id: R.teacher.id }), 'NOT_FOUND');
    expectCode(await f.request(V.accountant2, CLAIM, { id: C.teacher.id }), 'NOT_FOUND');
    expect(ids(await f.request(V.accountant2, REQUESTS, {}), 'purchaseRequests')).toEqual([R.teacherB.id]);
    expect(ids(await f.request(V.accountant2, CLAIMS, {}), 'expenseClaims')).toEqual([C.teacherB.id]);
    expect(ids(await f.request(V.accountant2, REQUESTS, { filter: { schoolId: SCHOOL_A } }), 'purchaseRequests')).toEqual([]);
    expect(ids(await f.request(V.accountant2, CLAIMS, { filter: { schoolId: SCHOOL_A } }), 'expenseClaims')).toEqual([]);
  });

  it('and cannot act on them: every step answers NOT_FOUND and writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await f.orderPurchase(V.accountant2, R.approved.id, supplier, ['13.00']), 'NOT_FOUND');
      expectCode(await f.payPurchase(V.accountant2, R.received.id, '2026-03-02'), 'NOT_FOUND');
      expectCode(await f.reviewClaim(V.accountant2, C.teacher.id), 'NOT_FOUND');
      expectCode(await f.rejectClaim(V.accountant2, C.teacher.id, 'x'), 'NOT_FOUND');
      expectCode(await f.payClaim(V.accountant2, C.approved.id, '2026-03-02'), 'NOT_FOUND');
      expectCode(await f.approvePurchase(V.directorB, R.teacher.id), 'NOT_FOUND');
      expectCode(await f.approvePurchase(V.principalB, R.teacher.id), 'NOT_FOUND');
      expectCode(await f.approveClaim(V.directorB, C.reviewed.id), 'NOT_FOUND');
      expectCode(await f.receivePurchase(V.directorB, R.ordered.id, [{ lineId: R.ordered.lines[0].id, quantity: 1 }]), 'NOT_FOUND');
      expectCode(
        await f.request(V.accountant2, 'mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { id } }', {
          input: { entryId, reason: 'x' },
        }),
        'NOT_FOUND',
      );
      // School A's accountant cannot post into, or close, school B's books either.
      expectCode(
        await f.postEntry(V.accountant, {
          schoolId: SCHOOL_B,
          fund: 'SCHOOL',
          entryDate: '2026-03-01',
          memo: 'x',
          lines: [
            { account: 'BANK', debit: '1.00' },
            { account: 'OTHER_INCOME', credit: '1.00' },
          ],
        }),
        'FORBIDDEN',
      );
      expectCode(
        await f.request(V.accountant, 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id } }', {
          input: { schoolId: SCHOOL_B, fund: 'SCHOOL', period: '2026-01' },
        }),
        'FORBIDDEN',
      );
      expectCode(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_B,
          categoryId: office,
          reason: 'x',
          lines: [{ description: 'x', quantity: 1, unit: 'box', estimatedUnitPrice: '1.00' }],
        }),
        'FORBIDDEN',
      );
    });
  });
});

describe('a teacher sees only their own', () => {
  it('requests and claims, in lists (whatever the filter) and by id', async () => {
    expect(ids(await f.request(V.teacher, REQUESTS, {}), 'purchaseRequests')).toEqual([R.teacher.id]);
    expect(ids(await f.request(V.teacher, REQUESTS, { filter: { schoolId: SCHOOL_A } }), 'purchaseRequests')).toEqual([R.teacher.id]);
    expect(ids(await f.request(V.teacher, REQUESTS, { filter: { requesterStaffId: V.teacher2.staffId } }), 'purchaseRequests')).toEqual([]);
    expect(ids(await f.request(V.teacher, CLAIMS, {}), 'expenseClaims')).toEqual([C.teacher.id]);
    expect(ok(await f.request(V.teacher, REQUEST, { id: R.teacher.id })).purchaseRequest.id).toBe(R.teacher.id);
    expectCode(await f.request(V.teacher, REQUEST, { id: R.teacher2.id }), 'NOT_FOUND');
    expectCode(await f.request(V.teacher, CLAIM, { id: C.teacher2.id }), 'NOT_FOUND');
    expectCode(await f.request(V.teacher2, REQUEST, { id: R.teacher.id }), 'NOT_FOUND');
    const own = ids(await f.request(V.teacher2, REQUESTS, {}), 'purchaseRequests');
    expect(own).toContain(R.teacher2.id);
    expect(own).not.toContain(R.teacher.id);
  });

  it("while the school's finance staff see all of the school's, and the director those awaiting approval (not his own)", async () => {
    for (const who of [V.storekeeper, V.accountant, V.director, V.principal]) {
      const seen = ids(await f.request(who, REQUESTS, {}), 'purchaseRequests');
      expect(seen).toEqual(expect.arrayContaining([R.teacher.id, R.teacher2.id, R.approved.id]));
      expect(seen).not.toContain(R.teacherB.id);
    }
    const own = await f.submitPurchase(V.director, SCHOOL_A, office, [{ quantity: 1, price: '1.00' }]);
    const awaiting = ids(await f.request(V.director, REQUESTS, { filter: { awaitingMyApproval: true } }), 'purchaseRequests');
    expect(awaiting).toEqual([R.teacher.id, R.teacher2.id]);
    expect(awaiting).not.toContain(own.id);
    // A director's own request waits for the principal, not for another director.
    expect(ids(await f.request(V.director2, REQUESTS, { filter: { awaitingMyApproval: true } }), 'purchaseRequests')).not.toContain(own.id);
    expect(ids(await f.request(V.principal, REQUESTS, { filter: { awaitingMyApproval: true } }), 'purchaseRequests')).toEqual([own.id]);
    expect(ids(await f.request(V.teacher, REQUESTS, { filter: { awaitingMyApproval: true } }), 'purchaseRequests')).toEqual([]);
  });

  it('claims awaiting my approval: the awaited level at my schools, never my own', async () => {
    const own = (await f.submitClaim(V.director, SCHOOL_A, [{ categoryId: office, amount: '2.00' }])).claim;
    ok(await f.reviewClaim(V.accountant, own.id));
    const awaiting = (who: typeof V.admin) =>
      f.request(who, CLAIMS, { filter: { awaitingMyApproval: true } }).then((r) => ids(r, 'expenseClaims'));
    expect(await awaiting(V.director)).toEqual([C.reviewed.id]);
    expect(await awaiting(V.director2)).toEqual([C.reviewed.id]);
    expect(await awaiting(V.principal)).toEqual([own.id]);
    for (const who of [V.accountant, V.teacher, V.directorB, V.admin]) expect(await awaiting(who)).toEqual([]);
  });

  it("through the directory's Staff entity too: a staff member's requests are what the viewer may see", async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { id purchaseRequests { nodes { id } } expenseClaims { nodes { id } } } } }';
    const r = [{ __typename: 'Staff', id: V.teacher.staffId }];
    expect(ok(await f.request(V.accountant, query, { r }))._entities).toEqual([
      { id: V.teacher.staffId, purchaseRequests: { nodes: [{ id: R.teacher.id }] }, expenseClaims: { nodes: [{ id: C.teacher.id }] } },
    ]);
    expect(ok(await f.request(V.accountant2, query, { r }))._entities).toEqual([
      { id: V.teacher.staffId, purchaseRequests: { nodes: [] }, expenseClaims: { nodes: [] } },
    ]);
    expect(ok(await f.request(V.teacher2, query, { r }))._entities).toEqual([
      { id: V.teacher.staffId, purchaseRequests: { nodes: [] }, expenseClaims: { nodes: [] } },
    ]);
  });

  it("and a school's balances only to who reads its books", async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { id accountBalances { school { yuan } canteen { yuan } } } } }';
    const r = [
      { __typename: 'School', id: SCHOOL_A },
      { __typename: 'School', id: SCHOOL_B },
    ];
    expect(ok(await f.request(V.accountant, query, { r }))._entities).toEqual([
      { id: SCHOOL_A, accountBalances: { school: { yuan: '0.00' }, canteen: { yuan: '100.00' } } },
      { id: SCHOOL_B, accountBalances: null },
    ]);
    expect(ok(await f.request(V.teacher, query, { r }))._entities.map((s: { accountBalances: unknown }) => s.accountBalances)).toEqual([
      null,
      null,
    ]);
    expect(
      ok(await f.request(V.auditor, query, { r }))._entities.map(
        (s: { accountBalances: { canteen: MoneyOut } | null }) => s.accountBalances?.canteen.yuan,
      ),
    ).toEqual(['100.00', '0.00']);
  });
});

describe("a school's budget execution through the School entity", () => {
  it("is there for who reads the school's books and null for everyone else", async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { id budgetExecution(fiscalYear: 2026) { category { id } allocated { fen } } } } }';
    const r = [
      { __typename: 'School', id: SCHOOL_A },
      { __typename: 'School', id: SCHOOL_B },
    ];
    const asAccountant = ok(await f.request(V.accountant, query, { r }))._entities;
    expect(asAccountant[0].budgetExecution).toContainEqual({ category: { id: office }, allocated: { fen: 1000000 } });
    expect(asAccountant[1].budgetExecution).toBeNull();
    expect(ok(await f.request(V.teacher, query, { r }))._entities.map((s: { budgetExecution: unknown }) => s.budgetExecution)).toEqual([
      null,
      null,
    ]);
    expect(
      ok(await f.request(V.auditor, query, { r }))._entities.every((s: { budgetExecution: unknown }) => Array.isArray(s.budgetExecution)),
    ).toBe(true);
  });
});

describe('the district auditor', () => {
  it('reads every school', async () => {
    const requests = ids(await f.request(V.auditor, REQUESTS, {}), 'purchaseRequests');
    expect(requests).toEqual(expect.arrayContaining([R.teacher.id, R.teacher2.id, R.teacherB.id]));
    expect(ids(await f.request(V.auditor, CLAIMS, {}), 'expenseClaims')).toEqual(
      expect.arrayContaining([C.teacher.id, C.teacher2.id, C.teacherB.id]),
    );
    expect(ok(await f.request(V.auditor, REQUEST, { id: R.teacherB.id })).purchaseRequest.id).toBe(R.teacherB.id);
    ok(
      await f.request(V.auditor, 'query($s: ID!) { budgetExecution(schoolId: $s, fiscalYear: 2026) { allocated { fen } } }', {
        s: SCHOOL_B,
      }),
    );
    ok(await f.request(V.auditor, '{ journalEntries { nodes { id } } }'));
    ok(await f.request(V.auditor, '{ districtBudgetComparison(fiscalYear: 2026) { nodes { allocated { fen } } } }'));
  });

  it('and every mutation is FORBIDDEN, each on a record in the state where the right person could act', async () => {
    const A = V.auditor;
    expect(heldRepair.status).toBe('HELD');
    const calls: [string, () => Promise<GraphQLResponse>][] = [
      [
        'createBudgetCategory',
        () =>
          f.request(A, 'mutation { createBudgetCategory(input: { code: "AUDIT", name: "x", fund: SCHOOL, overrunPolicy: WARN }) { id } }'),
      ],
      [
        'updateBudgetCategory',
        () =>
          f.request(A, 'mutation($id: ID!) { updateBudgetCategory(input: { id: $id, version: 1, active: false }) { id } }', { id: office }),
      ],
      [
        'setApprovalPolicy',
        () =>
          f.request(
            A,
            'mutation { setApprovalPolicy(input: { directorLimit: "1.00", principalLimit: "2.00" }) { directorLimit { fen } } }',
          ),
      ],
      [
        'setBudget',
        () => f.request(A, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: office, fiscalYear: FY, allocated: '1.00' } }),
      ],
      [
        'importBudgets',
        () =>
          f.request(A, 'mutation($input: ImportBudgetsInput!) { importBudgets(input: $input) { count } }', {
            input: { rows: [{ schoolId: SCHOOL_A, categoryCode: 'OFFICE', fiscalYear: FY, allocated: '1.00' }] },
          }),
      ],
      ['createSupplier', () => f.request(A, 'mutation { createSupplier(input: { name: "x", creditCode: "91350100M000100Y43" }) { id } }')],
      [
        'importSuppliers',
        () => f.request(A, 'mutation { importSuppliers(input: { rows: [{ name: "x", creditCode: "91350100M000100Y43" }] }) { count } }'),
      ],
      [
        'updateSupplier',
        () =>
          f.request(A, 'mutation($id: ID!) { updateSupplier(input: { id: $id, version: 1, status: SUSPENDED }) { id } }', { id: supplier }),
      ],
      [
        'submitPurchaseRequest',
        () =>
          f.submitPurchaseRaw(A, {
            schoolId: SCHOOL_A,
            categoryId: office,
            reason: 'x',
            lines: [{ description: 'x', quantity: 1, unit: 'box', estimatedUnitPrice: '1.00' }],
          }),
      ],
      [
        'submitDraftPurchaseRequest',
        () => f.request(A, 'mutation($id: ID!) { submitDraftPurchaseRequest(input: { id: $id }) { warnings } }', { id: R.teacher.id }),
      ],
      ['approvePurchaseRequest', () => f.approvePurchase(A, R.teacher.id)],
      [
        'rejectPurchaseRequest',
        () => f.request(A, 'mutation($id: ID!) { rejectPurchaseRequest(input: { id: $id, reason: "x" }) { id } }', { id: R.teacher.id }),
      ],
      ['orderPurchase', () => f.orderPurchase(A, R.approved.id, supplier, ['13.00'])],
      ['receivePurchase', () => f.receivePurchase(A, R.ordered.id, [{ lineId: R.ordered.lines[0].id, quantity: 1 }])],
      ['payPurchase', () => f.payPurchase(A, R.received.id, '2026-03-02')],
      [
        'submitExpenseClaim',
        () =>
          f.submitClaimRaw(A, {
            schoolId: SCHOOL_A,
            title: 'x',
            lines: [{ categoryId: office, amount: '1.00', invoiceNumber: invoice() }],
          }),
      ],
      ['reviewExpenseClaim', () => f.reviewClaim(A, C.teacher.id)],
      ['rejectExpenseClaim (at review)', () => f.rejectClaim(A, C.teacher.id, 'x')],
      ['approveExpenseClaim', () => f.approveClaim(A, C.reviewed.id)],
      ['rejectExpenseClaim (at approval)', () => f.rejectClaim(A, C.reviewed.id, 'x')],
      ['payExpenseClaim', () => f.payClaim(A, C.approved.id, '2026-03-02')],
      [
        'postJournalEntry',
        () =>
          f.postEntry(A, {
            schoolId: SCHOOL_A,
            fund: 'SCHOOL',
            entryDate: '2026-03-01',
            memo: 'x',
            lines: [
              { account: 'BANK', debit: '1.00' },
              { account: 'OTHER_INCOME', credit: '1.00' },
            ],
          }),
      ],
      [
        'reverseJournalEntry',
        () => f.request(A, 'mutation($id: ID!) { reverseJournalEntry(input: { entryId: $id, reason: "x" }) { id } }', { id: entryId }),
      ],
      [
        'postRefund',
        () =>
          f.request(A, 'mutation($id: ID!) { postRefund(input: { paymentEntryId: $id, amount: "1.00", reason: "x" }) { id } }', {
            id: entryId,
          }),
      ],
      [
        'transferBetweenFunds',
        () =>
          f.request(
            A,
            `mutation { transferBetweenFunds(input: { schoolId: "${SCHOOL_A}", from: SCHOOL, amount: "1.00", memo: "x" }) { from { id } } }`,
          ),
      ],
      [
        'closePeriod',
        () => f.request(A, 'mutation { closePeriod(input: { schoolId: "' + SCHOOL_A + '", fund: SCHOOL, period: "2026-01" }) { id } }'),
      ],
      [
        'postRepairExpense',
        () =>
          f.request(A, 'mutation($id: ID!, $version: Int!) { postRepairExpense(input: { id: $id, version: $version }) { id } }', {
            id: heldRepair.id,
            version: heldRepair.version,
          }),
      ],
      // Auditors read dead letters; only district admins replay them.
      ['replayFinanceDeadLetter', () => f.request(A, `mutation { replayFinanceDeadLetter(id: "${entryId}") { outcome } }`)],
    ];
    await expectNoWrites(sub, async () => {
      for (const [name, call] of calls) {
        const response = await call();
        expect({ name, codes: (response.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ name, codes: ['FORBIDDEN'] });
      }
    });
    // Every mutation of the schema is in the list.
    const sdl = ok(await f.request(null, '{ _service { sdl } }'))._service.sdl as string;
    const mutationBlock = /type Mutation \{([\s\S]*?)\n\}/.exec(sdl)![1];
    const declared = [...mutationBlock.matchAll(/^\s{2}(\w+)\(/gm)].map((m) => m[1]).sort();
    expect([...new Set(calls.map(([name]) => name.split(' ')[0]))].sort()).toEqual(declared);
  });
});

describe('reports', () => {
  const EXECUTION = 'query($s: ID!) { budgetExecution(schoolId: $s, fiscalYear: 2026) { allocated { fen } } }';

  it("budget execution is for the school's finance staff and the district", async () => {
    const { allowed, refused } = byPermission(P.readBooks, SCHOOL_A, [
      V.accountant,
      V.director,
      V.principal,
      V.storekeeper,
      V.admin,
      V.auditor,
      V.teacher,
      V.canteen,
      V.accountant2,
      V.teacherB,
    ]);
    for (const who of allowed) ok(await f.request(who, EXECUTION, { s: SCHOOL_A }));
    for (const who of refused) expectCode(await f.request(who, EXECUTION, { s: SCHOOL_A }), 'FORBIDDEN');
    expectCode(await f.request(null, EXECUTION, { s: SCHOOL_A }), 'UNAUTHENTICATED');
  });

  it('supplier spending and the district comparison likewise', async () => {
    expectCode(await f.request(V.teacher, '{ topSuppliers(fiscalYear: 2026) { paid { fen } } }'), 'FORBIDDEN');
    expectCode(await f.request(V.accountant2, `{ topSuppliers(fiscalYear: 2026, schoolId: "${SCHOOL_A}") { paid { fen } } }`), 'FORBIDDEN');
    ok(await f.request(V.accountant2, '{ topSuppliers(fiscalYear: 2026) { paid { fen } } }'));
    for (const who of byPermission(P.compareSchools, undefined, [V.principal, V.accountant, V.teacher]).refused) {
      expectCode(await f.request(who, '{ districtBudgetComparison(fiscalYear: 2026) { nodes { allocated { fen } } } }'), 'FORBIDDEN');
    }
  });

  it('the canteen statement is posted for every member of the school, not for other schools', async () => {
    const { allowed, refused } = byPermission(P.readCanteenStatement, SCHOOL_A, [
      V.teacher,
      V.canteen,
      V.storekeeper,
      V.accountant,
      V.auditor,
      V.admin,
      V.teacherB,
      V.accountant2,
    ]);
    for (const who of allowed) {
      expect(
        ok(await f.request(who, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period: '2026-03' })).canteenStatement.mealFeeIncome.fen,
      ).toBe(10000);
    }
    for (const who of refused) expectCode(await f.request(who, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period: '2026-03' }), 'FORBIDDEN');
    expectCode(await f.request(null, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period: '2026-03' }), 'UNAUTHENTICATED');
  });
});

describe("a member of the school's parents' committee (家长委员会)", () => {
  const parent = demoViewer('parent');

  it('files no purchase request and no expense claim: FORBIDDEN before the input is read, nothing written', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(
        await f.submitPurchaseRaw(parent, {
          schoolId: SCHOOL_A,
          categoryId: office,
          fiscalYear: FY,
          reason: 'Books for the class (班级图书)',
          lines: [{ description: 'Books', quantity: 1, unit: 'set', estimatedUnitPrice: '10.00' }],
        }),
        'FORBIDDEN',
      );
      // Even a nonsense price is FORBIDDEN first, not BAD_USER_INPUT.
      expectCode(
        await f.submitPurchaseRaw(parent, {
          schoolId: SCHOOL_A,
          categoryId: office,
          reason: 'x',
          lines: [{ description: 'Books', quantity: 1, unit: 'set', estimatedUnitPrice: '-1.005' }],
        }),
        'FORBIDDEN',
      );
      expectCode(
        await f.submitClaimRaw(parent, {
          schoolId: SCHOOL_A,
          title: 'Reimbursement (报销)',
          fiscalYear: FY,
          lines: [{ categoryId: office, amount: '20.00', invoiceNumber: invoice() }],
        }),
        'FORBIDDEN',
      );
    });
  });

  it("sees none of the school's requests, claims or books, but reads the canteen statement posted for the school", async () => {
    expect(ids(await f.request(parent, REQUESTS, {}), 'purchaseRequests')).toEqual([]);
    expect(ids(await f.request(parent, CLAIMS, {}), 'expenseClaims')).toEqual([]);
    expectCode(await f.request(parent, REQUEST, { id: R.teacher.id }), 'NOT_FOUND');
    expectCode(await f.request(parent, '{ journalEntries(first: 10) { nodes { id } } }'), 'FORBIDDEN');
    expect(
      ok(await f.request(parent, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period: '2026-03' })).canteenStatement.mealFeeIncome.fen,
    ).toBe(10000);
  });
});

it('without a viewer, nothing is readable', async () => {
  expectCode(await f.request(null, REQUESTS, {}), 'UNAUTHENTICATED');
  expectCode(await f.request(null, CLAIMS, {}), 'UNAUTHENTICATED');
  expectCode(await f.request(null, '{ journalEntries { nodes { id } } }'), 'UNAUTHENTICATED');
  expectCode(await f.request(null, '{ budgetCategories { id } }'), 'UNAUTHENTICATED');
});
