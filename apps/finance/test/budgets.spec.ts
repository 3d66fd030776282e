import { AuditEntry } from '@houqin/persistence';
import { codes, type TestSubgraph } from '@houqin/testing';
import {
  BUDGET_EXECUTION,
  expectBadInput,
  expectCode,
  expectNoWrites,
  Finance,
  FY,
  ok,
  SCHOOL_A,
  SCHOOL_B,
  SET_BUDGET,
  startFinance,
  UNKNOWN_ID,
  V,
} from './support';

/**
 * The district administrator sets up the year: budget categories (预算科目) with their overrun
 * policy, approval thresholds (审批权限) and each school's budget lines (预算下达). Nobody else may.
 */
let sub: TestSubgraph;
let f: Finance;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const CREATE_CATEGORY =
  'mutation($input: CreateBudgetCategoryInput!) { createBudgetCategory(input: $input) { id code name fund overrunPolicy active version } }';
const UPDATE_CATEGORY =
  'mutation($input: UpdateBudgetCategoryInput!) { updateBudgetCategory(input: $input) { id name overrunPolicy active version } }';
const SET_POLICY =
  'mutation($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { directorLimit { yuan fen } principalLimit { yuan fen } } }';
const CATEGORIES = 'query($all: Boolean!) { budgetCategories(includeInactive: $all) { id code fund overrunPolicy active } }';

