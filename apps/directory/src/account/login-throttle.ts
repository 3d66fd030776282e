import type * as IORedis from 'ioredis';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import { type Logger, unauthenticated } from '@houqin/common';

/** Where failures are counted when several directory processes run: one Redis, one count per username. */
export interface SharedThrottleStore {
  redis: Redis;
  /** Namespaces the keys (`<prefix>:login:<username>`), so deployments or tests can share a server. */
  keyPrefix: string;
}

/**
 * Slows password guessing: after `maxFailures` failed sign-ins for a username, that username is
 * locked for `lockSeconds`, even for the right password. A successful sign-in clears the count.
 *
 * With a shared store (REDIS_URL) every directory replica counts into the same Redis key, so an
 * attacker spreading guesses over replicas behind a load balancer gets `maxFailures`, not
 * `maxFailures × replicas`. Without one the count lives in this process's memory (one process: the
 * embedded `npm start`). While Redis does not answer, each process counts in its own memory
 * (rate-limiter-flexible's insurance limiter) rather than letting guesses through or refusing every sign-in.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterAbstract;

  constructor(
    private readonly maxFailures: number,
    lockSeconds: number,
    shared?: SharedThrottleStore,
  ) {
    const options = { points: maxFailures, duration: lockSeconds, keyPrefix: shared ? `${shared.keyPrefix}:login` : 'login' };
    const memory = new RateLimiterMemory(options);
    this.failures = shared
      ? new RateLimiterRedis({ ...options, storeClient: shared.redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
      : memory;
  }

  /** Refuses at once while the username is locked. */
  async checkNotLocked(username: string): Promise<void> {
    const state = await this.failures.get(username);
    if (state && state.consumedPoints >= this.maxFailures) throw this.locked(state);
  }

  async recordFailure(username: string): Promise<void> {
    await this.failures.penalty(username, 1);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.failures.delete(username);
  }

  private locked(state: RateLimiterRes) {
    const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60000));
    const error = unauthenticated(`Too many failed sign-ins for this username; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    error.extensions.retryAfterSeconds = Math.ceil(state.msBeforeNext / 1000);
    return error;
  }
}

/**
 * A Redis client for shared throttles: commands fail at once while it is disconnected (no offline
 * queue, one try), so a sign-in never waits on a Redis that is down; it reconnects by itself.
 */
export function sharedThrottleRedis(url: string): Redis {
  // Required here, not imported: a directory without REDIS_URL never loads ioredis (~40 modules).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Redis: RedisClient } = require('ioredis') as typeof IORedis;
  const redis = new RedisClient(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    connectionName: 'houqin-directory',
  });
  // Until the service's extension reports errors in its log, they are not worth an "unhandled error" line each retry.
  redis.on('error', () => undefined);
  return redis;
}

/** Reports the shared store coming and going in the service's log, and closes its connection when the service stops. */
export function sharedThrottleExtension(redis: Redis) {
  return {
    name: 'login-throttle-store',
    start: async (deps: { logger: Logger }) => {
      const log = deps.logger.child({ component: 'login-throttle' });
      let up = redis.status === 'ready';
      redis.on('ready', () => {
        up = true;
        log.info({}, 'login failures are counted in Redis');
      });
      redis.on('error', (error: Error) => {
        if (up) log.warn({ err: error }, 'Redis does not answer: login failures are counted per process until it is back');
        up = false;
      });
      return {
        stop: async () => {
          redis.disconnect();
        },
      };
    },
  };
}
