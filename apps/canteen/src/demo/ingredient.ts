import type { DataSource } from 'typeorm';
import { Role, Viewer } from '@houqin/auth';
import type { Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT } from '@houqin/demo';
import type { CanteenContext } from '../context';
import { ForbiddenFood, Ingredient } from '../ingredient/ingredient.entity';
import { IngredientService } from '../ingredient/ingredient.service';
import { STARTER_INGREDIENTS } from '../ingredient/starter-set';

/** A provincial entry the demo district adds to the built-in forbidden foods (禁用食品). */
const DEMO_FORBIDDEN = {
  name: '河豚',
  reason: 'Puffer fish (河豚): tetrodotoxin; the province’s school-canteen list forbids it (demo entry).',
};

/**
 * The demo district's ingredient catalogue (食材目录): the cited starter set, imported by the district
 * administrator through importIngredients as a district would import its licensed table, and one
 * provincial forbidden food on top of the built-in national ones. The settings keep the national
 * defaults (version 0). Idempotent: food codes already in the catalogue are left as they are.
 */
export async function seedIngredientsDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  const admin = DEMO_ACCOUNTS.find((a) => a.role === Role.DISTRICT_ADMIN)!;
  const viewer = new Viewer({
    accountId: admin.id,
    username: admin.username,
    staffId: null,
    districtId: DEMO_DISTRICT.id,
    grants: [{ role: Role.DISTRICT_ADMIN, schoolId: null }],
  });
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now: () => new Date() } as CanteenContext;
  const ingredients = new IngredientService(ctx);

  const present = new Set((await dataSource.manager.find(Ingredient, { where: { districtId: DEMO_DISTRICT.id } })).map((i) => i.foodCode));
  const missing = STARTER_INGREDIENTS.filter((row) => !present.has(row.foodCode.toLowerCase()) && !present.has(row.foodCode.toUpperCase()));
  if (missing.length) await ingredients.import({ rows: missing.map((row) => ({ ...row })), validateOnly: false });

  if (!(await dataSource.manager.findOne(ForbiddenFood, { where: { districtId: DEMO_DISTRICT.id, name: DEMO_FORBIDDEN.name } })))
    await ingredients.addForbiddenFood({ ...DEMO_FORBIDDEN });
  logger.info({ imported: missing.length }, 'seeded the demo ingredient catalogue');
}
