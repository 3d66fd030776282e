import { readFileSync } from 'node:fs';
import { DEMO_SCHOOLS } from '@houqin/demo';
import ExcelJS from 'exceljs';
import { formatYuan } from '../src/shared/money';
import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import { graphAs, PHONE, pickOption, screenshot, signedIn } from './support/browser';

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

    it('signing out forgets the token: opening a page again asks for sign-in', async () => {
      const page = await signedIn(stack, 'accountant');
      await page.getByTestId('viewer-name').hover();
      await page.getByText('退出登录').click();
      await page.waitForURL(/\/sign-in\?reason=signed-out/);
      await expect(page.evaluate(() => (globalThis as unknown as InPage).sessionStorage.getItem('houqin.session'))).resolves.toBeNull();
      await page.goto('/work');
      await page.waitForURL(/\/sign-in/);
      await page.getByLabel('用户名').waitFor();
      await page.context().close();
    });
  });

  describe('the general-affairs director', () => {
    it('approves a purchase request from My work and sees the budget line move on the school dashboard', async () => {
      const director = await graphAs(stack, 'director');
      const waiting = await director.request<{
        purchaseRequests: {
          nodes: { id: string; fiscalYear: number; requiredLevel: string; estimatedTotal: { fen: number }; category: { code: string } }[];
        };
      }>(`{ purchaseRequests(filter: { awaitingMyApproval: true }, first: 20) {
            nodes { id fiscalYear requiredLevel estimatedTotal { fen } category { code } } } }`);
      const year = new Date().getFullYear();
      // The director's approval is the last one for a request within the director's limit: it commits the budget.
      const request = waiting.data!.purchaseRequests.nodes.find((r) => r.requiredLevel === 'DIRECTOR' && r.fiscalYear === year);
      expect(request).toBeDefined();
      const line = async () => {
        const r = await director.request<{
          budgetExecution: { category: { code: string }; committed: { fen: number }; remaining: { fen: number } }[];
        }>(
          'query($s: ID!, $y: Int!) { budgetExecution(schoolId: $s, fiscalYear: $y) { category { code } committed { fen } remaining { fen } } }',
          { s: DEMO_SCHOOLS.firstPrimary.id, y: year },
        );
        return r.data!.budgetExecution.find((l) => l.category.code === request!.category.code)!;
      };
      const before = await line();

      const page = await signedIn(stack, 'director');
      const row = () => page.getByTestId('table-school').locator('tr', { has: page.getByTestId(`category-${request!.category.code}`) });
      await page.goto('/dashboards/school');
      await page.locator('[data-testid="chart-budget"] canvas, [data-testid="chart-trend"] canvas').first().waitFor();
      await expect(row().textContent()).resolves.toContain(formatYuan(before.remaining.fen));
      await screenshot(page, 'school-dashboard-before-approval');

      await page.goto('/work');
      await page.getByTestId('my-work-purchases').locator(`a[href$="/finance/purchases/${request!.id}"]`).click();
      await page.getByTestId('steps-timeline').waitFor();
      await screenshot(page, 'purchase-request-awaiting-approval');
      await page.getByTestId('action-approve').click();
      await page.getByTestId('action-confirm').click();
      await page.getByTestId('action-approve').waitFor({ state: 'detached' });
      await screenshot(page, 'purchase-request-approved');

      const after = await line();
      expect(after.committed.fen).toBe(before.committed.fen + request!.estimatedTotal.fen);
      expect(after.remaining.fen).toBe(before.remaining.fen - request!.estimatedTotal.fen);
      await page.goto('/dashboards/school');
      await expect(row().textContent()).resolves.toContain(formatYuan(after.remaining.fen));
      await screenshot(page, 'school-dashboard-after-approval');
      await page.context().close();
    });
  });

  describe('a teacher on a phone', () => {
    it('files an expense claim at 390×844 and follows it in the list', async () => {
      const page = await signedIn(stack, 'teacher', PHONE);
      await page.goto('/finance/claims');
      await page.getByTestId('claim-list').waitFor();
      await page.getByTestId('new-claim').click();
      await page.getByLabel('报销事由').fill('Chalk and markers for class 3-2 (粉笔和白板笔)');
      await page.getByLabel('预算科目').click();
      await pickOption(page);
      const invoice = String(Date.now()).padStart(13, '9');
      await page.getByLabel('发票号码').fill(invoice);
      await page.getByLabel('金额（元）').fill('86.50');
      await page.getByTestId('budget-room').waitFor();
      // Nothing of the form runs off a phone's screen.
      const overflow = await page.evaluate(() => {
        type Root = { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
        const { scrollWidth, clientWidth } = (globalThis as unknown as Root).document.documentElement;
        return { scrollWidth, clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      await screenshot(page, 'claim-new-phone');
      await page.getByTestId('submit-claim').click();
      await page.getByTestId('record-status').waitFor();
      await expect(page.getByText('¥86.50').first().isVisible()).resolves.toBe(true);
      await screenshot(page, 'claim-filed-phone');

      const teacher = await graphAs(stack, 'teacher');
      const mine = await teacher.request<{ expenseClaims: { nodes: { status: string; lines: { invoiceNumber: string }[] }[] } }>(
        '{ expenseClaims(first: 20) { nodes { status lines { invoiceNumber } } } }',
      );
      expect(mine.data!.expenseClaims.nodes.find((c) => c.lines.some((l) => l.invoiceNumber === invoice))?.status).toBe('SUBMITTED');
      await page.context().close();
    });
  });

  describe('the district auditor', () => {
    it('downloads the schools side by side as Excel, and the file holds the graph’s figures', async () => {
      const auditor = await graphAs(stack, 'auditor');
      const year = new Date().getFullYear();
      const r = await auditor.request<{
        districtBudgetComparison: { nodes: { school: { name: string } | null; spent: { fen: number } }[] };
      }>('query($y: Int!) { districtBudgetComparison(fiscalYear: $y, first: 50) { nodes { school { name } spent { fen } } } }', {
        y: year,
      });
      const schools = r.data!.districtBudgetComparison.nodes;
      expect(schools.length).toBeGreaterThan(1);

      const page = await signedIn(stack, 'auditor');
      await page.goto('/dashboards/district');
      await page.locator('[data-testid="table-district"] tbody tr.ant-table-row').first().waitFor();
      await page.locator('[data-testid="chart-budget"] canvas').first().waitFor();
      await screenshot(page, 'district-dashboard');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-district').click()]);
      expect(download.suggestedFilename()).toMatch(/^区级看板.*\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
      const cells = workbook.worksheets.flatMap((sheet) => {
        const values: string[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
        return values;
      });
      for (const school of schools) {
        expect(cells).toContain(school.school!.name);
        // Money is written as a number of yuan, exactly the ledger's fen / 100.
        expect(cells).toContain(String(school.spent.fen / 100));
      }
      await page.context().close();
    });
  });

  describe('a district administrator importing staff from Excel', () => {
    async function staffNumbers(admin: Awaited<ReturnType<typeof graphAs>>): Promise<string[]> {
      const numbers: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: { data?: { staff: { nodes: { employeeNumber: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } =
          await admin.request(
            'query($s: ID!, $after: String) { staff(filter: { schoolId: $s }, first: 100, after: $after) { nodes { employeeNumber } pageInfo { hasNextPage endCursor } } }',
            { s: DEMO_SCHOOLS.firstPrimary.id, after },
          );
        numbers.push(...r.data!.staff.nodes.map((n) => n.employeeNumber));
        if (!r.data!.staff.pageInfo.hasNextPage) return numbers;
        after = r.data!.staff.pageInfo.endCursor;
      }
    }

    async function workbook(rows: (string | null)[][]): Promise<Buffer> {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('教职工');
      sheet.addRow(['姓名', '工号', '岗位', '校区', '电话']);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await book.xlsx.writeBuffer());
    }

    it('sees every bad row of a file with its message, and nothing is written', async () => {
      const admin = await graphAs(stack, 'admin');
      const before = await staffNumbers(admin);
      const taken = before[0];

      const page = await signedIn(stack, 'admin');
      await page.goto('/directory/staff');
      await page.getByTestId('register-table').waitFor();
      await page.getByTestId('import-school').click();
      await pickOption(page, DEMO_SCHOOLS.firstPrimary.name);

      // Checked in the browser first: a row without a name, a post that does not exist.
      await page.getByTestId('import-file').setInputFiles({
        name: '教职工-有错.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbook([
          ['王芳', 'E2E-001', '教师', null, null],
          [null, 'E2E-002', '教师', null, null],
          ['李强', 'E2E-003', '宇航员', null, null],
        ]),
      });
      await page.getByTestId('import-errors').waitFor();
      const clientErrors = await page.getByTestId('import-error-row').allTextContents();
      expect(clientErrors.join('\n')).toMatch(/3[\s\S]*姓名|姓名[\s\S]*3/);
      expect(clientErrors.join('\n')).toContain('4');
      await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
      await screenshot(page, 'staff-import-row-errors');

      // Fine in the browser, refused by the graph: an employee number the school already uses.
      await page.getByTestId('import-file').setInputFiles({
        name: '教职工-工号重复.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbook([
          ['王芳', 'E2E-011', '教师', null, null],
          ['赵磊', taken, '教师', null, null],
        ]),
      });
      await page.getByTestId('import-error-row').first().waitFor();
      const graphErrors = await page.getByTestId('import-error-row').allTextContents();
      expect(graphErrors).toHaveLength(1);
      expect(graphErrors[0]).toContain(taken);
      await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
      await screenshot(page, 'staff-import-graph-errors');

      expect(await staffNumbers(admin)).toEqual(before);
      await page.context().close();
    });
  });

  describe('every page', () => {
    // Each page as the person it is for; a parameterised page with a record of the demo district.
    const PAGES: { user: string; path: string | ((ids: { school: string; purchase: string; claim: string }) => string); name: string }[] = [
      { user: 'director', path: '/work', name: 'work-director' },
      { user: 'auditor', path: '/dashboards/district', name: 'dashboard-district' },
      { user: 'principal', path: '/dashboards/school', name: 'dashboard-school' },
      { user: 'principal', path: (ids) => `/dashboards/school/${ids.school}/canteen-statement`, name: 'canteen-statement-print' },
      { user: 'accountant', path: '/finance/purchases', name: 'purchases' },
      { user: 'teacher', path: '/finance/purchases/new', name: 'purchase-new' },
      { user: 'accountant', path: (ids) => `/finance/purchases/${ids.purchase}`, name: 'purchase-detail' },
      { user: 'accountant', path: '/finance/claims', name: 'claims' },
      { user: 'accountant', path: (ids) => `/finance/claims/${ids.claim}`, name: 'claim-detail' },
      { user: 'accountant', path: '/finance/suppliers', name: 'register-suppliers' },
      { user: 'accountant', path: '/finance/budgets', name: 'register-budgets' },
      { user: 'admin', path: '/directory/staff', name: 'register-staff' },
      { user: 'admin', path: '/admin/schools', name: 'admin-schools' },
      { user: 'admin', path: (ids) => `/admin/schools/${ids.school}`, name: 'admin-school' },
      { user: 'admin', path: '/admin/accounts', name: 'admin-accounts' },
      { user: 'admin', path: '/admin/webhooks', name: 'admin-webhooks' },
      { user: 'admin', path: '/admin/dead-letters', name: 'admin-dead-letters' },
      { user: 'teacher', path: '/account/password', name: 'change-password' },
    ];

    it('opens as its user without an error and is saved as a screenshot', async () => {
      const accountant = await graphAs(stack, 'accountant');
      const r = await accountant.request<{ purchaseRequests: { nodes: { id: string }[] }; expenseClaims: { nodes: { id: string }[] } }>(
        '{ purchaseRequests(first: 1) { nodes { id } } expenseClaims(first: 1) { nodes { id } } }',
      );
      const ids = {
        school: DEMO_SCHOOLS.firstPrimary.id,
        purchase: r.data!.purchaseRequests.nodes[0].id,
        claim: r.data!.expenseClaims.nodes[0].id,
      };
      const pages = new Map<string, Awaited<ReturnType<typeof signedIn>>>();
      const failures: string[] = [];
      for (const { user, path, name } of PAGES) {
        if (!pages.has(user)) pages.set(user, await signedIn(stack, user));
        const page = pages.get(user)!;
        const errors: string[] = [];
        const onError = (error: Error) => errors.push(error.message);
        page.on('pageerror', onError);
        await page.goto(typeof path === 'string' ? path : path(ids));
        await page.waitForLoadState('networkidle');
        const text = await page.locator('body').innerText();
        if (errors.length || /页面出错了|出错了|未找到|无权访问/.test(text))
          failures.push(`${name}: ${errors.join('; ') || text.slice(0, 200)}`);
        await screenshot(page, `page-${name}`);
        page.off('pageerror', onError);
      }
      for (const page of pages.values()) await page.context().close();
      expect(failures).toEqual([]);
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
      // Each body is asked for as its response arrives (synchronously, in the event), and read once the page
      // has answered: pushing after an await raced the expectation on a loaded machine.
      const bodies: Promise<string>[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/graphql')) bodies.push(response.text());
      });
      await page.goto(`/finance/purchases/${other.id}`);
      await page.getByText('未找到').waitFor();
      const answers = await Promise.all(bodies);
      expect(answers.join('\n')).not.toContain(other.reason);
      expect(answers.join('\n')).toContain('NOT_FOUND');
      await screenshot(page, 'purchase-of-another-school');
      await page.context().close();
    });
  });
});
