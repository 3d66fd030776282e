import { GraphQLError } from 'graphql';
import { ErrorCode } from '@houqin/common';
import { verifyUserToken, type ViewerClaims } from '@houqin/auth';
import type { ViewerDirectory } from './viewers';

/** UNAUTHENTICATED with HTTP 401: the caller must sign in (again). */
export function unauthenticatedHttp(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * Who is calling, from the `Authorization` header: the one rule the gateway and the Apollo Router
 * coprocessor share. No header is an anonymous caller (null: only `login` and public fields answer);
 * a malformed, forged or expired token, or a session that has ended, is UNAUTHENTICATED (401).
 */
export async function authenticate(
  authorization: string | undefined,
  requestId: string,
  deps: { viewers: ViewerDirectory; userTokenSecret: string },
): Promise<ViewerClaims | null> {
  if (!authorization) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!bearer) throw unauthenticatedHttp('Send the token as "Authorization: Bearer <token>".');
  try {
    const claims = await verifyUserToken(bearer[1], deps.userTokenSecret);
    return await deps.viewers.viewerFor(claims, requestId);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.UNAUTHENTICATED) throw unauthenticatedHttp(error.message);
    throw error;
  }
}
