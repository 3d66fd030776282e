import { type ExecutionResult, graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { Viewer, type ViewerClaims } from '@houqin/auth';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { type TestSubgraph } from '@houqin/testing';
import { createFinanceSubgraph } from '../src/subgraph';
import { BUDGET_EXECUTION, CANTEEN_STATEMENT, expectBadInput, Finance, FY, ok, SCHOOL_A, SCHOOL_B, startFinance, V } from './support';
import type { ExecutionRowOut, MoneyOut } from './support';

/**
 * Finance reports: budget execution by category and month (预算执行), the canteen account's monthly
 * statement for public posting (食堂账目公示), supplier spending, and schools side by side. Each
 * is a fixed number of aggregate statements, whatever the data.
 */
const definition = createFinanceSubgraph();
let schema: GraphQLSchema;
let sub: TestSubgraph;
let f: Finance;
let office: string; // SCHOOL, BLOCK
let repairs: string; // SCHOOL, WARN
let food: string; // CANTEEN, BLOCK
let unused: string; // SCHOOL, no budget line, nothing spent
const S: Record<string, string> = {};

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  schema = (await buildFederatedSchema(definition)).schema;
  office = await f.category('OFFICE');
  repairs = await f.category('REPAIRS', { overrunPolicy: 'WARN' });
  food = await f.category('CANTEEN_FOOD', { fund: 'CANTEEN' });
  unused = await f.category('UNUSED');
  await f.budget(SCHOOL_A, office, '10000.00');
  await f.budget(SCHOOL_A, repairs, '2000.00');
  await f.budget(SCHOOL_A, food, '20000.00');
  await f.budget(SCHOOL_B, office, '5000.00');
  S.one = await f.supplier({ name: 'One' });
  S.two = await f.supplier({ name: 'Two' });
  S.three = await f.supplier({ name: 'Three (food)', food: true });

  // School A, school account.
  await f.paidPurchase(SCHOOL_A, office, S.one, [{ quantity: 3, price: '100.00' }], '2026-03-15');
  await f.paidPurchase(SCHOOL_A, office, S.two, [{ quantity: 1, price: '1200.00' }], '2026-04-10');
  await f.paidPurchase(SCHOOL_A, repairs, S.one, [{ quantity: 1, price: '250.00' }], '2026-04-20');
  await f.paidClaim(SCHOOL_A, [{ categoryId: office, amount: '80.00' }], '2026-04-22');
  const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '100.00' }]);
  await f.approveClaimFully(claim); // committed, not paid
  // School A, canteen account: March and April.
  await f.mealFees(SCHOOL_A, '5000.00', '2026-03-01');
  await f.paidClaim(SCHOOL_A, [{ categoryId: food, amount: '400.00' }], '2026-03-20', V.canteen);
  await f.mealFees(SCHOOL_A, '6000.00', '2026-04-01');
  await f.paidPurchase(SCHOOL_A, food, S.three, [{ quantity: 100, price: '9.00' }], '2026-04-05');
  ok(
    await f.postEntry(V.accountant, {
      schoolId: SCHOOL_A,
      fund: 'CANTEEN',
      entryDate: '2026-04-06',
      memo: 'Sold used oil (废油回收)',
      lines: [
        { account: 'BANK', debit: '50.00' },
        { account: 'OTHER_INCOME', credit: '50.00' },
      ],
    }),
  );
  ok(
    await f.postEntry(V.accountant, {
      schoolId: SCHOOL_A,
      fund: 'CANTEEN',
      entryDate: '2026-04-07',
      memo: 'Bank charge (手续费)',
      lines: [
        { account: 'EXPENSE', debit: '30.00' },
        { account: 'BANK', credit: '30.00' },
      ],
    }),
  );
  // School B.
  await f.paidPurchase(SCHOOL_B, office, S.two, [{ quantity: 2, price: '1000.00' }], '2026-04-11', V.teacherB);
  await f.mealFees(SCHOOL_B, '777.00', '2026-03-02');
  // Last year's line is another line.
  await f.budget(SCHOOL_A, office, '500.00', FY - 1);
}, 90000);
afterAll(async () => {
  await sub?.stop();
});

/** The data of the two reports counted here, as far as the tests read it. */
type Counted = ExecutionResult<{ budgetExecution: unknown[]; canteenStatement: { closingBalance: MoneyOut } }>;

