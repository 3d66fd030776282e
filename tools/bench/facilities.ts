import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { Viewer } from '@houqin/auth';
import { DEFAULT_TIME_ZONE, DEV_SECRETS, shiftDate, todayIn } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_PASSWORD } from '@houqin/demo';
import { AuditEntry, createDatabase, dropDatabase, serverVersion, withDatabase } from '@houqin/persistence';
import { compiledBuild, consoleDocuments, demoViewer, graphqlClient } from '@houqin/testing';
import { subgraphUrlVariable } from '@houqin/gateway';
import { assetWriteReader, facilitiesEntities, facilitiesReportSql, meterSql, workOrderReader, workOrderSql } from '@houqin/facilities';
import { SUBGRAPHS } from '../subgraphs';
import { generateFacilities } from './facilities-data';
import { connect, costOf, percentile, type QueryProbe, type ReportData, timeQuery, type TimedQuery } from './district';
import { fmt, table } from './format';
import { type AnalysedStatement, ReportSql } from './report-sql';
import { type BenchService, startBenchService } from './service';

/**
 * `npm run bench -- facilities` (docs/benchmarks.md, "Facilities"): starts every subgraph on fresh
 * databases (directory and facilities with their demo data) and the gateway, generates
 * BENCH_FACILITIES_SCHOOLS schools × BENCH_FACILITIES_ASSETS fixed assets with their buildings and
 * rooms, and 3 meters a school with a year of readings, straight into the facilities database
 * (tools/bench/facilities-data.ts), checks its invariants in SQL, times the district asset summary
 * (School.assetSummary over the directory's pages of 100 schools) and one school's monthly meter
 * report through the gateway (p50/p95 and SQL statements per request from the subgraphs' request
 * logs), then EXPLAINs the statements behind them.
 */

export interface FacilitiesBenchSettings {
  serverUrl: string;
  schools: number;
  assets: number;
  /** Work orders per school over a term. */
  workOrders: number;
  requests: number;
  maxSeconds: number;
  /** Everything started, for the caller's cleanup. */
  started: BenchService[];
  databases: string[];
}

