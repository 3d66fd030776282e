import { shiftDate, todayIn } from '@houqin/common';
import { demoStaffIdFor } from '@houqin/demo';
import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import ExcelJS from 'exceljs';
import { graphAs, PHONE, screenshot, signedIn, pickOption } from './support/browser';

/**
 * The canteen's pages in a real browser (Debian's Chromium driven by Playwright) against the graph
 * with the canteen subgraph and its demo term. Each describe block below is one page group's story
 * and starts what it needs itself, so blocks can be added and run alone (`-t '<describe>'`).
 */
jest.setTimeout(300_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

/** A tablet held in landscape (the kitchen door's iPad class), and the same held upright. */
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const TABLET_UPRIGHT = { width: 768, height: 1024 };

/**
 * One console stack for every canteen story of this file (the shared stack runs the canteen with its
 * demo term behind the gateway): started by the first block that needs it, stopped after the last.
 */
let shared: Promise<ConsoleStack> | undefined;
async function startCanteenStack(): Promise<{ stack: ConsoleStack; stop(): Promise<void> }> {
  shared ??= startConsoleStack();
  return { stack: await shared, stop: async () => undefined };
}
afterAll(async () => {
  await (await shared?.catch(() => undefined))?.stop();
});

describeWithBrowser('canteen stores: receiving, second inspection and stock', () => {
  let stack: ConsoleStack;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ stack, stop } = await startCanteenStack());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('the storekeeper receives 50 kg of rice on a tablet, the director inspects it a second time, and stock shows the new lot expiring soon', async () => {
    const today = todayIn('Asia/Shanghai');
    const batch = `E2E-${Date.now()}`;
    const invoice = `FP-${Date.now()}`;

    // ── The storekeeper at the kitchen door, on a tablet ──────────────────────────────────────
    const door = await signedIn(stack, 'storekeeper', TABLET);
    await door.goto('/canteen/deliveries/new');
    await door.getByTestId('delivery-form').waitFor();
    await door.getByTestId('canteen-select').click();
    await pickOption(door, '东校区食堂');
    await door.getByTestId('delivery-supplier').click();
    await door.keyboard.type('丰收');
    await pickOption(door, '丰收粮油');
    await door.getByTestId('delivery-licence').fill('JY13301090023456');
    await door.getByTestId('delivery-invoice').fill(invoice);

    const item = door.getByTestId('delivery-item').first();
    await item.getByTestId('item-ingredient').click();
    await door.keyboard.type('稻米');
    await pickOption(door, '012001x');
    await item.getByTestId('item-quantity').fill('50');
    await item.getByTestId('item-price').fill('4.20');
    await item.getByTestId('item-batch').fill(batch);
    await item.getByTestId('item-production-date').fill(shiftDate(today, -10));
    // The label states the expiry as a date: five days from today, so the lot is 临期 (expiring soon).
    await item.getByText('到期日', { exact: true }).click();
    await item.getByTestId('item-expires-on').fill(shiftDate(today, 5));
    await item.getByTestId('item-location').click();
    await pickOption(door, '干货库');
    // Rice is a bulk staple (大宗食品): the form says it will need a second inspector.
    await item.getByText('大宗食品，需复核').waitFor();
    await screenshot(door, 'canteen-delivery-tablet');

    // Held upright (768 wide) the form still fits: nothing runs off the screen.
    await door.setViewportSize(TABLET_UPRIGHT);
    const overflow = await door.evaluate(() => {
      type Root = { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
      const { scrollWidth, clientWidth } = (globalThis as unknown as Root).document.documentElement;
      return scrollWidth - clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(door, 'canteen-delivery-tablet-upright');
    await door.setViewportSize(TABLET.viewport);

    await door.getByTestId('submit-delivery').click();
    await door.waitForURL(/\/canteen\/deliveries\/(?!new)[^/]+$/);
    const deliveryId = door.url().split('/').pop()!;
    await expect(door.getByTestId('delivery-status').getAttribute('data-status')).resolves.toBe('PENDING_SECOND_INSPECTION');
    // The first inspector is never the second: no button for them, a note instead.
    await door.getByTestId('second-inspect-not-you').waitFor();
    await expect(door.getByTestId('second-inspect-confirm').count()).resolves.toBe(0);
    await expect(door.getByTestId('delivery-accepted-total').textContent()).resolves.toContain('¥210.00');
    await screenshot(door, 'canteen-delivery-awaiting-second-inspection');

    // ── The director confirms it from My work ─────────────────────────────────────────────────
    const director = await signedIn(stack, 'director', TABLET);
    await director.goto('/work');
    await director.getByTestId('my-work-canteen-inspections').locator(`a[href$="/canteen/deliveries/${deliveryId}"]`).click();
    await director.getByTestId('second-inspect-confirm').click();
    await director.getByTestId('action-confirm').click();
    await director.locator('[data-testid="delivery-status"][data-status="ACCEPTED"]').waitFor();
    await screenshot(director, 'canteen-delivery-accepted');

    // The accepted item became a lot: 50 kg received, one RECEIPT movement.
    await director.getByTestId('item-lot').first().click();
    await expect(director.getByTestId('lot-balance').textContent()).resolves.toMatch(/50\s*kg/);
    await expect(director.getByTestId('movement-kind').first().getAttribute('data-status')).resolves.toBe('RECEIPT');
    await screenshot(director, 'canteen-lot');
    await director.context().close();

    // ── Stock (库存): the storekeeper lists what expires within 7 days and finds the new lot marked ──
    const storekeeper = await graphAs(stack, 'storekeeper');
    const found = await storekeeper.request<{ delivery: { canteenId: string } }>('query($id: ID!) { delivery(id: $id) { canteenId } }', {
      id: deliveryId,
    });
    const canteenId = found.data!.delivery.canteenId;
    await door.goto(`/canteen/stock?canteen=${canteenId}&expiring=1`);
    const row = door.getByTestId('stock-lots').locator('tr', { hasText: batch });
    await row.waitFor();
    await expect(row.getAttribute('data-expiry')).resolves.toBe('SOON');
    await expect(row.getByTestId('lot-balance').textContent()).resolves.toMatch(/50\s*kg/);
    await row.getByTestId('lot-expiring').waitFor();
    await screenshot(door, 'canteen-stock-expiring');
    await door.context().close();
  });
});

describeWithBrowser('canteen menus: planning, the nutrition check, publishing and the public menu', () => {
  let stack: ConsoleStack;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ stack, stop } = await startCanteenStack());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('the canteen manager plans a week, sees its shortfall explained, publishes it, and a parent opens the public menu signed out on a phone', async () => {
    // A week nobody planned yet: two weeks ahead (the demo has last week, this week and next week).
    const thisMonday = shiftDate(todayIn('Asia/Shanghai'), -((new Date(`${todayIn('Asia/Shanghai')}T00:00:00Z`).getUTCDay() + 6) % 7));
    const week = shiftDate(thisMonday, 14);
    const manager = await graphAs(stack, 'canteen');
    const canteens = await manager.request<{ canteens: { nodes: { id: string; name: string }[] } }>(
      '{ canteens(first: 100) { nodes { id name } } }',
    );
    const canteen = canteens.data!.canteens.nodes.find((c) => c.name.includes('东校区'))!;
    expect(canteen).toBeDefined();

    // ── The canteen manager plans Monday's lunch: braised pork rice alone ─────────────────────
    const planner = await signedIn(stack, 'canteen');
    await planner.goto(`/canteen/menus?canteen=${canteen.id}&week=${week}`);
    await planner.locator('[data-testid="menu-grid"][data-ready="true"]').waitFor();
    await expect(planner.getByTestId('menu-status').textContent()).resolves.toContain('未计划');
    await expect(planner.getByTestId('menu-week-label').textContent()).resolves.toContain(week);
    await planner.getByTestId(`menu-cell-${week}-LUNCH`).click();
    await planner.keyboard.type('红烧肉');
    await pickOption(planner, '红烧肉饭');
    await planner.keyboard.press('Escape');
    await planner.getByTestId('menu-save').click();

    // The saved draft's nutrition check (WS/T 554-2017) explains each shortfall: measure, planned, range.
    await planner.getByTestId('nutrition-shortfalls').waitFor();
    await expect(planner.getByTestId('nutrition-verdict').textContent()).resolves.toMatch(/\d+ 项未达标/);
    await expect(planner.getByTestId('menu-status').textContent()).resolves.toContain('草稿');
    const calcium = planner.getByTestId('nutrition-shortfalls').locator('tr', { hasText: '钙' }).first();
    await calcium.waitFor();
    await expect(calcium.textContent()).resolves.toMatch(/午餐[\s\S]*钙[\s\S]*mg[\s\S]*≥ [\d.]+ mg[\s\S]*不足/);
    await screenshot(planner, 'canteen-menu-planner-shortfalls');

    // ── Published with a confirmation; the page gives the link parents open ─────────────────────
    await planner.getByTestId('menu-publish').click();
    await planner.getByRole('button', { name: '确认发布' }).click();
    await planner.locator('[data-testid="menu-status"]', { hasText: '已公示' }).waitFor();
    const link = await planner.getByTestId('public-menu-link').locator('a').getAttribute('href');
    expect(link).toContain(`/public/menus/${canteen.id}?week=${week}`);
    await screenshot(planner, 'canteen-menu-published');
    await planner.context().close();

    // ── A parent, not signed in, opens the link on a phone ─────────────────────────────────────
    const context = await stack.newContext(PHONE);
    const parent = await context.newPage();
    const asked: { operation: string; authorization?: string }[] = [];
    parent.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const body = request.postDataJSON() as { operationName?: string } | null;
      asked.push({ operation: body?.operationName ?? '', authorization: request.headers()['authorization'] });
    });
    await parent.goto(new URL(link!).pathname + new URL(link!).search);
    await parent.getByTestId('public-menu-dish').first().waitFor();
    await expect(parent.getByTestId('public-menu-title').textContent()).resolves.toContain(canteen.name);
    await expect(parent.getByTestId(`public-menu-day-${week}`).textContent()).resolves.toMatch(/红烧肉饭[\s\S]*kcal/);
    await expect(parent.getByTestId('public-menu-check').textContent()).resolves.toContain('未达');
    // Only the anonymous publishedMenu was asked, with no token; the page stayed outside sign-in.
    expect(parent.url()).not.toContain('/sign-in');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((a) => a.operation === 'CanteenPublicMenu' && !a.authorization)).toBe(true);
    const overflow = await parent.evaluate(() => {
      type Root = { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
      const { scrollWidth, clientWidth } = (globalThis as unknown as Root).document.documentElement;
      return scrollWidth - clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(parent, 'canteen-public-menu-phone');
    await context.close();
  });

  it('the district admin forbids peanuts, and a recipe naming peanut kernels is refused under its line until the line is removed', async () => {
    const admin = await signedIn(stack, 'admin');
    await admin.goto('/canteen/forbidden-foods');
    await admin.getByTestId('forbidden-name').fill('花生');
    await admin.getByTestId('forbidden-reason').fill('本区学校食堂不用花生（过敏风险）');
    await admin.getByTestId('forbidden-add').click();
    await admin.getByTestId('forbidden-table').locator('tr', { hasText: '过敏风险' }).waitFor();
    await screenshot(admin, 'canteen-forbidden-foods');
    await admin.context().close();

    const cook = await signedIn(stack, 'canteen');
    await cook.goto('/canteen/dishes/new');
    await cook.getByTestId('dish-name').fill('花生拌菠菜');
    await cook.getByTestId('dish-line-0-ingredient').click();
    await cook.keyboard.type('花生');
    await pickOption(cook, '花生仁');
    await cook.getByTestId('dish-line-0-grams').fill('20');
    await cook.getByTestId('dish-add-line').click();
    await cook.getByTestId('dish-line-1-ingredient').click();
    await cook.keyboard.type('菠菜');
    await pickOption(cook, '菠菜');
    await cook.getByTestId('dish-line-1-grams').fill('100');
    // The serving's nutrients and allergens are shown while the recipe is written.
    await expect(cook.getByTestId('dish-preview').textContent()).resolves.toMatch(/kcal[\s\S]*过敏原[\s\S]*花生/);
    await cook.getByTestId('dish-submit').click();
    const peanutLine = cook.locator('.ant-form-item', { has: cook.getByTestId('dish-line-0-ingredient') });
    await expect(peanutLine.locator('.ant-form-item-explain-error').textContent()).resolves.toContain('禁用食品');
    await screenshot(cook, 'canteen-dish-forbidden-line');

    // Without the peanut line the recipe is saved, with the nutrients the graph computed.
    await cook.getByTestId('dish-line-0-remove').click();
    await cook.getByTestId('dish-name').fill('清拌菠菜');
    await cook.getByTestId('dish-submit').click();
    await cook.waitForURL(/\/canteen\/dishes\/(?!new)[^/]+$/);
    await expect(cook.getByTestId('dish-nutrients').textContent()).resolves.toMatch(/kcal/);
    await screenshot(cook, 'canteen-dish-saved');
    await cook.context().close();
  });

  it('the district admin imports the licensed food table: a row the graph refuses is shown by its Excel row and nothing is written, then a good file is', async () => {
    const header = [
      '食物编码',
      '食物名称',
      '食物类别',
      '计量单位',
      '单个重量（克）',
      '可食部（%）',
      '致敏物质',
      '能量（kcal/100g）',
      '蛋白质（g/100g）',
      '钙（mg/100g）',
      '数据来源',
    ];
    const workbook = async (rows: (string | null)[][]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('食材');
      sheet.addRow(header);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const file = async (name: string, rows: (string | null)[][]) => ({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook(rows),
    });
    const good = ['L-E2E-KALE', 'E2E羽衣甘蓝', '蔬菜类及制品', null, null, '90', null, '32', '2.8', '150', 'E2E 测试数据'];

    const page = await signedIn(stack, 'admin');
    await page.goto('/canteen/ingredients');
    await page.getByTestId('ingredient-table').waitFor();
    // The browser accepts 150 g of protein per 100 g as a number; the graph does not, and names the row.
    await page
      .getByTestId('import-file')
      .setInputFiles(
        await file('食物成分表-有错.xlsx', [
          good,
          ['L-E2E-BAD', 'E2E坏数据', '蔬菜类及制品', null, null, '90', null, '32', '150', '1', 'E2E'],
        ]),
      );
    await page.getByTestId('import-error-row').first().waitFor();
    const refused = await page.getByTestId('import-error-row').allTextContents();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/3[\s\S]*(蛋白质|proteinG)[\s\S]*150/);
    await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
    // All or nothing: not even the good row was written.
    const admin = await graphAs(stack, 'admin');
    const written = await admin.request<{ ingredients: { nodes: unknown[] } }>(
      '{ ingredients(filter: { search: "E2E" }) { nodes { id } } }',
    );
    expect(written.data!.ingredients.nodes).toHaveLength(0);
    await screenshot(page, 'canteen-ingredient-import-graph-errors');

    await page.getByTestId('import-file').setInputFiles(await file('食物成分表.xlsx', [good]));
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('ingredient-search').fill('E2E');
    await page.getByTestId('ingredient-table').locator('tr', { hasText: 'E2E羽衣甘蓝' }).waitFor();
    await expect(page.getByTestId('ingredient-table').locator('tr', { hasText: 'E2E坏数据' }).count()).resolves.toBe(0);
    await screenshot(page, 'canteen-ingredient-imported');
    await page.context().close();
  });
});

