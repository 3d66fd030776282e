import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { Viewer } from '@houqin/auth';
import { DEFAULT_TIME_ZONE, DEV_SECRETS, dayStart, shiftDate, todayIn } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_PASSWORD } from '@houqin/demo';
import { AuditEntry, createDatabase, dropDatabase, serverVersion, withDatabase } from '@houqin/persistence';
import { compiledBuild, consoleDocuments, demoViewer, graphqlClient } from '@houqin/testing';
import { subgraphUrlVariable } from '@houqin/gateway';
import { hazardReader, hazardSql, inspectionSql, safetyEntities } from '@houqin/safety';
import { SUBGRAPHS } from '../subgraphs';
import { connect, costOf, percentile, type QueryProbe, type ReportData, timeQuery, type TimedQuery } from './district';
import { fmt, table } from './format';
import { type AnalysedStatement, ReportSql } from './report-sql';
import { generateSafety } from './safety-data';
import { type BenchService, startBenchService } from './service';

/**
 * `npm run bench -- safety` (docs/benchmarks.md, "Safety"): starts every subgraph on fresh databases
 * (directory and safety with their demo data) and the gateway, generates BENCH_SAFETY_SCHOOLS schools
 * × a year of inspection rounds and BENCH_SAFETY_HAZARDS hazards each straight into the safety database
 * (tools/bench/safety-data.ts), checks its invariants in SQL, and times through the gateway the district
 * hazard register (隐患台账, page 1 and a filtered page) and the district comparison (hazard summary and
 * inspection completion side by side, pages of 100 schools): p50/p95 and SQL statements per request from
 * the subgraphs' request logs; then EXPLAINs the statements behind them.
 */
export interface SafetyBenchSettings {
  serverUrl: string;
  schools: number;
  hazards: number;
  requests: number;
  maxSeconds: number;
  started: BenchService[];
  databases: string[];
}