/** Executes in-process against the real database, counting the SQL statements the operation costs. */
async function execute(
  claims: ViewerClaims,
  source: string,
  variableValues: Record<string, unknown>,
): Promise<{ result: Counted; statements: number }> {
  return withSqlStats(async () => {
    const contextValue = definition.createContext({
      viewer: new Viewer(claims),
      requestId: 't',
      logger: pino({ level: 'silent' }),
      dataSource: sub.dataSource,
    });
    const result = (await graphql({ schema, source, variableValues, contextValue })) as Counted;
    return { result, statements: currentSqlStats()!.statements };
  });
}

const month = (byMonth: { fen: number }[]) => byMonth.map((m) => m.fen);
const zeros = (overrides: Record<number, number>) => Array.from({ length: 12 }, (_, i) => overrides[i + 1] ?? 0);

describe('budget execution (预算执行)', () => {
  it('shows each category with allocated, committed, spent, remaining and spending by payment month', async () => {
    const rows = ok(await f.request(V.accountant, BUDGET_EXECUTION, { schoolId: SCHOOL_A, fiscalYear: FY })).budgetExecution;
    expect(rows.map((r: ExecutionRowOut) => r.category.code)).toEqual(['CANTEEN_FOOD', 'OFFICE', 'REPAIRS', 'UNUSED']);
    const byCode = Object.fromEntries(rows.map((r: ExecutionRowOut) => [r.category.code, r]));
    expect(byCode.OFFICE).toMatchObject({
      allocated: { yuan: '10000.00' },
      committed: { yuan: '100.00' },
      spent: { yuan: '1580.00' },
      remaining: { yuan: '8320.00' },
    });
    expect(month(byCode.OFFICE.spentByMonth)).toEqual(zeros({ 3: 30000, 4: 128000 }));
    expect(byCode.REPAIRS).toMatchObject({ spent: { fen: 25000 }, remaining: { fen: 175000 } });
    expect(month(byCode.REPAIRS.spentByMonth)).toEqual(zeros({ 4: 25000 }));
    expect(byCode.CANTEEN_FOOD).toMatchObject({ spent: { fen: 130000 }, committed: { fen: 0 } });
    expect(month(byCode.CANTEEN_FOOD.spentByMonth)).toEqual(zeros({ 3: 40000, 4: 90000 }));
    expect(byCode.UNUSED).toMatchObject({ allocated: { fen: 0 }, spent: { fen: 0 }, remaining: { fen: 0 } });
    expect(byCode.UNUSED.category.id).toBe(unused);
    // The months add up to what was spent.
    for (const r of rows) expect(month(r.spentByMonth).reduce((a: number, b: number) => a + b, 0)).toBe(r.spent.fen);
  });

  it('is per school and per year', async () => {
    const b = ok(await f.request(V.accountant2, BUDGET_EXECUTION, { schoolId: SCHOOL_B, fiscalYear: FY })).budgetExecution;
    const officeB = b.find((r: ExecutionRowOut) => r.category.id === office);
    expect(officeB).toMatchObject({ allocated: { fen: 500000 }, spent: { fen: 200000 } });
    expect(month(officeB.spentByMonth)).toEqual(zeros({ 4: 200000 }));
    const lastYear = ok(await f.request(V.accountant, BUDGET_EXECUTION, { schoolId: SCHOOL_A, fiscalYear: FY - 1 })).budgetExecution;
    expect(lastYear.find((r: ExecutionRowOut) => r.category.id === office)).toMatchObject({
      allocated: { fen: 50000 },
      spent: { fen: 0 },
      spentByMonth: zeros({}).map((fen) => ({ yuan: '0.00', fen })),
    });
  });

  it('costs exactly two SQL statements', async () => {
    const { result, statements } = await execute(V.accountant, BUDGET_EXECUTION, { schoolId: SCHOOL_A, fiscalYear: FY });
    expect(result.errors).toBeUndefined();
    expect(result.data!.budgetExecution).toHaveLength(4);
    expect(statements).toBe(2);
  });
});

