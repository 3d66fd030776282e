import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import type { Page } from 'playwright-core';
import { graphAs, PHONE, screenshot, signedIn } from './support/browser';

/**
 * The asset stocktake (资产盘点) in a real browser against the whole graph with the facilities demo: the
 * storekeeper counts one room on a phone (the door's QR link, then three tags typed into the scanner's
 * input, one of them on no register) and closes it; the director approves it from My work.
 */
jest.setTimeout(420_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

interface AssetRow {
  schoolId: string;
  tagNumber: string;
  status: string;
  roomId: string | null;
}

/** Clicks the primary button of the open modal (its OK). */
async function confirmModal(page: Page): Promise<void> {
  await page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary').click();
  await page.locator('.ant-modal:visible').waitFor({ state: 'hidden' });
}

describeWithBrowser('stocktake: one room counted on a phone and approved', () => {
  let stack: ConsoleStack;

  // The whole graph with its demo data takes minutes to start on a loaded machine.
  beforeAll(async () => {
    stack = await startConsoleStack();
  }, 900_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('the storekeeper scans a room’s label and three tags (one unregistered) on a phone and closes the count; the director approves it from My work', async () => {
    // ── A room of the demo school with assets on the register and no stocktake running ────────────
    const director = await graphAs(stack, 'director');
    const assets = await director.request<{ assets: { nodes: AssetRow[] } }>(
      '{ assets(first: 100) { nodes { schoolId tagNumber status roomId } } }',
    );
    const running = await director.request<{ assetStocktakes: { nodes: { scope: string; roomId: string | null; status: string }[] } }>(
      '{ assetStocktakes(first: 100) { nodes { scope roomId status } } }',
    );
    const busy = new Set(
      running.data!.assetStocktakes.nodes.filter((s) => s.status === 'OPEN' || s.status === 'CLOSED').map((s) => s.roomId),
    );
    const byRoom = new Map<string, AssetRow[]>();
    for (const a of assets.data!.assets.nodes)
      if (a.roomId && !busy.has(a.roomId) && ['IN_USE', 'IDLE', 'UNDER_REPAIR'].includes(a.status))
        byRoom.set(a.roomId, [...(byRoom.get(a.roomId) ?? []), a]);
    const [roomId, inRoom] = [...byRoom].find(([, list]) => list.length >= 2) ?? [];
    expect(inRoom).toBeDefined();
    const schoolId = inRoom![0].schoolId;
    const room = await director.request<{ room: { number: string; qrPayload: string } }>(
      'query($id: ID!) { room(id: $id) { number qrPayload } }',
      {
        id: roomId,
      },
    );
    const { number, qrPayload } = room.data!.room;

    // ── The storekeeper opens a stocktake of that room ─────────────────────────────────────────
    const keeperGraph = await graphAs(stack, 'storekeeper');
    const opened = await keeperGraph.request<{ openAssetStocktake: { id: string } }>(
      'mutation($i: OpenAssetStocktakeInput!) { openAssetStocktake(input: $i) { id } }',
      { i: { schoolId, scope: 'ROOM', roomId, note: 'E2E 单间盘点' } },
    );
    expect(opened.errors).toBeUndefined();
    const id = opened.data!.openAssetStocktake.id;

    // ── On the phone: the door's label, then two tags of the room and a label nobody registered ──
    const phone = await signedIn(stack, 'storekeeper', PHONE);
    await phone.goto(`/facilities/stocktakes/${id}/scan`);
    const input = phone.getByTestId('scan-input');
    await input.waitFor();
    await input.fill(qrPayload);
    await input.press('Enter');
    await phone.getByTestId('scan-feedback').filter({ hasText: number }).waitFor();
    const unregistered = `E2E-NOPE-${Date.now() % 1_000_000}`;
    for (const code of [inRoom![0].tagNumber, inRoom![1].tagNumber, unregistered]) {
      await input.fill(code);
      await input.press('Enter');
    }
    await phone.locator('[data-testid="scan-entry"][data-state="sent"]').nth(2).waitFor();
    await phone.locator(`[data-testid="scan-entry"][data-code="${unregistered}"][data-registered="no"]`).waitFor();
    expect(await phone.getByTestId('scan-count').textContent()).toContain('3');
    await screenshot(phone, 'facilities-stocktake-scan-phone');

    // ── Closing the count on the phone ─────────────────────────────────────────────────────────
    await phone.goto(`/facilities/stocktakes/${id}`);
    await phone.getByTestId('stocktake-close').click();
    await confirmModal(phone);
    await phone.locator('[data-testid="stocktake-status"][data-status="CLOSED"]').waitFor();
    expect(await phone.getByTestId('summary-unregistered').textContent()).toContain('1');
    await screenshot(phone, 'facilities-stocktake-closed-phone');

    // ── The director finds it in My work and approves ──────────────────────────────────────────
    const desk = await signedIn(stack, 'director');
    await desk.goto('/work');
    await desk.getByTestId('my-work-facilities-stocktakes').locator(`a[href$="/facilities/stocktakes/${id}"]`).click();
    await desk.getByTestId('stocktake-approve').click();
    await confirmModal(desk);
    await desk.locator('[data-testid="stocktake-status"][data-status="APPROVED"]').waitFor();
    await desk.locator('[data-testid="difference-row"][data-kind="UNREGISTERED"]').waitFor();
    await screenshot(desk, 'facilities-stocktake-approved');
  });
});
