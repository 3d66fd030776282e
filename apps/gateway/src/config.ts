import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { num, port, str, url } from 'envalid';
import { DEV_SECRETS, type EnvSpec, loadConfig, logLevel, nodeEnv, secret, serverTimeoutsEnvSpec } from '@houqin/common';
import { metricsEnvSpec } from '@houqin/observability';
import { subgraphClientEnvSpec, subgraphTimeouts } from './subgraph-client';

export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/** The subgraphs named in a supergraph, with the URLs composition recorded (development defaults). */
export function supergraphSubgraphs(supergraphSdl: string): { name: string; url: string }[] {
  const graphs = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)];
  return graphs.map(([, name, url]) => ({ name, url }));
}

/** `directory` → `DIRECTORY_URL`: where the gateway reaches that subgraph. */
export const subgraphUrlVariable = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

/** The gateway's environment: fixed variables plus one `<SUBGRAPH>_URL` per subgraph of the supergraph. */
export function gatewayEnvSpec(supergraphSdl: string) {
  const urls: EnvSpec = {};
  for (const { name, url: composedUrl } of supergraphSubgraphs(supergraphSdl)) {
    urls[subgraphUrlVariable(name)] = url({ devDefault: composedUrl, desc: `GraphQL endpoint of the ${name} subgraph` });
  }
  return {
    NODE_ENV: nodeEnv(),
    PORT: port({ default: 4000 }),
    HOST: str({ default: '0.0.0.0' }),
    LOG_LEVEL: logLevel(),
    SUPERGRAPH_PATH: str({ default: DEFAULT_SUPERGRAPH_PATH, desc: 'the composed, checked-in supergraph' }),
    INTERNAL_TOKEN_SECRET: secret({
      devDefault: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
      desc: 'signs the per-request viewer token for subgraphs',
    }),
    USER_TOKEN_SECRET: secret({ devDefault: DEV_SECRETS.USER_TOKEN_SECRET, desc: 'verifies user tokens issued by the directory' }),
    MAX_QUERY_DEPTH: num({ default: 12, desc: 'deeper operations are rejected before execution' }),
    MAX_ALIASES: num({ default: 30, desc: 'operations with more aliases are rejected before execution' }),
    MAX_QUERY_COST: num({
      default: 5000,
      desc: 'operations estimated to cost more (Apollo demand-control rules) are refused before any subgraph is called',
    }),
    QUERY_COST_LIST_SIZE: num({ default: 10, desc: 'size the cost estimate assumes for a list that no @listSize sizes' }),
    MAX_QUERY_TOKENS: num({ default: 2000, desc: 'documents with more GraphQL tokens are refused before they are parsed further' }),
    VIEWER_CACHE_TTL_MS: num({
      default: 2000,
      desc: 'how long a looked-up viewer is reused when nothing invalidates it; deactivation takes effect within it (0 = no cache)',
    }),
    VIEWER_CACHE_INVALIDATED_TTL_MS: num({
      default: 600000,
      desc: "how long a looked-up viewer is reused while the directory's account events reach the gateway over NATS",
    }),
    NATS_URL: str({
      default: '',
      desc: "nats://host:4222: the directory's account events invalidate the viewer cache; empty = short TTL only",
    }),
    NATS_PREFIX: str({ default: 'houqin', desc: 'NATS subject prefix the services publish events under' }),
    COPROCESSOR_PORT: port({ default: 4010, desc: 'port of the Apollo Router coprocessor (npm run coprocessor)' }),
    COPROCESSOR_HOST: str({ default: '127.0.0.1', desc: 'interface the coprocessor listens on: only the Router may reach it' }),
    ...metricsEnvSpec(),
    ...serverTimeoutsEnvSpec(),
    ...subgraphClientEnvSpec(supergraphSubgraphs(supergraphSdl).map(({ name }) => name)),
    ...urls,
  };
}

export interface GatewayConfig {
  isProduction: boolean;
  PORT: number;
  HOST: string;
  LOG_LEVEL: string;
  SUPERGRAPH_PATH: string;
  INTERNAL_TOKEN_SECRET: string;
  USER_TOKEN_SECRET: string;
  MAX_QUERY_DEPTH: number;
  MAX_ALIASES: number;
  MAX_QUERY_COST: number;
  QUERY_COST_LIST_SIZE: number;
  MAX_QUERY_TOKENS: number;
  VIEWER_CACHE_TTL_MS: number;
  VIEWER_CACHE_INVALIDATED_TTL_MS: number;
  NATS_URL: string;
  NATS_PREFIX: string;
  COPROCESSOR_PORT: number;
  COPROCESSOR_HOST: string;
  /** `/metrics` only on this port when set (0: on PORT, and in production only with METRICS_TOKEN). */
  METRICS_PORT: number;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
  METRICS_TOKEN: string;
  /** The gateway's own server (optional in configs built by hand: defaults of libs/common DEFAULT_SERVER_TIMEOUTS). */
  HTTP_KEEP_ALIVE_TIMEOUT_MS?: number;
  HTTP_HEADERS_TIMEOUT_MS?: number;
  /** Idle time of a pooled connection to a subgraph (subgraph-client.ts SUBGRAPH_CLIENT_DEFAULTS when unset). */
  SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS?: number;
  /** Subgraph name → deadline of a fetch in ms (SUBGRAPH_TIMEOUT_MS, or `<NAME>_TIMEOUT_MS`). */
  subgraphTimeoutsMs?: Record<string, number>;
  supergraphSdl: string;
  /** Subgraph name → URL. */
  subgraphUrls: Record<string, string>;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const supergraphSdl = readFileSync(env.SUPERGRAPH_PATH || DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const config = loadConfig('gateway', gatewayEnvSpec(supergraphSdl), env) as unknown as Omit<
    GatewayConfig,
    'supergraphSdl' | 'subgraphUrls'
  > &
    Record<string, string>;
  const subgraphUrls = Object.fromEntries(supergraphSubgraphs(supergraphSdl).map(({ name }) => [name, config[subgraphUrlVariable(name)]]));
  const subgraphTimeoutsMs = subgraphTimeouts(config, Object.keys(subgraphUrls));
  return { ...config, isProduction: config.isProduction, supergraphSdl, subgraphUrls, subgraphTimeoutsMs };
}
