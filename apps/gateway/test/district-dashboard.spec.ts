import { readFileSync } from 'node:fs';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import { DEMO_PASSWORD, DEMO_SCHOOLS } from '@houqin/demo';
import {
  codes,
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  startSubgraphProcesses,
  type SubgraphProcesses,
  waitFor,
} from '@houqin/testing';
import { DEFAULT_SUPERGRAPH_PATH } from '../src/config';
import { CostModel } from '../src/cost';

/**
 * The console's district dashboard (区级看板): every school side by side — budget execution by
 * category, spending per student, the canteen account's balance and the month's canteen statement —
 * in ONE query through the gateway, under its default cost limit (MAX_QUERY_COST 5000), against the
 * directory and finance running as processes. The figures are checked against what was posted.
 */
jest.setTimeout(120000);

const DASHBOARD = `query DistrictDashboard($year: Int!, $period: String!, $first: Int = 50) {
  districtBudgetComparison(fiscalYear: $year, first: $first) {
    nodes { schoolId allocated { fen } committed { fen } spent { fen } remaining { fen }
      byCategory { category { id code name } allocated { fen } spent { fen } remaining { fen } }
      school { id name studentCount spentPerStudent(fiscalYear: $year) { fen yuan } accountBalances { canteen { fen yuan } }
        canteenStatement(period: $period) { openingBalance { fen } mealFeeIncome { fen } foodCost { fen } closingBalance { fen } } } }
    pageInfo { hasNextPage endCursor } }
}`;
const MAX_QUERY_COST = 5000;
const TODAY = todayIn(DEFAULT_TIME_ZONE);
const FY = Number(TODAY.slice(0, 4));
const PERIOD = TODAY.slice(0, 7);
const A = DEMO_SCHOOLS.firstPrimary;
const B = DEMO_SCHOOLS.secondJunior;

