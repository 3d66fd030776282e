import { context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { REQUEST_ID_HEADER } from '@houqin/common';
import { REQUEST_ID_ATTRIBUTE, tracingConfigured } from '../src';
import { REQUEST_ID_HEADER as TRACED_REQUEST_ID_HEADER, RequestIdSpanProcessor } from '../src/tracing-sdk';

describe('tracing', () => {
  it('starts only when an OTLP endpoint is configured and the SDK is not disabled', () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://tempo:4318' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/v1/traces' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://tempo:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://tempo:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
  });

  it("gives every span its parent's request id, down to spans started deep inside the request", () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new RequestIdSpanProcessor(), new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer('test');
    const server = tracer.startSpan('POST /graphql', { attributes: { [REQUEST_ID_ATTRIBUTE]: 'req-42' } });
    const fetch = tracer.startSpan('fetch directory', {}, trace.setSpan(context.active(), server));
    const sql = tracer.startSpan('SELECT', {}, trace.setSpan(context.active(), fetch));
    const unrelated = tracer.startSpan('outbox relay round');
    for (const span of [sql, fetch, server, unrelated]) span.end();
    const byName = Object.fromEntries(exporter.getFinishedSpans().map((span) => [span.name, span.attributes[REQUEST_ID_ATTRIBUTE]]));
    expect(byName).toEqual({ 'POST /graphql': 'req-42', 'fetch directory': 'req-42', SELECT: 'req-42', 'outbox relay round': undefined });
  });

  it("reads the same header as libs/common's request id middleware", () => {
    // tracing-sdk spells the header itself, so that nothing instrumented is loaded before the instrumentation.
    expect(TRACED_REQUEST_ID_HEADER).toBe(REQUEST_ID_HEADER);
  });
});
