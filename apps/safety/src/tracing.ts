// The first import of main.ts: with OTEL_EXPORTER_OTLP_ENDPOINT set, tracing must patch http, express, graphql
// and mysql2 before anything loads them; without it this loads nothing of OpenTelemetry.
import { startTracingIfConfigured } from '@houqin/observability';

startTracingIfConfigured('safety');
