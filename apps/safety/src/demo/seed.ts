import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { applyDemoDirectory } from '@houqin/directory-copy';
import { safetyConsumer } from '../events/safety.consumer';

/**
 * The demo district's safety: idempotent (each concept's part returns early when its rows exist).
 * Each concept adds its part as a function in demo/<concept>.ts, called here in dependency order.
 */
export async function seedSafetyDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  // The copy of the directory the seed and the checks read (its events would fill it later; this is the same facts, earlier).
  await applyDemoDirectory(dataSource, logger, safetyConsumer);
  logger.info('seeded the safety demo data');
}
