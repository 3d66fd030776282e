import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { unauthenticated } from '@houqin/common';

/**
 * Slows password guessing: after `maxFailures` failed sign-ins for a username, that username is
 * locked for `lockSeconds`, even for the right password. A successful sign-in clears the count.
 * Kept in this process's memory: a deployment running several directory processes needs a shared
 * store (rate-limiter-flexible offers MySQL and Redis ones) to count across them.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterMemory;

  constructor(
    private readonly maxFailures: number,
    lockSeconds: number,
  ) {
    this.failures = new RateLimiterMemory({ points: maxFailures, duration: lockSeconds, keyPrefix: 'login' });
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
