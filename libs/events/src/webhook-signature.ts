import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signing of district webhooks (docs/webhooks.md): every delivery carries
 *
 *   X-Houqin-Timestamp: <unix seconds>
 *   X-Houqin-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>
 *
 * so a receiver holding the endpoint's secret can tell the body came from houqin unchanged, and,
 * by refusing old timestamps, that it is not a captured request played again.
 */

export const WEBHOOK_HEADERS = {
  eventId: 'x-houqin-event-id',
  eventType: 'x-houqin-event-type',
  deliveryId: 'x-houqin-delivery-id',
  timestamp: 'x-houqin-timestamp',
  signature: 'x-houqin-signature',
} as const;

/** The signature scheme's version prefix; a future scheme gets `v2=` beside it. */
const SCHEME = 'v1';

/** How far a delivery's timestamp may be from the receiver's clock (default 5 minutes). */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** The `X-Houqin-Signature` value for `body` sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number | string, body: string | Buffer): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.`);
  hmac.update(body);
  return `${SCHEME}=${hmac.digest('hex')}`;
}

export interface VerifyWebhookOptions {
  /** The endpoint's signing secret (shown once when it was created or rotated). */
  secret: string;
  /** The request headers (any case; Node's `req.headers` or a plain object). */
  headers: Record<string, string | string[] | undefined> | Headers;
  /** The raw body exactly as received: verify before parsing, never a re-serialised object. */
  body: string | Buffer;
  /** The receiver's clock (default now). */
  now?: Date;
  toleranceSeconds?: number;
}

export type VerifyWebhookResult = { ok: true; timestamp: number } | { ok: false; reason: string };

function header(headers: VerifyWebhookOptions['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks a received delivery: the signature must match the body and timestamp under `secret`
 * (compared in constant time), and the timestamp must be within `toleranceSeconds` of `now`. A
 * receiver should also remember the `X-Houqin-Event-Id`s it handled: a retry of the same event is
 * signed afresh, so the id, not the signature, is what tells it was seen before.
 */
export function verifyWebhook(options: VerifyWebhookOptions): VerifyWebhookResult {
  const { secret, headers, body } = options;
  const tolerance = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const stamp = header(headers, WEBHOOK_HEADERS.timestamp);
  const signature = header(headers, WEBHOOK_HEADERS.signature);
  if (!stamp || !/^\d{1,12}$/.test(stamp)) return { ok: false, reason: 'timestamp header missing or malformed' };
  if (!signature) return { ok: false, reason: 'signature header missing' };
  const timestamp = Number(stamp);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > tolerance) return { ok: false, reason: 'timestamp outside the tolerance (a replay, or a clock far off)' };
  const expected = Buffer.from(signWebhook(secret, stamp, body));
  // Several signatures may be listed (comma-separated); one valid v1 is enough.
  const valid = signature
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
  return valid ? { ok: true, timestamp } : { ok: false, reason: 'signature does not match' };
}
