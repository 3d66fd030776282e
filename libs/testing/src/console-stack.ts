import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type * as Playwright from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { compiledBuild, consoleBuild, CONSOLE_VITE_CONFIG, VITE_BIN } from './compiled';
import { freePort, REPO_ROOT, type ServiceProcess, startServiceProcess } from './process';
import { startSubgraphProcesses, type SubgraphProcesses } from './subgraph-processes';
import { waitFor } from './wait';

/** Debian's Chromium (`apt-get install chromium`), or the one HOUQIN_TEST_CHROMIUM names. */
export function chromiumPath(): string | null {
  const named = process.env.HOUQIN_TEST_CHROMIUM;
  if (named) return named;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/**
 * The flags a headless Chromium needs on a closed machine: no sandbox (root in CI), no GPU, and no
 * calls home (background networking, component updates, sync), which a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ConsoleStack {
  subgraphs: SubgraphProcesses;
  gateway: ServiceProcess;
  /** The console's origin, e.g. http://127.0.0.1:43123 (the built bundle, /graphql proxied to the gateway). */
  consoleUrl: string;
  /** The gateway's /graphql, for a test to read or arrange what the browser should see. */
  graphqlUrl: string;
  browser: Browser;
  /** A fresh browser context (its own sessionStorage: one user), downloads allowed. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/**
 * The whole graph as production runs it (compiled), with the web console in front: directory and finance
 * (demo district seeded in both), the gateway, and the console's built bundle served by Vite's
 * preview server with /graphql proxied to the gateway; plus a headless Chromium to drive it.
 */
export async function startConsoleStack(options: { gatewayEnv?: Record<string, string> } = {}): Promise<ConsoleStack> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium: install it (apt-get install -y chromium) or set HOUQIN_TEST_CHROMIUM.');
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const outDir = consoleBuild();

    // Compiled as production runs them: each browser story would otherwise compile every service as it starts.
    const compiled = compiledBuild();
    const subgraphs = await startSubgraphProcesses({
      financeEnv: { SEED_DEMO: 'true' },
      canteen: true,
      facilities: true,
      safety: true,
      compiled,
    });
    stops.push(() => subgraphs.stop());
    const gateway = await startServiceProcess(
      'gateway',
      {
        DIRECTORY_URL: `${subgraphs.directory.baseUrl}/graphql`,
        FINANCE_URL: `${subgraphs.finance.baseUrl}/graphql`,
        CANTEEN_URL: `${subgraphs.canteen!.baseUrl}/graphql`,
        FACILITIES_URL: `${subgraphs.facilities!.baseUrl}/graphql`,
        SAFETY_URL: `${subgraphs.safety!.baseUrl}/graphql`,
        // Two browser stacks and the other suites share CI's 2 cores: a fetch can outlast production's 15 s deadline there.
        SUBGRAPH_TIMEOUT_MS: '60000',
        ...options.gatewayEnv,
      },
      { compiled },
    );
    stops.push(() => gateway.stop());

    const port = await freePort();
    // --bypass-lock: browser stories in parallel workers preview the one shared build, which Vite's lock would refuse.
    const preview: ChildProcess = spawn(
      process.execPath,
      [VITE_BIN, 'preview', '--config', CONSOLE_VITE_CONFIG, '--outDir', outDir, '--port', String(port), '--strictPort', '--bypass-lock'],
      { cwd: REPO_ROOT, env: { ...process.env, GATEWAY_URL: gateway.baseUrl, CONSOLE_PORT: String(port) }, stdio: 'ignore' },
    );
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          if (preview.exitCode !== null) return resolve();
          preview.once('exit', () => resolve());
          preview.kill('SIGTERM');
        }),
    );
    const consoleUrl = `http://127.0.0.1:${port}`;
    await waitFor(
      'the console to be served',
      () =>
        fetch(consoleUrl).then(
          (r) => r.ok,
          () => false,
        ),
      30000,
    );

    // Loaded here rather than at the top: most users of @houqin/testing never start a browser.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as typeof Playwright;
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    stops.push(() => browser.close());
    return {
      subgraphs,
      gateway,
      consoleUrl,
      graphqlUrl: `${gateway.baseUrl}/graphql`,
      browser,
      newContext: async (contextOptions) => {
        // Reduced motion, as a user may ask their system: the console then opens dialogs and lists without
        // Ant Design's zoom. With it, a click a moment after a dialog opened could land where the dialog was
        // about to grow to, not where its button was (a missed 不合格 radio sent passed: true).
        const context = await browser.newContext({
          baseURL: consoleUrl,
          acceptDownloads: true,
          locale: 'zh-CN',
          reducedMotion: 'reduce',
          ...contextOptions,
        });
        // Waits a loaded CI machine needs (the default 30 s ran out while another stack compiled beside it); still bounded.
        context.setDefaultTimeout(60_000);
        return context;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
