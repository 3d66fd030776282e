import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ViewerClaims } from '@houqin/auth';
import { ViewerDirectory } from './viewers';

/**
 * The cache's rules with a clock the test moves. The directory's viewer route is stood in for by a
 * small HTTP server that answers the account's current roles and counts lookups (the real route and
 * events are exercised in test/viewer-cache.spec.ts).
 */
const SHORT = 2000;
const LONG = 600000;
const claims = { accountId: 'a1', sessionVersion: 1 } as Parameters<ViewerDirectory['viewerFor']>[0];

let server: Server;
let url: string;
let lookups = 0;
let roles: string[] = ['DISTRICT_AUDITOR'];
/** Held lookups: a lookup waits until the test releases it (to order it against an invalidation). */
let hold: Promise<void> | null = null;

beforeAll(async () => {
  server = createServer((req, res) => {
    lookups += 1;
    const answer = roles.map((role) => ({ role, schoolId: null }));
    void (hold ?? Promise.resolve()).then(() => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ viewer: { accountId: 'a1', username: 'u', staffId: null, districtId: 'd', grants: answer } }));
    });
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  lookups = 0;
  roles = ['DISTRICT_AUDITOR'];
  hold = null;
});

function cacheWithClock() {
  let now = 1000;
  const viewers = new ViewerDirectory(url, 'a-test-secret-of-at-least-32-chars!!', SHORT, { invalidatedTtlMs: LONG, now: () => now });
  const rolesNow = async () => ((await viewers.viewerFor(claims, 'r')) as ViewerClaims).grants.map((g) => g.role);
  return { viewers, rolesNow, advance: (ms: number) => (now += ms) };
}

describe('the viewer cache', () => {
  it('without invalidation keeps an answer for the short TTL only', async () => {
    const { rolesNow, advance } = cacheWithClock();
    await rolesNow();
    advance(SHORT - 1);
    await rolesNow();
    expect(lookups).toBe(1);
    advance(1);
    await rolesNow();
    expect(lookups).toBe(2);
  });

  it('while invalidation is live keeps it for the long TTL, and an invalidation drops it at once', async () => {
    const { viewers, rolesNow, advance } = cacheWithClock();
    viewers.setInvalidationLive(true);
    advance(1);
    await rolesNow();
    advance(LONG - 1);
    await rolesNow();
    expect(lookups).toBe(1);
    roles = [];
    viewers.invalidate('a1');
    expect(await rolesNow()).toEqual([]);
    expect(lookups).toBe(2);
  });

  it('when invalidation stops being live, cached answers fall back to the short TTL', async () => {
    const { viewers, rolesNow, advance } = cacheWithClock();
    viewers.setInvalidationLive(true);
    advance(1);
    await rolesNow();
    advance(SHORT * 3);
    viewers.setInvalidationLive(false);
    await rolesNow();
    expect(lookups).toBe(2);
  });

  it('after a reconnect, an answer from before it gets only the short TTL (events of the gap may be lost)', async () => {
    const { viewers, rolesNow, advance } = cacheWithClock();
    viewers.setInvalidationLive(true);
    advance(1);
    await rolesNow();
    viewers.setInvalidationLive(false);
    advance(10);
    viewers.setInvalidationLive(true);
    advance(SHORT);
    await rolesNow();
    expect(lookups).toBe(2);
    // The new answer was looked up after the reconnect: it keeps the long TTL.
    advance(LONG - 1);
    await rolesNow();
    expect(lookups).toBe(2);
  });

  it('does not keep an answer whose lookup was under way when the account was invalidated', async () => {
    const { viewers, rolesNow } = cacheWithClock();
    viewers.setInvalidationLive(true);
    let release = () => undefined as void;
    hold = new Promise((resolve) => (release = resolve));
    const pending = rolesNow();
    await waitUntil(() => lookups === 1);
    viewers.invalidate('a1');
    release();
    expect(await pending).toEqual(['DISTRICT_AUDITOR']);
    hold = null;
    roles = [];
    expect(await rolesNow()).toEqual([]);
    expect(lookups).toBe(2);
  });

  it('shares one lookup between concurrent requests of one session', async () => {
    const { rolesNow } = cacheWithClock();
    await Promise.all([rolesNow(), rolesNow(), rolesNow()]);
    expect(lookups).toBe(1);
  });

  it('with a short TTL of 0 caches nothing, whatever invalidation says', async () => {
    const viewers = new ViewerDirectory(url, 'a-test-secret-of-at-least-32-chars!!', 0, { invalidatedTtlMs: LONG });
    viewers.setInvalidationLive(true);
    await Promise.all([viewers.viewerFor(claims, 'r'), viewers.viewerFor(claims, 'r')]);
    await viewers.viewerFor(claims, 'r');
    expect(lookups).toBe(3);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
