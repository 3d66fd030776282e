import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ErrorCode, REQUEST_ID_HEADER, unauthenticated } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, gatewayTokenFor, type UserTokenClaims, type ViewerClaims } from '@houqin/auth';
import { subgraphFetch } from './subgraph-client';

/** Path of the directory's viewer lookup (see apps/directory/src/account/viewer.route.ts). */
const VIEWER_PATH = '/internal/viewer';

/** How long a viewer lookup may take before the request answers that the directory is unavailable. */
const VIEWER_LOOKUP_TIMEOUT_MS = 5000;

/** Accounts (not tokens) the cache holds at most; each holds the session versions seen for it. */
const MAX_ACCOUNTS = 10_000;

interface CachedViewer {
  viewer: ViewerClaims | null;
  /** When the lookup that produced it started (ms, the cache's clock): a change after it is not in it. */
  fetchedAt: number;
}

export interface ViewerCacheOptions {
  /**
   * How long an answer is reused while the directory's account events reach this gateway
   * (invalidation live, see viewer-invalidation.ts); 0 = never longer than the short TTL.
   */
  invalidatedTtlMs?: number;
  /** A clock in milliseconds (tests move it); `performance.now()` by default. */
  now?: () => number;
}

/** What the cache did, for the bench and logs. */
export interface ViewerCacheStats {
  hits: number;
  misses: number;
  invalidations: number;
}

/**
 * Turns a verified user token into the current viewer (roles in force) by asking the directory,
 * which owns accounts, and keeps the answer for a while:
 * - for the short TTL (`VIEWER_CACHE_TTL_MS`, 2 s) always: a deactivated account, a revoked role or a
 *   token from before a password change is refused within it even when nothing tells the gateway;
 * - for the long TTL (`VIEWER_CACHE_INVALIDATED_TTL_MS`, 10 min) only while invalidation is live
 *   (the directory's account events reach this process and drop an account's answers at once), and
 *   only for answers looked up after it last became live: an event missed while the broker was away
 *   cannot leave an answer from before that gap standing for longer than the short TTL.
 * A short TTL of 0 turns the cache off altogether.
 */
export class ViewerDirectory {
  /** accountId → session version → answer; an invalidation drops the account's entry. */
  private readonly cache: LRUCache<string, Map<number, CachedViewer>> | null;
  /** Lookups under way (`accountId:sessionVersion`): concurrent requests of one session share one. */
  private readonly inFlight = new Map<string, Promise<CachedViewer>>();
  /** Per account, the invalidation count when it was last invalidated: an answer looked up before it is not stored. */
  private readonly invalidatedAt = new LRUCache<string, number>({ max: MAX_ACCOUNTS });
  private invalidationCount = 0;
  /** The invalidation count at the last `invalidateAll`. */
  private allInvalidatedAt = 0;
  /** Since when invalidation has been live without a break; null while it is not. */
  private liveSince: number | null = null;
  private readonly viewerUrl: string;
  private readonly invalidatedTtlMs: number;
  private readonly now: () => number;
  readonly stats: ViewerCacheStats = { hits: 0, misses: 0, invalidations: 0 };

  constructor(
    directoryGraphqlUrl: string,
    private readonly internalSecret: string,
    private readonly ttlMs: number,
    options: ViewerCacheOptions = {},
  ) {
    this.viewerUrl = new URL(VIEWER_PATH, directoryGraphqlUrl).toString();
    this.invalidatedTtlMs = Math.max(options.invalidatedTtlMs ?? 0, ttlMs);
    this.now = options.now ?? (() => performance.now());
    this.cache = ttlMs > 0 ? new LRUCache({ max: MAX_ACCOUNTS }) : null;
  }

  async viewerFor(claims: UserTokenClaims, requestId: string): Promise<ViewerClaims> {
    const entry = this.fresh(claims) ?? (await this.lookUp(claims, requestId));
    if (!entry.viewer) throw unauthenticated('Your session has ended (account deactivated or password changed); sign in again.');
    return entry.viewer;
  }

