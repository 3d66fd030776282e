import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger';

/** Header carrying the request id from the gateway into subgraphs and back to the client. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Header the gateway sets on every subgraph request: a keyed hash of the caller's network address
 * (never the address itself), so an anonymous path (a repair reported from a room's QR link) can be
 * limited per client. Subgraphs only serve requests the gateway signed, and the gateway always sets it.
 */
export const CLIENT_KEY_HEADER = 'x-houqin-client';

/** A client key as the gateway makes them (hex), else null. */
export function acceptedClientKey(given: string | undefined): string | null {
  return given && /^[0-9a-f]{16,64}$/.test(given) ? given : null;
}

/** A caller's request id if it is a plain token of at most 64 characters (it goes into logs and headers). */
export function acceptedRequestId(given: string | undefined): string | undefined {
  return given && /^[\w.:-]{1,64}$/.test(given) ? given : undefined;
}

/** Takes the caller's request id (or makes one), exposes it as `res.locals.requestId` and echoes it. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = acceptedRequestId(req.header(REQUEST_ID_HEADER)) ?? randomUUID();
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  next();
}

export interface LoggedContext extends BaseContext {
  logger: Logger;
}

/**
 * One JSON log line per GraphQL request (operation, milliseconds, error codes, plus `extra()` such
 * as the SQL statement count), and the full detail of every unexpected error, which clients only
 * see masked.
 */
export function requestLogPlugin<C extends LoggedContext>(extra: () => Record<string, unknown> = () => ({})): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
          const codes = (errors ?? []).map((e) => e.extensions?.code ?? 'INTERNAL');
          contextValue.logger.info(
            { operationName, ms, status: response.http.status, errors: codes.length ? codes : undefined, ...extra() },
            'graphql request',
          );
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR' || code === 'INTERNAL') {
              contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
            }
          }
        },
      };
    },
  };
}

/** Stops cleanly on Ctrl-C or `docker stop`: finish in-flight requests, close pools, exit 0. */
export function closeOnSignals(logger: Logger, close: () => Promise<void>): void {
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    try {
      await close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
