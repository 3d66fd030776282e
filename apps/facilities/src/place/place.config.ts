import { loadConfig } from '@houqin/common';
import { facilitiesEnvSpec } from '../config';

let publicUrl: string | undefined;

/**
 * The console's public address rooms' QR links open (`FACILITIES_PUBLIC_URL`, validated with the
 * rest of the configuration when the service starts); read once per process.
 */
export function facilitiesPublicUrl(): string {
  publicUrl ??= loadConfig('facilities', { FACILITIES_PUBLIC_URL: facilitiesEnvSpec.FACILITIES_PUBLIC_URL }).FACILITIES_PUBLIC_URL;
  return publicUrl;
}
