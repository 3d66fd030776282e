import { SignJWT } from 'jose';
import {
  GATEWAY_TOKEN_REUSE_SECONDS,
  GATEWAY_TOKEN_TTL_SECONDS,
  gatewayTokenFor,
  signGatewayToken,
  signUserToken,
  verifyGatewayToken,
  verifyUserToken,
} from '../src';

const userSecret = 'u'.repeat(40);
const internalSecret = 'i'.repeat(40);
const viewer = {
  accountId: 'a1',
  username: 'accountant',
  staffId: null,
  districtId: 'd1',
  grants: [{ role: 'ACCOUNTANT' as never, schoolId: 's1' }],
};

describe('user tokens', () => {
  it('round-trip the account and session version', async () => {
    const { token, expiresAt } = await signUserToken({ accountId: 'a1', sessionVersion: 3 }, userSecret, 3600);
    expect(await verifyUserToken(token, userSecret)).toEqual({ accountId: 'a1', sessionVersion: 3 });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('are refused when signed with another secret, expired, or tampered with', async () => {
    const { token } = await signUserToken({ accountId: 'a1', sessionVersion: 1 }, userSecret, 3600);
    await expect(verifyUserToken(token, 'x'.repeat(40))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const expired = await signUserToken({ accountId: 'a1', sessionVersion: 1 }, userSecret, -10);
    await expect(verifyUserToken(expired.token, userSecret)).rejects.toThrow(/expired/);
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin', sv: 1 })).toString('base64url');
    await expect(verifyUserToken(`${header}.${forgedPayload}.${signature}`, userSecret)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuse the "none" algorithm', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'a1', sv: 1, aud: 'houqin:user', iss: 'houqin:directory' })).toString('base64url')}.`;
    await expect(verifyUserToken(unsigned, userSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('gateway tokens', () => {
  it('carry the viewer and request id to a subgraph', async () => {
    const token = await signGatewayToken({ viewer, requestId: 'r1' }, internalSecret);
    expect(await verifyGatewayToken(token, internalSecret)).toEqual({ viewer, requestId: 'r1' });
  });

  it('are required, and a user token cannot stand in for one even with the same secret', async () => {
    await expect(verifyGatewayToken(undefined, internalSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const { token } = await signUserToken({ accountId: 'a1', sessionVersion: 1 }, internalSecret, 60);
    await expect(verifyGatewayToken(token, internalSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('expire after their short lifetime', async () => {
    const stale = await new SignJWT({ viewer, rid: 'r' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('houqin:gateway')
      .setAudience('houqin:subgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(internalSecret));
    await expect(verifyGatewayToken(stale, internalSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('verified tokens are remembered until they expire', () => {
  // Only the clock is faked: jose's crypto and jest's own timers run as usual.
  const onlyDate: Parameters<typeof jest.useFakeTimers>[0] = {
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  };
  afterEach(() => jest.useRealTimers());

  it('a user token verified once is refused after it expires, as on its first check', async () => {
    jest.useFakeTimers({ ...onlyDate, now: Date.now() });
    const { token } = await signUserToken({ accountId: 'a1', sessionVersion: 2 }, userSecret, 30);
    expect(await verifyUserToken(token, userSecret)).toEqual({ accountId: 'a1', sessionVersion: 2 });
    expect(await verifyUserToken(token, userSecret)).toEqual({ accountId: 'a1', sessionVersion: 2 });
    jest.setSystemTime(Date.now() + 31_000);
    await expect(verifyUserToken(token, userSecret)).rejects.toThrow(/expired/);
  });

  it('a remembered token is still refused under another secret, as another kind, or with one character changed', async () => {
    const { token } = await signUserToken({ accountId: 'a1', sessionVersion: 1 }, internalSecret, 60);
    await verifyUserToken(token, internalSecret);
    await expect(verifyUserToken(token, userSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifyGatewayToken(token, internalSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}${token.slice(-1)}`;
    await expect(verifyUserToken(tampered, internalSecret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('the claims handed out from memory cannot be changed by one caller for the next', async () => {
    const token = await signGatewayToken({ viewer, requestId: 'r2' }, internalSecret);
    const first = await verifyGatewayToken(token, internalSecret);
    const second = await verifyGatewayToken(token, internalSecret);
    expect(second).toEqual({ viewer, requestId: 'r2' });
    expect(() => first.viewer!.grants.push({ role: 'ADMIN' as never, schoolId: null })).toThrow(TypeError);
  });
});

describe("the gateway's token for a viewer", () => {
  afterEach(() => jest.useRealTimers());

  it('is signed once and reused by that viewer for a few seconds, and names no request id', async () => {
    const a = await gatewayTokenFor(viewer, internalSecret);
    expect(await gatewayTokenFor({ ...viewer }, internalSecret)).toBe(a);
    expect(await verifyGatewayToken(a, internalSecret)).toEqual({ viewer, requestId: '' });
  });

  it('is another token for other claims (a role granted or revoked) and for anonymous callers', async () => {
    const a = await gatewayTokenFor(viewer, internalSecret);
    const promoted = { ...viewer, grants: [...viewer.grants, { role: 'PRINCIPAL' as never, schoolId: 's1' }] };
    const b = await gatewayTokenFor(promoted, internalSecret);
    expect(b).not.toBe(a);
    expect((await verifyGatewayToken(b, internalSecret)).viewer).toEqual(promoted);
    expect((await verifyGatewayToken(await gatewayTokenFor(null, internalSecret), internalSecret)).viewer).toBeNull();
  });

  it(`is signed afresh after ${GATEWAY_TOKEN_REUSE_SECONDS} s, long before the old one expires`, async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'clearTimeout'], now: Date.now() });
    const other = { ...viewer, accountId: 'a-reuse' };
    const a = await gatewayTokenFor(other, internalSecret);
    jest.setSystemTime(Date.now() + GATEWAY_TOKEN_REUSE_SECONDS * 1000 + 1000);
    const b = await gatewayTokenFor(other, internalSecret);
    expect(b).not.toBe(a);
    expect(GATEWAY_TOKEN_REUSE_SECONDS).toBeLessThan(GATEWAY_TOKEN_TTL_SECONDS / 2);
    expect(await verifyGatewayToken(a, internalSecret)).toEqual({ viewer: other, requestId: '' });
  });
});