describeWithBrowser('canteen kitchen: morning checks on a phone and an accompanied lunch', () => {
  let stack: ConsoleStack;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ stack, stop } = await startCanteenStack());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('the canteen manager checks two new kitchen hands on a phone: one passes, the one whose certificate expired cannot; the principal logs today’s lunch and its gaps shrink', async () => {
    const today = todayIn('Asia/Shanghai');
    const manager = await graphAs(stack, 'canteen');
    const canteens = await manager.request<{ canteens: { nodes: { id: string; name: string }[] } }>(
      '{ canteens(first: 100) { nodes { id name } } }',
    );
    const canteen = canteens.data!.canteens.nodes.find((c) => c.name.includes('东校区'))!;
    expect(canteen).toBeDefined();

    // Two staff of the school join the east kitchen today (the demo's roster was checked this morning):
    // the security guard with a valid certificate, the dormitory manager with one that ran out last month.
    const guard = demoStaffIdFor('firstPrimary', 'SECURITY_GUARD');
    const dorm = demoStaffIdFor('firstPrimary', 'DORMITORY_MANAGER');
    const arrange = async (query: string, input: Record<string, unknown>) => {
      const r = await manager.request(query, { input });
      expect(r.errors).toBeUndefined();
    };
    const addStaff = 'mutation($input: AddCanteenStaffInput!) { addCanteenStaff(input: $input) { id } }';
    const addCertificate = 'mutation($input: RecordHealthCertificateInput!) { recordHealthCertificate(input: $input) { id } }';
    await arrange(addStaff, { canteenId: canteen.id, staffId: guard, post: 'SERVER' });
    await arrange(addStaff, { canteenId: canteen.id, staffId: dorm, post: 'HELPER' });
    await arrange(addCertificate, {
      canteenId: canteen.id,
      staffId: guard,
      number: 'JK-E2E-0001',
      issuedOn: shiftDate(today, -100),
      expiresOn: shiftDate(today, 265),
    });
    await arrange(addCertificate, {
      canteenId: canteen.id,
      staffId: dorm,
      number: 'JK-E2E-0002',
      issuedOn: shiftDate(today, -400),
      expiresOn: shiftDate(today, -35),
    });

    // ── The canteen manager at the kitchen door at 7 a.m., on a phone ──────────────────────────
    const phone = await signedIn(stack, 'canteen', PHONE);
    await phone.goto(`/canteen/morning-check?canteen=${canteen.id}`);
    const guardCard = phone.locator(`[data-testid="roster-member"][data-staff-id="${guard}"]`);
    const dormCard = phone.locator(`[data-testid="roster-member"][data-staff-id="${dorm}"]`);
    await guardCard.waitFor();
    await expect(guardCard.getByTestId('certificate-state').getAttribute('data-value')).resolves.toBe('VALID');
    await expect(dormCard.getByTestId('certificate-state').getAttribute('data-value')).resolves.toBe('EXPIRED');
    await dormCard.getByTestId('certificate-blocks').waitFor();
    // The demo's storekeeper (certificate expired ten days ago) failed this morning's check already.
    const storekeeper = phone.locator(`[data-testid="roster-member"][data-staff-id="${demoStaffIdFor('firstPrimary', 'STOREKEEPER')}"]`);
    await expect(storekeeper.getByTestId('certificate-state').getAttribute('data-value')).resolves.toBe('EXPIRED');
    await screenshot(phone, 'canteen-morning-check-phone');

    // Touch targets are big enough for a thumb (at least 44 px high).
    const button = await guardCard.getByTestId('record-check').boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);
    await guardCard.locator('input[data-testid="check-temperature"]').fill('36.6');
    await guardCard.getByTestId('record-check').click();
    await guardCard.locator('[data-testid="check-result"][data-passed="true"]').waitFor();

    // The expired certificate: 36.5 ℃ and no symptom, and still the graph does not pass them.
    await dormCard.locator('input[data-testid="check-temperature"]').fill('36.5');
    await dormCard.getByTestId('record-check').click();
    await dormCard.locator('[data-testid="check-result"][data-passed="false"]').waitFor();
    await expect(dormCard.getByTestId('check-failures').textContent()).resolves.toContain('健康证过期');
    await expect(phone.getByTestId('check-progress').textContent()).resolves.toMatch(/合格 \d+/);
    const overflow = await phone.evaluate(() => {
      type Root = { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
      const { scrollWidth, clientWidth } = (globalThis as unknown as Root).document.documentElement;
      return scrollWidth - clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'canteen-morning-check-recorded');
    await phone.context().close();

    // Recorded in the graph: passed and failed, never to be edited.
    const checks = await manager.request<{ morningChecks: { nodes: { staffId: string; passed: boolean; failures: string[] }[] } }>(
      'query($c: ID!, $d: String!) { morningChecks(filter: { canteenId: $c, from: $d, to: $d }, first: 20) { nodes { staffId passed failures } } }',
      { c: canteen.id, d: today },
    );
    const byStaff = new Map(checks.data!.morningChecks.nodes.map((c) => [c.staffId, c]));
    expect(byStaff.get(guard)).toMatchObject({ passed: true, failures: [] });
    expect(byStaff.get(dorm)).toMatchObject({ passed: false, failures: ['CERTIFICATE_EXPIRED'] });

    // ── The principal logs today's lunch with the students ─────────────────────────────────────
    const principal = await signedIn(stack, 'principal');
    await principal.goto(`/canteen/accompanied-meals?canteen=${canteen.id}`);
    await principal.getByTestId('accompanied-form').waitFor();
    // The demo missed two school days in the last weeks: both show as gaps.
    await principal.getByTestId('gap-day').first().waitFor();
    const gapsBefore = await principal.getByTestId('gap-day').allTextContents();
    expect(gapsBefore.length).toBeGreaterThanOrEqual(2);
    await principal.getByTestId('accompanied-rating').locator('li').nth(3).click();
    await principal.getByTestId('accompanied-remarks').fill('米饭软硬适中，青菜新鲜，学生吃得干净。');
    await principal.getByTestId('submit-accompanied').click();
    const logged = principal.getByTestId('accompanied-table').locator('tr', { hasText: '米饭软硬适中' });
    // The row, or whatever the graph said instead (shown, so a failure says why).
    await logged.or(principal.getByRole('alert')).or(principal.locator('.ant-form-item-explain-error')).first().waitFor();
    await screenshot(principal, 'canteen-accompanied-lunch');
    await logged.waitFor({ timeout: 1000 });
    const row = principal.getByTestId('accompanied-table').locator('tr', { hasText: '米饭软硬适中' });
    await expect(row.textContent()).resolves.toContain(today);
    await expect(row.textContent()).resolves.toContain('午餐');
    // Today is no gap now.
    await expect(principal.getByTestId('gap-days').textContent()).resolves.not.toContain(today);
    await screenshot(principal, 'canteen-accompanied-lunch');

    // Logged once: a second log of the same lunch is refused with the graph's message under its field.
    await principal.getByTestId('accompanied-rating').locator('li').nth(4).click();
    await principal.getByTestId('submit-accompanied').click();
    await principal.getByText('You have already logged this meal').waitFor();
    await principal.context().close();
  });
});
