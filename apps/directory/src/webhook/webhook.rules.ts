import { createHmac, randomBytes } from 'node:crypto';
import { badInput } from '@houqin/common';
import { EVENT_CATALOGUE, retryDelay, type EventEnvelope } from '@houqin/events';
import { URL_LENGTH, WebhookFormat, type WebhookEndpoint } from './webhook.entity';

/** Endpoints one district may register: the consumer reads them all for every event. */
export const MAX_ENDPOINTS_PER_DISTRICT = 50;
/** Event types or wildcards one endpoint may list. */
export const MAX_EVENT_TYPES = 50;

/**
 * Retrying (重试): the pause before the 2nd, 3rd, … attempt of a delivery (1 min, 5 min, 30 min,
 * 2 h, 6 h, 12 h, 24 h); after MAX_ATTEMPTS it is FAILED. An endpoint whose attempts fail
 * PAUSE_AFTER_FAILURES times in a row (about two and a half hours of an unreachable receiver) is
 * paused with the reason, and its queue waits for a district admin to resume it: a receiver that
 * is down loses nothing, and one that is gone does not cost a request per event for a day.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000, 86_400_000] as const;
export const WEBHOOK_MAX_ATTEMPTS = 8;
export const PAUSE_AFTER_FAILURES = 5;

/** The pause after the `failures`-th failed attempt (the last delay repeats). */
export function webhookRetryDelay(failures: number, delays: readonly number[] = WEBHOOK_RETRY_DELAYS_MS): number {
  return retryDelay(delays, failures);
}

const TYPES = EVENT_CATALOGUE.map((definition) => definition.type as string);
const WILDCARD = /^(?:\*|[a-z]+\.\*|[a-z]+\.[a-z][A-Za-z0-9]*\.\*)$/;

/** Whether an event type is named by one of the patterns (exact, `*`, `<service>.*`, `<service>.<concept>.*`). */
export function typeMatches(patterns: readonly string[], type: string): boolean {
  return patterns.some(
    (pattern) => pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1))),
  );
}

/**
 * The event types of an input, checked against the catalogue: each a catalogue type or a wildcard
 * that names at least one; duplicates dropped. BAD_USER_INPUT on `eventTypes` otherwise.
 */
export function checkEventTypes(patterns: readonly string[]): string[] {
  const wanted = [...new Set(patterns.map((pattern) => pattern.trim()))];
  if (!wanted.length) throw badInput('eventTypes', 'eventTypes must name at least one event type.');
  if (wanted.length > MAX_EVENT_TYPES) throw badInput('eventTypes', `eventTypes may name at most ${MAX_EVENT_TYPES} types.`);
  for (const pattern of wanted) {
    const known = WILDCARD.test(pattern) ? TYPES.some((type) => typeMatches([pattern], type)) : TYPES.includes(pattern);
    if (!known)
      throw badInput('eventTypes', `eventTypes: ${pattern.slice(0, 100)} is not an event type of the catalogue (see docs/events.md).`);
  }
  return wanted;
}

/** Whether an endpoint takes an event: the types match, and a school filter names the event's school. */
export function wantsEvent(
  endpoint: Pick<WebhookEndpoint, 'eventTypes' | 'schoolId'>,
  event: Pick<EventEnvelope, 'type' | 'schoolId'>,
): boolean {
  if (!typeMatches(endpoint.eventTypes, event.type)) return false;
  return endpoint.schoolId === null || endpoint.schoolId === event.schoolId;
}

/** An endpoint URL as typed: absolute http(s), no longer than the column. BAD_USER_INPUT on `url` otherwise. */
export function checkUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length > URL_LENGTH) throw badInput('url', `url may be at most ${URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('url', 'url must be an absolute URL such as https://oa.example.edu.cn/houqin/events.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('url', 'url must start with https:// or http://.');
  if (!url.hostname) throw badInput('url', 'url must name a host.');
  return url;
}

/** A URL as the graph shows it: query values and any password hidden (a robot's `key`/`access_token` is a credential). */
export function redactUrl(raw: string): string {
  const url = new URL(raw);
  if (url.password) url.password = '***';
  for (const key of [...new Set(url.searchParams.keys())]) url.searchParams.set(key, '***');
  return url.toString().replace(/=%2A%2A%2A/g, '=***');
}

/** A new signing secret: 32 random bytes, base64url, with a prefix that says what it is. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * 钉钉 加签: the robot URL with `timestamp` (ms) and `sign` = base64(HMAC-SHA256(secret,
 * timestamp + "\n" + secret)), as DingTalk's custom robot documentation specifies.
 */
export function dingtalkSignedUrl(raw: string, robotSecret: string, nowMs: number): string {
  const sign = createHmac('sha256', robotSecret).update(`${nowMs}\n${robotSecret}`).digest('base64');
  const url = new URL(raw);
  url.searchParams.set('timestamp', String(nowMs));
  url.searchParams.set('sign', sign);
  return url.toString();
}

/**
 * Why an answer is a failure, or null when the receiver took the delivery: a status outside 2xx;
 * and for 企业微信/钉钉 robots, which answer 200 with `{"errcode": …}`, an errcode other than 0.
 */
export function answerError(format: WebhookFormat, status: number, text: string): string | null {
  if (status < 200 || status > 299) return `HTTP ${status}${text ? `: ${text.slice(0, 300)}` : ''}`;
  if (format === WebhookFormat.JSON) return null;
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return `HTTP ${status} but the robot's answer is not JSON: ${text.slice(0, 200)}`;
  }
  if (answer.errcode === 0 || answer.errcode === '0') return null;
  return `robot errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? '').slice(0, 300)}`;
}

/** What a format allows: a robot secret is DingTalk's 加签 and nothing else's. */
export function checkRobotSecret(format: WebhookFormat, robotSecret: string | null): void {
  if (robotSecret && format !== WebhookFormat.DINGTALK) throw badInput('robotSecret', 'robotSecret (加签) is for DINGTALK robots only.');
}
