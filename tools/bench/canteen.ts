import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_TOKEN_HEADER, Role, signGatewayToken, Viewer } from '@houqin/auth';
import { DEV_SECRETS, newId, resolvePage, todayIn, DEFAULT_TIME_ZONE } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_PASSWORD } from '@houqin/demo';
import { AuditEntry, createDatabase, dropDatabase, serverVersion, withDatabase } from '@houqin/persistence';
import { compiledBuild, demoViewer, graphqlClient } from '@houqin/testing';
import { subgraphUrlVariable } from '@houqin/gateway';
import { canteenEntities, reportSql } from '@houqin/canteen';
import { SUBGRAPHS } from '../subgraphs';
import { type CanteenIngredient, generateCanteens, shiftDay } from './canteen-data';
import { connect, costOf, percentile, type QueryProbe, type ReportData, timeQuery, type TimedQuery } from './district';
import { fmt, table } from './format';
import { type AnalysedStatement, ReportSql } from './report-sql';
import { type BenchService, startBenchService } from './service';

/**
 * `npm run bench -- canteen` (docs/benchmarks.md, "Canteen"): starts directory, finance and canteen
 * on fresh databases (demo seeded) and the gateway, generates a term of canteen data for
 * BENCH_CANTEEN_SCHOOLS schools straight into the canteen database (tools/bench/canteen-data.ts),
 * checks its invariants in SQL, times the canteen reports through the gateway (p50/p95 and SQL
 * statements per request from the subgraphs' request logs), EXPLAINs the report statements, then
 * measures concurrent FEFO issues (issueStock) straight at the canteen subgraph and checks the lots after.
 */

export interface CanteenBenchSettings {
  serverUrl: string;
  schools: number;
  requests: number;
  maxSeconds: number;
  /** In-flight issueStock calls of each FEFO round, e.g. [20, 50]. */
  fefoConcurrency: number[];
  /** issueStock calls per FEFO round. */
  fefoIssues: number;
  /** Everything started, for the caller's cleanup. */
  started: BenchService[];
  databases: string[];
}

