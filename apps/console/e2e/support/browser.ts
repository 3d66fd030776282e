import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@houqin/demo';
import { type ConsoleStack, graphqlClient, REPO_ROOT } from '@houqin/testing';
import type { BrowserContextOptions, Page } from 'playwright-core';

/** Where each page's screenshot goes: CI keeps the folder as an artifact (see docs/console.md). */
export const SCREENSHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

/** A phone's viewport (iPhone 13/14 class) for the pages a teacher opens on the way. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Signs `username` in through the sign-in page, in a context of its own, and waits for the shell. */
export async function signedIn(stack: ConsoleStack, username: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await stack.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${username}] page error: ${error.message || String(error)}`));
  // A request the network dropped (not one a navigation cancelled) leaves no graph error to print.
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'unknown';
    if (request.url().endsWith('/graphql') && failure !== 'net::ERR_ABORTED')
      console.error(`[${username}] graph request failed: ${failure}`);
  });
  // What the graph refused, in the failing test's output: a story that times out waiting for a change shows why.
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    for (const error of body?.errors ?? [])
      console.error(`[${username}] graph error ${error.extensions?.code ?? ''} (HTTP ${response.status()}): ${error.message}`);
  });
  await page.goto('/sign-in');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('viewer-name').waitFor();
  return page;
}

/** Saves what the user sees now as artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Picks the option containing `text` (else the first) of the antd Select dropdown now open: not one still
 * fading out from an earlier pick, whose options resolve but never become clickable.
 */
export async function pickOption(page: Page, text?: string | RegExp): Promise<void> {
  const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]) .ant-select-item-option');
  await (text === undefined ? options : options.filter({ hasText: text })).first().click();
}

/** Chooses `text` in the select `testId` of the dialog open on `page`: types it, picks it, closes the list. */
export async function pickInDialog(page: Page, testId: string, text: string): Promise<void> {
  await page.locator(`.ant-modal [data-testid="${testId}"]`).click();
  await page.keyboard.type(text);
  await pickOption(page, text);
  await page.locator('.ant-modal-title').click(); // closes the picker's list
}

/** The graph as one demo user sees it, for arranging and checking what the browser shows. */
export async function graphAs(stack: ConsoleStack, username: string) {
  const anonymous = graphqlClient(stack.graphqlUrl);
  const login = await anonymous.request<{ login: { token: string } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  if (!login.data) throw new Error(`${username} could not sign in: ${JSON.stringify(login.errors)}`);
  return graphqlClient(stack.graphqlUrl, { authorization: `Bearer ${login.data.login.token}` });
}