describe('its price', () => {
  const model = new CostModel(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'), 10);
  const document = parse(DASHBOARD);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const costFor = (first: number) => model.estimate(document, operation, { year: FY, period: PERIOD, first });

  it('fits the default limit for a page of 50 schools, byCategory assumed at 15 categories', () => {
    // Per school: the summary 1 + 4 Money + byCategory 15 × (1 + category 1 + 3 Money) + school (1 + spentPerStudent 1
    // + accountBalances 1 + canteen 1 + canteenStatement 1 + 4 Money); the connection 1 and pageInfo 1.
    const perSchool = 1 + 4 + 15 * 5 + (1 + 1 + 1 + 1 + 1 + 4);
    expect(costFor(50)).toBe(2 + 50 * perSchool);
    expect(costFor(50)).toBeLessThanOrEqual(MAX_QUERY_COST);
    // A page of 100 schools is over it: the console pages by 50.
    expect(costFor(100)).toBeGreaterThan(MAX_QUERY_COST);
  });
});

describe('through the gateway', () => {
  let subgraphs: SubgraphProcesses;
  let gateway: ServiceProcess;
  let graphqlUrl: string;
  const tokens: Record<string, string> = {};

  const as = (username: string) => graphqlClient(graphqlUrl, { authorization: `Bearer ${tokens[username]}` });
  const ok = async (username: string, query: string, variables?: Record<string, unknown>) => {
    const r = await as(username).request(query, variables);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const post = (username: string, input: Record<string, unknown>) =>
    ok(username, 'mutation($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }', { input });

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses();
    // The gateway's own limits, as a district runs it.
    gateway = await startServiceProcess('gateway', {
      DIRECTORY_URL: `${subgraphs.directory.baseUrl}/graphql`,
      FINANCE_URL: `${subgraphs.finance.baseUrl}/graphql`,
    });
    graphqlUrl = `${gateway.baseUrl}/graphql`;
    for (const username of ['admin', 'accountant', 'accountant2']) {
      const login = await graphqlClient(graphqlUrl).request('mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: { username, password: DEMO_PASSWORD },
      });
      tokens[username] = login.data.login.token;
    }
    const category = (code: string, fund: string) =>
      ok(
        'admin',
        `mutation { createBudgetCategory(input: { code: "${code}", name: "${code} (测试)", fund: ${fund}, overrunPolicy: WARN }) { id } }`,
      );
    await category('OFFICE', 'SCHOOL');
    await category('CANTEEN_FOOD', 'CANTEEN');
    // The district imports the year's budgets for both schools; finance knows the schools once the directory's events arrived.
    const rows = [
      { schoolId: A.id, fiscalYear: FY, categoryCode: 'OFFICE', allocated: '10000.00' },
      { schoolId: A.id, fiscalYear: FY, categoryCode: 'CANTEEN_FOOD', allocated: '20000.00' },
      { schoolId: B.id, fiscalYear: FY, categoryCode: 'OFFICE', allocated: '6000.00' },
    ];
    await waitFor(
      'finance’s copy of the directory to know the schools',
      async () => {
        const r = await as('admin').request('mutation($input: ImportBudgetsInput!) { importBudgets(input: $input) { count } }', {
          input: { rows },
        });
        if (r.errors && codes(r).some((code) => code !== 'BAD_USER_INPUT')) throw new Error(JSON.stringify(r.errors));
        return !r.errors;
      },
      30000,
    );
    // School A: meal fees in and food bought out of the canteen account, office paper out of the school account.
    const categories = (await ok('admin', '{ budgetCategories { id code } }')).budgetCategories as { id: string; code: string }[];
    const categoryId = (code: string) => categories.find((c) => c.code === code)!.id;
    const entry = (schoolId: string, fund: string, memo: string, lines: Record<string, unknown>[]) => ({
      schoolId,
      fund,
      entryDate: TODAY,
      memo,
      lines,
    });
    await post(
      'accountant',
      entry(A.id, 'CANTEEN', 'Meal fees (伙食费)', [
        { account: 'BANK', debit: '5000.00' },
        { account: 'MEAL_FEE_INCOME', credit: '5000.00' },
      ]),
    );
    await post(
      'accountant',
      entry(A.id, 'CANTEEN', 'Vegetables (蔬菜)', [
        { account: 'FOOD_COST', debit: '1200.00', categoryId: categoryId('CANTEEN_FOOD') },
        { account: 'BANK', credit: '1200.00' },
      ]),
    );
    await post(
      'accountant',
      entry(A.id, 'SCHOOL', 'Printer paper (打印纸)', [
        { account: 'EXPENSE', debit: '372.00', categoryId: categoryId('OFFICE') },
        { account: 'BANK', credit: '372.00' },
      ]),
    );
    // School B: meal fees only.
    await post(
      'accountant2',
      entry(B.id, 'CANTEEN', 'Meal fees (伙食费)', [
        { account: 'BANK', debit: '2000.00' },
        { account: 'MEAL_FEE_INCOME', credit: '2000.00' },
      ]),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  it('answers every school side by side in one query, with the figures posted', async () => {
    const page = (await ok('admin', DASHBOARD, { year: FY, period: PERIOD })).districtBudgetComparison;
    expect(page.pageInfo.hasNextPage).toBe(false);
    const byId = Object.fromEntries(page.nodes.map((n: { schoolId: string }) => [n.schoolId, n]));
    expect(Object.keys(byId).sort()).toEqual([A.id, B.id].sort());
    const categoryFigures = (node: { byCategory: { category: { code: string }; allocated: { fen: number }; spent: { fen: number } }[] }) =>
      node.byCategory.map((c) => [c.category.code, c.allocated.fen, c.spent.fen]);

    const a = byId[A.id];
    expect(a).toMatchObject({ allocated: { fen: 3000000 }, committed: { fen: 0 }, spent: { fen: 157200 }, remaining: { fen: 2842800 } });
    expect(categoryFigures(a)).toEqual([
      ['CANTEEN_FOOD', 2000000, 120000],
      ['OFFICE', 1000000, 37200],
    ]);
    expect(a.school).toEqual({
      id: A.id,
      name: A.name,
      studentCount: A.studentCount,
      // 1,572 yuan over 1,860 students (生均支出).
      spentPerStudent: { fen: Math.round(157200 / A.studentCount), yuan: (Math.round(157200 / A.studentCount) / 100).toFixed(2) },
      accountBalances: { canteen: { fen: 380000, yuan: '3800.00' } },
      canteenStatement: {
        openingBalance: { fen: 0 },
        mealFeeIncome: { fen: 500000 },
        foodCost: { fen: 120000 },
        closingBalance: { fen: 380000 },
      },
    });

    const b = byId[B.id];
    expect(b).toMatchObject({ allocated: { fen: 600000 }, spent: { fen: 0 }, remaining: { fen: 600000 } });
    expect(categoryFigures(b)).toEqual([
      ['CANTEEN_FOOD', 0, 0],
      ['OFFICE', 600000, 0],
    ]);
    expect(b.school).toMatchObject({
      name: B.name,
      studentCount: B.studentCount,
      spentPerStudent: { fen: 0 },
      accountBalances: { canteen: { fen: 200000 } },
      canteenStatement: {
        openingBalance: { fen: 0 },
        mealFeeIncome: { fen: 200000 },
        foodCost: { fen: 0 },
        closingBalance: { fen: 200000 },
      },
    });
  });

  it('refuses a page of 100 schools as over the cost limit, and a malformed month on period', async () => {
    const tooMany = await as('admin').request(DASHBOARD, { year: FY, period: PERIOD, first: 100 });
    expect(codes(tooMany)).toEqual(['COST_ESTIMATED_TOO_EXPENSIVE']);
    const badMonth = await as('admin').request(DASHBOARD, { year: FY, period: '2026-4' });
    expect(new Set(badMonth.errors?.map((e) => `${e.extensions?.code} ${e.extensions?.field}`))).toEqual(
      new Set(['BAD_USER_INPUT period']),
    );
  });
});
