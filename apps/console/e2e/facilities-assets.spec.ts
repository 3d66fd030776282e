import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import ExcelJS from 'exceljs';
import { screenshot, signedIn } from './support/browser';

/**
 * The asset register in a real browser (Debian's Chromium driven by Playwright) against the whole graph
 * with the facilities demo: the director loads a few assets from the school's spreadsheet (a refused
 * row named by its Excel row, fixed, then imported), opens one and requests its disposal; the
 * principal approves it from My work and the asset is disposed.
 */
jest.setTimeout(420_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

const HEADER = ['资产编号', '资产名称', '资产分类', '规格型号', '出厂编号', '取得日期', '原值（元）', '存放地点', '保管人', '资产状态'];

async function file(name: string, rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('资产');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

describeWithBrowser('assets: a first load from a spreadsheet, an asset card, and a disposal approved', () => {
  let stack: ConsoleStack;

  // The stack takes minutes to start on a loaded machine.
  beforeAll(async () => {
    stack = await startConsoleStack();
  }, 900_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('the director imports three assets (one row refused, then fixed) and requests a projector’s disposal; the principal approves it from My work', async () => {
    const stamp = `E2E-${Date.now() % 1_000_000}`;
    const tag = (n: number) => `${stamp}-${n}`;
    const rows = (lastCost: string) => [
      [tag(1), '台式计算机', '台式计算机', 'ThinkCentre M920', 'SN-E2E-1', '2025-09-01', '4599.00', '东校区 教学楼A 302', '周静', '在用'],
      [tag(2), '投影仪', '2020200 投影仪', 'Epson CB-X50', '', '2024/3/15', '3,200', '东校区 三年级2班', 'S1014', ''],
      [tag(3), '实物展台', '投影仪', '', '', '2025-02-20', lastCost, '', '', '闲置'],
    ];

    const director = await signedIn(stack, 'director');
    await director.goto('/facilities/assets');
    await director.getByTestId('asset-table').waitFor();
    const [template] = await Promise.all([director.waitForEvent('download'), director.getByTestId('download-template').click()]);
    expect(template.suggestedFilename()).toBe('资产台账导入模板.xlsx');

    // The file waits for the school's rooms and staff (the import reads rooms and people by name).
    await director.waitForSelector('[data-testid="import-file"]:not([disabled])', { state: 'attached' });
    await director.getByTestId('import-file').setInputFiles(await file('资产台账-有错.xlsx', rows('500')));
    await director.getByTestId('import-error-row').first().waitFor();
    const refused = await director.getByTestId('import-error-row').allTextContents();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^4[\s\S]*原值/);
    expect(await director.getByTestId('import-confirm').count()).toBe(0);
    await screenshot(director, 'facilities-asset-import-row-error');

    await director.getByTestId('import-file').setInputFiles(await file('资产台账.xlsx', rows('1500')));
    await director.getByTestId('import-confirm').click();
    await director.getByTestId('import-done').waitFor();
    await director.getByTestId('asset-search').fill(stamp);
    const table = director.getByTestId('asset-table');
    await table.locator('tr', { hasText: tag(3) }).waitFor();
    expect(await table.getByTestId('asset-link').count()).toBe(3);
    await screenshot(director, 'facilities-asset-register');

    // The projector's card: in Class 3-2 on the east campus, kept by the teacher, depreciating.
    await table
      .getByTestId('asset-link')
      .filter({ hasText: tag(2) })
      .click();
    await director
      .getByTestId('asset-tag')
      .filter({ hasText: tag(2) })
      .waitFor();
    expect(await director.getByTestId('asset-room').textContent()).toContain('302');
    expect(await director.getByTestId('asset-custodian').textContent()).toContain('S1014');
    expect(await director.getByTestId('asset-history-item').count()).toBe(1);
    await director.getByTestId('asset-request-disposal').click();
    await director.getByTestId('disposal-reason').fill('灯泡和主板损坏，无维修价值');
    await director.getByTestId('action-confirm').click();
    await director.getByTestId('asset-disposal-link').waitFor();
    await screenshot(director, 'facilities-asset-card');

    // The principal approves it from My work; the asset is disposed.
    const principal = await signedIn(stack, 'principal');
    await principal.goto('/work');
    const card = principal.getByTestId('my-work-facilities-disposals');
    await card
      .getByTestId('work-item')
      .filter({ hasText: tag(2) })
      .click();
    await principal.getByTestId('disposal-approve').click();
    await principal.getByTestId('action-confirm').click();
    await principal.locator('[data-testid="disposal-status"][data-status="APPROVED"]').waitFor();
    await screenshot(principal, 'facilities-asset-disposal-approved');
    await principal.getByTestId('disposal-asset').click();
    await principal.locator('[data-testid="asset-status"][data-status="DISPOSED"]').waitFor();
    await principal.context().close();
    await director.context().close();
  });
});