describe('budget categories', () => {
  it('the district admin creates BLOCK, WARN and canteen-fund categories, each audited', async () => {
    const block = ok(
      await f.request(V.admin, CREATE_CATEGORY, {
        input: { code: 'OFFICE_SUPPLIES', name: 'Office supplies (办公用品)', fund: 'SCHOOL', overrunPolicy: 'BLOCK' },
      }),
    ).createBudgetCategory;
    expect(block).toMatchObject({ code: 'OFFICE_SUPPLIES', fund: 'SCHOOL', overrunPolicy: 'BLOCK', active: true, version: 1 });
    const warn = ok(
      await f.request(V.admin, CREATE_CATEGORY, {
        input: { code: 'UTILITIES', name: ' Utilities (水电费) ', fund: 'SCHOOL', overrunPolicy: 'WARN' },
      }),
    ).createBudgetCategory;
    expect(warn).toMatchObject({ name: 'Utilities (水电费)', overrunPolicy: 'WARN' });
    const canteen = ok(
      await f.request(V.admin, CREATE_CATEGORY, {
        input: { code: 'CANTEEN_FOOD', name: 'Canteen food (食材)', fund: 'CANTEEN', overrunPolicy: 'BLOCK' },
      }),
    ).createBudgetCategory;
    expect(canteen.fund).toBe('CANTEEN');

    // Every member of the district reads the list, by code.
    const listed = ok(await f.request(V.teacher, CATEGORIES, { all: false })).budgetCategories;
    expect(listed.map((c: { code: string }) => c.code)).toEqual(['CANTEEN_FOOD', 'OFFICE_SUPPLIES', 'UTILITIES']);
    const audits = await sub.dataSource.getRepository(AuditEntry).findBy({ action: 'budgetCategory.create' });
    expect(audits.map((a) => a.entityId).sort()).toEqual([block.id, warn.id, canteen.id].sort());
    expect(audits.every((a) => a.actorAccountId === V.admin.accountId)).toBe(true);
  });

  it('refuses a duplicate or malformed code, naming the field, and writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.request(V.admin, CREATE_CATEGORY, {
          input: { code: 'OFFICE_SUPPLIES', name: 'Again', fund: 'SCHOOL', overrunPolicy: 'BLOCK' },
        }),
        'code',
      );
      expectBadInput(
        await f.request(V.admin, CREATE_CATEGORY, {
          input: { code: 'office supplies', name: 'Lower case', fund: 'SCHOOL', overrunPolicy: 'BLOCK' },
        }),
        'code',
      );
      expectBadInput(
        await f.request(V.admin, CREATE_CATEGORY, { input: { code: 'BLANK_NAME', name: '   ', fund: 'SCHOOL', overrunPolicy: 'BLOCK' } }),
        'name',
      );
    });
  });

  it('only the district admin creates, changes or retires categories; the rest get FORBIDDEN and nothing changes', async () => {
    const [category] = ok(await f.request(V.admin, CATEGORIES, { all: false })).budgetCategories;
    await expectNoWrites(sub, async () => {
      for (const who of [V.auditor, V.principal, V.director, V.accountant, V.teacher, V.accountant2]) {
        expectCode(
          await f.request(who, CREATE_CATEGORY, { input: { code: 'SNEAKY', name: 'Sneaky', fund: 'SCHOOL', overrunPolicy: 'WARN' } }),
          'FORBIDDEN',
        );
        expectCode(await f.request(who, UPDATE_CATEGORY, { input: { id: category.id, version: 1, overrunPolicy: 'WARN' } }), 'FORBIDDEN');
        expectCode(await f.request(who, SET_POLICY, { input: { directorLimit: '1.00', principalLimit: '2.00' } }), 'FORBIDDEN');
        expectCode(
          await f.request(who, SET_BUDGET, {
            input: { schoolId: SCHOOL_A, categoryId: category.id, fiscalYear: FY, allocated: '999999.00' },
          }),
          'FORBIDDEN',
        );
      }
      expectCode(
        await f.request(null, CREATE_CATEGORY, { input: { code: 'SNEAKY', name: 'Sneaky', fund: 'SCHOOL', overrunPolicy: 'WARN' } }),
        'UNAUTHENTICATED',
      );
    });
  });

  it('updates with the version read; a stale version is a CONFLICT; a retired category takes no new requests', async () => {
    const id = await f.category('RETIRE_ME', { overrunPolicy: 'WARN' });
    const renamed = ok(
      await f.request(V.admin, UPDATE_CATEGORY, { input: { id, version: 1, name: 'To retire (待停用)' } }),
    ).updateBudgetCategory;
    expect(renamed).toMatchObject({ name: 'To retire (待停用)', version: 2 });
    await expectNoWrites(sub, async () =>
      expectCode(await f.request(V.admin, UPDATE_CATEGORY, { input: { id, version: 1, active: false } }), 'CONFLICT'),
    );
    expectCode(await f.request(V.admin, UPDATE_CATEGORY, { input: { id: UNKNOWN_ID, version: 1, active: false } }), 'BAD_USER_INPUT');
    expect(ok(await f.request(V.admin, UPDATE_CATEGORY, { input: { id, version: 2, active: false } })).updateBudgetCategory.active).toBe(
      false,
    );

    expect(ok(await f.request(V.admin, CATEGORIES, { all: false })).budgetCategories.map((c: { id: string }) => c.id)).not.toContain(id);
    expect(ok(await f.request(V.admin, CATEGORIES, { all: true })).budgetCategories.find((c: { id: string }) => c.id === id).active).toBe(
      false,
    );
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: id,
          fiscalYear: FY,
          reason: 'x',
          lines: [{ description: 'x', quantity: 1, unit: 'box', estimatedUnitPrice: '1.00' }],
        }),
        'categoryId',
      );
      expectBadInput(
        await f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: id, fiscalYear: FY, allocated: '10.00' } }),
        'categoryId',
      );
      expectBadInput(
        await f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: UNKNOWN_ID, fiscalYear: FY, allocated: '10.00' } }),
        'categoryId',
      );
    });
  });
});

