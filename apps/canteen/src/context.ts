import type { SubgraphContext } from '@houqin/subgraph-kit';

/**
 * Per-request context of the canteen subgraph: one instance of each concept's service. Each concept
 * adds its own line (and its construction in subgraph.ts's createContext).
 */
export interface CanteenContext extends SubgraphContext {
  /** The clock every "today" is read from (expiry, morning checks, sample keeping); tests pass a fixed one. */
  now: () => Date;
  // canteens: CanteenService;  (canteen/)
}
