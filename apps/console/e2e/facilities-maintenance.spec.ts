import { DEMO_SCHOOLS } from '@houqin/demo';
import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import type { Page } from 'playwright-core';
import { graphAs, PHONE, pickInDialog, screenshot, signedIn } from './support/browser';

/**
 * Patrols (巡视) and preventive maintenance (预防性维护) in a real browser against the whole graph with
 * the facilities demo: the maintenance worker walks First Primary's evening patrol route on a phone,
 * feeding each checkpoint's door code to the scanner (its link, or the code itself), reports an issue
 * found at one as a repair, scans another out of order, finishes and sees the checkpoint missed (漏检);
 * the director finds the lift schedule's overdue due day on the PM calendar (维保日历); the worker
 * starts that lift work order and records its checklist (检查记录), an unanswered item refused beside
 * it first, then finishes it; the electrician reads the standby generator's hour meter and services it
 * with the reading at the service (预防性维护按运行小时); the principal's school dashboard and the auditor's district dashboard
 * count the month's work orders as the graph's repair report does, and the district's its maintenance and patrols.
 */
// The stack (directory, finance, canteen, facilities with their demo data) takes minutes on a loaded machine.
jest.setTimeout(900_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;
const schoolId = DEMO_SCHOOLS.firstPrimary.id;

interface Checkpoint {
  order: number;
  roomId: string;
}

/** Feeds a code to the walk page's scanner (the camera's test hook: the input it shares with a hardware scanner). */
async function feed(page: Page, code: string): Promise<void> {
  const input = page.getByTestId('scan-input');
  await input.fill(code);
  await input.press('Enter');
}

/** Opens a maintenance work order, starts it, and answers with its checklist card, the form open. */
async function startMaintenanceWork(worker: Page, workOrderId: string) {
  await worker.goto(`/facilities/work-orders/${workOrderId}`);
  await worker.getByTestId('work-order-start').click();
  await worker.locator('.ant-modal').waitFor();
  await worker.getByTestId('action-confirm').click();
  await worker.locator('[data-testid="work-order-status"][data-status="IN_PROGRESS"]').waitFor();
  const card = worker.getByTestId('checklist-card');
  await card.getByTestId('checklist-form').waitFor();
  return card;
}

function checkpoint(page: Page, order: number, state: string) {
  return page.locator(`[data-testid="patrol-checkpoint"][data-order="${order}"][data-state="${state}"]`);
}

describeWithBrowser('maintenance and patrols: an evening patrol walked on a phone, the PM calendar, a lift checklist', () => {
  let stack: ConsoleStack;

  beforeAll(async () => {
    stack = await startConsoleStack();
  }, 900_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('maintenance walks the evening route on a phone: scans by code, reports an issue as a repair, one out of order, finishes and sees the missed checkpoint', async () => {
    // ── Arranged through the graph as the director: the demo route and its rooms' QR codes ────────
    const director = await graphAs(stack, 'director');
    const routes = await director.request<{ patrolRoutes: { nodes: { id: string; name: string; checkpoints: Checkpoint[] }[] } }>(
      'query($s: ID!) { patrolRoutes(schoolId: $s, first: 100) { nodes { id name checkpoints { order roomId } } } }',
      { s: schoolId },
    );
    const route = routes.data!.patrolRoutes.nodes.find((r) => r.name.startsWith('教学楼晚间巡查'));
    expect(route).toBeDefined();
    const checkpoints = [...route!.checkpoints].sort((a, b) => a.order - b.order);
    expect(checkpoints.length).toBeGreaterThanOrEqual(4);
    const rooms: { number: string; qrCode: string; qrPayload: string }[] = [];
    for (const c of checkpoints) {
      const room = await director.request<{ room: { number: string; qrCode: string; qrPayload: string } }>(
        'query($id: ID!) { room(id: $id) { number qrCode qrPayload } }',
        { id: c.roomId },
      );
      rooms.push(room.data!.room);
    }
    const issue = `E2E 窗户玻璃破裂 ${Date.now() % 100000}`;

    // ── On the phone: the route, then the walk ───────────────────────────────────────────────────
    const phone = await signedIn(stack, 'maintenance', PHONE);
    await phone.goto('/facilities/patrols');
    await phone.locator(`[data-testid="patrol-route"][data-route-id="${route!.id}"]`).getByTestId('patrol-route-walk').click();
    await phone.getByTestId('patrol-start').click();
    await phone.getByTestId('patrol-walk').waitFor();
    await checkpoint(phone, 1, 'PENDING').waitFor();

    // Checkpoint 1 by its door label's link (what the camera reads off the label).
    await feed(phone, rooms[0].qrPayload);
    await checkpoint(phone, 1, 'SCANNED').waitFor();

    // Checkpoint 3 with an issue, reported as a repair: it goes with the scan.
    await phone.getByTestId('patrol-issue').fill(issue);
    await phone.getByTestId('patrol-report-repair').check();
    await feed(phone, rooms[2].qrCode);
    await checkpoint(phone, 3, 'SCANNED').waitFor();
    await phone.getByTestId('scan-work-order').waitFor();
    expect(await phone.getByTestId('patrol-issue').inputValue()).toBe('');

    // Checkpoint 2 after 3: out of order (顺序错误).
    await feed(phone, rooms[1].qrCode);
    await checkpoint(phone, 2, 'OUT_OF_ORDER').waitFor();
    await checkpoint(phone, 4, 'PENDING').waitFor();
    expect(await phone.getByTestId('walk-scanned').textContent()).toContain(`3 / ${checkpoints.length}`);
    await screenshot(phone, 'facilities-patrol-walk-phone');

    // Finishing counts the last one missed (漏检).
    await phone.getByTestId('patrol-finish').click();
    await phone.getByTestId('patrol-finish-confirm').click();
    await phone.getByTestId('patrol-finished').waitFor();
    await phone.locator('[data-testid="patrol-missed"][data-order="4"]').waitFor();
    expect(await phone.getByTestId('patrol-missed').count()).toBe(checkpoints.length - 3);
    const result = await phone.getByTestId('patrol-result').textContent();
    expect(result).toContain(`漏检 ${checkpoints.length - 3}`);
    expect(result).toContain('顺序错误 1');
    await checkpoint(phone, 4, 'MISSED').waitFor();
    await screenshot(phone, 'facilities-patrol-finished-phone');

    // The issue is a work order of that room.
    const reported = await director.request<{ workOrders: { nodes: { title: string; room: { number: string } | null }[] } }>(
      'query($s: ID!) { workOrders(filter: { schoolId: $s }, first: 100) { nodes { title room { number } } } }',
      { s: schoolId },
    );
    const order = reported.data!.workOrders.nodes.find((o) => o.title.includes(issue));
    expect(order?.room?.number).toBe(rooms[2].number);

    // The patrol list shows it finished with the missed checkpoint.
    await phone.goto('/facilities/patrols');
    await phone
      .locator('[data-testid="patrol-row"][data-status="FINISHED"]')
      .first()
      .getByTestId('patrol-result-text')
      .filter({ hasText: '漏检' })
      .waitFor();
    await phone.context().close();
  });

  it('the director sees the lift’s overdue due day on the PM calendar; maintenance records its checklist and finishes it', async () => {
    // ── The demo lift schedule and its open due day, through the graph ─────────────────────────
    const director = await graphAs(stack, 'director');
    const schedules = await director.request<{
      maintenanceSchedules: { nodes: { id: string; title: string; templateCode: string | null }[] };
    }>('query($s: ID) { maintenanceSchedules(filter: { schoolId: $s }, first: 100) { nodes { id title templateCode } } }', { s: schoolId });
    const lift = schedules.data!.maintenanceSchedules.nodes.find((s) => s.templateCode === 'LIFT_15_DAYS');
    expect(lift).toBeDefined();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const calendar = await director.request<{
      maintenanceCalendar: {
        nodes: {
          scheduleId: string;
          dueOn: string;
          workOrderId: string;
          completedOn: string | null;
          workOrder: { overdue: boolean } | null;
        }[];
      };
    }>(
      'query($s: ID!, $f: String!, $t: String!) { maintenanceCalendar(schoolId: $s, from: $f, to: $t, first: 100) { nodes { scheduleId dueOn workOrderId completedOn workOrder { overdue } } } }',
      { s: schoolId, f: day(-60), t: day(1) },
    );
    const overdue = calendar.data!.maintenanceCalendar.nodes.find(
      (o) => o.scheduleId === lift!.id && !o.completedOn && o.workOrder?.overdue,
    );
    expect(overdue).toBeDefined();

    // ── The director's PM calendar, at the month of that due day ────────────────────────────────
    const desk = await signedIn(stack, 'director');
    await desk.goto(`/facilities/maintenance?month=${overdue!.dueOn.slice(0, 7)}`);
    await desk.locator(`[data-testid="schedule-row"][data-title="${lift!.title}"]`).waitFor();
    const row = desk.locator(
      `[data-testid="calendar-row"][data-schedule-id="${lift!.id}"][data-due-on="${overdue!.dueOn}"][data-state="OVERDUE"]`,
    );
    await row.waitFor();
    expect(await row.getByTestId('calendar-state').textContent()).toBe('已逾期');
    await screenshot(desk, 'facilities-maintenance-calendar');

    // ── Maintenance opens it from the calendar's link, starts it, and records the checklist ───────
    const worker = await signedIn(stack, 'maintenance', PHONE);
    const card = await startMaintenanceWork(worker, overdue!.workOrderId);
    const items = card.locator('[data-testid^="checklist-item-"]');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(2);

    // Everything but the first item answered: the graph refuses, beside that item.
    for (let i = 1; i < count; i++) {
      const item = card.getByTestId(`checklist-item-${i}`);
      const kind = await item.getAttribute('data-kind');
      if (kind === 'PASS_FAIL') await item.getByText('合格', { exact: true }).click();
      else if (kind === 'PHOTO') await item.locator('input').fill('IMG_E2E_0001.jpg');
      else await item.locator('input').fill('20'); // levelling accuracy beyond ±15 mm: it fails
    }
    await card.getByTestId('checklist-save').click();
    await card.getByTestId('checklist-item-0').locator('.ant-form-item-explain-error').waitFor();
    await screenshot(worker, 'facilities-maintenance-checklist-refused-phone');

    await card.getByTestId('checklist-item-0').getByText('合格', { exact: true }).click();
    await card.getByTestId('checklist-save').click();
    await card.getByTestId('checklist-recorded').filter({ hasText: '1 项不合格' }).waitFor();
    await screenshot(worker, 'facilities-maintenance-checklist-phone');

    await worker.getByTestId('work-order-finish').click();
    await worker.locator('.ant-modal').waitFor();
    await worker.getByTestId('step-comment').fill('平层超差，已调整并报告。');
    await worker.getByTestId('action-confirm').click();
    await worker.locator('[data-testid="work-order-status"][data-status="REPAIRED"]').waitFor();

    await desk.context().close();
    await worker.context().close();
  });

  it('the electrician reads the generator’s hour meter (a reading that goes back is refused beside it), then services it with the reading at the service', async () => {
    const director = await graphAs(stack, 'director');
    const schedules = await director.request<{
      maintenanceSchedules: { nodes: { id: string; title: string; templateCode: string | null }[] };
    }>('query($s: ID) { maintenanceSchedules(filter: { schoolId: $s }, first: 100) { nodes { id title templateCode } } }', { s: schoolId });
    const generator = schedules.data!.maintenanceSchedules.nodes.find((s) => s.templateCode === 'GENERATOR_250_HOURS');
    expect(generator).toBeDefined();

    // ── The PM page on a phone: the generator due at 1252 h, its work order open; a new reading ──────
    const worker = await signedIn(stack, 'maintenance', PHONE);
    await worker.goto('/facilities/maintenance');
    const row = worker.locator(`[data-testid="schedule-row"][data-title="${generator!.title}"]`);
    await row.getByTestId('schedule-next-due').filter({ hasText: '维保工单进行中（当前 1246 h）' }).waitFor();
    await row.getByTestId('schedule-read-meter').click();
    await worker.getByTestId('meter-reading').fill('1200');
    await worker.getByTestId('action-confirm').click();
    await worker.locator('.ant-modal .ant-form-item-explain-error').filter({ hasText: 'below' }).waitFor();
    await screenshot(worker, 'facilities-maintenance-meter-refused-phone');
    await worker.getByTestId('meter-reading').fill('1249.5');
    await worker.getByTestId('action-confirm').click();
    await row.getByTestId('schedule-next-due').filter({ hasText: '当前 1249.5 h' }).waitFor();

    // ── Its open work order: started, the checklist recorded with the hour meter at the service ──────
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const calendar = await director.request<{
      maintenanceCalendar: { nodes: { scheduleId: string; dueReading: string | null; workOrderId: string; completedOn: string | null }[] };
    }>(
      'query($s: ID!, $f: String!, $t: String!) { maintenanceCalendar(schoolId: $s, from: $f, to: $t, first: 100) { nodes { scheduleId dueReading workOrderId completedOn } } }',
      { s: schoolId, f: day(-1), t: day(10) },
    );
    const open = calendar.data!.maintenanceCalendar.nodes.find((o) => o.scheduleId === generator!.id && !o.completedOn);
    expect(open?.dueReading).toBe('1252');
    const card = await startMaintenanceWork(worker, open!.workOrderId);
    const items = card.locator('[data-testid^="checklist-item-"]');
    for (let i = 0; i < (await items.count()); i++) {
      const item = card.getByTestId(`checklist-item-${i}`);
      if ((await item.getAttribute('data-kind')) === 'PASS_FAIL') await item.getByText('合格', { exact: true }).click();
      else await item.locator('input').fill('26.4');
    }
    await card.getByTestId('checklist-save').click(); // no hour-meter reading yet: refused beside it
    await card.locator('.ant-form-item-explain-error').filter({ hasText: 'meter' }).waitFor();
    await card.getByTestId('checklist-meter-reading').fill('1251');
    await card.getByTestId('checklist-save').click();
    await card.getByTestId('checklist-recorded').waitFor();
    await screenshot(worker, 'facilities-maintenance-generator-phone');

    await worker.getByTestId('work-order-finish').click();
    await worker.locator('.ant-modal').waitFor();
    await worker.getByTestId('action-confirm').click();
    await worker.locator('[data-testid="work-order-status"][data-status="REPAIRED"]').waitFor();
    await worker.context().close();
  });

  it('the dashboards count the month’s work orders: the school’s card, and the district’s schools side by side', async () => {
    // The month as the school's calendar has it (Asia/Shanghai), as the dashboards pick it.
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const [year, month] = today.split('-').map(Number);
    const from = `${today.slice(0, 7)}-01`;
    const to = `${today.slice(0, 7)}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
    const auditorGraph = await graphAs(stack, 'auditor');
    const summary = await auditorGraph.request<{ school: { repairSummary: { reported: number } } }>(
      'query($s: ID!, $f: String!, $t: String!) { school(id: $s) { repairSummary(from: $f, to: $t) { reported } } }',
      { s: schoolId, f: from, t: to },
    );
    const reported = summary.data!.school.repairSummary.reported;
    expect(reported).toBeGreaterThan(0); // at least the repair reported on the patrol

    const principal = await signedIn(stack, 'principal');
    await principal.goto('/dashboards/school');
    const card = principal.getByTestId('school-repairs');
    await card.waitFor();
    expect(await card.getByTestId('school-repairsReported').textContent()).toBe(String(reported));
    await card.getByTestId('school-repairs-by-status').locator('[data-status]').first().waitFor();
    await principal.getByTestId('table-school').waitFor();
    await screenshot(principal, 'dashboard-school-repairs');

    const auditor = await signedIn(stack, 'auditor');
    await auditor.goto('/dashboards/district');
    await auditor.getByTestId('chart-repair-cost').waitFor();
    const cell = auditor.locator(`[data-testid="table-district"] tr[data-row-key="${schoolId}"] td[data-column="repairsReported"]`);
    await cell.filter({ hasText: new RegExp(`^${reported}$`) }).waitFor();
    // Beside them, the month's preventive maintenance and patrols as the graph counts them (维保、巡视与考核).
    const upkeep = await auditorGraph.request<{
      school: { maintenanceCompliance: { compliancePercent: number | null }; patrolCompleteness: { completenessPercent: number | null } };
    }>(
      'query($s: ID!, $f: String!, $t: String!) { school(id: $s) { maintenanceCompliance(from: $f, to: $t) { compliancePercent } patrolCompleteness(from: $f, to: $t) { completenessPercent } } }',
      { s: schoolId, f: from, t: to },
    );
    const shown = (percent: number | null) => (percent === null ? '—' : `${percent}.0%`);
    for (const [column, percent] of [
      ['maintenanceCompliance', upkeep.data!.school.maintenanceCompliance.compliancePercent],
      ['patrolCompleteness', upkeep.data!.school.patrolCompleteness.completenessPercent],
    ] as const)
      await auditor
        .locator(`[data-testid="table-district"] tr[data-row-key="${schoolId}"] td[data-column="${column}"]`)
        .filter({ hasText: shown(percent) })
        .waitFor();
    await screenshot(auditor, 'dashboard-district-repairs');

    await principal.context().close();
    await auditor.context().close();
  });
  it('the director sets an urgent task for the electrician; he marks it done on a phone; the director checks it, then proposes his term grade from the evidence and the principal confirms it', async () => {
    const maintenanceGraph = await graphAs(stack, 'maintenance');
    const me = await maintenanceGraph.request<{ me: { staffId: string } }>('{ me { staffId } }');
    const directorGraph = await graphAs(stack, 'director');
    const names = await directorGraph.request<{ worker: { name: string }; me: { staffId: string } }>(
      'query($id: ID!) { worker: staffMember(id: $id) { name } me { staffId } }',
      { id: me.data!.me.staffId },
    );
    const directorStaff = await directorGraph.request<{ staffMember: { name: string } }>(
      'query($id: ID!) { staffMember(id: $id) { name } }',
      {
        id: names.data!.me.staffId,
      },
    );
    const workerName = names.data!.worker.name;
    const directorName = directorStaff.data!.staffMember.name;

    const director = await signedIn(stack, 'director');
    await director.goto('/facilities/duty?view=all');
    await director.getByTestId('duty-create').click();
    await director.locator('.ant-modal').waitFor();
    await director.locator('.ant-modal').getByText('突击', { exact: true }).click();
    const title = `E2E 检查三楼卫生间水龙头 ${Date.now() % 100000}`;
    await director.getByTestId('duty-title').fill(title);
    await director.getByTestId('duty-requirement').fill('逐个检查，滴漏的登记报修');
    for (const [testId, name] of [
      ['duty-responsible', workerName],
      ['duty-checker', directorName],
    ] as const) {
      await pickInDialog(director, testId, name);
    }
    await director.getByTestId('action-confirm').click();
    await director.getByTestId('duty-tasks').getByText(title).waitFor();

    // He finds it under My work (工作叙事表: 待我完成), which opens his sheet.
    const worker = await signedIn(stack, 'maintenance', PHONE);
    await worker.goto('/work');
    await worker.getByTestId('my-work-duty').getByTestId('work-item').filter({ hasText: title }).click();
    await worker.waitForURL(/\/facilities\/duty\?view=mine/);
    const mine = worker.getByTestId('duty-occurrences').locator('tr', { hasText: title });
    await mine.getByTestId('duty-mark-done').click();
    await worker.getByTestId('duty-note').fill('已检查12个，1个滴漏已报修');
    await worker.getByTestId('action-confirm').click();
    await worker.getByTestId('duty-occurrences').locator('tr[data-status="MARKED_DONE"]', { hasText: title }).waitFor();
    await screenshot(worker, 'facilities-duty-phone');

    await director.goto('/facilities/duty?view=checking');
    const toCheck = director.getByTestId('duty-occurrences').locator('tr', { hasText: title });
    await toCheck.getByTestId('duty-check').click();
    await director.getByTestId('duty-check-result').getByText('好', { exact: true }).click();
    await director.getByTestId('duty-check-comment').fill('记录清楚');
    await director.getByTestId('action-confirm').click();
    await director.getByTestId('duty-occurrences').locator('tr[data-status="CHECKED"]', { hasText: title }).waitFor();

    await director.goto(`/facilities/appraisal?staff=${me.data!.me.staffId}`);
    await director.getByTestId('appraisal-evidence').waitFor();
    await director.getByTestId('appraisal-propose').click();
    await director.getByTestId('propose-comment').fill('任务按时完成，维修及时。');
    await director.getByTestId('action-confirm').click();
    await director.locator('[data-testid="appraisal-status"][data-status="PROPOSED"]').first().waitFor();
    await screenshot(director, 'facilities-appraisal');

    const principal = await signedIn(stack, 'principal');
    await principal.goto(`/facilities/appraisal?staff=${me.data!.me.staffId}`);
    await principal.getByTestId('appraisal-confirm').click();
    await principal.getByTestId('action-confirm').click();
    await principal.locator('[data-testid="appraisal-status"][data-status="CONFIRMED"]').first().waitFor();
    // The person appraised reads their own.
    await worker.goto('/facilities/appraisal');
    await worker.locator('[data-testid="appraisal-status"][data-status="CONFIRMED"]').first().waitFor();
  });
});
