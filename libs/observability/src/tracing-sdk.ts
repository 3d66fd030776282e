import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type Context, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type ReadableSpan, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { REQUEST_ID_ATTRIBUTE, type RunningTracing } from './tracing';

/** As libs/common's REQUEST_ID_HEADER and acceptedRequestId: not imported, so nothing instrumented loads before the instrumentation. */
export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Probes and scrapes are not worth a trace each. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Gives every span the request id of the span it was started under, so the id set on a request's
 * server span (see `tagIncomingRequest`) reaches its GraphQL, fetch and SQL spans.
 */
export class RequestIdSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    if (span.attributes[REQUEST_ID_ATTRIBUTE] !== undefined) return;
    const parent = trace.getSpan(parentContext) as Partial<ReadableSpan> | undefined;
    const requestId = parent?.attributes?.[REQUEST_ID_ATTRIBUTE];
    if (typeof requestId === 'string') span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  }

  onEnd(): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * An incoming request's server span gets its request id: the caller's if acceptable, else a new
 * one written into the request's headers, where `requestIdMiddleware` then finds and keeps it (so
 * the id in the logs, the response header and the spans is one).
 */
function tagIncomingRequest(span: { setAttribute(key: string, value: string): unknown }, request: IncomingMessage | object): void {
  // Outgoing requests (ClientRequest) have setHeader; they inherit the id from their parent span.
  if ('setHeader' in request || !('headers' in request)) return;
  const incoming = request as IncomingMessage;
  const given = incoming.headers[REQUEST_ID_HEADER];
  const requestId = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  incoming.headers[REQUEST_ID_HEADER] = requestId;
  span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
}

/**
 * The embedded database (sql.js, development and tests) has no OpenTelemetry instrumentation: a span
 * per statement around TypeORM's sql.js query runner, named and described as mysql2's spans are, so
 * a trace reaches the SQL on either database. Patched here, so nothing of it exists without tracing.
 */
function traceEmbeddedStatements(tracer: Tracer): void {
  type Query = (this: unknown, sql: string, ...rest: unknown[]) => Promise<unknown>;
  let runner: { prototype: { query: Query } };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    runner = (require('typeorm/driver/sqljs/SqljsQueryRunner') as { SqljsQueryRunner: typeof runner }).SqljsQueryRunner;
  } catch {
    return;
  }
  const query = runner.prototype.query;
  runner.prototype.query = function (this: unknown, sql: string, ...rest: unknown[]) {
    const operation = /^\s*(?:\/\*.*?\*\/\s*)?(\w+)/s.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
    const attributes = { 'db.system.name': 'sqlite', 'db.operation.name': operation, 'db.query.text': sql };
    return tracer.startActiveSpan(operation, { kind: SpanKind.CLIENT, attributes }, (span) =>
      query.call(this, sql, ...rest).then(
        (result) => {
          span.end();
          return result;
        },
        (error: unknown) => {
          span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
          span.end();
          throw error;
        },
      ),
    );
  };
}

/**
 * The tracer provider (OTLP over HTTP, JSON, to OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces; batched
 * per OTEL_BSP_*), W3C trace context propagation, and the instrumentation of incoming and outgoing
 * HTTP (node:http and undici/fetch), Express, GraphQL (parse, validate, execute; not every
 * resolver), mysql2 and the embedded database's statements.
 */
export function startTracing(service: string): RunningTracing {
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: service })),
    spanProcessors: [new RequestIdSpanProcessor(), new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]),
        requestHook: tagIncomingRequest,
      }),
      new UndiciInstrumentation(),
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
      new MySQL2Instrumentation(),
    ],
  });
  traceEmbeddedStatements(provider.getTracer('houqin-embedded-sql'));
  // Best effort: export what is buffered while the service drains on SIGTERM/SIGINT (its own handler
  // stops it). A process with no handler of its own is stopped after the flush, as the signal would have.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const handledElsewhere = process.listenerCount(signal) > 0;
      void provider
        .forceFlush()
        .catch(() => undefined)
        .finally(() => {
          if (!handledElsewhere) process.kill(process.pid, signal);
        });
    });
  }
  return { shutdown: () => provider.shutdown() };
}
