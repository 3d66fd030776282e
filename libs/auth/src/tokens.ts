import { unauthenticated } from '@houqin/common';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
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
  try {
    const { payload } = await jwtVerify(token, key(secret), { ...USER_TOKEN, algorithms: [ALG] });
    if (typeof payload.sub !== 'string' || typeof payload.sv !== 'number') throw new Error('malformed claims');
    return { accountId: payload.sub, sessionVersion: payload.sv };
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
  try {
    const { payload } = await jwtVerify(token, key(secret), { ...GATEWAY_TOKEN, algorithms: [ALG] });
    return { viewer: (payload.viewer as ViewerClaims | null) ?? null, requestId: String(payload.rid ?? '') };
  } catch {
    throw unauthenticated('The gateway token is not valid or has expired.');
  }
}
