import { CLIENT_KEY_HEADER, DEV_SECRETS } from '@houqin/common';
import { signGatewayToken, GATEWAY_TOKEN_HEADER, type Role, type ViewerClaims } from '@houqin/auth';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import { type RunningSubgraph, startSubgraph, type SubgraphConfig, type AnySubgraphDefinition } from '@houqin/subgraph-kit';
import { type GraphQLClient, graphqlClient } from './client';
import { createTestDatabase, type TestDatabase } from './storage';

/** The secret test servers share with the test's own token signing. */
export const TEST_INTERNAL_SECRET = DEV_SECRETS.INTERNAL_TOKEN_SECRET;

export type DemoUsername = (typeof DEMO_ACCOUNTS)[number]['username'];

/** The viewer the gateway would forward for a demo account (as seeded by the directory). */
export function demoViewer(username: DemoUsername): ViewerClaims {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`No demo account ${username}`);
  return {
    accountId: account.id,
    username: account.username,
    staffId: null,
    districtId: DEMO_DISTRICT.id,
    grants: [{ role: account.role as Role, schoolId: account.school ? DEMO_SCHOOLS[account.school].id : null }],
  };
}

export interface TestSubgraph extends RunningSubgraph {
  database: TestDatabase;
  /** A client that calls the subgraph as the gateway would for this viewer (null: anonymous), from `clientKey`'s address when given. */
  as(viewer: ViewerClaims | null, options?: { clientKey?: string }): GraphQLClient;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/**
 * Starts a subgraph in this process on a free port (or `port`, where another service expects it), on
 * a database of its own, seeded with the demo district.
 */
export async function startTestSubgraph(
  definition: AnySubgraphDefinition,
  options: { seed?: boolean; port?: number } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name);
  const config: SubgraphConfig = {
    NODE_ENV: 'test',
    PORT: options.port ?? 0,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.HOUQIN_TEST_LOG_LEVEL ?? 'silent',
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    DATABASE_URL: database.databaseUrl,
    DATA_DIR: database.dataDir,
    DB_POOL_SIZE: 5,
    SEED_DEMO: options.seed === false ? 'false' : 'true',
    isProduction: false,
  };
  const running = await startSubgraph(definition, config);
  return {
    ...running,
    database,
    as(viewer, options = {}) {
      const token = signGatewayToken({ viewer, requestId: 'test' }, TEST_INTERNAL_SECRET);
      const client: Record<string, string> = options.clientKey ? { [CLIENT_KEY_HEADER]: options.clientKey } : {};
      return {
        request: async (query, variables) =>
          graphqlClient(running.url, { [GATEWAY_TOKEN_HEADER]: await token, ...client }).request(query, variables),
      };
    },
    async stop() {
      await running.close();
      await database.drop();
    },
  };
}