const MONEY = '{ fen }';
/** The district dashboard's asset column: a page of 100 schools from the directory, each with its asset summary (batched in facilities). */
const SUMMARY_QUERY = `query BenchFacilitiesAssetSummary($month: String!, $after: String) {
  schools(first: 100, after: $after) {
    nodes {
      id name
      assetSummary(month: $month) {
        count cost ${MONEY} netBookValue ${MONEY}
        byStatus { status count cost ${MONEY} accumulatedDepreciation ${MONEY} netBookValue ${MONEY} }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** The district's work-order comparison (维修统计, side by side): a page of 100 schools, each with its term's repair summary. */
const REPAIR_QUERY = `query BenchFacilitiesRepairSummary($from: String!, $to: String!, $after: String) {
  schools(first: 100, after: $after) {
    nodes {
      id name
      repairSummary(from: $from, to: $to) {
        reported open overdue finished finishedOnTime dueTimeCompliancePercent meanMinutesToRepair cost ${MONEY} ratings averageRating
        byStatus { key count } byCategory { key count } byPriority { key count }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** A maintenance worker's queue (我的工单): the open work orders assigned to them, with their room and due time. */
const QUEUE_QUERY = `query BenchFacilitiesRepairQueue($staffId: ID!) {
  workOrders(filter: { assigneeStaffId: $staffId }, first: 50) {
    nodes { id title status priority dueAt overdue room { id number name } assigneeStaffIds viewerActions }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REPORT_FIELDS = `lines { meterId meter { name } utility unit consumption complete cost ${MONEY} }
    totals { utility unit consumption meterCount cost ${MONEY} }
    cost ${MONEY}`;
/** One school's monthly meter report, facilities alone. */
const METER_QUERY = `query BenchFacilitiesMeterReport($schoolId: ID!, $month: String!) {
  schoolMeterReport(schoolId: $schoolId, month: $month) { schoolId month studentCount ${REPORT_FIELDS} }
}`;
/** The same report as the school's page asks it: with the directory's student count (@requires) for per-student figures. */
const SCHOOL_METER_QUERY = `query BenchFacilitiesSchoolMeterReport($schoolId: ID!, $month: String!) {
  school(id: $schoolId) {
    id name studentCount
    meterReport(month: $month) { month studentCount ${REPORT_FIELDS} totals { utility consumptionPerStudent } }
  }
}`;

type Money = { fen: number };
interface Summary {
  count: number;
  cost: Money;
  netBookValue: Money;
  byStatus: { status: string; count: number; cost: Money; accumulatedDepreciation: Money; netBookValue: Money }[];
}
interface MeterReport {
  lines: { utility: string; consumption: string; complete: boolean; cost: Money }[];
  totals: { utility: string; meterCount: number; consumptionPerStudent?: string | null }[];
  cost: Money;
}
interface RepairSummaryData {
  reported: number;
  finished: number;
  finishedOnTime: number;
  cost: { fen: number };
}

interface FacilitiesReportData {
  workOrders?: { nodes: { id: string; status: string; viewerActions: string[] }[]; pageInfo: { hasNextPage: boolean } };
  schools?: {
    nodes: { id: string; name: string; assetSummary: Summary | null; repairSummary?: RepairSummaryData | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  schoolMeterReport?: MeterReport;
  school?: { studentCount: number; meterReport: MeterReport | null };
}
const asFacilities = (d: ReportData | undefined) => d as unknown as FacilitiesReportData | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A meter report of the generated school: its 3 meters, complete, costed, totals per utility. */
function checkReport(report: MeterReport | null | undefined, perStudent: boolean): string | null {
  if (!report) return 'no report';
  if (report.lines.length !== 3) return `expected 3 meter lines, got ${report.lines.length}`;
  if (report.lines.some((l) => !l.complete || !(Number(l.consumption) > 0) || l.cost.fen <= 0))
    return `a meter line incomplete, without consumption or cost: ${JSON.stringify(report.lines)}`;
  if (report.totals.length !== 3 || report.totals.some((t) => t.meterCount !== 1)) return `totals ${JSON.stringify(report.totals)}`;
  if (perStudent && report.totals.some((t) => !t.consumptionPerStudent)) return 'a total without its per-student figure';
  return report.cost.fen === report.lines.reduce((sum, l) => sum + l.cost.fen, 0) ? null : 'the report cost is not the sum of its lines';
}

export async function facilitiesOnly(o: FacilitiesBenchSettings): Promise<number> {
  const say = (text = '') => console.log(text);
  const problems: string[] = [];
  const cpuList = cpus();
  const dbVersion = await serverVersion(o.serverUrl);
  say(`houqin bench (facilities) — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(`database: ${dbVersion} at ${new URL(o.serverUrl).host}, one database per subgraph (houqin_bench_<name>)`);
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min; other work on the machine competes for the same cores)`,
  );
  say(`settings: ${o.schools} schools × ${o.assets} assets, up to ${o.requests} requests (${o.maxSeconds} s) per report`);
  say('');

  // 1. The stack: fresh databases (directory and facilities seed their demo data), then the gateway; compiled as production runs it.
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
    // Finance and canteen are up for the gateway only: their demo seeds are left out.
    const seed = sub.name === 'directory' || sub.name === 'facilities' ? 'true' : 'false';
    const service = await startBenchService(sub.name, { ...common, DATABASE_URL: databaseUrl, SEED_DEMO: seed }, 120_000, entry(sub.name));
    o.started.push(service);
    subgraphs[sub.name] = service;
  }
  const { facilities, directory } = subgraphs;
  if (!facilities || !directory) throw new Error('tools/subgraphs.ts lists no facilities or no directory subgraph');
  const gateway = await startBenchService(
    'gateway',
    { ...common, ...Object.fromEntries(Object.values(subgraphs).map((s) => [subgraphUrlVariable(s.name), s.graphqlUrl])) },
    90_000,
    entry('gateway'),
  );
  o.started.push(gateway);
  say(`stack: ${[...Object.values(subgraphs), gateway].map((s) => `${s.name} pid ${s.child.pid} :${s.port}`).join(', ')}`);

  // 2. Generate the registers and the readings; the reports are of last month (complete in the readings).
  const month = shiftDate(`${todayIn(DEFAULT_TIME_ZONE).slice(0, 7)}-01`, -1).slice(0, 7);
  const data = await generateFacilities(urls.facilities, urls.directory, {
    schools: o.schools,
    assets: o.assets,
    workOrders: o.workOrders,
    batchRows: 5000,
    month,
  });
  const totalRows = Object.values(data.rows).reduce((a, b) => a + b, 0);
  say('');
  say(
    `=== facilities scenario: ${o.schools} schools × ${o.assets} assets, 3 meters a school with readings ${data.from}..${data.to}, multi-row INSERTs ===`,
  );
  say(
    `generated in ${fmt(data.generateMs / 1000, 1)} s: ${totalRows} rows in ${data.statements} INSERT statements (${fmt(totalRows / (data.generateMs / 1000))} rows/s); ANALYZE TABLE ${fmt(data.analyzeMs / 1000, 1)} s`,
  );
  say(
    table(
      ['table', 'rows'],
      Object.entries(data.rows).map(([name, rows]) => [name, String(rows)]),
    ),
  );
  say('');
  say('invariants over the whole facilities database (generated and demo data; SQL on the bench database):');
  say(
    table(
      ['check', 'failures', 'seconds'],
      data.checks.map((c) => [c.name, String(c.failures), fmt(c.ms / 1000, 1)]),
    ),
  );
  for (const c of data.checks) if (c.failures) problems.push(`facilities data: ${c.failures} ${c.name}`);

  // 3. The reports through the gateway, as the district administrator.
  const anonymous = graphqlClient(gateway.graphqlUrl);
  const login = await anonymous.request<{ login: { token: string } }>(
    'mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username: 'admin', password: DEMO_PASSWORD } },
  );
  if (!login.data) throw new Error(`login as admin: ${JSON.stringify(login.errors)}`);
  const admin = { authorization: `Bearer ${login.data.login.token}` };
  for (const s of [gateway, facilities, directory]) s.keepRequestIds('bench-facilities-');
  // The directory's `schools` lists every school of the district (the demo's and the generated).
  const directorySchools = await countRows(urls.directory, 'SELECT COUNT(*) AS n FROM school WHERE districtId = ?');
  const expected = new Map(data.schools.map((s) => [s.schoolId, s.expected]));
  const pageSize = 100;
  const pages = Math.ceil(directorySchools / pageSize);
  const probes: QueryProbe[] = [];
  let after: string | null = null;
  /** The cursor each page of the directory's schools starts after (null for the first). */
  const cursors: (string | null)[] = [];
  /** The first page's answer, to check the aggregate-in-SQL variant against (section 4). */
  let firstPage: { id: string; assetSummary: Summary | null }[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const size = Math.min(pageSize, directorySchools - (page - 1) * pageSize);
    cursors.push(after);
    const variables: Record<string, unknown> = { month, after };
    probes.push({
      label: `School.assetSummary ${month} page ${page} (${size} schools)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: SUMMARY_QUERY,
      variables,
      check: (d) => {
        const c = asFacilities(d)?.schools;
        if (!c || c.nodes.length !== size) return `expected ${size} schools, got ${c?.nodes.length}`;
        if (c.pageInfo.hasNextPage !== page < pages) return `hasNextPage ${c.pageInfo.hasNextPage}`;
        for (const n of c.nodes) {
          const want = expected.get(n.id);
          if (!n.assetSummary) return `${n.name}: no asset summary`;
          if (want && (n.assetSummary.count !== want.count || n.assetSummary.cost.fen !== want.costFen))
            return `${n.name}: ${n.assetSummary.count} assets costing ${n.assetSummary.cost.fen} fen, expected ${want.count} costing ${want.costFen}`;
          if (n.assetSummary.netBookValue.fen > n.assetSummary.cost.fen) return `${n.name}: net book value above cost`;
        }
        return null;
      },
    });
    const first = (await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: SUMMARY_QUERY, variables }),
    }).then((r) => r.json())) as { data?: FacilitiesReportData; errors?: unknown };
    if (!first.data?.schools) throw new Error(`School.assetSummary page ${page}: ${JSON.stringify(first.errors ?? null).slice(0, 500)}`);
    if (page === 1) firstPage = first.data.schools.nodes;
    after = first.data.schools.pageInfo.endCursor ?? null;
    if (!after) break;
  }
  // The district's repair comparison over the generated term, page by page as the dashboard reads it.
  const repairsExpected = new Map(data.schools.map((s) => [s.schoolId, s.repairs]));
  for (const [i, cursor] of cursors.entries()) {
    const size = Math.min(pageSize, directorySchools - i * pageSize);
    probes.push({
      label: `School.repairSummary ${data.term.from}..${data.term.to} page ${i + 1} (${size} schools)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: REPAIR_QUERY,
      variables: { from: data.term.from, to: data.term.to, after: cursor },
      check: (d) => {
        const c = asFacilities(d)?.schools;
        if (!c || c.nodes.length !== size) return `expected ${size} schools, got ${c?.nodes.length}`;
        for (const n of c.nodes) {
          const want = repairsExpected.get(n.id);
          const got = n.repairSummary;
          if (!got) return `${n.name}: no repair summary`;
          if (
            want &&
            (got.reported !== want.reported ||
              got.finished !== want.finished ||
              got.finishedOnTime !== want.onTime ||
              got.cost.fen !== want.costFen)
          )
            return `${n.name}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
        }
        return null;
      },
    });
  }
  // The console's district dashboard asks each page of schools for the work orders with the upkeep beside
  // them (preventive maintenance, patrols, the term's appraisals): its own generated query, page 1.
  probes.push({
    label: `district dashboard work orders + upkeep (the console's query) page 1 (${Math.min(pageSize, directorySchools)} schools)`,
    as: 'admin',
    url: gateway.graphqlUrl,
    headers: admin,
    query: print(consoleDocuments().get('DistrictRepairSummaryDocument')!),
    variables: { from: data.term.from, to: data.term.to, after: null },
    check: (d) => {
      type Node = { id: string; repairSummary: { reported: number } | null; maintenanceCompliance: unknown; appraisalSummary: unknown };
      const nodes = (d as { schools?: { nodes: Node[] } }).schools?.nodes;
      if (!nodes?.length) return 'no schools';
      for (const n of nodes) {
        const want = repairsExpected.get(n.id);
        if (!n.repairSummary || !n.maintenanceCompliance || !n.appraisalSummary) return `${n.id}: a figure is missing`;
        if (want && n.repairSummary.reported !== want.reported)
          return `${n.id}: ${n.repairSummary.reported} reported, expected ${want.reported}`;
      }
      return null;
    },
  });
  // A maintenance worker's queue: the demo electrician (account maintenance) at First Experimental Primary.
  const maintenanceLogin = await anonymous.request<{ login: { token: string } }>(
    'mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username: 'maintenance', password: DEMO_PASSWORD } },
  );
  if (!maintenanceLogin.data) throw new Error(`login as maintenance: ${JSON.stringify(maintenanceLogin.errors)}`);
  probes.push({
    label: `workOrders queue of one maintenance worker (${data.queue.total} assigned, first 50)`,
    as: 'maintenance',
    url: gateway.graphqlUrl,
    headers: { authorization: `Bearer ${maintenanceLogin.data.login.token}` },
    query: QUEUE_QUERY,
    variables: { staffId: data.queue.staffId },
    check: (d) => {
      const q = asFacilities(d)?.workOrders;
      if (!q) return 'no queue';
      const want = Math.min(50, data.queue.total);
      return q.nodes.length === want && q.pageInfo.hasNextPage === data.queue.total > 50
        ? null
        : `expected ${want} work orders, got ${q.nodes.length}`;
    },
  });
  const one = data.schools[0];
  probes.push(
    {
      label: `schoolMeterReport ${month} (one school, 3 meters)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: METER_QUERY,
      variables: { schoolId: one.schoolId, month },
      check: (d) => checkReport(asFacilities(d)?.schoolMeterReport, false),
    },
    {
      label: `School.meterReport ${month} (one school, per student)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: SCHOOL_METER_QUERY,
      variables: { schoolId: one.schoolId, month },
      check: (d) => checkReport(asFacilities(d)?.school?.meterReport, true),
    },
  );
  const runs: TimedQuery[] = [];
  for (const [i, probe] of probes.entries())
    runs.push(await timeQuery(probe, o.requests, o.maxSeconds, `bench-facilities-${i}-${process.pid}-`));
  await sleep(500);
  say('');
  say(
    `reports through the gateway, as the district administrator (admin): up to ${o.requests} sequential requests each (after 3 unmeasured), at most ${o.maxSeconds} s per report; ${directorySchools} schools in the directory (${o.schools} generated + the demo's); load average now ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const rows = runs.map((run) => {
    const facilitiesCost = run.requestIds.map((id) => costOf(facilities.requestLines(id)));
    const directoryCost = run.requestIds.map((id) => costOf(directory.requestLines(id)));
    return { run, facilitiesCost, directoryCost };
  });
  const p50 = (values: number[]) => (values.some((v) => v) ? fmt(percentile(values, 50), 1) : '-');
  say(
    table(
      [
        'report',
        'n',
        'p50 ms',
        'p95 ms',
        'max ms',
        'facilities fetches/SQL',
        'facilities p50 ms',
        'directory fetches/SQL',
        'directory p50 ms',
      ],
      rows.map(({ run, facilitiesCost, directoryCost }) => [
        run.label,
        String(run.latenciesMs.length),
        fmt(percentile(run.latenciesMs, 50), 1),
        fmt(percentile(run.latenciesMs, 95), 1),
        fmt(Math.max(...run.latenciesMs), 1),
        `${range(facilitiesCost.map((c) => c.fetches))} / ${range(facilitiesCost.map((c) => c.statements))}`,
        p50(facilitiesCost.map((c) => c.ms)),
        `${range(directoryCost.map((c) => c.fetches))} / ${range(directoryCost.map((c) => c.statements))}`,
        p50(directoryCost.map((c) => c.ms)),
      ]),
      [false, true, true, true, true, true, true, true, true],
    ),
  );
  say('SQL statements per subgraph fetch (operation:statements, first measured request):');
  for (const r of rows)
    say(
      `  ${r.run.label}: facilities ${r.facilitiesCost[0]?.operations.join(', ') || '-'}; directory ${r.directoryCost[0]?.operations.join(', ') || '-'}`,
    );
  for (const r of rows) {
    for (const p of r.run.problems) problems.push(`${r.run.label}: ${p}`);
    if (r.run.stoppedEarly) say(`  (${r.run.label}: ${r.run.stoppedEarly})`);
    const distinct = [...new Set(r.facilitiesCost.map((c) => c.statements))];
    if (distinct.length > 1) problems.push(`${r.run.label}: facilities SQL statements per request vary (${distinct.join('/')})`);
    if (r.facilitiesCost.some((c) => c.fetches === 0)) problems.push(`${r.run.label}: no facilities request-log line for some requests`);
  }

  // 4. The statements behind the reports alone on the server: plan and time.
  const sql = await ReportSql.open(urls.facilities, [...facilitiesEntities, AuditEntry]);
  try {
    const m = sql.manager;
    const viewer = new Viewer(demoViewer('admin'));
    const reader = assetWriteReader({ viewer, dataSource: m.connection as DataSource });
    // The schools of the directory's first page, as School.assetSummary batches them.
    const pageIds = firstPage.map((s) => s.id);
    const monthStart = new Date(`${month}-01T00:00:00+08:00`);
    const nextMonthFirstDay = `${shiftDate(`${month}-28`, 7).slice(0, 7)}-01`;
    const nextStart = new Date(`${nextMonthFirstDay}T00:00:00+08:00`);
    // The month as the report counts it (asset/depreciation.rules.ts monthIndex): year × 12 + month − 1.
    const asOfIndex = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
    const statements: [string, ReturnType<typeof sql.statement>][] = [
      [
        `facilitiesReport.assetValues ×${pageIds.length} schools`,
        sql.statement(facilitiesReportSql.assetValues(m, reader, pageIds, asOfIndex, nextMonthFirstDay)),
      ],
      ['meterSql.metersOfSchools (one school)', sql.statement(meterSql.metersOfSchools(m, [one.schoolId]))],
      ['meterSql.readingsAround (its 3 meters, the month)', sql.statement(meterSql.readingsAround(m, one.meterIds, monthStart, nextStart))],
      ['meterSql.tariffsOf', sql.statement(meterSql.tariffsOf(m, viewer.districtId))],
      [
        `workOrder.summaryOf ×${pageIds.length} schools (the term)`,
        sql.statement(
          workOrderSql.summaryOf(
            m,
            workOrderReader({ viewer, dataSource: m.connection as DataSource }),
            pageIds,
            new Date(`${data.term.from}T00:00:00+08:00`),
            new Date(`${shiftDate(data.term.to, 1)}T00:00:00+08:00`),
            new Date(),
          ),
        ),
      ],
      [
        'workOrder.list, one maintenance worker’s queue (first 50)',
        sql.statement(
          workOrderSql
            .list(m, workOrderReader({ viewer: new Viewer(demoViewer('maintenance')), dataSource: m.connection as DataSource }), {
              assigneeStaffId: data.queue.staffId,
            })
            .orderBy('wo.id', 'ASC')
            .limit(51),
        ),
      ],
    ];
    const analysed: AnalysedStatement[] = [];
    // An independent check (not the service's SQL): the same summary aggregated by the bench's own statement.
    statements.push([`check: the summary aggregated by the bench's own SQL ×${pageIds.length} schools`, summaryInSql(pageIds, month)]);
    for (const [name, statement] of statements) analysed.push(await sql.analyse(name, statement));
    const aggregated = (await m.query(summaryInSql(pageIds, month).query, summaryInSql(pageIds, month).parameters)) as Record<
      string,
      string
    >[];
    const mismatches = compareSummaries(firstPage, aggregated);
    say('');
    say(
      `the statements alone on the server (apps/facilities/src/asset/asset.store.ts, meter/meter.store.ts; apps/facilities/sql/*.sql; ${month}; EXPLAIN; median of 5 runs):`,
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
            // Every table's primary key is named PRIMARY: the map of names keeps only one of them.
            p.key === 'PRIMARY' ? 'PRIMARY' : p.key ? (indexes.get(p.key) ?? p.key) : '-',
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
    say(scans.length ? `full scans of more than 1,000 rows: ${scans.join('; ')}` : 'full scans of more than 1,000 rows: none');
    say(
      `check: the bench's own aggregated statement's ${aggregated.length} rows (school × status) against page 1's byStatus through the gateway: ${mismatches.length ? `${mismatches.length} differ, e.g. ${mismatches.slice(0, 3).join('; ')}` : 'count, cost and accumulated depreciation equal for every school and status'}`,
    );
    if (mismatches.length) problems.push(`the aggregated summary differs from School.assetSummary: ${mismatches.slice(0, 3).join('; ')}`);
  } finally {
    await sql.close();
  }

  say('');
  say(
    problems.length
      ? `RESULT: FAIL\n  ${problems.join('\n  ')}`
      : 'RESULT: PASS (facilities data consistent, asset summaries and meter reports answered, checked and batched)',
  );
  return problems.length ? 1 : 0;
}