const REGISTER_QUERY = `query BenchSafetyRegister($filter: HazardFilter) {
  hazards(filter: $filter, first: 50) {
    nodes { id title level status source reportedAt deadline overdue school { id name } responsible { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const COMPARISON_QUERY = `query BenchSafetyComparison($from: String!, $to: String!, $after: String) {
  schools(first: 100, after: $after) {
    nodes {
      id name
      hazardSummary(from: $from, to: $to) { open openMajor overdue openOverWeek openOverMonth reported rectified closed byLevel { level open overdue } }
      inspectionCompletion(from: $from, to: $to) { templateId title due submitted late rate }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SafetyReportData {
  hazards?: { nodes: { id: string; level: string; status: string; reportedAt: string }[]; pageInfo: { hasNextPage: boolean } };
  schools?: {
    nodes: {
      id: string;
      name: string;
      hazardSummary: { open: number; openMajor: number } | null;
      inspectionCompletion: { due: number; submitted: number }[] | null;
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const asSafety = (d: ReportData | undefined) => d as unknown as SafetyReportData | undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function safetyOnly(o: SafetyBenchSettings): Promise<number> {
  const say = (text = '') => console.log(text);
  const problems: string[] = [];
  const cpuList = cpus();
  say(`houqin bench (safety) — ${new Date().toISOString()}`);
  say(
    `machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${arch()}, Node ${process.version}`,
  );
  say(`database: ${await serverVersion(o.serverUrl)} at ${new URL(o.serverUrl).host}, one database per subgraph (houqin_bench_<name>)`);
  say(
    `load average before start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (1/5/15 min)`,
  );
  say(
    `settings: ${o.schools} schools × a year of rounds and ${o.hazards} hazards, up to ${o.requests} requests (${o.maxSeconds} s) per report`,
  );
  say('');

  // 1. The stack: fresh databases (directory and safety seed their demo data), then the gateway; compiled as production runs it.
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
    const seed = sub.name === 'directory' || sub.name === 'safety' ? 'true' : 'false';
    const service = await startBenchService(sub.name, { ...common, DATABASE_URL: databaseUrl, SEED_DEMO: seed }, 120_000, entry(sub.name));
    o.started.push(service);
    subgraphs[sub.name] = service;
  }
  const { safety, directory } = subgraphs;
  if (!safety || !directory) throw new Error('tools/subgraphs.ts lists no safety or no directory subgraph');
  const gateway = await startBenchService(
    'gateway',
    { ...common, ...Object.fromEntries(Object.values(subgraphs).map((s) => [subgraphUrlVariable(s.name), s.graphqlUrl])) },
    90_000,
    entry('gateway'),
  );
  o.started.push(gateway);
  say(`stack: ${[...Object.values(subgraphs), gateway].map((s) => `${s.name} pid ${s.child.pid} :${s.port}`).join(', ')}`);

  // 2. Generate a year of rounds and hazards.
  const data = await generateSafety(urls.safety, urls.directory, { schools: o.schools, hazards: o.hazards, batchRows: 5000 });
  const totalRows = Object.values(data.rows).reduce((a, b) => a + b, 0);
  say('');
  say(`=== safety scenario: ${o.schools} schools × rounds and ${o.hazards} hazards over ${data.from}..${data.to}, multi-row INSERTs ===`);
  say(
    `generated in ${fmt(data.generateMs / 1000, 1)} s: ${totalRows} rows in ${data.statements} INSERT statements; ANALYZE TABLE ${fmt(data.analyzeMs / 1000, 1)} s`,
  );
  say(
    table(
      ['table', 'rows'],
      Object.entries(data.rows).map(([name, rows]) => [name, String(rows)]),
    ),
  );
  say('');
  say('invariants over the whole safety database (generated and demo data):');
  say(
    table(
      ['check', 'failures', 'seconds'],
      data.checks.map((c) => [c.name, String(c.failures), fmt(c.ms / 1000, 1)]),
    ),
  );
  for (const c of data.checks) if (c.failures) problems.push(`safety data: ${c.failures} ${c.name}`);

  // 3. The reports through the gateway, as the district administrator.
  const login = await graphqlClient(gateway.graphqlUrl).request<{ login: { token: string } }>(
    'mutation BenchLogin($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username: 'admin', password: DEMO_PASSWORD } },
  );
  if (!login.data) throw new Error(`login as admin: ${JSON.stringify(login.errors)}`);
  const admin = { authorization: `Bearer ${login.data.login.token}` };
  for (const s of [gateway, safety, directory]) s.keepRequestIds('bench-safety-');
  const directorySchools = await countRows(urls.directory, 'SELECT COUNT(*) AS n FROM school WHERE districtId = ?');
  const expected = new Map(data.schools.map((s) => [s.schoolId, s]));
  const probes: QueryProbe[] = [
    {
      label: 'hazards register, district, page 1 (50)',
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: REGISTER_QUERY,
      variables: { filter: {} },
      check: (d) => {
        const h = asSafety(d)?.hazards;
        return h && h.nodes.length === 50 && h.pageInfo.hasNextPage ? null : `expected a full page, got ${h?.nodes.length}`;
      },
    },
    {
      label: 'hazards register, district, open major older than 30 days (50)',
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: REGISTER_QUERY,
      variables: { filter: { open: true, level: 'MAJOR', minAgeDays: 30 } },
      check: (d) => {
        const h = asSafety(d)?.hazards;
        if (!h) return 'no page';
        const limit = Date.now() - 29 * 86_400_000;
        return h.nodes.every((n) => n.level === 'MAJOR' && n.status !== 'CLOSED' && Date.parse(n.reportedAt) < limit) && h.nodes.length > 0
          ? null
          : `a hazard outside the filter, or none: ${JSON.stringify(h.nodes.slice(0, 2))}`;
      },
    },
  ];
  const pageSize = 100;
  const pages = Math.ceil(directorySchools / pageSize);
  let after: string | null = null;
  for (let page = 1; page <= pages; page += 1) {
    const size = Math.min(pageSize, directorySchools - (page - 1) * pageSize);
    const variables: Record<string, unknown> = { from: data.month.from, to: data.month.to, after };
    probes.push({
      label: `School.hazardSummary + inspectionCompletion ${data.month.from.slice(0, 7)} page ${page} (${size} schools)`,
      as: 'admin',
      url: gateway.graphqlUrl,
      headers: admin,
      query: COMPARISON_QUERY,
      variables,
      check: (d) => {
        const c = asSafety(d)?.schools;
        if (!c || c.nodes.length !== size) return `expected ${size} schools, got ${c?.nodes.length}`;
        for (const n of c.nodes) {
          const want = expected.get(n.id);
          if (!n.hazardSummary || !n.inspectionCompletion) return `${n.name}: no summary`;
          if (!want) continue;
          if (n.hazardSummary.open !== want.open || n.hazardSummary.openMajor !== want.openMajor)
            return `${n.name}: ${n.hazardSummary.open} open (${n.hazardSummary.openMajor} major), expected ${want.open} (${want.openMajor})`;
          const due = n.inspectionCompletion.reduce((sum, t) => sum + t.due, 0);
          const submitted = n.inspectionCompletion.reduce((sum, t) => sum + t.submitted, 0);
          if (due !== want.roundsDue || submitted !== want.roundsSubmitted)
            return `${n.name}: ${submitted}/${due} rounds, expected ${want.roundsSubmitted}/${want.roundsDue}`;
        }
        return null;
      },
    });
    const first = (await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: COMPARISON_QUERY, variables }),
    }).then((r) => r.json())) as { data?: SafetyReportData; errors?: unknown };
    if (!first.data?.schools) throw new Error(`comparison page ${page}: ${JSON.stringify(first.errors ?? null).slice(0, 500)}`);
    after = first.data.schools.pageInfo.endCursor ?? null;
    if (!after) break;
  }
  // The console's district safety dashboard (区级安全看板) as it asks: page 1 of 50 schools with every safety figure.
  probes.push({
    label: `district safety dashboard (the console's query) ${data.month.from.slice(0, 7)} page 1 (50 schools)`,
    as: 'admin',
    url: gateway.graphqlUrl,
    headers: admin,
    query: print(consoleDocuments().get('SafetyDashboardDocument')!),
    variables: { from: data.month.from, to: data.month.to, after: null },
    check: (d) => {
      const nodes = (d as { schools?: { nodes: { id: string; name: string; hazardSummary: { open: number } }[] } }).schools?.nodes;
      if (!nodes || nodes.length !== 50) return `expected 50 schools, got ${nodes?.length}`;
      for (const n of nodes) {
        const want = expected.get(n.id);
        if (want && n.hazardSummary.open !== want.open) return `${n.name}: ${n.hazardSummary.open} open, expected ${want.open}`;
      }
      return null;
    },
  });
  const runs: TimedQuery[] = [];
  for (const [i, probe] of probes.entries())
    runs.push(await timeQuery(probe, o.requests, o.maxSeconds, `bench-safety-${i}-${process.pid}-`));
  await sleep(500);
  say('');
  say(
    `reports through the gateway, as the district administrator (admin): up to ${o.requests} sequential requests each (after 3 unmeasured), at most ${o.maxSeconds} s per report; ${directorySchools} schools in the directory (${o.schools} generated + the demo's); load average now ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const rows = runs.map((run) => ({
    run,
    safetyCost: run.requestIds.map((id) => costOf(safety.requestLines(id))),
    directoryCost: run.requestIds.map((id) => costOf(directory.requestLines(id))),
  }));
  const p50 = (values: number[]) => (values.some((v) => v) ? fmt(percentile(values, 50), 1) : '-');
  say(
    table(
      ['report', 'n', 'p50 ms', 'p95 ms', 'max ms', 'safety fetches/SQL', 'safety p50 ms', 'directory fetches/SQL', 'directory p50 ms'],
      rows.map(({ run, safetyCost, directoryCost }) => [
        run.label,
        String(run.latenciesMs.length),
        fmt(percentile(run.latenciesMs, 50), 1),
        fmt(percentile(run.latenciesMs, 95), 1),
        fmt(Math.max(...run.latenciesMs), 1),
        `${range(safetyCost.map((c) => c.fetches))} / ${range(safetyCost.map((c) => c.statements))}`,
        p50(safetyCost.map((c) => c.ms)),
        `${range(directoryCost.map((c) => c.fetches))} / ${range(directoryCost.map((c) => c.statements))}`,
        p50(directoryCost.map((c) => c.ms)),
      ]),
      [false, true, true, true, true, true, true, true, true],
    ),
  );
  say('SQL statements per subgraph fetch (operation:statements, first measured request):');
  for (const r of rows)
    say(
      `  ${r.run.label}: safety ${r.safetyCost[0]?.operations.join(', ') || '-'}; directory ${r.directoryCost[0]?.operations.join(', ') || '-'}`,
    );
  for (const r of rows) {
    for (const p of r.run.problems) problems.push(`${r.run.label}: ${p}`);
    if (r.run.stoppedEarly) say(`  (${r.run.label}: ${r.run.stoppedEarly})`);
    const distinct = [...new Set(r.safetyCost.map((c) => c.statements))];
    if (distinct.length > 1) problems.push(`${r.run.label}: safety SQL statements per request vary (${distinct.join('/')})`);
  }

  // 4. The statements behind the reports alone on the server: plan and time.
  const sql = await ReportSql.open(urls.safety, [...safetyEntities, AuditEntry]);
  try {
    const m = sql.manager;
    const viewer = new Viewer(demoViewer('admin'));
    const reader = hazardReader({ viewer, dataSource: m.connection as DataSource });
    const pageIds = data.schools.slice(0, 100).map((s) => s.schoolId);
    const today = todayIn(DEFAULT_TIME_ZONE);
    const span = {
      from: dayStart(data.month.from, DEFAULT_TIME_ZONE),
      to: dayStart(shiftDate(data.month.to, 1), DEFAULT_TIME_ZONE),
      today,
      weekAgo: dayStart(shiftDate(today, -7), DEFAULT_TIME_ZONE),
      monthAgo: dayStart(shiftDate(today, -30), DEFAULT_TIME_ZONE),
    };
    const statements: [string, ReturnType<typeof sql.statement>][] = [
      ['hazard.list, district page 1', sql.statement(hazardSql.list(m, reader, {}).orderBy('hz.id', 'DESC').limit(51))],
      [
        'hazard.list, open major older than 30 days',
        sql.statement(
          hazardSql
            .list(m, reader, { open: true, level: 'MAJOR' as never, reportedBefore: dayStart(shiftDate(today, -29), DEFAULT_TIME_ZONE) })
            .orderBy('hz.id', 'DESC')
            .limit(51),
        ),
      ],
      [`hazard.summaryOf ×${pageIds.length} schools`, sql.statement(hazardSql.summaryOf(m, reader, pageIds, span))],
      [
        `inspection.completion ×${pageIds.length} schools`,
        sql.statement(inspectionSql.completion(m, pageIds, data.month.from, data.month.to)),
      ],
    ];
    const analysed: AnalysedStatement[] = [];
    for (const [name, statement] of statements) analysed.push(await sql.analyse(name, statement));
    say('');
    say('the statements alone on the server (apps/safety/sql/hazard.sql, inspection.sql; EXPLAIN; median of 5 runs):');
    const indexes = await sql.indexColumns();
    say(
      table(
        ['statement', 'table', 'access', 'key', 'rows (est.)', 'extra', 'result rows', 'ms'],
        analysed.flatMap((s) =>
          s.plan.map((p, i) => [
            i === 0 ? s.report : '',
            p.table,
            p.type,
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
  } finally {
    await sql.close();
  }

  say('');
  say(
    problems.length
      ? `RESULT: FAIL\n  ${problems.join('\n  ')}`
      : 'RESULT: PASS (safety data consistent, register and comparison answered, checked and batched)',
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

function range(values: number[]): string {
  if (!values.length) return '-';
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? String(min) : `${min}–${max}`;
}