describe('canteen statement (食堂账目公示)', () => {
  const statement = async (period: string, who = V.teacher) => {
    const s = ok(await f.request(who, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period })).canteenStatement;
    return {
      opening: s.openingBalance.fen,
      meals: s.mealFeeIncome.fen,
      other: s.otherIncome.fen,
      food: s.foodCost.fen,
      expense: s.otherExpense.fen,
      closing: s.closingBalance.fen,
    };
  };

  it('March: meal fees in, a canteen claim out', async () => {
    expect(await statement('2026-03')).toEqual({ opening: 0, meals: 500000, other: 0, food: 40000, expense: 0, closing: 460000 });
  });

  it('April opens where March closed, and closes at opening + income − costs', async () => {
    const april = await statement('2026-04');
    expect(april).toEqual({ opening: 460000, meals: 600000, other: 5000, food: 90000, expense: 3000, closing: 972000 });
    expect(april.closing).toBe(april.opening + april.meals + april.other - april.food - april.expense);
    // Nothing in May: it opens and closes at April's closing balance; nothing before March.
    expect(await statement('2026-05')).toEqual({ opening: 972000, meals: 0, other: 0, food: 0, expense: 0, closing: 972000 });
    expect(await statement('2026-02')).toEqual({ opening: 0, meals: 0, other: 0, food: 0, expense: 0, closing: 0 });
  });

  it("shows money as yuan too, holds only this school's canteen account, and refuses a malformed month", async () => {
    const s = ok(await f.request(V.canteen, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period: '2026-04' })).canteenStatement;
    expect(s).toMatchObject({ period: '2026-04', openingBalance: { yuan: '4600.00' }, closingBalance: { yuan: '9720.00' } });
    const b = ok(await f.request(V.accountant2, CANTEEN_STATEMENT, { schoolId: SCHOOL_B, period: '2026-03' })).canteenStatement;
    expect(b).toMatchObject({ mealFeeIncome: { fen: 77700 }, foodCost: { fen: 0 }, closingBalance: { fen: 77700 } });
    for (const period of ['2026-4', '2026-13', 'April', '2026-04-01'])
      expectBadInput(await f.request(V.teacher, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period }), 'period');
    expectBadInput(await f.request(V.teacher, CANTEEN_STATEMENT, { schoolId: 'A', period: '2026-04' }), 'schoolId');
  });

  it('costs exactly one SQL statement', async () => {
    const { result, statements } = await execute(V.teacher, CANTEEN_STATEMENT, { schoolId: SCHOOL_A, period: '2026-04' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.canteenStatement.closingBalance.fen).toBe(972000);
    expect(statements).toBe(1);
  });
});

describe('top suppliers', () => {
  const TOP =
    'query($schoolId: ID, $first: Int) { topSuppliers(fiscalYear: 2026, schoolId: $schoolId, first: $first) { supplier { id name } paid { yuan fen } payments } }';
  const rows = (data: { topSuppliers: { supplier: { name: string }; paid: MoneyOut; payments: number }[] }) =>
    data.topSuppliers.map((r) => [r.supplier.name, r.paid.fen, r.payments]);

  it("orders the district's suppliers by what they were paid", async () => {
    expect(rows(ok(await f.request(V.admin, TOP, {})))).toEqual([
      ['Two', 320000, 2],
      ['Three (food)', 90000, 1],
      ['One', 55000, 2],
    ]);
    expect(rows(ok(await f.request(V.admin, TOP, { first: 1 })))).toEqual([['Two', 320000, 2]]);
  });

  it('for a school, or the schools whose books the viewer reads', async () => {
    expect(rows(ok(await f.request(V.accountant, TOP, {})))).toEqual([
      ['Two', 120000, 1],
      ['Three (food)', 90000, 1],
      ['One', 55000, 2],
    ]);
    expect(rows(ok(await f.request(V.auditor, TOP, { schoolId: SCHOOL_B })))).toEqual([['Two', 200000, 1]]);
    expect(rows(ok(await f.request(V.accountant2, TOP, {})))).toEqual([['Two', 200000, 1]]);
  });

  it('asks for 1 to 50', async () => {
    expectBadInput(await f.request(V.admin, TOP, { first: 0 }), 'first');
    expectBadInput(await f.request(V.admin, TOP, { first: 51 }), 'first');
  });
});

