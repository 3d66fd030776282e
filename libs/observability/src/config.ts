import { num, str } from 'envalid';

/** The environment of `/metrics`, spread into the gateway's and the subgraph kit's specs. */
export function metricsEnvSpec() {
  return {
    METRICS_PORT: num({
      default: 0,
      desc: "serve /metrics only on this port (one the scraper reaches, not the public); 0 = on the service's own port",
    }),
    METRICS_TOKEN: str({ default: '', desc: 'when set, /metrics answers only Authorization: Bearer <token>' }),
  };
}
