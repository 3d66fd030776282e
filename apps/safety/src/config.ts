import { loadConfig } from '@houqin/common';
import { subgraphEnvSpec } from '@houqin/subgraph-kit';

export const SAFETY_PORT = 4005;

/** Environment of the safety service (add its variables here and in docs/configuration.md). */
export const safetyEnvSpec = { ...subgraphEnvSpec(SAFETY_PORT) };

export function loadSafetyConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig('safety', safetyEnvSpec, env);
}
