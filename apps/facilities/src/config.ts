import { loadConfig } from '@houqin/common';
import { url } from 'envalid';
import { subgraphEnvSpec } from '@houqin/subgraph-kit';

export const FACILITIES_PORT = 4004;

/** Environment of the facilities service (add its variables here and in docs/configuration.md). */
export const facilitiesEnvSpec = {
  ...subgraphEnvSpec(FACILITIES_PORT),
  // place/: the console's address a room's QR link opens (Room.qrPayload = <this>/r/<qrCode>).
  FACILITIES_PUBLIC_URL: url({
    default: 'http://localhost:4200',
    desc: "the console's public address; a room's QR link is <FACILITIES_PUBLIC_URL>/r/<qrCode>",
  }),
};

export function loadFacilitiesConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig('facilities', facilitiesEnvSpec, env);
}
