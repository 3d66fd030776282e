import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { NonEmptyArray } from 'type-graphql';
import type { Logger } from '@houqin/common';
import type { PermissionTable, Viewer } from '@houqin/auth';
import type { Actor, SqlStore } from '@houqin/persistence';
import type { SubgraphConfig } from './config';

/** What every resolver of every subgraph receives; a subgraph extends it with its services. */
export interface SubgraphContext extends Actor {
  viewer: Viewer | null;
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  /** The caller's client key from the gateway (CLIENT_KEY_HEADER), for per-client limits of anonymous paths; null when absent. */
  clientKey?: string | null;
}

/** Resolves `_entities` representations of one type; called once per key, batched by a loader. */
export type ReferenceResolver<C> = (reference: { __typename: string; id: string }, context: C) => Promise<unknown>;

/**
 * Everything that makes a service a houqin subgraph. A new subgraph is one of these plus a
 * `main.ts` calling `runSubgraph` (see docs/adding-a-subgraph.md).
 */
export interface SubgraphDefinition<C extends SubgraphContext = SubgraphContext> {
  /** Subgraph name in the supergraph, database suffix and log `service` field, e.g. `directory`. */
  name: string;
  /** Port when PORT is unset (gateway 4000, directory 4001, finance 4002, …). */
  defaultPort: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver that must still be in the schema (e.g. entity stubs). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** TypeORM entities of this service's own database. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  /** Versioned migrations (MySQL dialect), oldest first. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /**
   * The service's permission table (`permissions.ts`): a mutation missing from it is refused, and a
   * caller holding none of its rule's roles anywhere is refused before its input is validated (see
   * `gateMutations`); the service checks every rule itself at the school concerned.
   */
  permissions?: PermissionTable;
  /** The named-SQL stores of its concepts (`<concept>.store.ts`); `npm run sql` prints them to `sql/`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  sqlStores?: SqlStore<any>[];
  /** `__resolveReference` per entity type this subgraph owns, e.g. `{ School: (ref, ctx) => ctx.schools.byId(ref.id) }`. */
  referenceResolvers?: Record<string, ReferenceResolver<C>>;
  /** Adds this service's per-request services and loaders to the base context. */
  createContext(base: SubgraphContext): C;
  /** Fills an empty database with the demo district. Must be idempotent. */
  seedDemo?(dataSource: DataSource, logger: Logger): Promise<void>;
  /** Extra HTTP routes mounted before /graphql (each must check the gateway token itself). */
  routes?(router: Router, deps: { dataSource: DataSource; config: SubgraphConfig; logger: Logger }): void;
  /** Work that runs beside the server, e.g. `eventsExtension(…)` of @houqin/events (outbox relay, event consumer). */
  extensions?: SubgraphExtension[];
}

/**
 * Background work of a subgraph. `start` runs once the database is open (after the demo seed),
 * before the server listens, and may mount routes on the router (which checks no gateway token:
 * each route authenticates its callers itself); `stop` runs after the server stopped taking
 * requests and before the database closes.
 */
export interface SubgraphExtension {
  name: string;
  start(deps: {
    service: string;
    router: Router;
    dataSource: DataSource;
    config: SubgraphConfig;
    logger: Logger;
  }): Promise<{ stop(): Promise<void> }>;
}

/** Any subgraph's definition, whatever its context: for the tools and tests that start or inspect every subgraph. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any>;
