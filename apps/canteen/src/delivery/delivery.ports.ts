import type { EntityManager } from 'typeorm';
import type { CanteenContext } from '../context';
import type { Ingredient } from '../ingredient/ingredient.entity';

/**
 * What receiving needs from the ingredient catalogue and the district's settings (ingredient/,
 * settings/), in the caller's transaction.
 */

/**
 * The items' ingredients in item order: BAD_USER_INPUT on `items.<i>.ingredientId` when one is not
 * in the district's catalogue (another district's included) or is a forbidden food (禁用食品).
 */
export async function usableIngredients(
  ctx: CanteenContext,
  manager: EntityManager,
  districtId: string,
  ingredientIds: readonly string[],
): Promise<Ingredient[]> {
  const byId = await ctx.ingredients.assertUsable(manager, districtId, ingredientIds, (i) => `items.${i}.ingredientId`);
  return ingredientIds.map((id) => byId.get(id.toLowerCase()) as Ingredient);
}

/** The district's bulk-staple categories (大宗食品: a setting, rice, flour, edible oil and meat by default). */
export async function bulkStapleCategories(ctx: CanteenContext, manager: EntityManager, districtId: string): Promise<readonly string[]> {
  return (await ctx.settings.of(manager, districtId)).bulkStapleCategories;
}