  /** Called when the directory says an account changed (roles, deactivation, password): its answers go. */
  invalidate(accountId: string): void {
    this.invalidationCount += 1;
    this.stats.invalidations += 1;
    this.invalidatedAt.set(accountId, this.invalidationCount);
    this.cache?.delete(accountId);
    for (const key of this.inFlight.keys()) if (key.startsWith(`${accountId}:`)) this.inFlight.delete(key);
  }

  /** Drops everything (an event this gateway could not read). */
  invalidateAll(): void {
    this.invalidationCount += 1;
    this.stats.invalidations += 1;
    this.allInvalidatedAt = this.invalidationCount;
    this.cache?.clear();
    this.inFlight.clear();
  }

  /** The invalidation feed reports whether events reach this process (subscribed and connected). */
  setInvalidationLive(live: boolean): void {
    if (!live) this.liveSince = null;
    else if (this.liveSince === null) this.liveSince = this.now();
  }

  get invalidationLive(): boolean {
    return this.liveSince !== null;
  }

  /** For /health and the bench: counts so far, and whether invalidation is live. */
  status(): ViewerCacheStats & { invalidationLive: boolean } {
    return { ...this.stats, invalidationLive: this.invalidationLive };
  }

  /** A cached answer still good now, or undefined. */
  private fresh(claims: UserTokenClaims): CachedViewer | undefined {
    const entry = this.cache?.get(claims.accountId)?.get(claims.sessionVersion);
    if (!entry) return undefined;
    const age = this.now() - entry.fetchedAt;
    const longOk = this.liveSince !== null && entry.fetchedAt >= this.liveSince && age < this.invalidatedTtlMs;
    if (age < this.ttlMs || longOk) {
      this.stats.hits += 1;
      return entry;
    }
    return undefined;
  }

  private lookUp(claims: UserTokenClaims, requestId: string): Promise<CachedViewer> {
    const key = `${claims.accountId}:${claims.sessionVersion}`;
    // Without a cache every request asks for itself (a shared lookup may have started before it came).
    let pending = this.cache ? this.inFlight.get(key) : undefined;
    if (pending) {
      this.stats.hits += 1;
      return pending;
    }
    this.stats.misses += 1;
    const fetchedAt = this.now();
    const countAtStart = this.invalidationCount;
    pending = this.fetchViewer(claims, requestId).then((viewer) => {
      const entry = { viewer, fetchedAt };
      // An invalidation of this account (or of all) while the lookup ran may postdate what it read.
      const invalidated = this.allInvalidatedAt > countAtStart || (this.invalidatedAt.get(claims.accountId) ?? 0) > countAtStart;
      if (this.cache && !invalidated) {
        const sessions = this.cache.get(claims.accountId) ?? new Map<number, CachedViewer>();
        sessions.set(claims.sessionVersion, entry);
        this.cache.set(claims.accountId, sessions);
      }
      return entry;
    });
    if (!this.cache) return pending;
    this.inFlight.set(key, pending);
    const forget = () => {
      if (this.inFlight.get(key) === pending) this.inFlight.delete(key);
    };
    pending.then(forget, forget);
    return pending;
  }

  private async fetchViewer(claims: UserTokenClaims, requestId: string): Promise<ViewerClaims | null> {
    // The anonymous gateway token every lookup shares (the request id travels in its own header).
    const token = await gatewayTokenFor(null, this.internalSecret);
    const response = await subgraphFetch(
      this.viewerUrl,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: token, [REQUEST_ID_HEADER]: requestId },
        body: JSON.stringify({ accountId: claims.accountId, sessionVersion: claims.sessionVersion }),
      },
      { subgraph: 'directory', timeoutMs: VIEWER_LOOKUP_TIMEOUT_MS },
    ).catch((error: unknown) => {
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
