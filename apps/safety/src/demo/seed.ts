import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { applyDemoDirectory } from '@houqin/directory-copy';
import { safetyConsumer } from '../events/safety.consumer';
import { seedEquipmentDemo } from './equipment';
import { seedHazardDemo } from './hazard';
import { seedIncidentDemo } from './incident';
import { seedInspectionDemo } from './inspection';
import { seedPatrolDemo } from './patrol';
import { seedTrainingDemo } from './training';

/**
 * The demo district's safety: idempotent (each concept's part returns early when its rows exist).
 * Each concept adds its part as a function in demo/<concept>.ts, called here in dependency order.
 */
export async function seedSafetyDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  // The copy of the directory the seed and the checks read (its events would fill it later; this is the same facts, earlier).
  await applyDemoDirectory(dataSource, logger, safetyConsumer);
  // hazard/: reported hazards in every state and level (one major, one overdue and escalated, one waiting on a work order)
  await seedHazardDemo(dataSource, logger);
  // zone/ and inspection/: the district's templates, a zone, schedules and rounds at First Primary (one submitted late, today's open)
  await seedInspectionDemo(dataSource, logger);
  // patrol/: the zone's weekly patrols over five weeks, one week missed
  await seedPatrolDemo(dataSource, logger);
  // equipment/: First Primary's extinguishers and other equipment (one expired, one overdue, one failed)
  await seedEquipmentDemo(dataSource, logger);
  // training/: the district's required trainings, First Primary's records (one expired, one expiring) and drills (one month missed)
  await seedTrainingDemo(dataSource, logger);
  // meeting/, incident/: last month's safety meeting with its decisions, a serious fall investigated with its actions
  await seedIncidentDemo(dataSource, logger);
  logger.info('seeded the safety demo data');
}
