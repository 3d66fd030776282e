import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from './envelope';

/** Time, injectable so tests move it instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The publishing side of a transport, driven by the relay. `publish` runs inside the relay's claim
 * transaction, once per event in id order; a throw leaves the event (and the rest of the batch) for
 * the next round. Transports deduplicate by envelope id, so publishing an event twice (after a relay
 * crashed between publishing and marking it) is harmless.
 */
export interface EventTransport {
  /** For logs: `nats` or `http`. */
  readonly kind: string;
  publish(envelope: EventEnvelope, manager: EntityManager): Promise<void>;
  /**
   * Work the transport still owes after `publish` (the HTTP deliveries to each consumer). Returns
   * true while some of it is due now, so `drain()` knows to go on.
   */
  deliver?(): Promise<boolean>;
}

/** The consuming side: a transport feeding a consumer's events to its `handle`. */
export interface Subscription {
  /** Stops taking new events and waits for the one being handled. */
  stop(): Promise<void>;
}

/** Retry delays after the 1st, 2nd, … failure; the last repeats. Shared by both transports. */
export const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 30000, 120000] as const;

export function retryDelay(delays: readonly number[], failures: number): number {
  return delays[Math.min(Math.max(failures, 1), delays.length) - 1];
}