describe('approval thresholds', () => {
  it('default to 5,000 and 50,000 yuan', async () => {
    expect(ok(await f.request(V.teacher, '{ approvalPolicy { directorLimit { yuan } principalLimit { yuan } } }')).approvalPolicy).toEqual({
      directorLimit: { yuan: '5000.00' },
      principalLimit: { yuan: '50000.00' },
    });
  });

  it('the admin sets them; a principal limit below the director limit is refused', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.request(V.admin, SET_POLICY, { input: { directorLimit: '3000.00', principalLimit: '2999.99' } }),
        'principalLimit',
      );
    });
    expect(
      ok(await f.request(V.admin, SET_POLICY, { input: { directorLimit: '2000', principalLimit: '20000.5' } })).setApprovalPolicy,
    ).toEqual({
      directorLimit: { yuan: '2000.00', fen: 200000 },
      principalLimit: { yuan: '20000.50', fen: 2000050 },
    });
    // Set again (an update of the district's row, not a second row).
    ok(await f.request(V.admin, SET_POLICY, { input: { directorLimit: '2000.00', principalLimit: '20000.00' } }));
    expect(ok(await f.request(V.director, '{ approvalPolicy { directorLimit { yuan } principalLimit { yuan } } }')).approvalPolicy).toEqual(
      { directorLimit: { yuan: '2000.00' }, principalLimit: { yuan: '20000.00' } },
    );
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'approvalPolicy.set' })).toBe(2);
  });

  it('decide the highest level a request needs, the limits inclusive', async () => {
    const category = await f.category('THRESHOLDS', { overrunPolicy: 'WARN' });
    const level = async (price: string) => (await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 1, price }])).requiredLevel;
    expect(await level('2000.00')).toBe('DIRECTOR');
    expect(await level('2000.01')).toBe('PRINCIPAL');
    expect(await level('20000.00')).toBe('PRINCIPAL');
    expect(await level('20000.01')).toBe('DISTRICT');
  });
});

describe('budget lines', () => {
  let repairs: string;

  beforeAll(async () => {
    repairs = await f.category('REPAIRS');
  });

  it("the admin allocates a school's budget for a category and year and may re-allocate it", async () => {
    expect(await f.budget(SCHOOL_A, repairs, '1000')).toEqual({
      category: { id: repairs, code: 'REPAIRS' },
      allocated: { yuan: '1000.00', fen: 100000 },
      committed: { fen: 0 },
      spent: { fen: 0 },
      remaining: { fen: 100000 },
    });
    await f.budget(SCHOOL_B, repairs, '700.00');
    // Re-allocating the same amount is fine too (no change is still a success).
    expect((await f.budget(SCHOOL_A, repairs, '1000.00')).allocated.fen).toBe(100000);
    expect((await f.budget(SCHOOL_A, repairs, '1200.00')).allocated.fen).toBe(120000);
    expect((await f.budget(SCHOOL_A, repairs, '1000.00')).remaining.fen).toBe(100000);
    const rows = ok(await f.request(V.accountant, BUDGET_EXECUTION, { schoolId: SCHOOL_A, fiscalYear: FY })).budgetExecution;
    expect(rows.find((r: { category: { id: string } }) => r.category.id === repairs).allocated.yuan).toBe('1000.00');
    // Another year is another line.
    expect((await f.budget(SCHOOL_A, repairs, '5.00', FY + 1)).allocated.fen).toBe(500);
    expect((await f.budgetLine(SCHOOL_A, repairs)).allocated).toBe(100000);
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'budget.set' })).toBe(6);
  });

  it('never goes below what is already committed and spent (field allocated)', async () => {
    // 200 spent, 300 committed (approved, unpaid).
    await f.paidClaim(SCHOOL_A, [{ categoryId: repairs, amount: '200.00' }], '2026-04-10');
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: repairs, amount: '300.00' }]);
    await f.approveClaimFully(claim);
    expect(await f.budgetLine(SCHOOL_A, repairs)).toMatchObject({ allocated: 100000, committed: 30000, spent: 20000, remaining: 50000 });

    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: repairs, fiscalYear: FY, allocated: '499.99' } }),
        'allocated',
      );
      expectBadInput(
        await f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: repairs, fiscalYear: FY, allocated: '0' } }),
        'allocated',
      );
    });
    expect((await f.budget(SCHOOL_A, repairs, '500.00')).remaining.fen).toBe(0);
    expect(await f.budgetLine(SCHOOL_A, repairs)).toMatchObject({ allocated: 50000, committed: 30000, spent: 20000, remaining: 0 });
  });

  it('refuses a malformed school or year', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.request(V.admin, SET_BUDGET, { input: { schoolId: 'school-a', categoryId: repairs, fiscalYear: FY, allocated: '1.00' } }),
        'schoolId',
      );
      expectBadInput(
        await f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: repairs, fiscalYear: 1999, allocated: '1.00' } }),
        'fiscalYear',
      );
      const r = await f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: repairs, fiscalYear: FY } });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']); // GraphQL itself: allocated is required
    });
  });
});
