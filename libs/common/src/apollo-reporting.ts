import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';

/**
 * Nothing leaves unasked (docs/operations.md): Apollo Server switches on usage reporting to Apollo's
 * servers by itself when it finds APOLLO_KEY and APOLLO_GRAPH_REF in the environment, and schema
 * reporting with APOLLO_SCHEMA_REPORTING=true. Installing these plugins turns both off whatever the
 * environment says; every houqin ApolloServer installs them.
 */
export function noApolloReporting() {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}

/**
 * @apollo/gateway starts an OpenTelemetry metrics exporter to usage-reporting.api.apollographql.com
 * (hourly, plus cloud metadata probes through its resource detectors at start) unless
 * APOLLO_TELEMETRY_DISABLED is 'true' or '1' when it is constructed. houqin always sets it: there is
 * no switch to turn it back on.
 */
export function keepApolloTelemetryOff(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
