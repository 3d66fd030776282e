import { type ConsoleStack, chromiumPath, startConsoleStack } from '@houqin/testing';
import { PHONE, screenshot, signedIn, pickOption } from './support/browser';

/**
 * Places in a real browser (Debian's Chromium driven by Playwright) against the whole graph with the
 * facilities demo: the director walks the tree of buildings and rooms, adds a building, prints the
 * QR labels, and a teacher's phone opens a room's QR link.
 */
jest.setTimeout(300_000);

const describeWithBrowser = chromiumPath() ? describe : describe.skip;

describeWithBrowser('places: the tree, a new building, QR labels and a room opened by its QR link', () => {
  let stack: ConsoleStack;

  beforeAll(async () => {
    stack = await startConsoleStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('the director finds Class 3-2 in the tree with its QR label, adds a building, and prints the labels; a teacher scans the room', async () => {
    const director = await signedIn(stack, 'director');
    await director.goto('/facilities/places');
    const tree = director.getByTestId('places-tree');
    await tree.waitFor();
    await tree.getByText('三年级2班', { exact: false }).first().click();
    const card = director.getByTestId('room-card');
    await card.waitFor();
    const link = (await card.getByTestId('room-qr-link').textContent())!;
    expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{12}$/);
    await expect(card.getByTestId('room-qr').getAttribute('data-payload')).resolves.toBe(link);
    await screenshot(director, 'facilities-places-tree');

    // A new building on the east campus appears in the tree.
    const name = `E2E Building ${Date.now() % 100000}`;
    await director.getByTestId('add-building').click();
    // Picked until the select shows it: a click on the list while it is still opening can miss.
    const campus = director.getByTestId('building-campus');
    for (let tries = 1; ; tries += 1) {
      if (!(await campus.getAttribute('class'))?.includes('ant-select-open')) await campus.click();
      await pickOption(director, '东校区');
      const picked = await campus
        .filter({ hasText: '东校区' })
        .waitFor({ timeout: 3000 })
        .then(
          () => true,
          () => false,
        );
      if (picked) break;
      if (tries === 5) throw new Error('The campus could not be picked in 5 tries.');
    }
    await director.getByTestId('building-name').fill(name);
    await director.getByTestId('save-building').click();
    await tree.getByText(name).waitFor();

    // The label sheets: 24 to an A4 sheet, one label per room.
    await director.goto('/facilities/labels');
    await director.getByTestId('qr-sheet').first().waitFor();
    const labels = await director.getByTestId('qr-label').count();
    expect(labels).toBeGreaterThan(24);
    expect(await director.getByTestId('qr-sheet').count()).toBe(Math.ceil(labels / 24));
    await screenshot(director, 'facilities-qr-labels');

    // A teacher's phone opens the room's QR link.
    const phone = await signedIn(stack, 'teacher', PHONE);
    await phone.goto(new URL(link).pathname);
    const room = phone.getByTestId('room-by-qr');
    await room.waitFor();
    await room.getByText('三年级2班', { exact: false }).first().waitFor();
    await screenshot(phone, 'facilities-room-by-qr');
  });
});
