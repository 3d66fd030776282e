import type { Server } from 'node:http';
import { num } from 'envalid';
import type { ErrorRequestHandler, Express, Request, Response } from 'express';
import { ErrorCode, INTERNAL_MESSAGE } from './errors';
import type { Logger } from './logger';

/**
 * Codes of requests refused at the HTTP edge, before GraphQL runs. Apollo Server's own refusals
 * (batched arrays, CSRF, wrong method, no query) already answer `BAD_REQUEST` in this same shape.
 */
export const HttpEdgeCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: ErrorCode.NOT_FOUND,
  INTERNAL: ErrorCode.INTERNAL,
} as const;

/** An error as body-parser and http-errors make them: a status, and `expose` when the message is meant for the client. */
interface HttpishError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  limit?: number;
}

/** The one shape every answer of a houqin service has, GraphQL or not. */
export function sendGraphQLError(res: Response, status: number, message: string, code: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * What a client is told about an error raised before GraphQL (body parsing, a route, middleware):
 * a fixed sentence per kind, never the error's own message (body-parser's SyntaxError quotes the
 * body; an unexpected error may name files).
 */
export function describeHttpError(error: unknown): { status: number; code: string; message: string } {
  const e = (error ?? {}) as HttpishError;
  const status = e.status ?? e.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500 || e.expose === false) {
    return { status: 500, code: HttpEdgeCode.INTERNAL, message: INTERNAL_MESSAGE };
  }
  switch (e.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: HttpEdgeCode.PAYLOAD_TOO_LARGE,
        message: `The request body is larger than the ${e.limit ?? 'allowed'} bytes this service accepts.`,
      };
    case 'entity.parse.failed':
      return { status: 400, code: HttpEdgeCode.BAD_REQUEST, message: 'The request body is not valid JSON (a JSON object is expected).' };
    case 'charset.unsupported':
      return { status: 415, code: HttpEdgeCode.UNSUPPORTED_MEDIA_TYPE, message: 'Send the JSON body in UTF-8 (charset=utf-8).' };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: HttpEdgeCode.UNSUPPORTED_MEDIA_TYPE,
        message: 'The Content-Encoding of the body is not supported: send it plain, gzip or deflate.',
      };
  }
  if (status === 413) return { status, code: HttpEdgeCode.PAYLOAD_TOO_LARGE, message: 'The request is too large.' };
  if (status === 415)
    return { status, code: HttpEdgeCode.UNSUPPORTED_MEDIA_TYPE, message: 'The Content-Type of the body is not supported.' };
  if (status === 401) return { status, code: ErrorCode.UNAUTHENTICATED, message: 'Sign in first: this request needs a valid token.' };
  if (status === 403) return { status, code: ErrorCode.FORBIDDEN, message: 'This request is not allowed.' };
  if (status === 404) return { status, code: HttpEdgeCode.NOT_FOUND, message: 'Not found.' };
  return { status, code: HttpEdgeCode.BAD_REQUEST, message: `The request could not be read (HTTP ${status}).` };
}

/** Answers any route nobody registered (any method) with a JSON 404 instead of Express's HTML page. */
export function notFoundHandler(_req: Request, res: Response): void {
  sendGraphQLError(res, 404, 'Not found. The GraphQL endpoint is POST /graphql.', HttpEdgeCode.NOT_FOUND);
}

/**
 * Express's last error handler: every error from body parsing, a route or middleware answers
 * `{ errors: [{ message, extensions: { code } }] }` with its status, in every mode; the detail of an
 * unexpected one goes to the log only.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const answer = describeHttpError(error);
    const requestId = res.locals.requestId as string | undefined;
    if (answer.status >= 500) logger.error({ err: error, requestId, method: req.method, path: req.path }, 'unexpected HTTP error');
    else logger.info({ requestId, method: req.method, path: req.path, status: answer.status, code: answer.code }, 'refused HTTP request');
    // Part of an answer already left: the only honest thing left is to cut the connection.
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    sendGraphQLError(res, answer.status, answer.message, answer.code);
  };
}

/**
 * Ends an app's routes: the JSON 404 for anything not matched, then the JSON error handler. Call it
 * once, after every route and middleware is registered (Express matches in order: a route added
 * after this call is never reached).
 */
export function answerHttpErrorsAsGraphQL(app: Express, logger: Logger): void {
  app.use(notFoundHandler);
  app.use(httpErrorHandler(logger));
}

export interface ServerTimeouts {
  /** How long an idle keep-alive connection stays open (Node's default is 5 s). */
  keepAliveTimeoutMs: number;
  /** How long a client may take to send a request's headers; kept above the keep-alive timeout. */
  headersTimeoutMs: number;
}

/**
 * Every service's defaults: above the 60 s idle timeout of the usual load balancers and of the
 * gateway's subgraph client (SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS), so the caller closes an idle connection first.
 */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = { keepAliveTimeoutMs: 65_000, headersTimeoutMs: 66_000 };

/** The variables every service reads for `applyServerTimeouts` (docs/configuration.md). */
export function serverTimeoutsEnvSpec() {
  return {
    HTTP_KEEP_ALIVE_TIMEOUT_MS: num({
      default: DEFAULT_SERVER_TIMEOUTS.keepAliveTimeoutMs,
      desc: "how long an idle kept-alive connection stays open; keep it above the callers' own idle timeout",
    }),
    HTTP_HEADERS_TIMEOUT_MS: num({
      default: DEFAULT_SERVER_TIMEOUTS.headersTimeoutMs,
      desc: 'how long a caller may take to send request headers; at least 1 s above HTTP_KEEP_ALIVE_TIMEOUT_MS',
    }),
  };
}

/** The timeouts a service's config asks for; what it leaves unset (configs built by hand in tests) takes the defaults. */
export function serverTimeoutsOf(config: { HTTP_KEEP_ALIVE_TIMEOUT_MS?: number; HTTP_HEADERS_TIMEOUT_MS?: number }): ServerTimeouts {
  return {
    keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS ?? DEFAULT_SERVER_TIMEOUTS.keepAliveTimeoutMs,
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS ?? DEFAULT_SERVER_TIMEOUTS.headersTimeoutMs,
  };
}

/**
 * Sets the server's keep-alive and headers timeouts explicitly. The gateway's subgraph client idles
 * its connections for less than a subgraph's keep-alive timeout, so the server is never the one to
 * close a connection the client is about to reuse.
 */
export function applyServerTimeouts(server: Server, timeouts: ServerTimeouts): void {
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  // Node's advice: headersTimeout above keepAliveTimeout, or a request arriving just before the idle
  // timeout could be cut by the headers timer.
  server.headersTimeout = Math.max(timeouts.headersTimeoutMs, timeouts.keepAliveTimeoutMs + 1000);
}
