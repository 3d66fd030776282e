import type { EntityManager } from 'typeorm';
import { CanteenSettings } from '../settings/settings.entity';
import { DEFAULT_CANTEEN_SETTINGS } from '../settings/settings.rules';

/**
 * The district's notice days for health certificates (settings.certificateNoticeDays), read in the
 * caller's transaction; the national default (30) until the district sets its own. The job has no
 * request context, so this reads the settings row as `ctx.settings.of` does.
 */
export async function certificateNoticeDays(manager: EntityManager, districtId: string): Promise<number> {
  const row = await manager.findOne(CanteenSettings, { where: { districtId } });
  return row?.certificateNoticeDays ?? DEFAULT_CANTEEN_SETTINGS.certificateNoticeDays;
}
