import { SignJWT } from 'jose';
import { signGatewayToken, signUserToken, verifyGatewayToken, verifyUserToken } from '../src';

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
