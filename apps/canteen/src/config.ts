import { loadConfig } from '@houqin/common';
import { subgraphEnvSpec } from '@houqin/subgraph-kit';

export const CANTEEN_PORT = 4003;

/** Environment of the canteen service (add its variables here and in docs/configuration.md). */
export const canteenEnvSpec = { ...subgraphEnvSpec(CANTEEN_PORT) };

export function loadCanteenConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig('canteen', canteenEnvSpec, env);
}
