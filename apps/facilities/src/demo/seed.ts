import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, todayIn, type Logger } from '@houqin/common';
import { applyDemoDirectory } from '@houqin/directory-copy';
import { applyDemoSuppliers } from '@houqin/supplier-copy';
import { facilitiesConsumer } from '../events/facilities.consumer';
import { seedMeterDemo } from './meter';
import { seedPrintDemo } from './print';
import { seedPlacesDemo } from './place';
import { seedAssetsDemo } from './asset';
import { seedDisposalDemo } from './disposal';
import { seedStocktakeDemo } from './stocktake';
import { seedStoreroomDemo } from './storeroom';
import { seedRepairDemo } from './repair';
import { seedMaintenanceDemo } from './maintenance';
import { seedDutyDemo } from './duty';
import { seedAppraisalDemo } from './appraisal';

/**
 * The demo district's facilities: idempotent (each concept's part returns early when its rows exist).
 * Each concept adds its part as a function in demo/<concept>.ts, called here in dependency order.
 */
export async function seedFacilitiesDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  // The copy of the directory the seed and the checks read (its events would fill it later; this is the same facts, earlier).
  await applyDemoDirectory(dataSource, logger, facilitiesConsumer);
  // The copy of finance's suppliers (the repair contractor among them), as finance's demo registers them.
  await applyDemoSuppliers(dataSource, logger, todayIn(DEFAULT_TIME_ZONE), facilitiesConsumer);
  // place/: buildings and rooms on every campus (West Campus included)
  await seedPlacesDemo(dataSource, logger);
  // asset/, disposal/: a few hundred assets across classes and statuses, disposals
  await seedAssetsDemo(dataSource, logger);
  await seedDisposalDemo(dataSource, logger);
  // stocktake/: a closed stocktake with its differences
  await seedStocktakeDemo(dataSource, logger);
  // storeroom/: items, receipts, a year of requisitions (brooms per classroom among them)
  await seedStoreroomDemo(dataSource, logger);
  // meter/: meters with a year of daily readings, one leak
  await seedMeterDemo(dataSource, logger);
  // print/: print jobs per department
  await seedPrintDemo(dataSource, logger);
  // repair/: work orders at every step (an overdue safety report from a QR link, a contractor's, one rated badly)
  await seedRepairDemo(dataSource, logger);
  // maintenance/, patrol/: the lift's 15-day plan with an overdue due day, the fire-system test ahead, an evening round walked twice
  await seedMaintenanceDemo(dataSource, logger);
  // duty/, appraisal/: the duty task sheet of last term and this one (checked, one missed, two urgent jobs), last term's appraisals
  await seedDutyDemo(dataSource, logger);
  await seedAppraisalDemo(dataSource, logger);
  logger.info('seeded the facilities demo data');
}
