import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_PASSWORD } from '@houqin/demo';
import { consoleBuild, type ConsoleStack, graphqlClient, startConsoleStack } from '@houqin/testing';
import type { Page } from 'playwright-core';
import { fmt, table } from './format';

/**
 * `npm run bench -- console`: the web console's figures (issue 10).
 * - Bundle: builds the console as `npm run build` does and sums, gzipped (level 6, as a web server
 *   sends it), the JavaScript a first visit downloads before any page: the entry chunk and every chunk
 *   it imports statically (Vite's manifest), against the 300 KB aim; then the lazy chunks by size.
 * - First dashboard render: the graph as `npm start` runs it with the demo district (MySQL/MariaDB),
 *   the built console, headless Chromium; a signed-in district auditor opens /dashboards/district in
 *   a fresh browser context (empty cache) each run; the time from navigation to the budget chart
 *   drawn and the comparison table filled (performance.now() in the page), median of the runs.
 * - Round trips: /graphql requests the page made, split into the session's one `Viewer` query and the
 *   dashboard's own; then, with the page open, changing the month: the requests that view costs.
 */
const AIM_INITIAL_GZIP_KB = 300;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 6 }).length / 1024;
}

export function measureBundle(outDir: string) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('the console build has no entry chunk');
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  const files = (keys: Iterable<string>) => [...new Set([...keys].map((k) => manifest[k].file))].filter((f) => f.endsWith('.js'));
  const initialFiles = files(initial);
  const lazyFiles = files(Object.keys(manifest)).filter((f) => !initialFiles.includes(f));
  const sized = (list: string[]) =>
    list
      .map((file) => ({ file, raw: statSync(join(outDir, file)).size / 1024, gzip: gzipKb(join(outDir, file)) }))
      .sort((a, b) => b.gzip - a.gzip);
  return { initial: sized(initialFiles), lazy: sized(lazyFiles) };
}

async function tokenOf(stack: ConsoleStack, username: string): Promise<{ token: string; expiresAt: string }> {
  const r = await graphqlClient(stack.graphqlUrl).request<{ login: { token: string; expiresAt: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { token expiresAt } }',
    { i: { username, password: DEMO_PASSWORD } },
  );
  if (!r.data) throw new Error(`${username} could not sign in: ${JSON.stringify(r.errors)}`);
  return r.data.login;
}

function operationName(body: string | null): string {
  try {
    const { operationName: name = '?', variables } = JSON.parse(body ?? '{}') as { operationName?: string; variables?: object };
    return name === 'Viewer' ? name : `${name} ${JSON.stringify(variables ?? {})}`;
  } catch {
    return '?';
  }
}

/** Opens the district dashboard signed in (the token placed in sessionStorage as sign-in leaves it) and times it. */
async function timedDashboard(stack: ConsoleStack, session: { token: string; expiresAt: string }) {
  const context = await stack.newContext();
  // Runs in the page (no DOM types here): the session as the sign-in page stores it.
  await context.addInitScript((s) => {
    (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem(
      'houqin.session',
      JSON.stringify(s),
    );
  }, session);
  const page: Page = await context.newPage();
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) operations.push(operationName(request.postData()));
  });
  await page.goto('/dashboards/district');
  await page.locator('[data-testid="chart-budget"] canvas').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="table-district"] tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
  const renderedMs = await page.evaluate(() => performance.now());
  // Where the time went: the dashboard query's round trip and the JavaScript fetched, as the page's resource timings saw them.
  const timings = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
  );
  const queryMs = timings.filter((t) => t.name.endsWith('/graphql')).map((t) => t.duration);
  const scriptsDoneMs = Math.max(...timings.filter((t) => t.name.endsWith('.js')).map((t) => t.start + t.duration));
  const onLoad = [...operations];
  // The same view for another month, the page already open: what one view costs in round trips.
  operations.length = 0;
  await changeMonth(page);
  await page.locator('[data-testid="table-district"] tbody tr.ant-table-row').first().waitFor();
  const perView = [...operations];
  await context.close();
  return { renderedMs, onLoad, perView, queryMs, scriptsDoneMs };
}

/** Picks January of the shown year in the dashboard's month picker and waits for the view to be answered. */
async function changeMonth(page: Page) {
  await page.getByTestId('period-picker').click();
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/graphql')),
    page.locator('.ant-picker-dropdown .ant-picker-cell-in-view').first().click(),
  ]);
  // Anything else the view asks for follows at once; the network then goes quiet.
  await page.waitForLoadState('networkidle');
}

export async function consoleOnly(settings: { serverUrl: string; runs: number }): Promise<number> {
  const say = (text = '') => console.log(text);
  say(`houqin bench: web console — ${new Date().toISOString()}`);

  const bundle = measureBundle(consoleBuild());
  const initialGzip = bundle.initial.reduce((n, f) => n + f.gzip, 0);
  say('\nInitial JavaScript (entry + its static imports), gzip level 6:');
  say(
    table(
      ['file', 'KiB', 'gzip KiB'],
      bundle.initial.map((f) => [f.file, fmt(f.raw, 1), fmt(f.gzip, 1)]),
    ),
  );
  say(
    `initial JS: ${fmt(initialGzip, 1)} KiB gzipped (aim ≤ ${AIM_INITIAL_GZIP_KB} KB) — ${initialGzip <= AIM_INITIAL_GZIP_KB ? 'met' : 'NOT met'}`,
  );
  say('\nLargest lazy chunks (loaded when a page needs them):');
  say(
    table(
      ['file', 'KiB', 'gzip KiB'],
      bundle.lazy.slice(0, 8).map((f) => [f.file, fmt(f.raw, 1), fmt(f.gzip, 1)]),
    ),
  );

  process.env.HOUQIN_TEST_MYSQL_URL ??= settings.serverUrl;
  const stack = await startConsoleStack();
  try {
    const session = await tokenOf(stack, 'auditor');
    const runs = [];
    for (let i = 0; i < settings.runs; i++) runs.push(await timedDashboard(stack, session));
    const times = runs.map((r) => r.renderedMs).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    say(`\nFirst district-dashboard render, fresh context each run (${settings.runs} runs), headless Chromium:`);
    say(`  times ms: ${times.map((t) => fmt(t, 0)).join(', ')}; median ${fmt(median, 0)} ms`);
    for (const [i, r] of runs.entries())
      say(
        `  run ${i + 1}: rendered at ${fmt(r.renderedMs, 0)} ms; last script loaded at ${fmt(r.scriptsDoneMs, 0)} ms; /graphql round trips ${r.queryMs.map((q) => fmt(q, 0)).join(' + ')} ms`,
      );
    const last = runs[runs.length - 1];
    const dashboardCalls = last.onLoad.filter((op) => op !== 'Viewer');
    say(
      `  /graphql requests on first load: ${last.onLoad.length} (${last.onLoad.join(', ')}): the session's Viewer + ${dashboardCalls.length} for the dashboard`,
    );
    say(
      `  round trips per dashboard view (another month, page open): ${last.perView.length} (${last.perView.join(', ') || 'none'}) — aim 1`,
    );
  } finally {
    await stack.stop();
  }
  return 0;
}
