import { DEMO_SCHOOLS } from '@houqin/demo';
import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import { graphAs, screenshot, signedIn } from './support/browser';

/**
 * The web console in a real browser (Debian's Chromium driven by Playwright) against the graph as
 * `npm start` runs it: subgraph processes on their own databases with the demo district, the
 * gateway, and the built console with /graphql proxied to the gateway. Each story signs its user in
 * through the sign-in page, as a person would.
 */
jest.setTimeout(180_000);

/** What the functions run inside the page use (this project type-checks without the DOM library). */
type InPage = { sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; length: number } };

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

describeWithBrowser('the web console', () => {
  let stack: ConsoleStack;

  beforeAll(async () => {
    stack = await startConsoleStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('signing in and out', () => {
    it('a director signs in with their password and lands on their work, in Chinese', async () => {
      const page = await signedIn(stack, 'director');
      await page.waitForURL('**/work');
      await expect(page.getByTestId('viewer-name').textContent()).resolves.toContain('Director Li');
      await screenshot(page, 'my-work');
      await page.context().close();
    });

    it('a wrong password keeps the user on the sign-in page with the graph’s message, and no session', async () => {
      const context = await stack.newContext();
      const page = await context.newPage();
      await page.goto('/finance/purchases');
      await page.waitForURL('**/sign-in');
      await page.getByLabel('用户名').fill('director');
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await expect(page.getByTestId('form-error').textContent()).resolves.toMatch(/Wrong username or password/);
      await expect(page.evaluate(() => (globalThis as unknown as InPage).sessionStorage.length)).resolves.toBe(0);
      await screenshot(page, 'sign-in-refused');
      await context.close();
    });

    it('an expired or revoked token returns to sign-in with a message, never a blank page', async () => {
      const page = await signedIn(stack, 'teacher');
      // The token is replaced by one the gateway cannot verify, as after a revocation or expiry.
      await page.evaluate(() => {
        const key = 'houqin.session';
        const { sessionStorage } = globalThis as unknown as InPage;
        const session = JSON.parse(sessionStorage.getItem(key)!);
        sessionStorage.setItem(key, JSON.stringify({ ...session, token: `${session.token}x` }));
      });
      await page.reload();
      await page.waitForURL(/\/sign-in\?reason=expired/);
      await expect(page.getByTestId('sign-in-notice').textContent()).resolves.toContain('登录已过期');
      await screenshot(page, 'sign-in-expired');
      await page.context().close();
    });

    it('signing out forgets the token: the back button does not bring the pages back', async () => {
      const page = await signedIn(stack, 'accountant');
      await page.getByTestId('viewer-name').hover();
      await page.getByText('退出登录').click();
      await page.waitForURL(/\/sign-in\?reason=signed-out/);
      await expect(page.evaluate(() => (globalThis as unknown as InPage).sessionStorage.getItem('houqin.session'))).resolves.toBeNull();
      await page.goBack();
      await page.waitForURL(/\/sign-in/);
      await page.context().close();
    });
  });

  describe('tenancy in the browser', () => {
    it('a school-A director opening a school-B purchase request by URL sees “not found”, and the graph sent nothing of it', async () => {
      const admin = await graphAs(stack, 'admin');
      const otherSchool = Object.values(DEMO_SCHOOLS).find((s) => s.id !== DEMO_SCHOOLS.firstPrimary.id)!;
      const r = await admin.request<{ purchaseRequests: { nodes: { id: string; reason: string }[] } }>(
        'query($s: ID!) { purchaseRequests(filter: { schoolId: $s }, first: 1) { nodes { id reason } } }',
        { s: otherSchool.id },
      );
      const other = r.data!.purchaseRequests.nodes[0];
      expect(other).toBeDefined();

      const page = await signedIn(stack, 'director');
      const answers: string[] = [];
      page.on('response', async (response) => {
        if (response.url().endsWith('/graphql')) answers.push(await response.text());
      });
      await page.goto(`/finance/purchases/${other.id}`);
      await page.getByText('未找到').waitFor();
      expect(answers.join('\n')).not.toContain(other.reason);
      expect(answers.join('\n')).toContain('NOT_FOUND');
      await screenshot(page, 'purchase-of-another-school');
      await page.context().close();
    });
  });
});
