import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';

/**
 * The demo district's term of canteen life: idempotent (an existing canteen means it was seeded).
 * Each concept adds its part as a function in demo/<concept>.ts, called here in dependency order.
 */
export async function seedCanteenDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  void dataSource;
  logger.info('seeded the canteen demo data');
}
