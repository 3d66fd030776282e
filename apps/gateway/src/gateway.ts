import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
// Before @apollo/gateway: its unused metrics exporter and cloud detectors load only if something uses them.
import './apollo-telemetry-deferred';
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express from 'express';
import { GraphQLError, type ValidationContext } from 'graphql';
import {
  answerHttpErrorsAsGraphQL,
  applyServerTimeouts,
  CLIENT_KEY_HEADER,
  createLogger,
  keepApolloTelemetryOff,
  type Logger,
  maskError,
  noApolloReporting,
  REQUEST_ID_HEADER,
  requestIdMiddleware,
  requestLogPlugin,
  serverTimeoutsOf,
} from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, gatewayTokenFor, type ViewerClaims } from '@houqin/auth';
import { requestMetricsPlugin, serveMetrics, timeSubgraphFetches } from '@houqin/observability';
import { authenticate } from './authenticate';
import type { GatewayConfig } from './config';
import { CostModel, costLimitPlugin } from './cost';
import { subgraphAgent, subgraphFetcher } from './subgraph-client';
import { startViewerCache } from './viewer-invalidation';

export { loadGatewayConfig, gatewayEnvSpec, supergraphSubgraphs, subgraphUrlVariable } from './config';
export { SUBGRAPH_CLIENT_DEFAULTS } from './subgraph-client';
export type { GatewayConfig } from './config';

export interface GatewayContext {
  requestId: string;
  viewer: ViewerClaims | null;
  logger: Logger;
  /** A keyed hash of the caller's address, forwarded as CLIENT_KEY_HEADER (per-client limits of anonymous paths). */
  clientKey?: string;
  /** The signed token forwarded to subgraphs: the viewer's (`gatewayTokenFor`), looked up once per request. */
  gatewayToken?: Promise<string>;
}

/** Forwards each subgraph fetch with the viewer in a short-lived signed token and the request id. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly internalSecret: string,
    fetcher: ReturnType<typeof subgraphFetcher>,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const ctx = context as Partial<GatewayContext>;
    const requestId = ctx.requestId ?? 'gateway';
    // One token per viewer, reused for a few seconds: signing (and the subgraphs' verifying) is then not per request.
    const token = ctx.gatewayToken ?? gatewayTokenFor(ctx.viewer ?? null, this.internalSecret);
    if (ctx.requestId) ctx.gatewayToken = token;
    request.http?.headers.set(GATEWAY_TOKEN_HEADER, await token);
    request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    request.http?.headers.set(CLIENT_KEY_HEADER, ctx.clientKey ?? '');
  }
}

/**
 * graphql-armor throws from inside validation by default, which would surface as an internal error;
 * report the rejection as an ordinary validation error instead (GRAPHQL_VALIDATION_FAILED).
 */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  );
}

export interface RunningGateway {
  url: string;
  port: number;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * The gateway: serves the checked-in supergraph, authenticates callers, forwards the viewer, masks
 * internal errors and rejects over-deep or alias-heavy operations before they run.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const directoryUrl = config.subgraphUrls.directory;
  if (!directoryUrl) throw new Error('The supergraph has no directory subgraph; the gateway needs it to authenticate callers.');
  const { viewers, stopInvalidation } = startViewerCache(config, directoryUrl, logger);

  // Nothing leaves unasked: no telemetry to Apollo (read when ApolloGateway is constructed).
  keepApolloTelemetryOff();
  // The pool every subgraph fetch and viewer lookup goes through, idling less than the subgraphs keep connections open.
  subgraphAgent(config.SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS);
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      timeSubgraphFetches(
        name,
        new ForwardingDataSource(
          config.subgraphUrls[name] ?? url ?? '',
          config.INTERNAL_TOKEN_SECRET,
          subgraphFetcher(name, config.subgraphTimeoutsMs?.[name]),
        ),
      ),
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  applyServerTimeouts(httpServer, serverTimeoutsOf(config));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // A flood of tokens (2,000 `__typename` aliases, a 10,000-token document) stops in the parser.
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    validationRules: [
      maxDepthRule({ n: config.MAX_QUERY_DEPTH, ignoreIntrospection: true, propagateOnRejection: false, onReject: [reportLimit] }),
      // allowList []: aliases of __typename count too (graphql-armor leaves them out by default).
      maxAliasesRule({ n: config.MAX_ALIASES, allowList: [], propagateOnRejection: false, onReject: [reportLimit] }),
    ],
    formatError: (formatted) => maskError(formatted),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ...noApolloReporting(),
      costLimitPlugin<GatewayContext>(new CostModel(config.supergraphSdl, config.QUERY_COST_LIST_SIZE), { maxCost: config.MAX_QUERY_COST }),
      requestLogPlugin<GatewayContext>(),
      requestMetricsPlugin<GatewayContext>('gateway'),
    ],
  });
  await apollo.start();

  app.use(requestIdMiddleware);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway', viewerCache: viewers.status() });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(config.subgraphUrls).map(async ([name, url]) => {
        const ok = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) }).then(
          (r) => r.ok,
          () => false,
        );
        return [name, ok ? 'ready' : 'unavailable'] as const;
      }),
    );
    const ready = checks.every(([, state]) => state === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', subgraphs: Object.fromEntries(checks) });
  });
  // The gateway's port is public: in production /metrics is served on it only behind METRICS_TOKEN (or on METRICS_PORT).
  const metrics = await serveMetrics({
    app,
    host: config.HOST,
    METRICS_PORT: config.METRICS_PORT,
    METRICS_TOKEN: config.METRICS_TOKEN,
    publicPort: true,
    isProduction: config.isProduction,
    logger,
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const viewer = await authenticate(req.header('authorization'), requestId, { viewers, userTokenSecret: config.USER_TOKEN_SECRET });
        // Keyed with the internal secret: subgraphs can count a client's requests without learning its address.
        const clientKey = createHmac('sha256', config.INTERNAL_TOKEN_SECRET)
          .update(req.ip ?? '')
          .digest('hex')
          .slice(0, 32);
        // One child logger per request (pino serialises a child's bindings when it is made).
        return {
          requestId,
          viewer,
          clientKey,
          logger: logger.child(viewer ? { requestId, accountId: viewer.accountId } : { requestId }),
        };
      },
    }),
  );

  // Last, after every route: JSON 404 and GraphQL-shaped errors (no HTML, no stack) for anything else.
  answerHttpErrorsAsGraphQL(app, logger);

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ port, subgraphs: config.subgraphUrls }, `gateway ready at http://localhost:${port}/graphql`);
  return {
    url,
    port,
    logger,
    close: async () => {
      await apollo.stop();
      await stopInvalidation();
      await metrics.close();
    },
  };
}
