import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ErrorCode, unauthenticated } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, signGatewayToken, type UserTokenClaims, type ViewerClaims } from '@houqin/auth';
import { subgraphFetch } from './subgraph-client';

/** Path of the directory's viewer lookup (see apps/directory/src/internal-viewer.ts). */
const VIEWER_PATH = '/internal/viewer';

/**
 * Turns a verified user token into the current viewer (roles in force) by asking the directory,
 * which owns accounts. A short cache keeps this off the hot path; a deactivated account or a
 * token from before a password change is refused once the cached answer expires.
 */
export class ViewerDirectory {
  private readonly cache: LRUCache<string, { viewer: ViewerClaims | null }> | null;
  private readonly viewerUrl: string;

  constructor(
    directoryGraphqlUrl: string,
    private readonly internalSecret: string,
    ttlMs: number,
  ) {
    this.viewerUrl = new URL(VIEWER_PATH, directoryGraphqlUrl).toString();
    this.cache = ttlMs > 0 ? new LRUCache({ max: 10_000, ttl: ttlMs }) : null;
  }

  async viewerFor(claims: UserTokenClaims, requestId: string): Promise<ViewerClaims> {
    const key = `${claims.accountId}:${claims.sessionVersion}`;
    let entry = this.cache?.get(key);
    if (!entry) {
      entry = { viewer: await this.fetchViewer(claims, requestId) };
      this.cache?.set(key, entry);
    }
    if (!entry.viewer) throw unauthenticated('Your session has ended (account deactivated or password changed); sign in again.');
    return entry.viewer;
  }

  private async fetchViewer(claims: UserTokenClaims, requestId: string): Promise<ViewerClaims | null> {
    const token = await signGatewayToken({ viewer: null, requestId }, this.internalSecret);
    const response = await subgraphFetch(this.viewerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: token, 'x-request-id': requestId },
      body: JSON.stringify({ accountId: claims.accountId, sessionVersion: claims.sessionVersion }),
      signal: AbortSignal.timeout(5000),
    }).catch((error: unknown) => {
      throw new GraphQLError('The directory service is unavailable.', {
        extensions: { code: ErrorCode.INTERNAL },
        originalError: error as Error,
      });
    });
    if (response.status === 401) return null;
    if (!response.ok)
      throw new GraphQLError(`Viewer lookup failed with HTTP ${response.status}.`, { extensions: { code: ErrorCode.INTERNAL } });
    return ((await response.json()) as { viewer: ViewerClaims }).viewer;
  }
}
