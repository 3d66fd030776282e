import { num, port, str } from 'envalid';
import { databaseUrl, DEV_SECRETS, logLevel, nodeEnv, secret, serverTimeoutsEnvSpec } from '@houqin/common';
import { metricsEnvSpec } from '@houqin/observability';

/** Environment every subgraph reads; a service's own config spreads this and adds its variables. */
export function subgraphEnvSpec(defaultPort: number) {
  return {
    NODE_ENV: nodeEnv(),
    PORT: port({ default: defaultPort, desc: 'HTTP port' }),
    HOST: str({ default: '0.0.0.0', desc: 'interface to listen on' }),
    LOG_LEVEL: logLevel(),
    INTERNAL_TOKEN_SECRET: secret({
      devDefault: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
      desc: 'shared by the gateway and every subgraph; signs the per-request viewer token',
    }),
    DATABASE_URL: databaseUrl({
      devDefault: '',
      desc: 'mysql://user:password@host:3306/houqin_<service>; unset in development for the embedded database',
    }),
    DATA_DIR: str({ default: 'data', desc: 'folder of the embedded database files' }),
    DB_POOL_SIZE: num({ default: 10, desc: 'MySQL connections per service' }),
    SEED_DEMO: str({
      choices: ['auto', 'true', 'false'],
      default: 'auto',
      desc: 'seed the demo district into an empty database; auto = only when embedded',
    }),
    NATS_URL: str({ default: '', desc: 'nats://host:4222 of the events broker; empty = events over internal HTTP (docs/events.md)' }),
    ...serverTimeoutsEnvSpec(),
    NATS_PREFIX: str({ default: 'houqin', desc: 'subject and stream prefix of the events on NATS (two deployments may share a server)' }),
    ...metricsEnvSpec(),
  };
}

/** The validated config common to all subgraphs. */
export interface SubgraphConfig {
  NODE_ENV: string;
  PORT: number;
  HOST: string;
  LOG_LEVEL: string;
  INTERNAL_TOKEN_SECRET: string;
  DATABASE_URL: string;
  DATA_DIR: string;
  DB_POOL_SIZE: number;
  SEED_DEMO: string;
  /** Optional so configs built by hand (tests) need not name it; unset = internal HTTP. */
  NATS_URL?: string;
  /** Keep-alive and headers timeouts of the HTTP server; libs/common DEFAULT_SERVER_TIMEOUTS when unset (configs built by hand). */
  HTTP_KEEP_ALIVE_TIMEOUT_MS?: number;
  HTTP_HEADERS_TIMEOUT_MS?: number;
  /** NATS subject and stream prefix; `houqin` when unset. */
  NATS_PREFIX?: string;
  /** `/metrics` on its own port (0 or unset: on the service's port) and behind a bearer token (unset: open, subgraphs are internal). */
  METRICS_PORT?: number;
  METRICS_TOKEN?: string;
  isProduction: boolean;
}
