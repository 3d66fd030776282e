import { loadConfig } from '@houqin/common';
import { subgraphEnvSpec } from '@houqin/subgraph-kit';

export const FACILITIES_PORT = 4004;

/** Environment of the facilities service (add its variables here and in docs/configuration.md). */
export const facilitiesEnvSpec = { ...subgraphEnvSpec(FACILITIES_PORT) };

export function loadFacilitiesConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig('facilities', facilitiesEnvSpec, env);
}