const COMPARISON_QUERY = `query BenchCanteenComparison($month: String!, $after: String) {
  districtCanteenComparison(month: $month, first: 100, after: $after) {
    nodes {
      schoolId school { name } mealsServed costPerMeal { fen } sampleCompliance morningCheckCompliance certificateCompliance
      nutritionPassRate accompaniedCoverage
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MONTHLY_QUERY = `query BenchCanteenMonthlyCosts($canteenId: ID!, $month: String!) {
  canteenMonthlyCosts(canteenId: $canteenId, fromMonth: $month, toMonth: $month) { month mealsServed issuedCost { fen } costPerMeal { fen } }
}`;
/** The district dashboard's shape for the canteen columns: a page of 50 schools from the directory, each with its canteen month. */
const DASHBOARD_QUERY = `query BenchSchoolCanteenCompliance($month: String!) {
  schools(first: 50) {
    nodes {
      id name studentCount
      canteenCompliance(month: $month) {
        mealsServed costPerMeal { fen } sampleCompliance morningCheckCompliance certificateCompliance nutritionPassRate accompaniedCoverage
      }
    }
  }
}`;
const ISSUE_MUTATION = `mutation BenchIssueStock($input: IssueStockInput!) {
  issueStock(input: $input) { mealServiceId cost { fen } movements { id } }
}`;

type Compliance = { schoolId: string; school?: { name?: string } | null; mealsServed: number; costPerMeal: { fen: number } | null };
interface CanteenReportData {
  districtCanteenComparison?: { nodes: Compliance[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  canteenMonthlyCosts?: { month: string; mealsServed: number; issuedCost: { fen: number }; costPerMeal: { fen: number } | null }[];
  schools?: { nodes: { id: string; name: string; canteenCompliance: Compliance | null }[] };
}
const asCanteen = (d: ReportData | undefined) => d as unknown as CanteenReportData | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function canteenOnly(o: CanteenBenchSettings): Promise<number> {
  const say = (text = '') => console.log(text);
  const problems: string[] = [];
  const cpuList = cpus();
  const dbVersion = await serverVersion(o.serverUrl);
  say(`houqin bench (canteen) — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(`database: ${dbVersion} at ${new URL(o.serverUrl).host}, one database per subgraph (houqin_bench_<name>)`);
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min; other work on the machine competes for the same cores)`,
  );
  say(
    `settings: ${o.schools} schools, up to ${o.requests} requests (${o.maxSeconds} s) per report, FEFO ${o.fefoIssues} issues at ${o.fefoConcurrency.join(' and ')} in flight`,
  );
  say('');

  // 1. The stack: fresh databases (directory and canteen seed their demo data), then the gateway; compiled as production runs it.
  const secrets = { INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET, USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET };
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'info', ...secrets };
  const compiled = compiledBuild();
  const entry = (name: string) => join(compiled, 'dist', 'apps', name, 'src', 'main.js');
  const subgraphs: Record<string, BenchService> = {};
  const urls: Record<string, string> = {};
  for (const sub of SUBGRAPHS) {
    const databaseUrl = withDatabase(o.serverUrl, `houqin_bench_${sub.name.replace(/-/g, '_')}`);
    await dropDatabase(databaseUrl);
    o.databases.push(databaseUrl);
    await createDatabase(databaseUrl);
    urls[sub.name] = databaseUrl;
    // Finance is up for the gateway only; its demo seed is left out (the canteen seeds its own copy of finance's demo suppliers).
    const seed = sub.name === 'finance' ? 'false' : 'true';
    const service = await startBenchService(sub.name, { ...common, DATABASE_URL: databaseUrl, SEED_DEMO: seed }, 120_000, entry(sub.name));
    o.started.push(service);
    subgraphs[sub.name] = service;
  }
  const { canteen, directory } = subgraphs;
  if (!canteen || !directory) throw new Error('tools/subgraphs.ts lists no canteen or no directory subgraph');
  const gateway = await startBenchService(
    'gateway',
    { ...common, ...Object.fromEntries(Object.values(subgraphs).map((s) => [subgraphUrlVariable(s.name), s.graphqlUrl])) },
    90_000,
    entry('gateway'),
  );
  o.started.push(gateway);
  say(`stack: ${[...Object.values(subgraphs), gateway].map((s) => `${s.name} pid ${s.child.pid} :${s.port}`).join(', ')}`);

  // 2. Generate the term.
  const catalogue = await connect(urls.canteen);
  let ingredients: CanteenIngredient[];
  try {
    const [rows] = await catalogue.query(
      `SELECT id, name, baseUnit FROM ingredient WHERE districtId = ? AND baseUnit = 'GRAM' ORDER BY foodCode`,
      [DEMO_DISTRICT.id],
    );
    ingredients = rows as CanteenIngredient[];
  } finally {
    await catalogue.end();
  }
  if (ingredients.length < 7) throw new Error(`the demo catalogue has ${ingredients.length} ingredients by weight; 7 needed`);
  const data = await generateCanteens(urls.canteen, urls.directory, ingredients.slice(0, 6), { schools: o.schools, batchRows: 5000 });
  const totalRows = Object.values(data.rows).reduce((a, b) => a + b, 0);
  say('');
  say(
    `=== canteen scenario: ${o.schools} schools, the term ${data.from}..${data.to} (${data.schoolDays} school days), multi-row INSERTs ===`,
  );
  say(
    `generated in ${fmt(data.generateMs / 1000, 1)} s: ${totalRows} rows in ${data.statements} INSERT statements (${fmt(totalRows / (data.generateMs / 1000))} rows/s); ANALYZE TABLE ${fmt(data.analyzeMs / 1000, 1)} s; ${data.missingSamples} dishes left unsampled on purpose`,
  );
  say(
    table(
      ['table', 'rows'],
      Object.entries(data.rows).map(([name, rows]) => [name, String(rows)]),
    ),
  );
  say('');
  say('invariants over the whole canteen database (generated and demo data; SQL on the bench database):');
  say(
    table(
      ['check', 'failures', 'seconds'],
      data.checks.map((c) => [c.name, String(c.failures), fmt(c.ms / 1000, 1)]),
    ),
  );
  for (const c of data.checks) if (c.failures) problems.push(`canteen data: ${c.failures} ${c.name}`);

  // 3. The reports through the gateway.
  const anonymous = graphqlClient(gateway.graphqlUrl);
  const login = await anonymous.request<{ login: { token: string } }>(
    'mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username: 'admin', password: DEMO_PASSWORD } },
  );
  if (!login.data) throw new Error(`login as admin: ${JSON.stringify(login.errors)}`);
  const admin = { authorization: `Bearer ${login.data.login.token}` };
  for (const s of [gateway, canteen, directory]) s.keepRequestIds('bench-canteen-');
  const lastMonth = shiftDay(`${todayIn(DEFAULT_TIME_ZONE).slice(0, 7)}-01`, -1).slice(0, 7);
  const month = lastMonth >= data.from.slice(0, 7) ? lastMonth : data.to.slice(0, 7);
  const knownSchools = await countRows(urls.canteen, 'SELECT COUNT(*) AS n FROM known_school WHERE districtId = ? AND active = 1');
  // The directory's `schools` lists closed schools too.
  const directorySchools = await countRows(urls.directory, 'SELECT COUNT(*) AS n FROM school WHERE districtId = ?');
  const pageSize = 100;
  const pages = Math.ceil(knownSchools / pageSize);
  const probes: QueryProbe[] = [];
  let after: string | null = null;
  for (let page = 1; page <= Math.min(pages, 3); page += 1) {
    const expected = Math.min(pageSize, knownSchools - (page - 1) * pageSize);
    const variables: Record<string, unknown> = { month, after };
    probes.push({
      label: `districtCanteenComparison ${month} page ${page}`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: COMPARISON_QUERY,
      variables,
      check: (d) => {
        const c = asCanteen(d)?.districtCanteenComparison;
        if (!c || c.nodes.length !== expected) return `expected ${expected} schools, got ${c?.nodes.length}`;
        if (c.pageInfo.hasNextPage !== page < pages) return `hasNextPage ${c.pageInfo.hasNextPage}`;
        const generated = c.nodes.filter((n) => n.school?.name?.startsWith('Bench Canteen School'));
        if (generated.some((n) => n.mealsServed <= 0 || !n.costPerMeal)) return 'a generated school without meals or cost per meal';
        return c.nodes.some((n) => !n.school?.name) ? 'a school without its name' : null;
      },
    });
    const first = (await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: COMPARISON_QUERY, variables }),
    }).then((r) => r.json())) as { data?: CanteenReportData };
    after = first.data?.districtCanteenComparison?.pageInfo.endCursor ?? null;
    if (!after) break;
  }
  const oneCanteen = data.canteens[0];
  probes.push(
    {
      label: `canteenMonthlyCosts ${month} (one canteen)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: MONTHLY_QUERY,
      variables: { canteenId: oneCanteen.canteenId, month },
      check: (d) => {
        const rows = asCanteen(d)?.canteenMonthlyCosts;
        return rows?.length === 1 && rows[0].mealsServed > 0 && rows[0].costPerMeal
          ? null
          : `expected one month with meals, got ${JSON.stringify(rows)}`;
      },
    },
    {
      label: `School.canteenCompliance ${month} (schools first 50)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: DASHBOARD_QUERY,
      variables: { month },
      check: (d) => {
        const nodes = asCanteen(d)?.schools?.nodes;
        if (nodes?.length !== Math.min(50, directorySchools))
          return `expected ${Math.min(50, directorySchools)} schools, got ${nodes?.length}`;
        return nodes.some((n) => !n.canteenCompliance) ? 'a school without its canteen compliance' : null;
      },
    },
  );
  const runs: TimedQuery[] = [];
  for (const [i, probe] of probes.entries())
    runs.push(await timeQuery(probe, o.requests, o.maxSeconds, `bench-canteen-${i}-${process.pid}-`));
  await sleep(500);
  say('');
  say(
    `reports through the gateway, as the district administrator (admin): up to ${o.requests} sequential requests each (after 3 unmeasured), at most ${o.maxSeconds} s per report; ${knownSchools} open schools in the district (${o.schools} generated + the demo's)`,
  );
  const rows = runs.map((run) => {
    const canteenCost = run.requestIds.map((id) => costOf(canteen.requestLines(id)));
    const directoryCost = run.requestIds.map((id) => costOf(directory.requestLines(id)));
    return { run, canteenCost, directoryCost };
  });
  say(
    table(
      ['report', 'n', 'p50 ms', 'p95 ms', 'max ms', 'canteen fetches/SQL', 'canteen p50 ms', 'directory fetches/SQL', 'directory p50 ms'],
      rows.map(({ run, canteenCost, directoryCost }) => [
        run.label,
        String(run.latenciesMs.length),
        fmt(percentile(run.latenciesMs, 50), 1),
        fmt(percentile(run.latenciesMs, 95), 1),
        fmt(Math.max(...run.latenciesMs), 1),
        `${range(canteenCost.map((c) => c.fetches))} / ${range(canteenCost.map((c) => c.statements))}`,
        canteenCost.some((c) => c.fetches)
          ? fmt(
              percentile(
                canteenCost.map((c) => c.ms),
                50,
              ),
              1,
            )
          : '-',
        `${range(directoryCost.map((c) => c.fetches))} / ${range(directoryCost.map((c) => c.statements))}`,
        directoryCost.some((c) => c.fetches)
          ? fmt(
              percentile(
                directoryCost.map((c) => c.ms),
                50,
              ),
              1,
            )
          : '-',
      ]),
      [false, true, true, true, true, true, true, true, true],
    ),
  );
  say('SQL statements per subgraph fetch (operation:statements, first measured request):');
  for (const r of rows)
    say(
      `  ${r.run.label}: canteen ${r.canteenCost[0]?.operations.join(', ') || '-'}; directory ${r.directoryCost[0]?.operations.join(', ') || '-'}`,
    );
  for (const r of rows) {
    for (const p of r.run.problems) problems.push(`${r.run.label}: ${p}`);
    if (r.run.stoppedEarly) say(`  (${r.run.label}: ${r.run.stoppedEarly})`);
    const distinct = [...new Set(r.canteenCost.map((c) => c.statements))];
    if (distinct.length > 1) problems.push(`${r.run.label}: canteen SQL statements per request vary (${distinct.join('/')})`);
    if (r.canteenCost.some((c) => c.fetches === 0)) problems.push(`${r.run.label}: no canteen request-log line for some requests`);
  }

  // 4. The report statements alone on the server: plan and time.
  const sql = await ReportSql.open(urls.canteen, [...canteenEntities, AuditEntry]);
  try {
    const m = sql.manager;
    const district = new Viewer(demoViewer('admin')).districtId;
    const [mFrom, mTo] = [`${month}-01`, shiftDay(`${shiftDay(`${month}-28`, 7).slice(0, 7)}-01`, -1)];
    const pageIds = (
      (await sql.manager.query('SELECT schoolId FROM known_school WHERE districtId = ? AND active = 1 ORDER BY schoolId LIMIT ?', [
        district,
        pageSize,
      ])) as { schoolId: string }[]
    ).map((r) => r.schoolId);
    const window = resolvePage({ first: pageSize });
    const reports: [string, ReturnType<typeof sql.statement>][] = [
      ['schoolPage', sql.statement(reportSql.schoolPage(m, district, window.limit + 1, null))],
      [`mealsBySchool ×${pageIds.length}`, sql.statement(reportSql.mealsBySchool(m, pageIds, mFrom, mTo))],
      [`issuedBySchool ×${pageIds.length}`, sql.statement(reportSql.issuedBySchool(m, pageIds, mFrom, mTo))],
      [`samplesBySchool ×${pageIds.length}`, sql.statement(reportSql.samplesBySchool(m, pageIds, mFrom, mTo, 125))],
      [`morningChecksBySchool ×${pageIds.length}`, sql.statement(reportSql.morningChecksBySchool(m, pageIds, mFrom, mTo))],
      [`certificatesBySchool ×${pageIds.length}`, sql.statement(reportSql.certificatesBySchool(m, pageIds, mTo))],
      [`menuChecksBySchool ×${pageIds.length}`, sql.statement(reportSql.menuChecksBySchool(m, pageIds, mFrom, mTo))],
      [`accompaniedLunches ×${pageIds.length}`, sql.statement(reportSql.accompaniedLunches(m, pageIds, mFrom, mTo))],
      [`canteensOf ×${pageIds.length}`, sql.statement(reportSql.canteensOf(m, pageIds))],
      ['mealsByMonth (one canteen)', sql.statement(reportSql.mealsByMonth(m, oneCanteen.canteenId, mFrom, mTo))],
      ['issuedByMonth (one canteen)', sql.statement(reportSql.issuedByMonth(m, oneCanteen.canteenId, mFrom, mTo))],
    ];
    const analysed: AnalysedStatement[] = [];
    for (const [name, statement] of reports) analysed.push(await sql.analyse(name, statement));
    say('');
    say(
      `the report statements alone on the server (apps/canteen/src/report/report.store.ts, apps/canteen/sql/report.sql; ${month}; EXPLAIN; median of 5 runs):`,
    );
    const indexes = await sql.indexColumns();
    say(
      table(
        ['statement', 'table', 'access', 'key', 'rows (est.)', 'extra', 'result rows', 'ms'],
        analysed.flatMap((s) =>
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
      ),
    );
    const scans = analysed.flatMap((s) =>
      s.plan.filter((p) => p.type === 'ALL' && p.rows > 1000).map((p) => `${s.report}: full scan of ${p.table} (${p.rows} rows est.)`),
    );
    if (scans.length) say(`full scans of more than 1,000 rows: ${scans.join('; ')}`);
  } finally {
    await sql.close();
  }

  // 5. Concurrent FEFO issues straight at the canteen subgraph.
  problems.push(...(await fefo(o, urls.canteen, canteen, oneCanteen, ingredients[6], say)));

  say('');
  say(
    problems.length
      ? `RESULT: FAIL\n  ${problems.join('\n  ')}`
      : 'RESULT: PASS (canteen data consistent, reports answered and batched, FEFO issues never negative and movements = balance)',
  );
  return problems.length ? 1 : 0;
}

/** A count in the demo district (the query's one parameter). */
async function countRows(databaseUrl: string, sql: string): Promise<number> {
  const c = await connect(databaseUrl);
  try {
    const [rows] = await c.query(sql, [DEMO_DISTRICT.id]);
    return Number((rows as { n: string }[])[0].n);
  } finally {
    await c.end();
  }
}

const FEFO_LOTS = 5;
const FEFO_LOT_GRAMS = 100_000;

/**
 * N issueStock calls in flight at once (a pool of N workers, each sending its next issue as soon as
 * the last answers), 1 kg each, against one canteen holding FEFO_LOTS lots of one ingredient with
 * different expiry dates, to the day's three open meal services; afterwards the lots are checked.
 */
async function fefo(
  o: CanteenBenchSettings,
  canteenUrl: string,
  canteen: BenchService,
  target: { schoolId: string; canteenId: string; chilledLocationId: string; managerAccountId: string },
  ingredient: CanteenIngredient,
  say: (text?: string) => void,
): Promise<string[]> {
  const problems: string[] = [];
  const district = DEMO_DISTRICT.id;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const rounds = o.fefoConcurrency.length;
  const lotGrams = Math.max(FEFO_LOT_GRAMS, Math.ceil((o.fefoIssues * rounds * 1000 * 1.2) / FEFO_LOTS / 1000) * 1000);
  const db = await connect(canteenUrl);
  const lots = Array.from({ length: FEFO_LOTS }, (_, i) => ({ id: newId(), expiresOn: shiftDay(today, 10 + 10 * ((i * 3) % FEFO_LOTS)) }));
  const services = ['BREAKFAST', 'LUNCH', 'DINNER'].map((meal) => ({ id: newId(), meal }));
  try {
    const stamp = new Date().toISOString().slice(0, 23).replace('T', ' ');
    await db.query(
      `INSERT INTO stock_lot (id, districtId, schoolId, canteenId, locationId, ingredientId, batchNumber, expiresOn, baseUnit, receivedQuantity, balance, costFen, balanceCostFen, receivedOn) VALUES ${lots
        .map(
          (l, i) =>
            `('${l.id}', '${district}', '${target.schoolId}', '${target.canteenId}', '${target.chilledLocationId}', '${ingredient.id}', 'FEFO-${i + 1}', '${l.expiresOn}', 'GRAM', ${lotGrams}, ${lotGrams}, ${lotGrams / 100}, ${lotGrams / 100}, '${today}')`,
        )
        .join(', ')}`,
    );
    await db.query(
      `INSERT INTO stock_movement (id, districtId, schoolId, canteenId, lotId, kind, baseUnit, quantity, costFen, byAccountId, at) VALUES ${lots
        .map(
          (l) =>
            `('${newId()}', '${district}', '${target.schoolId}', '${target.canteenId}', '${l.id}', 'RECEIPT', 'GRAM', ${lotGrams}, ${lotGrams / 100}, '${target.managerAccountId}', '${stamp}')`,
        )
        .join(', ')}`,
    );
    await db.query(
      `INSERT INTO meal_service (id, districtId, schoolId, canteenId, servedOn, meal, portionsPlannedStudents, portionsPlannedStaff, plannedByAccountId) VALUES ${services
        .map(
          (s) =>
            `('${s.id}', '${district}', '${target.schoolId}', '${target.canteenId}', '${today}', '${s.meal}', 500, 30, '${target.managerAccountId}')`,
        )
        .join(', ')}`,
    );
  } finally {
    await db.end();
  }
  const viewer = {
    accountId: target.managerAccountId,
    username: 'bench-canteen-manager',
    staffId: null,
    districtId: district,
    grants: [{ role: Role.CANTEEN_MANAGER, schoolId: target.schoolId }],
  };
  const token = await signGatewayToken({ viewer, requestId: 'bench-fefo' }, DEV_SECRETS.INTERNAL_TOKEN_SECRET, 3600);
  canteen.keepRequestIds('bench-fefo-');
  say('');
  say(
    `FEFO issues straight at the canteen subgraph (no gateway; a canteen manager's signed viewer): ${FEFO_LOTS} lots of ${ingredient.name} × ${lotGrams / 1000} kg with different expiry dates at one canteen, issueStock of 1 kg to one of the day's 3 open meal services each; ${o.fefoIssues} issues per round`,
  );
  const results: string[][] = [];
  let sent = 0;
  for (const concurrency of o.fefoConcurrency) {
    const latencies: number[] = [];
    const statements: number[] = [];
    const errors: string[] = [];
    let next = 0;
    const one = async (n: number) => {
      const requestId = `bench-fefo-${concurrency}-${n}-${process.pid}`;
      const t = performance.now();
      const response = await fetch(canteen.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: token, 'x-request-id': requestId },
        body: JSON.stringify({
          query: ISSUE_MUTATION,
          variables: {
            input: {
              mealServiceId: services[n % services.length].id,
              lines: [{ ingredientId: ingredient.id, quantity: { amount: '1', unit: 'KG' } }],
            },
          },
        }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      latencies.push(performance.now() - t);
      if (response.status !== 200 || body.errors?.length)
        errors.push(`${body.errors?.[0]?.extensions?.code ?? response.status}: ${body.errors?.[0]?.message ?? ''}`);
      return requestId;
    };
    const ids: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < o.fefoIssues) ids.push(await one(next++));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    sent += o.fefoIssues - errors.length;
    await sleep(300);
    for (const id of ids) statements.push(costOf(canteen.requestLines(id)).statements);
    results.push([
      String(concurrency),
      String(o.fefoIssues),
      String(errors.length),
      fmt(seconds, 1),
      fmt((o.fefoIssues - errors.length) / seconds, 1),
      fmt(percentile(latencies, 50), 1),
      fmt(percentile(latencies, 95), 1),
      fmt(Math.max(...latencies), 1),
      range(statements),
      fmt(loadavg()[0], 2),
    ]);
    if (errors.length)
      problems.push(
        `FEFO at ${concurrency} in flight: ${errors.length} issues failed, e.g. ${[...new Set(errors)].slice(0, 3).join(' | ')}`,
      );
  }
  say(table(['in flight', 'issues', 'failed', 'seconds', 'issues/s', 'p50 ms', 'p95 ms', 'max ms', 'SQL/issue', 'load avg'], results));

  // The lots afterwards: never negative, movements = balance, first-expiring emptied first, everything issued accounted for.
  const check = await connect(canteenUrl);
  try {
    const [rows] = await check.query(
      `SELECT l.id, l.expiresOn, l.balance, l.balanceCostFen, l.receivedQuantity, SUM(m.quantity) AS q, SUM(m.costFen) AS c,
        SUM(CASE WHEN m.kind = 'ISSUE' THEN 1 ELSE 0 END) AS issues
       FROM stock_lot l JOIN stock_movement m ON m.lotId = l.id WHERE l.id IN (?) GROUP BY l.id, l.expiresOn, l.balance, l.balanceCostFen, l.receivedQuantity ORDER BY l.expiresOn`,
      [lots.map((l) => l.id)],
    );
    const after = (rows as Record<string, string>[]).map((r) => ({
      expiresOn: String(r.expiresOn),
      balance: Number(r.balance),
      balanceCost: Number(r.balanceCostFen),
      received: Number(r.receivedQuantity),
      q: Number(r.q),
      c: Number(r.c),
      issues: Number(r.issues),
    }));
    const negative = after.filter((l) => l.balance < 0 || l.balanceCost < 0).length;
    const mismatched = after.filter((l) => l.q !== l.balance || l.c !== l.balanceCost).length;
    const issued = after.reduce((sum, l) => sum + l.received - l.balance, 0);
    // FEFO: a lot was touched only when every earlier-expiring lot was empty (1 kg issues may span two lots).
    const fefoBreaks = after.filter((l, i) => l.balance < l.received && after.slice(0, i).some((e) => e.balance > 0)).length;
    say(
      table(
        ['lot expires', 'received g', 'balance g', 'movements g', 'balance cost fen', 'movements fen', 'ISSUE movements'],
        after.map((l) => [
          l.expiresOn,
          String(l.received),
          String(l.balance),
          String(l.q),
          String(l.balanceCost),
          String(l.c),
          String(l.issues),
        ]),
      ),
    );
    say(
      `after the rounds: ${negative} lots negative, ${mismatched} lots whose movements differ from the balance, ${fefoBreaks} lots issued from while an earlier-expiring one had stock; issued ${issued} g for ${sent} successful 1 kg issues`,
    );
    if (negative) problems.push(`FEFO: ${negative} negative lots`);
    if (mismatched) problems.push(`FEFO: ${mismatched} lots whose movements differ from the balance`);
    if (fefoBreaks) problems.push(`FEFO: ${fefoBreaks} lots issued out of first-expiring order`);
    if (issued !== sent * 1000) problems.push(`FEFO: issued ${issued} g, expected ${sent * 1000} g`);
  } finally {
    await check.end();
  }
  return problems;
}

function range(values: number[]): string {
  if (!values.length) return '-';
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? String(min) : `${min}–${max}`;
}
