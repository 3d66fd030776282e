import type { AnySubgraphDefinition } from '@houqin/subgraph-kit';
import { createDirectorySubgraph } from '@houqin/directory';
import { createFinanceSubgraph } from '@houqin/finance';
import { createCanteenSubgraph } from '@houqin/canteen';
import { createFacilitiesSubgraph } from '@houqin/facilities';
import { createSafetySubgraph } from '@houqin/safety';

/**
 * Every subgraph of the graph, in port order. Adding a subgraph means adding it here (and to
 * docker-compose.yml); the schema tool, `npm start`, the tests and the benchmark read this list.
 */
export interface SubgraphEntry {
  name: string;
  /** Folder of the app, relative to the repository root. */
  appDir: string;
  port: number;
  /** The definition with development settings: enough to build the schema and run migrations. */
  definition(): AnySubgraphDefinition;
}

const devAuth = {
  userTokenSecret: 'schema-only',
  userTokenTtlSeconds: 3600,
  passwordHashCost: 4,
  loginMaxFailures: 5,
  loginLockSeconds: 900,
};

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'directory', appDir: 'apps/directory', port: 4001, definition: () => createDirectorySubgraph(devAuth) },
  { name: 'finance', appDir: 'apps/finance', port: 4002, definition: () => createFinanceSubgraph() },
  { name: 'canteen', appDir: 'apps/canteen', port: 4003, definition: () => createCanteenSubgraph() },
  { name: 'facilities', appDir: 'apps/facilities', port: 4004, definition: () => createFacilitiesSubgraph() },
  { name: 'safety', appDir: 'apps/safety', port: 4005, definition: () => createSafetySubgraph() },
];
