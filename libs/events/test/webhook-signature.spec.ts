import { signWebhook, verifyWebhook } from '../src/webhook-signature';

const SECRET = 'whsec_test-secret-of-an-endpoint';
const BODY = '{"id":"0190","type":"finance.supplier.suspended","payload":{"name":"青菜配送"}}';
const AT = new Date('2026-12-02T01:00:00Z');
const STAMP = Math.floor(AT.getTime() / 1000);

function headersFor(body: string, secret = SECRET, stamp = STAMP) {
  return { 'X-Houqin-Timestamp': String(stamp), 'X-Houqin-Signature': signWebhook(secret, stamp, body) };
}

describe('the webhook verifier', () => {
  it('accepts a body signed with the secret at a fresh timestamp', () => {
    expect(verifyWebhook({ secret: SECRET, headers: headersFor(BODY), body: BODY, now: AT })).toEqual({ ok: true, timestamp: STAMP });
    // Node lower-cases header names; fetch's Headers object works too.
    const lower = Object.fromEntries(Object.entries(headersFor(BODY)).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verifyWebhook({ secret: SECRET, headers: new Headers(lower), body: Buffer.from(BODY), now: AT }).ok).toBe(true);
  });

  it('signs the documented string: hex HMAC-SHA256 of "timestamp.body", prefixed v1=', () => {
    // The value `printf '1.x' | openssl dgst -sha256 -hmac key` prints.
    expect(signWebhook('key', 1, 'x')).toBe('v1=fc4913c41a7bf793267e2a384f3261c9436ec2cd097bd745e7b0d99113f510ec');
  });

  it('rejects a tampered body, a wrong secret, and a missing or malformed header', () => {
    const headers = headersFor(BODY);
    expect(verifyWebhook({ secret: SECRET, headers, body: BODY.replace('青菜', '白菜'), now: AT })).toEqual({
      ok: false,
      reason: 'signature does not match',
    });
    expect(verifyWebhook({ secret: 'whsec_another', headers, body: BODY, now: AT }).ok).toBe(false);
    expect(verifyWebhook({ secret: SECRET, headers: { 'x-houqin-timestamp': String(STAMP) }, body: BODY, now: AT }).ok).toBe(false);
    expect(verifyWebhook({ secret: SECRET, headers: { ...headers, 'X-Houqin-Timestamp': 'soon' }, body: BODY, now: AT }).ok).toBe(false);
  });

  it('rejects a replay: a timestamp older (or further ahead) than the tolerance', () => {
    const headers = headersFor(BODY);
    const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);
    expect(verifyWebhook({ secret: SECRET, headers, body: BODY, now: later(300) }).ok).toBe(true);
    expect(verifyWebhook({ secret: SECRET, headers, body: BODY, now: later(301) })).toMatchObject({ ok: false, reason: /tolerance/ });
    expect(verifyWebhook({ secret: SECRET, headers, body: BODY, now: later(-301) }).ok).toBe(false);
    expect(verifyWebhook({ secret: SECRET, headers, body: BODY, now: later(60), toleranceSeconds: 30 }).ok).toBe(false);
    // Re-signing the old body with a new timestamp needs the secret.
    const forged = { 'x-houqin-timestamp': String(STAMP + 600), 'x-houqin-signature': headers['X-Houqin-Signature'] };
    expect(verifyWebhook({ secret: SECRET, headers: forged, body: BODY, now: later(600) }).ok).toBe(false);
  });
});
