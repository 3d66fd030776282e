import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  acceptedClientKey,
  answerHttpErrorsAsGraphQL,
  applyServerTimeouts,
  CLIENT_KEY_HEADER,
  closeOnSignals,
  createLogger,
  type Logger,
  maskError,
  noApolloReporting,
  requestIdMiddleware,
  requestLogPlugin,
  serverTimeoutsOf,
} from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, type GatewayTokenClaims, verifyGatewayToken, Viewer } from '@houqin/auth';
import { requestMetricsPlugin, serveMetrics } from '@houqin/observability';
import { currentSqlStats, openDataSource, storageKind, withSqlStats } from '@houqin/persistence';
import type { SubgraphConfig } from './config';
import type { SubgraphContext, SubgraphDefinition, SubgraphExtension } from './definition';
import { buildFederatedSchema } from './schema';
import { noCacheHints } from './no-cache-hints';

export interface RunningSubgraph {
  url: string;
  port: number;
  dataSource: DataSource;
  logger: Logger;
  close(): Promise<void>;
}

/** Express middleware: only requests carrying a valid gateway token get past it. */
export function requireGatewayToken(secret: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.locals.gateway = await verifyGatewayToken(req.header(GATEWAY_TOKEN_HEADER), secret);
      next();
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Unauthenticated';
      res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}

async function seedIfWanted<C extends SubgraphContext>(
  definition: SubgraphDefinition<C>,
  config: SubgraphConfig,
  dataSource: DataSource,
  logger: Logger,
) {
  const wanted = config.SEED_DEMO === 'true' || (config.SEED_DEMO === 'auto' && storageKind(config.DATABASE_URL) === 'embedded');
  if (wanted && definition.seedDemo) await definition.seedDemo(dataSource, logger);
}

/**
 * Opens the database (migrating it), seeds the demo district when asked, builds the schema and
 * serves it: `/graphql` behind the gateway token, `/health` (alive) and `/ready` (database answers).
 */
export async function startSubgraph<C extends SubgraphContext>(
  definition: SubgraphDefinition<C>,
  config: SubgraphConfig,
): Promise<RunningSubgraph> {
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  const dataSource = await openDataSource({
    service: definition.name,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    poolSize: config.DB_POOL_SIZE,
  });
  await seedIfWanted(definition, config, dataSource, logger);
  const { schema } = await buildFederatedSchema(definition);

  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  // Explicit, and above the gateway's SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS: the gateway closes an idle connection first.
  applyServerTimeouts(httpServer, serverTimeoutsOf(config));
  const apollo = new ApolloServer<C>({
    schema,
    csrfPrevention: true,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => maskError(formatted),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...noApolloReporting(),
      ...noCacheHints<C>(),
      requestLogPlugin<C>(() => ({ sqlStatements: currentSqlStats()?.statements ?? 0, sqlNamed: currentSqlStats()?.named ?? {} })),
      requestMetricsPlugin<C>(definition.name, () => currentSqlStats()?.statements ?? 0),
    ],
  });
  await apollo.start();

  app.use(requestIdMiddleware);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: definition.name, storage: storageKind(config.DATABASE_URL) });
    } catch {
      res.status(503).json({ status: 'not ready', service: definition.name });
    }
  });
  const metrics = await serveMetrics({ app, host: config.HOST, METRICS_PORT: config.METRICS_PORT, METRICS_TOKEN: config.METRICS_TOKEN });
  const router = express.Router();
  definition.routes?.(router, { dataSource, config, logger });
  const extensions = await startExtensions(definition, { service: definition.name, router, dataSource, config, logger });
  app.use(router);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    requireGatewayToken(config.INTERNAL_TOKEN_SECRET),
    (_req, _res, next) => withSqlStats(() => next()),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const gateway = res.locals.gateway as GatewayTokenClaims;
        const requestId = (res.locals.requestId as string) || gateway.requestId;
        const viewer = gateway.viewer ? new Viewer(gateway.viewer) : null;
        const clientKey = acceptedClientKey(req.header(CLIENT_KEY_HEADER));
        return definition.createContext({ viewer, requestId, logger: logger.child({ requestId }), dataSource, clientKey });
      },
    }),
  );

  // Last, after every route: JSON 404 and GraphQL-shaped errors (no HTML, no stack) for anything else.
  answerHttpErrorsAsGraphQL(app, logger);

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ port, storage: storageKind(config.DATABASE_URL) }, `${definition.name} subgraph ready at ${url}`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await apollo.stop();
      await metrics.close();
      for (const extension of extensions.reverse()) await extension.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    })());
  return { url, port, dataSource, logger, close };
}

/** Starts the definition's extensions in order; if one fails, those already started are stopped. */
async function startExtensions<C extends SubgraphContext>(
  definition: SubgraphDefinition<C>,
  deps: Parameters<SubgraphExtension['start']>[0],
) {
  const started: { stop(): Promise<void> }[] = [];
  try {
    for (const extension of definition.extensions ?? []) started.push(await extension.start(deps));
  } catch (error) {
    for (const extension of started.reverse()) await extension.stop();
    throw error;
  }
  return started;
}

/** `main.ts` of a subgraph: start it, and stop cleanly on SIGINT/SIGTERM (Ctrl-C, docker stop). */
export async function runSubgraph<C extends SubgraphContext>(definition: SubgraphDefinition<C>, config: SubgraphConfig): Promise<void> {
  let running: RunningSubgraph;
  try {
    running = await startSubgraph(definition, config);
  } catch (error) {
    createLogger(definition.name, 'error').fatal({ err: error }, `${definition.name} failed to start`);
    process.exit(1);
  }
  closeOnSignals(running.logger, running.close);
}
