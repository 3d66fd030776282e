import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { seedCanteensDemo } from './canteen';

/**
 * The demo district's term of canteen life: idempotent (an existing canteen means it was seeded).
 * Each concept adds its part as a function in demo/<concept>.ts, called here in dependency order.
 */
export async function seedCanteenDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  void dataSource;
  // canteen/: the copies of the directory and of finance's suppliers, a canteen per campus with its locations (returns them).
  await seedCanteensDemo(dataSource, logger);
  logger.info('seeded the canteen demo data');
}