/** A month YYYY-MM or a date's month as a count of months (asset/depreciation.rules.ts monthIndex). */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * What-if: School.assetSummary's figures computed by the server instead of in the service
 * (asset.types.ts summarize + depreciation.rules.ts bookValueAt, in SQL): assets acquired by the end
 * of the month, months charged from the acquisition month to the month before disposal and at most the
 * life, floor(cost / life) a month and the whole cost once fully charged; grouped by school and status.
 */
function summaryInSql(schoolIds: string[], month: string): { query: string; parameters: unknown[] } {
  const idx = (column: string) => `(YEAR(${column}) * 12 + MONTH(${column}) - 1)`;
  const months = `CASE WHEN fa.usefulLifeMonths <= 0 THEN 0 ELSE GREATEST(0, LEAST(fa.usefulLifeMonths,
      LEAST(?, COALESCE(${idx('fa.disposedOn')} - 1, ?)) - ${idx('fa.acquiredOn')} + 1)) END`;
  return {
    query: `SELECT fa.schoolId, fa.status, COUNT(*) AS n, SUM(fa.costFen) AS costFen,
      SUM(CASE WHEN fa.usefulLifeMonths <= 0 THEN 0 WHEN ${months} >= fa.usefulLifeMonths THEN fa.costFen
        ELSE FLOOR(fa.costFen / fa.usefulLifeMonths) * ${months} END) AS accumulatedFen
    FROM fixed_asset fa WHERE fa.schoolId IN (?) AND fa.acquiredOn < ? GROUP BY fa.schoolId, fa.status`,
    parameters: [...Array(4).fill(monthIndex(month)), schoolIds, `${shiftDate(`${month}-28`, 7).slice(0, 7)}-01`],
  };
}

/** The aggregated rows against the GraphQL answer's byStatus, school by school. */
function compareSummaries(nodes: { id: string; assetSummary: Summary | null }[], rows: Record<string, string>[]): string[] {
  const key = (schoolId: string, status: string) => `${schoolId}/${status}`;
  const sqlRows = new Map(rows.map((r) => [key(r.schoolId, r.status), r]));
  const out: string[] = [];
  let seen = 0;
  for (const node of nodes)
    for (const line of node.assetSummary?.byStatus ?? []) {
      seen += 1;
      const r = sqlRows.get(key(node.id, line.status));
      const got = r ? [Number(r.n), Number(r.costFen), Number(r.accumulatedFen)] : null;
      const want = [line.count, line.cost.fen, line.accumulatedDepreciation.fen];
      if (!got || got.some((v, i) => v !== want[i]))
        out.push(`${key(node.id, line.status)}: SQL ${JSON.stringify(got)}, GraphQL ${JSON.stringify(want)}`);
    }
  if (seen !== rows.length) out.push(`${rows.length} SQL rows for ${seen} byStatus lines`);
  return out;
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

function range(values: number[]): string {
  if (!values.length) return '-';
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? String(min) : `${min}–${max}`;
}
