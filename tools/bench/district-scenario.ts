import { Viewer } from '@houqin/auth';
import { resolvePage } from '@houqin/common';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { demoViewer } from '@houqin/testing';
import { reportSql } from '@houqin/finance';
import {
  costOf,
  DEFAULT_PLAN,
  generateDistrict,
  percentile,
  type QueryProbe,
  type ReportData,
  timeQuery,
  type TimedQuery,
} from './district';
import { fmt, table } from './format';
import { type AnalysedStatement, ReportSql } from './report-sql';
import type { BenchService } from './service';

/**
 * The district scenario of `npm run bench` (see docs/benchmarks.md): generates a district of
 * `schools` schools with a year of finance data, then times the district-wide and per-school
 * reports through the gateway, reads the SQL each request cost from the subgraphs' request logs,
 * shows each report statement's plan and time on the server, and (optionally) tries an index.
 * Returns the problems found (empty: PASS).
 */

export interface DistrictScenarioOptions {
  schools: number;
  requests: number;
  maxSeconds: number;
  indexExperiment: boolean;
  financeUrl: string;
  directoryUrl: string;
  gateway: BenchService;
  finance: BenchService;
  directory: BenchService;
  tokens: { admin: string; accountant: string };
  say(text?: string): void;
}

/** The index the experiment adds: everything the supplier-spending statement reads, in GROUP BY order. */
/**
 * The index experiment: the two ideas the district numbers noted (docs/benchmarks.md), each added to
 * the bench database alone and the statement it is for timed again.
 */
const CANDIDATE_INDEXES = [
  {
    report: 'districtBudgetComparison',
    name: 'bench_candidate_budget_district',
    table: 'budget_line',
    columns: ['districtId', 'fiscalYear', 'schoolId'],
  },
  {
    report: 'budgetExecution',
    name: 'bench_candidate_line_school_period',
    table: 'journal_line',
    columns: ['schoolId', 'period', 'account'],
  },
];

