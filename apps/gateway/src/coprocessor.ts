import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { z } from 'zod';
import { acceptedRequestId, answerHttpErrorsAsGraphQL, createLogger, type Logger, maskError, REQUEST_ID_HEADER } from '@houqin/common';
import { GATEWAY_TOKEN_HEADER, gatewayTokenFor } from '@houqin/auth';
import { authenticate } from './authenticate';
import type { GatewayConfig } from './config';
import { startViewerCache } from './viewer-invalidation';
import type { ViewerDirectory } from './viewers';

/**
 * Apollo Router's external coprocessing protocol (version 1), RouterRequest stage: the Router posts
 * each client request's headers here before it parses the operation; the answer either lets the
 * request continue with new headers or ends it with a status and a GraphQL body. Protocol:
 * https://www.apollographql.com/docs/graphos/routing/customization/coprocessor/reference
 * tools/router/router.yaml configures the Router to call it with `headers: true` (no body, no SDL).
 */
export const COPROCESSOR_PROTOCOL_VERSION = 1;

const routerRequest = z.looseObject({
  version: z.literal(COPROCESSOR_PROTOCOL_VERSION),
  stage: z.literal('RouterRequest'),
  control: z.literal('continue'),
  id: z.string().min(1),
  headers: z.record(z.string(), z.array(z.string()), {
    error: 'no headers: configure coprocessor.router.request.headers: true in router.yaml',
  }),
});

export type RouterRequestPayload = z.infer<typeof routerRequest>;

/** What the coprocessor answers: an HTTP status for its own reply and the JSON body. */
export interface CoprocessorReply {
  status: number;
  body: Record<string, unknown>;
}

export interface CoprocessorDeps {
  viewers: ViewerDirectory;
  userTokenSecret: string;
  internalSecret: string;
}

/** Header names as the Router sends them may be in any case; one lower-case entry per name. */
function lowerCaseHeaders(headers: Record<string, string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers)) (result[name.toLowerCase()] ??= []).push(...values);
  return result;
}

/** Ends the client's request at the Router with a GraphQL error body (a JSON string at the Router stages). */
function breakWith(status: number, error: GraphQLFormattedError, payload: RouterRequestPayload) {
  return {
    version: payload.version,
    stage: payload.stage,
    id: payload.id,
    control: { break: status },
    headers: { 'content-type': ['application/json'] },
    body: JSON.stringify({ errors: [maskError(error)] }),
  };
}

/**
 * One RouterRequest: authenticate the caller exactly as the gateway does, then hand the Router the
 * client's headers with the signed gateway token (the viewer, for subgraphs) and the request id
 * added, and any token the client sent under that name removed. An invalid payload answers 400,
 * which the Router treats as a failed coprocessor call and refuses the client request: it fails closed.
 */
export async function handleRouterRequest(input: unknown, deps: CoprocessorDeps): Promise<CoprocessorReply> {
  const parsed = routerRequest.safeParse(input);
  if (!parsed.success) {
    const message = `Not a version ${COPROCESSOR_PROTOCOL_VERSION} RouterRequest coprocessor request: ${z.prettifyError(parsed.error)}`;
    return { status: 400, body: { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] } };
  }
  const payload = parsed.data;
  const { [GATEWAY_TOKEN_HEADER]: _forged, ...headers } = lowerCaseHeaders(payload.headers);
  const requestId = acceptedRequestId(headers[REQUEST_ID_HEADER]?.[0]) ?? payload.id;
  try {
    const viewer = await authenticate(headers.authorization?.[0], requestId, deps);
    // The viewer's token, shared by its requests for a while (gatewayTokenFor): the request id travels as x-request-id.
    const token = await gatewayTokenFor(viewer, deps.internalSecret);
    return {
      status: 200,
      body: {
        version: payload.version,
        stage: payload.stage,
        id: payload.id,
        control: 'continue',
        headers: { ...headers, [GATEWAY_TOKEN_HEADER]: [token], [REQUEST_ID_HEADER]: [requestId] },
      },
    };
  } catch (error) {
    const graphqlError = error instanceof GraphQLError ? error : new GraphQLError('unexpected', { originalError: error as Error });
    const status =
      typeof graphqlError.extensions.http === 'object' ? ((graphqlError.extensions.http as { status?: number }).status ?? 500) : 500;
    const { http: _http, ...extensions } = graphqlError.extensions;
    return { status: 200, body: breakWith(status, { message: graphqlError.message, extensions }, payload) };
  }
}

export interface RunningCoprocessor {
  url: string;
  port: number;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * The coprocessor as its own small HTTP service (`npm run coprocessor`, docs/operations.md): beside
 * the Router, on 127.0.0.1 by default, since whoever reaches it can mint gateway tokens for any
 * valid user token. Needs the directory (viewer lookups) and the same secrets as the gateway.
 */
export async function startCoprocessor(config: GatewayConfig): Promise<RunningCoprocessor> {
  const logger = createLogger('coprocessor', config.LOG_LEVEL);
  const directoryUrl = config.subgraphUrls.directory;
  if (!directoryUrl) throw new Error('The supergraph has no directory subgraph; the coprocessor needs it to look viewers up.');
  // The gateway's viewer cache, invalidated by the directory's account events when NATS_URL is set.
  const { viewers, stopInvalidation } = startViewerCache(config, directoryUrl, logger);
  const deps: CoprocessorDeps = { viewers, userTokenSecret: config.USER_TOKEN_SECRET, internalSecret: config.INTERNAL_TOKEN_SECRET };
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'coprocessor' });
  });
  app.post('/', express.json({ limit: '256kb', strict: false }), async (req, res) => {
    const reply = await handleRouterRequest(req.body, deps);
    if (reply.status !== 200) logger.warn({ status: reply.status, body: reply.body }, 'refused a coprocessor request');
    res.status(reply.status).json(reply.body);
  });
  answerHttpErrorsAsGraphQL(app, logger);
  const httpServer = createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(config.COPROCESSOR_PORT, config.COPROCESSOR_HOST, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  logger.info({ port }, `Apollo Router coprocessor ready at ${url}`);
  return {
    url,
    port,
    logger,
    close: async () => {
      await new Promise<void>((resolve, reject) => httpServer.close((error) => (error ? reject(error) : resolve())));
      await stopInvalidation();
    },
  };
}
