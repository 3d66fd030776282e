import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { seedCanteensDemo } from './canteen';
import { seedDeliveriesDemo } from './delivery';
import { seedHealthDemo } from './health';
import { seedIngredientsDemo } from './ingredient';
import { seedMealDemo } from './meal';
import { seedMenuDemo } from './menu';
import { seedStockDemo, seedStockIssuesDemo } from './stock';

/**
 * The demo district's term of canteen life: idempotent (an existing canteen means it was seeded).
 * Each concept adds its part as a function in demo/<concept>.ts, called here in dependency order.
 */
export async function seedCanteenDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  void dataSource;
  // canteen/: the copies of the directory and of finance's suppliers, a canteen per campus with its locations (returns them).
  const canteens = await seedCanteensDemo(dataSource, logger);
  // ingredient/: the cited starter catalogue (imported as the district admin would), a provincial forbidden food; settings keep the defaults.
  await seedIngredientsDemo(dataSource, logger);
  // delivery/: a term of receiving inspection (produce weekly, grain fortnightly), one item refused at 10.5 ℃, one delivery refused, lots near expiry, today's grain waiting for its second inspector; the suspended supplier turned away.
  await seedDeliveriesDemo(dataSource, logger, canteens);
  // stock/: expired lots written off with the director's approval (the latest still waiting), a rice stocktake 0.5 kg short, approved.
  await seedStockDemo(dataSource, logger, canteens);
  // menu/: First Experimental Primary's recipes, last week's published menu that fails the nutrition check, this week's that passes, next week's draft.
  await seedMenuDemo(dataSource, logger, canteens);
  // meal/, sample/: last week's and this week's lunches at the east campus, each dish sampled, stock issued, counts locking them; the last past lunch with a dish unsampled (canteen.sample.missing); today's lunch open.
  await seedMealDemo(dataSource, logger, canteens);
  // stock/ (after meal/): stock issued first-expiring-first-out to the open meal services nothing was issued to yet.
  await seedStockIssuesDemo(dataSource, logger);
  // health/, accompanied/, rating/: the east canteen's roster and health certificates (one expiring, one expired), 30 school days of morning checks (a 38.2 ℃ helper, an expired certificate failing), accompanied lunches with two gaps, students' and the parents' committee's dish ratings.
  await seedHealthDemo(dataSource, logger, canteens);
  logger.info('seeded the canteen demo data');
}