describe('schools side by side', () => {
  const COMPARISON =
    'query($first: Int, $after: String) { districtBudgetComparison(fiscalYear: 2026, first: $first, after: $after) { nodes { school { id } allocated { fen } committed { fen } spent { fen } remaining { fen } } pageInfo { hasNextPage endCursor } } }';

  it('pages through the schools with budgets, one at a time', async () => {
    const first = ok(await f.request(V.admin, COMPARISON, { first: 1 })).districtBudgetComparison;
    expect(first.nodes).toEqual([
      {
        school: { id: SCHOOL_A },
        allocated: { fen: 3200000 },
        committed: { fen: 10000 },
        spent: { fen: 313000 },
        remaining: { fen: 2877000 },
      },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await f.request(V.admin, COMPARISON, { first: 1, after: first.pageInfo.endCursor })).districtBudgetComparison;
    expect(second.nodes).toEqual([
      { school: { id: SCHOOL_B }, allocated: { fen: 500000 }, committed: { fen: 0 }, spent: { fen: 200000 }, remaining: { fen: 300000 } },
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = ok(await f.request(V.auditor, COMPARISON, {})).districtBudgetComparison;
    expect(all.nodes.map((n: { school: { id: string } }) => n.school.id)).toEqual([SCHOOL_A, SCHOOL_B]);
    expectBadInput(await f.request(V.admin, COMPARISON, { first: 1, after: 'not-a-cursor' }), 'after');
  });

  it("spending per student comes from the directory's student count", async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { id spentPerStudent(fiscalYear: 2026) { fen } } } }';
    const r = [
      { __typename: 'School', id: SCHOOL_A, studentCount: 1000 },
      { __typename: 'School', id: SCHOOL_B, studentCount: 0 },
    ];
    expect(ok(await f.request(V.admin, query, { r }))._entities).toEqual([
      { id: SCHOOL_A, spentPerStudent: { fen: 313 } },
      { id: SCHOOL_B, spentPerStudent: null },
    ]);
  });
});

describe('the district dashboard in one round trip', () => {
  /** The console's district dashboard as finance answers it (the directory adds name and studentCount through the gateway). */
  const DASHBOARD = `query($year: Int!, $period: String!) {
    districtBudgetComparison(fiscalYear: $year, first: 50) {
      nodes { schoolId allocated { fen } committed { fen } spent { fen } remaining { fen }
        byCategory { category { id code name } allocated { fen } committed { fen } spent { fen } remaining { fen } }
        school { id accountBalances { canteen { fen yuan } }
          canteenStatement(period: $period) { openingBalance { fen } mealFeeIncome { fen } foodCost { fen } closingBalance { fen } } } }
      pageInfo { hasNextPage endCursor } } }`;
  type Totals = { category: { code: string }; allocated: MoneyOut; committed: MoneyOut; spent: MoneyOut; remaining: MoneyOut };
  const figures = (rows: Totals[]) =>
    rows.map((r) => [r.category.code, r.allocated.fen, r.committed.fen, r.spent.fen, r.remaining.fen] as const);

  it('shows every school by category, its canteen balance and the month’s canteen statement, as posted', async () => {
    const page = ok(await f.request(V.admin, DASHBOARD, { year: FY, period: '2026-04' })).districtBudgetComparison;
    expect(page.nodes.map((n: { schoolId: string }) => n.schoolId)).toEqual([SCHOOL_A, SCHOOL_B]);
    const [a, b] = page.nodes;
    expect(figures(a.byCategory)).toEqual([
      ['CANTEEN_FOOD', 2000000, 0, 130000, 1870000],
      ['OFFICE', 1000000, 10000, 158000, 832000],
      ['REPAIRS', 200000, 0, 25000, 175000],
      ['UNUSED', 0, 0, 0, 0],
    ]);
    // School B has a line in OFFICE only; the district's other active categories show as zero.
    expect(figures(b.byCategory)).toEqual([
      ['CANTEEN_FOOD', 0, 0, 0, 0],
      ['OFFICE', 500000, 0, 200000, 300000],
      ['REPAIRS', 0, 0, 0, 0],
      ['UNUSED', 0, 0, 0, 0],
    ]);
    // The categories add up to the school's totals.
    for (const node of page.nodes)
      for (const key of ['allocated', 'committed', 'spent', 'remaining'] as const)
        expect(node.byCategory.reduce((sum: number, r: Totals) => sum + r[key].fen, 0)).toBe(node[key].fen);
    expect(a.school).toEqual({
      id: SCHOOL_A,
      accountBalances: { canteen: { fen: 972000, yuan: '9720.00' } },
      canteenStatement: {
        openingBalance: { fen: 460000 },
        mealFeeIncome: { fen: 600000 },
        foodCost: { fen: 90000 },
        closingBalance: { fen: 972000 },
      },
    });
    expect(b.school).toEqual({
      id: SCHOOL_B,
      accountBalances: { canteen: { fen: 77700, yuan: '777.00' } },
      canteenStatement: { openingBalance: { fen: 77700 }, mealFeeIncome: { fen: 0 }, foodCost: { fen: 0 }, closingBalance: { fen: 77700 } },
    });
  });

  it('costs one statement per kind of figure for the whole page, not one per school', async () => {
    const { result, statements } = await execute(V.admin, DASHBOARD, { year: FY, period: '2026-04' });
    expect(result.errors).toBeUndefined();
    // The page's sums, its categories, its bank balances and its canteen statements.
    expect(statements).toBe(4);
  });

  it('School.canteenStatement through the gateway: batched for the schools asked, null where the viewer may not read it', async () => {
    const query =
      'query($r: [_Any!]!, $period: String!) { _entities(representations: $r) { ... on School { id canteenStatement(period: $period) { closingBalance { fen } } } } }';
    const r = [
      { __typename: 'School', id: SCHOOL_A },
      { __typename: 'School', id: SCHOOL_B },
    ];
    const { result, statements } = await execute(V.admin, query, { r, period: '2026-03' });
    expect(result.data).toEqual({
      _entities: [
        { id: SCHOOL_A, canteenStatement: { closingBalance: { fen: 460000 } } },
        { id: SCHOOL_B, canteenStatement: { closingBalance: { fen: 77700 } } },
      ],
    });
    expect(statements).toBe(1);
    // A school-A teacher reads the statement of school A (it is posted publicly), not of school B.
    expect(ok(await f.request(V.teacher, query, { r, period: '2026-03' }))._entities).toEqual([
      { id: SCHOOL_A, canteenStatement: { closingBalance: { fen: 460000 } } },
      { id: SCHOOL_B, canteenStatement: null },
    ]);
    const bad = await f.request(V.admin, query, { r, period: '2026-3' });
    expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'period'],
      ['BAD_USER_INPUT', 'period'],
    ]);
  });
});

