import type * as TracingSdk from './tracing-sdk';

/**
 * OpenTelemetry traces, only when an OTLP endpoint is configured. This module loads nothing of
 * OpenTelemetry by itself: without `OTEL_EXPORTER_OTLP_ENDPOINT` (or `…_TRACES_ENDPOINT`) a service
 * pays one environment lookup and opens no connection.
 *
 * Instrumentation patches modules as they are first required, so `startTracingIfConfigured` must
 * run before express, graphql, mysql2 or undici load: each app's `src/tracing.ts` calls it and is the
 * first import of its `main.ts` (compiled or run through the transpiler alike).
 */

/** The span attribute carrying the request id (`x-request-id`) on every span of a request. */
export const REQUEST_ID_ATTRIBUTE = 'houqin.request_id';

export interface RunningTracing {
  /** Exports what is buffered and stops (best effort on shutdown). */
  shutdown(): Promise<void>;
}

let running: RunningTracing | null = null;

/** Whether this environment asks for traces: an OTLP endpoint is set and the SDK is not disabled. */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && env.OTEL_SDK_DISABLED !== 'true' && env.OTEL_TRACES_EXPORTER !== 'none';
}

/** Starts tracing for `service` (once per process) when the environment asks for it; null otherwise. */
export function startTracingIfConfigured(service: string, env: NodeJS.ProcessEnv = process.env): RunningTracing | null {
  if (running || !tracingConfigured(env)) return running;
  // Required here, not imported: without an endpoint none of the SDK is ever loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./tracing-sdk') as typeof TracingSdk;
  running = sdk.startTracing(env.OTEL_SERVICE_NAME || service);
  return running;
}
