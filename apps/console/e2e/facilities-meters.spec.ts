import { type ConsoleStack, chromiumPath, startConsoleStack, waitFor } from '@houqin/testing';
import { screenshot, signedIn, pickOption } from './support/browser';

/**
 * Utility meters and the print centre in a real browser (Debian's Chromium driven by Playwright)
 * against the whole graph with the facilities demo (a year of meter readings with one leak on the
 * east campus, three months of print jobs): the director opens the east campus water meter, sees
 * the leak's night-use anomalies and records a reading; the storekeeper records a print job.
 */
jest.setTimeout(300_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

/** "2026-12-02T07:30" for an instant, in the schools' time (China Standard Time), as the datetime field takes it. */
const chinaMinute = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);

describeWithBrowser('meters and the print centre: a leak on the chart, a reading, a print job charged to its department', () => {
  let stack: ConsoleStack;

  // The stack seeds every service's demo (a year of meter readings among them): slow on a loaded machine.
  beforeAll(async () => {
    stack = await startConsoleStack();
  }, 900_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('the director sees the east campus leak, records a reading, and an earlier one is refused under its field', async () => {
    const director = await signedIn(stack, 'director');
    await director.goto('/facilities/meters');
    await director.getByTestId('meter-link').filter({ hasText: 'East Campus main water meter' }).first().click();
    await director.getByTestId('meter-name').filter({ hasText: 'East Campus main water meter' }).waitFor();
    await director.getByTestId('chart-meter-consumption').locator('canvas').first().waitFor();
    // The demo's leak four weeks ago: a week of night use far above the meter's baseline, in red.
    await director.getByTestId('meter-leak').waitFor();
    const leak = director.getByTestId('anomaly-leak').first();
    await leak.waitFor();
    await expect(leak.getByTestId('anomaly-kind').textContent()).resolves.toContain('夜间用量异常');
    await screenshot(director, 'facilities-meter-leak');

    // A reading now, a little above the last one.
    const last = (await director.getByTestId('meter-last-value').textContent())!;
    const lastValue = Number(/[\d.]+/.exec(last)![0]);
    const value = (lastValue + 1.5).toFixed(3);
    await director.getByTestId('reading-read-at').fill(chinaMinute(Date.now()));
    await director.getByTestId('reading-value').fill(value);
    await director.getByTestId('reading-submit').click();
    await director.getByTestId('meter-last-value').filter({ hasText: value }).waitFor();
    await director.getByTestId('reading-table').getByText(value).first().waitFor();

    // A reading two days ago is earlier than the last: refused, the error under 抄表时间.
    await director.getByTestId('reading-read-at').fill(chinaMinute(Date.now() - 2 * 86_400_000));
    await director.getByTestId('reading-value').fill((lastValue + 2).toFixed(3));
    await director.getByTestId('reading-submit').click();
    const readAtItem = director.locator('.ant-form-item').filter({ has: director.getByTestId('reading-read-at') });
    await readAtItem.locator('.ant-form-item-explain-error').first().waitFor();
    await screenshot(director, 'facilities-meter-reading-refused');
  });

  it('the storekeeper records a print job for 教务处 and sees the department’s monthly charge grow', async () => {
    const keeper = await signedIn(stack, 'storekeeper');
    await keeper.goto('/facilities/printing');
    const charges = keeper.getByTestId('print-charges');
    await charges.waitFor();
    const row = keeper.getByTestId('charge-教务处');
    await row.waitFor();
    const before = (await row.getByTestId('charge-cost').textContent())!;

    await keeper.getByTestId('print-department').click();
    await pickOption(keeper, '教务处');
    await keeper.getByTestId('print-requester').click();
    await pickOption(keeper);
    const title = `E2E 期末复习卷 ${Date.now() % 100000}`;
    await keeper.getByTestId('print-title').fill(title);
    await keeper.getByTestId('print-pages').fill('4');
    await keeper.getByTestId('print-copies').fill('45');
    await keeper.getByTestId('print-size').click();
    await pickOption(keeper, 'B4');
    await keeper.getByTestId('print-submit').click();

    await keeper.getByTestId('print-jobs').getByText(title).waitFor();
    const cost = keeper.getByTestId('charge-教务处').getByTestId('charge-cost');
    await waitFor('the department charge to change', async () => (await cost.textContent()) !== before, 30_000);
    await screenshot(keeper, 'facilities-print-centre');
  });
});
