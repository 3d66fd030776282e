import { unauthenticated } from '@houqin/common';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import type { ViewerClaims } from './viewer';

/** Header carrying the gateway's short-lived token on every request to a subgraph. */
export const GATEWAY_TOKEN_HEADER = 'x-houqin-gateway-token';

const USER_TOKEN = { issuer: 'houqin:directory', audience: 'houqin:user' };
const GATEWAY_TOKEN = { issuer: 'houqin:gateway', audience: 'houqin:subgraph' };
const ALG = 'HS256';

/** Lifetime of a gateway token: long enough for one request's query plan, short enough to be useless if captured. */
export const GATEWAY_TOKEN_TTL_SECONDS = 60;

const encoder = new TextEncoder();
const key = (secret: string) => encoder.encode(secret);

/**
 * Tokens already verified, by kind, secret and token text, with their claims and expiry. A token's
 * signature and claims never change, so each is checked once (an HMAC over its text, the most
 * expensive step of a request's authentication) and then trusted until it expires; only a token
 * that verified is kept. Bounded: a flood of distinct tokens evicts old entries, it cannot grow memory.
 */
const verified = new LRUCache<string, { claims: object; expiresAtMs: number }>({ max: 5000 });

function rememberedClaims<T extends object>(cacheKey: string): T | undefined {
  const hit = verified.get(cacheKey);
  if (!hit) return undefined;
  if (hit.expiresAtMs > Date.now()) return hit.claims as T;
  verified.delete(cacheKey);
  return undefined;
}

function remember(cacheKey: string, claims: object, exp: number | undefined): void {
  // Frozen: every caller of a cached token shares one claims object.
  if (exp !== undefined) verified.set(cacheKey, { claims: deepFreeze(claims), expiresAtMs: exp * 1000 });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export interface UserTokenClaims {
  accountId: string;
  /** Bumped on deactivation and password change: older tokens stop working at once. */
  sessionVersion: number;
}

export async function signUserToken(
  claims: UserTokenClaims,
  secret: string,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ sv: claims.sessionVersion })
    .setProtectedHeader({ alg: ALG })
    .setSubject(claims.accountId)
    .setIssuer(USER_TOKEN.issuer)
    .setAudience(USER_TOKEN.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key(secret));
  return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

export async function verifyUserToken(token: string, secret: string): Promise<UserTokenClaims> {
  const cacheKey = `user\0${secret}\0${token}`;
  const remembered = rememberedClaims<UserTokenClaims>(cacheKey);
  if (remembered) return remembered;
  try {
    const { payload } = await jwtVerify(token, key(secret), { ...USER_TOKEN, algorithms: [ALG] });
    if (typeof payload.sub !== 'string' || typeof payload.sv !== 'number') throw new Error('malformed claims');
    const claims = { accountId: payload.sub, sessionVersion: payload.sv };
    remember(cacheKey, claims, payload.exp);
    return claims;
  } catch (error) {
    throw unauthenticated(
      error instanceof joseErrors.JWTExpired ? 'Your token has expired; sign in again.' : 'Your token is not valid; sign in again.',
    );
  }
}

export interface GatewayTokenClaims {
  /** Null for an anonymous caller (who may still call `login`). */
  viewer: ViewerClaims | null;
  requestId: string;
}

export async function signGatewayToken(
  claims: GatewayTokenClaims,
  secret: string,
  ttlSeconds = GATEWAY_TOKEN_TTL_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ viewer: claims.viewer, rid: claims.requestId })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(GATEWAY_TOKEN.issuer)
    .setAudience(GATEWAY_TOKEN.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key(secret));
}

/** Verifies a gateway token; throws UNAUTHENTICATED when missing, forged or expired. */
export async function verifyGatewayToken(token: string | undefined, secret: string): Promise<GatewayTokenClaims> {
  if (!token) throw unauthenticated('Subgraphs answer only requests forwarded by the houqin gateway.');
  const cacheKey = `gateway\0${secret}\0${token}`;
  const remembered = rememberedClaims<GatewayTokenClaims>(cacheKey);
  if (remembered) return remembered;
  try {
    const { payload } = await jwtVerify(token, key(secret), { ...GATEWAY_TOKEN, algorithms: [ALG] });
    const claims = { viewer: (payload.viewer as ViewerClaims | null) ?? null, requestId: String(payload.rid ?? '') };
    remember(cacheKey, claims, payload.exp);
    return claims;
  } catch {
    throw unauthenticated('The gateway token is not valid or has expired.');
  }
}

/** How long the gateway reuses a viewer's token: well inside its lifetime, so a reused token never expires in flight. */
export const GATEWAY_TOKEN_REUSE_SECONDS = 20;

const issued = new LRUCache<string, { token: Promise<string>; issuedAtMs: number }>({ max: 5000 });

/**
 * The gateway's token for a viewer, signed once and reused for {@link GATEWAY_TOKEN_REUSE_SECONDS}
 * by that viewer's requests (the same claims give the same token, so subgraphs verify it once too:
 * see `verifyGatewayToken`). It names no request id (the `x-request-id` header carries it); a
 * viewer whose roles change has other claims and so gets another token at once.
 */
export function gatewayTokenFor(viewer: ViewerClaims | null, secret: string): Promise<string> {
  const cacheKey = `${secret}\0${JSON.stringify(viewer)}`;
  const now = Date.now();
  const hit = issued.get(cacheKey);
  if (hit && now - hit.issuedAtMs < GATEWAY_TOKEN_REUSE_SECONDS * 1000) return hit.token;
  const token = signGatewayToken({ viewer, requestId: '' }, secret);
  issued.set(cacheKey, { token, issuedAtMs: now });
  // A failed signing is not remembered.
  token.catch(() => issued.delete(cacheKey));
  return token;
}