const COMPARISON_QUERY = `query BenchDistrictComparison($fiscalYear: Int!, $after: String) {
  districtBudgetComparison(fiscalYear: $fiscalYear, first: 100, after: $after) {
    nodes { school { name studentCount spentPerStudent(fiscalYear: $fiscalYear) { yuan } } allocated { yuan } spent { yuan } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CANTEEN_QUERY = `query BenchCanteenStatement($schoolId: ID!, $period: String!) {
  canteenStatement(schoolId: $schoolId, period: $period) {
    period openingBalance { fen } mealFeeIncome { fen } otherIncome { fen } foodCost { fen } otherExpense { fen } closingBalance { fen }
  }
}`;
const EXECUTION_QUERY = `query BenchBudgetExecution($schoolId: ID!, $fiscalYear: Int!) {
  budgetExecution(schoolId: $schoolId, fiscalYear: $fiscalYear) { category { code } allocated { yuan } spent { yuan } spentByMonth { fen } }
}`;
const SUPPLIERS_QUERY = `query BenchTopSuppliers($fiscalYear: Int!) {
  topSuppliers(fiscalYear: $fiscalYear, first: 10) { supplier { name } paid { yuan } payments }
}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runDistrictScenario(o: DistrictScenarioOptions): Promise<string[]> {
  const { say } = o;
  const problems: string[] = [];
  say('');
  say(
    `=== district scenario: ${o.schools} schools, one fiscal year, generated with multi-row INSERTs (batches of ${DEFAULT_PLAN.batchRows} rows) ===`,
  );

  // 1. Generate.
  const data = await generateDistrict(o.financeUrl, o.directoryUrl, { ...DEFAULT_PLAN, schools: o.schools });
  // The supplier totals are built from the lines after generation, not by its INSERTs.
  const totalRows = Object.entries(data.rows)
    .filter(([name]) => !name.endsWith('supplier_spending'))
    .reduce((a, [, rows]) => a + rows, 0);
  say(
    `generated ${data.periods[0]}..${data.periods[data.periods.length - 1]} (fiscal year ${data.fiscalYear}, up to today) for ${data.schools.length} schools in ${fmt(data.generateMs / 1000, 1)} s: ${totalRows} rows in ${data.statements} INSERT statements (${fmt(totalRows / (data.generateMs / 1000))} rows/s); supplier totals built in ${fmt(data.totalsMs / 1000, 1)} s; ANALYZE TABLE ${fmt(data.analyzeMs / 1000, 1)} s`,
  );
  say(
    table(
      ['table', 'rows'],
      Object.entries(data.rows).map(([name, rows]) => [name, String(rows)]),
    ),
  );
  say('');
  say('invariants over the generated data (SQL on the bench database):');
  say(
    table(
      ['check', 'failures', 'seconds'],
      data.checks.map((c) => [c.name, String(c.failures), fmt(c.ms / 1000, 1)]),
    ),
  );
  for (const c of data.checks) if (c.failures) problems.push(`district data: ${c.failures} ${c.name}`);

  // 2. Time the reports through the gateway.
  for (const s of [o.gateway, o.finance, o.directory]) s.keepRequestIds('bench-district-');
  const admin = { authorization: `Bearer ${o.tokens.admin}` };
  const accountant = { authorization: `Bearer ${o.tokens.accountant}` };
  const year = data.fiscalYear;
  const period = data.periods[Math.max(0, data.periods.length - 2)];
  const firstPrimary = DEMO_SCHOOLS.firstPrimary.id;
  const pageSize = 100;
  const expectPage = (expected: number, more: boolean) => (d: ReportData | undefined) => {
    const c = d?.districtBudgetComparison;
    if (!c || c.nodes.length !== expected) return `expected ${expected} schools, got ${c?.nodes?.length}`;
    if (c.pageInfo.hasNextPage !== more) return `hasNextPage ${c.pageInfo.hasNextPage}, expected ${more}`;
    const incomplete = c.nodes.filter((n) => !n.school?.name || n.school.studentCount == null || !n.school.spentPerStudent).length;
    return incomplete ? `${incomplete} schools without name, studentCount or spentPerStudent` : null;
  };
  const first = await fetch(o.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin },
    body: JSON.stringify({ query: COMPARISON_QUERY, variables: { fiscalYear: year } }),
  });
  const endCursor = ((await first.json()) as { data?: ReportData }).data?.districtBudgetComparison?.pageInfo.endCursor ?? undefined;
  const probes: QueryProbe[] = [
    {
      label: 'districtBudgetComparison page 1',
      as: 'admin',
      url: o.gateway.graphqlUrl,
      headers: admin,
      query: COMPARISON_QUERY,
      variables: { fiscalYear: year },
      check: expectPage(Math.min(pageSize, o.schools), o.schools > pageSize),
    },
  ];
  if (o.schools > pageSize && endCursor) {
    const rest = Math.min(pageSize, o.schools - pageSize);
    probes.push({
      label: 'districtBudgetComparison page 2',
      as: 'admin',
      url: o.gateway.graphqlUrl,
      headers: admin,
      query: COMPARISON_QUERY,
      variables: { fiscalYear: year, after: endCursor },
      check: expectPage(rest, o.schools > 2 * pageSize),
    });
  }
  probes.push(
    {
      label: `canteenStatement ${period}`,
      as: 'accountant',
      url: o.gateway.graphqlUrl,
      headers: accountant,
      query: CANTEEN_QUERY,
      variables: { schoolId: firstPrimary, period },
      check: (d) => {
        const s = d?.canteenStatement;
        if (!s || s.mealFeeIncome.fen <= 0) return 'no meal-fee income';
        const moved = s.mealFeeIncome.fen + s.otherIncome.fen - s.foodCost.fen - s.otherExpense.fen;
        return s.closingBalance.fen - s.openingBalance.fen === moved ? null : 'closing balance ≠ opening + income − costs';
      },
    },
    {
      label: `budgetExecution ${year}`,
      as: 'accountant',
      url: o.gateway.graphqlUrl,
      headers: accountant,
      query: EXECUTION_QUERY,
      variables: { schoolId: firstPrimary, fiscalYear: year },
      check: (d) => (d?.budgetExecution?.length === 8 ? null : `expected 8 categories, got ${d?.budgetExecution?.length}`),
    },
    {
      label: `topSuppliers ${year} (district)`,
      as: 'admin',
      url: o.gateway.graphqlUrl,
      headers: admin,
      query: SUPPLIERS_QUERY,
      variables: { fiscalYear: year },
      check: (d) =>
        d?.topSuppliers?.length === 10 && d.topSuppliers.every((s) => s.supplier?.name) ? null : 'expected 10 suppliers with names',
    },
  );
  const runs: TimedQuery[] = [];
  for (const [i, probe] of probes.entries())
    runs.push(await timeQuery(probe, o.requests, o.maxSeconds, `bench-district-${i}-${process.pid}-`));
  await sleep(500);

  say('');
  say(
    `reports through the gateway: up to ${o.requests} sequential requests each (one at a time, after 3 unmeasured), at most ${o.maxSeconds} s per report; admin = district administrator, accountant = First Experimental Primary (one of the ${o.schools} schools)`,
  );
  const rows = runs.map((run) => {
    const finance = run.requestIds.map((id) => costOf(o.finance.requestLines(id)));
    const directory = run.requestIds.map((id) => costOf(o.directory.requestLines(id)));
    const range = (values: number[]) =>
      values.length
        ? Math.min(...values) === Math.max(...values)
          ? String(values[0])
          : `${Math.min(...values)}–${Math.max(...values)}`
        : '-';
    return {
      run,
      finance,
      directory,
      cells: [
        run.label,
        run.as,
        String(run.latenciesMs.length),
        fmt(percentile(run.latenciesMs, 50), 1),
        fmt(percentile(run.latenciesMs, 95), 1),
        fmt(Math.max(...run.latenciesMs), 1),
        `${range(finance.map((c) => c.fetches))} / ${range(finance.map((c) => c.statements))}`,
        finance.some((c) => c.fetches)
          ? fmt(
              percentile(
                finance.map((c) => c.ms),
                50,
              ),
              1,
            )
          : '-',
        `${range(directory.map((c) => c.fetches))} / ${range(directory.map((c) => c.statements))}`,
        directory.some((c) => c.fetches)
          ? fmt(
              percentile(
                directory.map((c) => c.ms),
                50,
              ),
              1,
            )
          : '-',
      ],
    };
  });
  say(
    table(
      [
        'report',
        'as',
        'n',
        'p50 ms',
        'p95 ms',
        'max ms',
        'finance fetches/SQL',
        'finance p50 ms',
        'directory fetches/SQL',
        'directory p50 ms',
      ],
      rows.map((r) => r.cells),
      [false, false, true, true, true, true, true, true, true, true],
    ),
  );
  say('SQL statements per subgraph fetch (operation:statements, first measured request):');
  for (const r of rows)
    say(
      `  ${r.run.label}: finance ${r.finance[0]?.operations.join(', ') || '-'}; directory ${r.directory[0]?.operations.join(', ') || '-'}`,
    );
  for (const r of rows) {
    for (const p of r.run.problems) problems.push(`${r.run.label}: ${p}`);
    if (r.run.stoppedEarly) say(`  (${r.run.label}: ${r.run.stoppedEarly})`);
    // Batching: the statements per request must not vary from request to request (N+1 would show as more on bigger pages).
    const distinct = (costs: { statements: number }[]) => [...new Set(costs.map((c) => c.statements))];
    if (distinct(r.finance).length > 1 || distinct(r.directory).length > 1) {
      problems.push(
        `${r.run.label}: SQL statements per request vary (finance ${distinct(r.finance).join('/')}, directory ${distinct(r.directory).join('/')})`,
      );
    }
    if (r.finance.some((c) => c.fetches === 0)) problems.push(`${r.run.label}: no finance request-log line for some requests`);
  }

  // 3. The statements themselves on the server: plan and time without GraphQL around them.
  const sql = await ReportSql.open(o.financeUrl);
  try {
    // The statements each report runs, built by the report store with the arguments the service passes.
    const m = sql.manager;
    const admin = new Viewer(demoViewer('admin'));
    const accountant = new Viewer(demoViewer('accountant'));
    const pageIds = data.schools
      .map((s) => s.id)
      .sort()
      .slice(0, pageSize);
    const topSuppliers = () => reportSql.districtSupplierSpending(m, admin.districtId, year, 10);
    const reports: [string, ReturnType<typeof sql.statement>[]][] = [
      ['districtBudgetComparison', [sql.statement(reportSql.schoolSummaries(m, admin.districtId, year, resolvePage({ first: pageSize })))]],
      [`spentPerStudent ×${pageIds.length}`, [sql.statement(reportSql.spentBySchool(m, pageIds, year))]],
      [`byCategory ×${pageIds.length}`, [sql.statement(reportSql.categoryTotals(m, admin.districtId, pageIds, year))]],
      ['canteenStatement', [sql.statement(reportSql.canteenMovements(m, accountant.districtId, [firstPrimary], period))]],
      [`School.canteenStatement ×${pageIds.length}`, [sql.statement(reportSql.canteenMovements(m, admin.districtId, pageIds, period))]],
      [
        'budgetExecution',
        [
          sql.statement(reportSql.executionLines(m, accountant.districtId, firstPrimary, year)),
          sql.statement(reportSql.spendingByMonth(m, firstPrimary, year)),
        ],
      ],
      ['topSuppliers', [sql.statement(topSuppliers())]],
    ];
    const analysed: AnalysedStatement[] = [];
    for (const [name, statements] of reports) for (const statement of statements) analysed.push(await sql.analyse(name, statement));
    say('');
    say('the report statements alone on the server (from the report store, apps/finance/sql/report.sql; EXPLAIN; median of 5 runs):');
    say(planTable(analysed, await sql.indexColumns()));

    // 4. What the candidate indexes would change, on this database only (apps/finance/src is not changed).
    if (o.indexExperiment) {
      say('');
      for (const candidate of CANDIDATE_INDEXES) {
        const ddl = `CREATE INDEX \`${candidate.name}\` ON \`${candidate.table}\` (${candidate.columns.map((c) => `\`${c}\``).join(', ')})`;
        const ms = await sql.execute(ddl);
        say(`index experiment: ${ddl} → ${fmt(ms / 1000, 1)} s`);
        const before = analysed.filter((a) => a.report === candidate.report);
        const statements = reports.find(([name]) => name === candidate.report)![1];
        const after: AnalysedStatement[] = [];
        for (const statement of statements) after.push(await sql.analyse(`${candidate.report} + index`, statement));
        say(planTable([...before, ...after], await sql.indexColumns()));
        await sql.execute(`DROP INDEX \`${candidate.name}\` ON \`${candidate.table}\``);
      }
    }
  } finally {
    await sql.close();
  }
  return problems;
}

function planTable(statements: AnalysedStatement[], indexes: Map<string, string>): string {
  return table(
    ['report', 'table', 'access', 'key', 'rows (est.)', 'extra', 'result rows', 'ms'],
    statements.flatMap((s) =>
      s.plan.map((p, i) => [
        i === 0 ? s.report : '',
        p.table,
        p.type,
        p.key ? (indexes.get(p.key) ?? p.key) : '-',
        String(p.rows),
        p.extra.replace('Using ', '').replace(/; Using /g, '; '),
        i === 0 ? String(s.resultRows) : '',
        i === 0 ? fmt(s.medianMs, 1) : '',
      ]),
    ),
    [false, false, false, false, true, false, true, true],
  );
}
