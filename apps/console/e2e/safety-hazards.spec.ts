import { DEMO_SCHOOLS } from '@houqin/demo';
import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import type { Page } from 'playwright-core';
import { graphAs, PHONE, pickInDialog, screenshot, signedIn } from './support/browser';

/**
 * Hazards (隐患整改) in a real browser against the whole graph with the demo: a teacher reports blocked
 * fire exit from a phone; the safety officer finds it in the office's queue and assigns it with its
 * five fixes (五定) to the electrician; the electrician finds it under "mine to fix" on a phone, starts
 * and records it rectified with evidence; the safety officer (a second person) verifies it and closes
 * it (销号), and exports the register (隐患台账) to Excel. Then the officer fills the demo's monthly
 * inspection round item by item on a phone: the blocked exit fails, the round is submitted, the failed item
 * is a hazard at once; the electrician rectifies it and the officer (a second person) verifies it.
 */
// The stack (every service with its demo data) takes minutes on a loaded machine.
jest.setTimeout(900_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

/** Waits until the hazard page shows `status`. */
async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="hazard-status"][data-status="${status}"]`).waitFor();
}

/** Takes the step behind `button` on the hazard page: opens its form, lets `fill` fill it, confirms. */
async function takeStep(page: Page, button: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(button).click();
  await page.locator('.ant-modal').waitFor();
  if (fill) await fill();
  await page.getByTestId('action-confirm').click();
}

/** The officer assigns the hazard open on `officer` with its five fixes (五定) to `workerName`. */
async function assignFiveFixes(officer: Page, workerName: string): Promise<void> {
  await takeStep(officer, 'hazard-assign', async () => {
    await pickInDialog(officer, 'assign-responsible', workerName);
    await officer.getByTestId('assign-measure').fill('清理通道杂物，张贴禁止堆放标识');
    await officer.getByTestId('assign-funds').fill('50');
    await officer.getByTestId('assign-plan').fill('清理前设置警示标志，安排专人值守');
  });
  await statusIs(officer, 'ASSIGNED');
}

/** The person responsible, on the hazard page open on `page`, starts and records it rectified with evidence. */
async function rectify(page: Page, evidence: string): Promise<void> {
  await takeStep(page, 'hazard-start');
  await statusIs(page, 'RECTIFYING');
  await takeStep(page, 'hazard-record-rectified', async () => {
    await page.getByTestId('rectified-evidence').fill(evidence);
  });
  await statusIs(page, 'RECTIFIED');
  // The rectifier has no verify button: a second person verifies.
  expect(await page.getByTestId('hazard-verify').count()).toBe(0);
}

/** The electrician (the maintenance demo account): their staff name, to pick as the person responsible. */
async function electricianName(stack: ConsoleStack): Promise<string> {
  const maintenanceGraph = await graphAs(stack, 'maintenance');
  const me = await maintenanceGraph.request<{ me: { staffId: string } }>('{ me { staffId } }');
  const director = await graphAs(stack, 'director');
  const worker = await director.request<{ staffMember: { name: string } }>('query($id: ID!) { staffMember(id: $id) { name } }', {
    id: me.data!.me.staffId,
  });
  return worker.data!.staffMember.name;
}

describeWithBrowser('safety: a hazard reported on a phone, assigned, rectified and verified by a second person', () => {
  let stack: ConsoleStack;

  beforeAll(async () => {
    stack = await startConsoleStack();
  }, 900_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('a teacher reports a blocked fire exit; the officer assigns its five fixes; the electrician rectifies it; the officer verifies and closes it', async () => {
    const title = `E2E 消防通道堆放杂物 ${Date.now() % 100000}`;
    const workerName = await electricianName(stack);

    // ── A teacher reports it on a phone ────────────────────────────────────────────────────────
    const teacher = await signedIn(stack, 'teacher', PHONE);
    await teacher.goto('/safety/hazards/new');
    await teacher.getByTestId('hazard-location').fill('教学楼A二楼东侧安全出口');
    await teacher.getByTestId('hazard-title-input').fill(title);
    await teacher.getByTestId('hazard-description').fill('安全出口前堆放了课桌椅，通道宽度不足。');
    await screenshot(teacher, 'safety-hazard-report-phone');
    await teacher.getByTestId('hazard-submit').click();
    await statusIs(teacher, 'REPORTED');

    // ── The safety officer assigns it with its five fixes (五定) ─────────────────────────────────
    const officer = await signedIn(stack, 'safety');
    await officer.goto('/safety/hazards');
    const row = officer.getByTestId('hazard-table').getByTestId('hazard-link').filter({ hasText: title });
    await row.waitFor();
    await screenshot(officer, 'safety-hazard-register');
    await row.click();
    await statusIs(officer, 'REPORTED');
    const hazardPath = new URL(officer.url()).pathname;
    await assignFiveFixes(officer, workerName);
    expect(await officer.getByTestId('hazard-five-fixes').textContent()).toContain(workerName);
    await screenshot(officer, 'safety-hazard-assigned');

    // ── The electrician rectifies it on a phone ───────────────────────────────────────────────────
    const electrician = await signedIn(stack, 'maintenance', PHONE);
    await electrician.goto('/safety/hazards?view=mine');
    await electrician.getByTestId('hazard-table').getByTestId('hazard-link').filter({ hasText: title }).click();
    await statusIs(electrician, 'ASSIGNED');
    await rectify(electrician, '杂物已清走，通道畅通，已张贴标识。');
    await screenshot(electrician, 'safety-hazard-rectified-phone');

    // ── The officer verifies and closes it ────────────────────────────────────────────────────────
    await officer.goto(hazardPath);
    await statusIs(officer, 'RECTIFIED');
    expect(await officer.getByTestId('hazard-evidence').textContent()).toContain('通道畅通');
    await takeStep(officer, 'hazard-verify', async () => {
      await officer.getByTestId('verify-comment').fill('现场查看，通道畅通。');
    });
    await statusIs(officer, 'VERIFIED');
    await takeStep(officer, 'hazard-close');
    await statusIs(officer, 'CLOSED');
    const steps = await officer
      .getByTestId('hazard-steps')
      .locator('[data-action]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-action')));
    expect(steps).toEqual(['REPORTED', 'ASSIGNED', 'STARTED', 'RECTIFIED', 'VERIFIED', 'CLOSED']);
    await screenshot(officer, 'safety-hazard-closed');

    // ── The register exports to Excel (隐患台账) ──────────────────────────────────────────────────
    await officer.goto('/safety/hazards?view=all');
    await officer.getByTestId('hazard-table').getByTestId('hazard-link').first().waitFor();
    const download = officer.waitForEvent('download');
    await officer.getByTestId('export-register').click();
    expect((await download).suggestedFilename()).toMatch(/^隐患台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('the officer fills the monthly inspection on a phone; a failed item becomes a hazard, rectified by the electrician and verified by the officer', async () => {
    const workerName = await electricianName(stack);
    const officer = await signedIn(stack, 'safety', PHONE);
    await officer.goto('/safety/inspections');
    await officer.getByTestId('round-table').getByTestId('round-link').filter({ hasText: '每月全校安全检查' }).first().click();
    await officer.locator('[data-testid="round-status"][data-status="OPEN"]').waitFor();
    const answer = async (index: number, result: '合格' | '不合格', fill?: () => Promise<void>) => {
      if (fill) await fill();
      await officer.getByTestId(`item-${index}-result`).getByText(result, { exact: true }).click();
      await officer.locator(`[data-testid="item-${index}"][data-result="${result === '合格' ? 'PASS' : 'FAIL'}"]`).waitFor();
    };
    const blocked = `E2E 二楼东侧安全出口堆放桌椅 ${Date.now() % 100000}`;
    await answer(0, '不合格', () => officer.getByTestId('item-0-note').fill(blocked));
    await answer(1, '合格');
    await answer(2, '合格', () => officer.getByTestId('item-2-photo').fill('photo://e2e/hydrant-2F'));
    for (const index of [3, 4, 5, 6]) await answer(index, '合格');
    await screenshot(officer, 'safety-inspection-round-phone');
    await officer.getByTestId('round-submit').click();
    await officer.locator('[data-testid="round-status"][data-status="SUBMITTED"]').waitFor();
    const raised = officer.getByTestId('raised-hazard');
    expect(await raised.count()).toBe(1);
    expect(await raised.textContent()).toContain('安全出口、疏散通道畅通');
    await raised.click();
    await statusIs(officer, 'REPORTED');
    expect(await officer.getByText(blocked).count()).toBeGreaterThan(0);
    const hazardPath = new URL(officer.url()).pathname;

    await assignFiveFixes(officer, workerName);
    const electrician = await signedIn(stack, 'maintenance', PHONE);
    await electrician.goto(hazardPath);
    await statusIs(electrician, 'ASSIGNED');
    await rectify(electrician, '桌椅已搬走，出口畅通。');

    await officer.goto(hazardPath);
    await statusIs(officer, 'RECTIFIED');
    await takeStep(officer, 'hazard-verify', async () => {
      await officer.getByTestId('verify-comment').fill('复查合格。');
    });
    await statusIs(officer, 'VERIFIED');
    await screenshot(officer, 'safety-inspection-hazard-verified');
  });
  it('the officer checks an extinguisher (a failed check is a hazard at once) and reads the training matrix; the district compares schools and opens First Primary’s safety month', async () => {
    const officer = await signedIn(stack, 'safety');
    await officer.goto('/safety/equipment');
    const table = officer.getByTestId('equipment-table');
    // The demo's register: one extinguisher past its scrap age, one overdue for its check.
    await table.locator('[data-testid="equipment-status"][data-status="EXPIRED"]').first().waitFor();
    expect(await table.locator('[data-testid="equipment-status"][data-status="CHECK_OVERDUE"]').count()).toBeGreaterThan(0);
    const hydrant = table.locator('tr[data-code="XHS-A1-01"]');
    await hydrant.getByTestId('equipment-check').click();
    // The officer asked for reduced motion (every context of the stack does): the dialog opens where it stays,
    // without the zoom a click could land beside (a missed 不合格 once sent passed: true).
    await officer.locator('.ant-modal').waitFor();
    expect(await officer.locator('.ant-modal').getAttribute('class')).not.toContain('zoom');
    await officer.getByTestId('check-passed').getByText('不合格', { exact: false }).click();
    await officer.getByTestId('check-note').fill('E2E 消火栓水带破损');
    await officer.getByTestId('action-confirm').click();
    await hydrant.locator('[data-testid="equipment-status"][data-status="FAILED"]').waitFor();
    await screenshot(officer, 'safety-equipment');
    await officer.goto('/safety/hazards?view=all');
    await officer.getByText('XHS-A1-01 检查不合格').first().waitFor();

    await officer.goto('/safety/training');
    const matrix = officer.getByTestId('training-matrix');
    await matrix.locator('[data-testid="matrix-cell"][data-status="EXPIRED"]').first().waitFor();
    expect(await matrix.locator('[data-testid="matrix-cell"][data-status="EXPIRING"]').count()).toBeGreaterThan(0);
    await screenshot(officer, 'safety-training-matrix');

    const admin = await signedIn(stack, 'admin');
    await admin.goto('/dashboards/safety');
    const firstPrimary = admin.getByTestId(`open-safety-${DEMO_SCHOOLS.firstPrimary.id}`);
    await firstPrimary.waitFor();
    const row = admin.getByTestId('table-safety').locator('tr', { has: firstPrimary });
    expect(Number(await row.locator('td[data-column="hazardsOpen"]').textContent())).toBeGreaterThan(0);
    expect(await row.locator('td[data-column="equipmentExpired"]').textContent()).not.toBe('0');
    await admin.getByTestId('chart-safety-hazards').waitFor();
    await screenshot(admin, 'safety-district-dashboard');
    await firstPrimary.click();
    await admin.getByTestId('safety-month-title').waitFor();
    expect(await admin.getByTestId('safety-month-title').textContent()).toContain('安全月报');
    await admin.getByTestId('safety-month-patrols').getByText('教学楼A一楼', { exact: false }).waitFor();
    expect(await admin.getByTestId('safety-month-open-hazards').locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(admin, 'safety-month');
  });
  it('the officer reports a serious fall; the principal reports it to the district in time; the electrician carries out the investigation’s action from My work; the principal closes it', async () => {
    const workerName = await electricianName(stack);
    const officer = await signedIn(stack, 'safety');
    await officer.goto('/safety/incidents');
    await officer.getByTestId('incident-report').click();
    await officer.locator('.ant-modal').waitFor();
    const place = `E2E 操场东侧跑道 ${Date.now() % 100000}`;
    await officer.getByTestId('incident-place').fill(place);
    await officer.getByTestId('incident-description').fill('体育课跑步时摔倒，膝盖擦伤。');
    await officer.getByTestId('incident-immediate').fill('校医现场处理，已通知家长。');
    await officer.getByTestId('incident-serious').getByText('是', { exact: true }).click();
    await officer.getByTestId('action-confirm').click();
    await officer.locator('[data-testid="incident-status"][data-status="REPORTED"]').waitFor();
    await officer.locator('[data-testid="incident-district"][data-state="DUE"]').waitFor();
    const incidentPath = new URL(officer.url()).pathname;

    const principal = await signedIn(stack, 'principal');
    await principal.goto(incidentPath);
    await principal.getByTestId('incident-to-district').click();
    await principal.getByTestId('action-confirm').click();
    await principal.locator('[data-testid="incident-district"][data-state="IN_TIME"]').waitFor();

    await officer.reload();
    await officer.getByTestId('incident-investigate').click();
    await officer.locator('.ant-modal').waitFor();
    await officer.getByTestId('investigate-root-cause').fill('跑道东侧积水，地面湿滑。');
    await officer.getByTestId('investigate-action-description').fill('E2E 疏通跑道排水口');
    await pickInDialog(officer, 'investigate-action-owner', workerName);
    await officer.getByTestId('action-confirm').click();
    await officer.locator('[data-testid="incident-status"][data-status="INVESTIGATED"]').waitFor();
    await screenshot(officer, 'safety-incident');

    const electrician = await signedIn(stack, 'maintenance', PHONE);
    await electrician.goto('/work');
    await electrician.getByTestId('my-work-safety').getByText('E2E 疏通跑道排水口').click();
    await electrician.getByTestId('action-complete').click();
    await electrician.getByTestId('action-note').fill('已疏通，雨后复查无积水。');
    await electrician.getByTestId('action-confirm').click();
    await electrician.locator('[data-testid="action-items"] tr[data-state="DONE"]').waitFor();
    await screenshot(electrician, 'safety-incident-action-phone');

    await principal.reload();
    await principal.getByTestId('incident-close').click();
    await principal.getByTestId('action-confirm').click();
    await principal.locator('[data-testid="incident-status"][data-status="CLOSED"]').waitFor();
  });
  it('the officer records the month’s safety meeting: a decision due before the meeting is refused beside it; the electrician finds the decision under My work', async () => {
    const workerName = await electricianName(stack);
    const officer = await signedIn(stack, 'safety');
    await officer.goto('/safety/meetings');
    await officer.getByTestId('meeting-record').click();
    await officer.locator('.ant-modal').waitFor();
    const title = `E2E 12月安全工作例会 ${Date.now() % 100000}`;
    const decision = `E2E 检查各楼层应急照明 ${Date.now() % 100000}`;
    await officer.getByTestId('meeting-title').fill(title);
    await pickInDialog(officer, 'meeting-attendees', workerName);
    await officer.getByTestId('meeting-minutes').fill('传达区教育局冬季消防安全通知，布置本月检查。');
    await officer.getByTestId('meeting-item-add').click();
    await officer.getByTestId('meeting-item-description').fill(decision);
    await pickInDialog(officer, 'meeting-item-owner', workerName);
    // The meeting is today (the form's default); a decision due yesterday is refused beside its deadline.
    const deadline = officer.getByTestId('meeting-item-deadline');
    const setDeadline = async (day: string) => {
      await deadline.click();
      await deadline.press('Control+a');
      await deadline.pressSequentially(day);
      await deadline.press('Enter');
      await officer.locator('.ant-modal-title').click(); // closes the calendar
    };
    const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await setDeadline(dayFromToday(-1));
    await officer.getByTestId('action-confirm').click();
    await officer.locator('.ant-modal .ant-form-item-explain-error').filter({ hasText: '期限不能早于会议日期' }).waitFor();
    await setDeadline(dayFromToday(7));
    await officer.getByTestId('action-confirm').click();
    await officer.getByTestId('meeting-heading').filter({ hasText: title }).waitFor();
    await officer.locator('[data-testid="meeting-item-summary"][data-open="1"]').waitFor();
    await screenshot(officer, 'safety-meeting');

    const electrician = await signedIn(stack, 'maintenance', PHONE);
    await electrician.goto('/work');
    await electrician.getByTestId('my-work-safety').getByText(decision).waitFor();
  });
});
