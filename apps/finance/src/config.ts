import { loadConfig } from '@houqin/common';
import { subgraphEnvSpec } from '@houqin/subgraph-kit';

export const FINANCE_PORT = 4002;

/** Environment of the finance service (see docs/configuration.md). */
export const financeEnvSpec = { ...subgraphEnvSpec(FINANCE_PORT) };

export function loadFinanceConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig('finance', financeEnvSpec, env);
}