describe('the lists behind the numbers', () => {
  const ENTRIES = `query($filter: JournalEntryFilter) { journalEntries(filter: $filter, first: 100) {
    nodes { entryDate schoolId lines { categoryId debit { fen } credit { fen } } } } }`;
  type Entry = { entryDate: string; schoolId: string; lines: { categoryId: string | null; debit: MoneyOut; credit: MoneyOut }[] };
  const spentIn = (entries: Entry[], categoryId: string) =>
    entries
      .flatMap((e) => e.lines)
      .filter((l) => l.categoryId === categoryId)
      .reduce((sum, l) => sum + l.debit.fen - l.credit.fen, 0);

  it("a school's spending in a category in a month is the entries filtered by school, category and dates", async () => {
    const april = { schoolId: SCHOOL_A, categoryId: office, fromDate: '2026-04-01', toDate: '2026-04-30' };
    const entries: Entry[] = ok(await f.request(V.accountant, ENTRIES, { filter: april })).journalEntries.nodes;
    expect(entries.map((e) => e.entryDate).sort()).toEqual(['2026-04-10', '2026-04-22']);
    // What budgetExecution shows for April.
    expect(spentIn(entries, office)).toBe(128000);
    const year: Entry[] = ok(
      await f.request(V.auditor, ENTRIES, {
        filter: { schoolId: SCHOOL_A, categoryId: office, fromDate: '2026-01-01', toDate: '2026-12-31' },
      }),
    ).journalEntries.nodes;
    expect(spentIn(year, office)).toBe(158000);
    const schoolB: Entry[] = ok(await f.request(V.auditor, ENTRIES, { filter: { schoolId: SCHOOL_B, categoryId: office } })).journalEntries
      .nodes;
    expect(schoolB.every((e) => e.schoolId === SCHOOL_B)).toBe(true);
    expect(spentIn(schoolB, office)).toBe(200000);
    expect(ok(await f.request(V.accountant, ENTRIES, { filter: { ...april, categoryId: unused } })).journalEntries.nodes).toEqual([]);
  });

  it('refuses a range that ends before it starts, a date that does not exist and a malformed category', async () => {
    expectBadInput(await f.request(V.accountant, ENTRIES, { filter: { fromDate: '2026-04-30', toDate: '2026-04-01' } }), 'toDate');
    expectBadInput(await f.request(V.accountant, ENTRIES, { filter: { fromDate: '2026-02-30' } }), 'fromDate');
    expectBadInput(await f.request(V.accountant, ENTRIES, { filter: { categoryId: 'office' } }), 'categoryId');
  });
});
