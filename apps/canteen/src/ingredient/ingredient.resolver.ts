import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { CanteenContext } from '../context';
import { ForbiddenFood, Ingredient } from './ingredient.entity';
import { AddForbiddenFoodInput, ImportIngredientsInput, IngredientFilter } from './ingredient.inputs';
import { ImportIngredientsPayload, IngredientConnection } from './ingredient.types';

@Resolver(() => Ingredient)
export class IngredientResolver {
  @Query(() => IngredientConnection, { description: "The district's ingredient catalogue (食材目录), searched by name or food code." })
  ingredients(
    @Args() page: PageArgs,
    @Arg('filter', () => IngredientFilter, { nullable: true, description: 'Narrow by name, food code or food group.' })
    filter: IngredientFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.ingredients.list(filter ?? {}, page);
  }

  @Query(() => Ingredient, { description: "One ingredient of your district's catalogue." })
  ingredient(@Arg('id', () => ID, { description: 'The ingredient.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.ingredients.get(id);
  }

  @Query(() => [ForbiddenFood], {
    description:
      "The district's forbidden foods (禁用食品): the built-in national entries, then the district's own. No recipe or delivery may use them.",
  })
  forbiddenFoods(@Ctx() ctx: CanteenContext) {
    return ctx.ingredients.forbiddenFoods();
  }

  @FieldResolver(() => ForbiddenFood, {
    nullable: true,
    description: 'The forbidden food (禁用食品) covering it, if any: then no recipe or delivery may use it.',
  })
  forbidden(@Root() ingredient: Ingredient, @Ctx() ctx: CanteenContext) {
    return ctx.ingredients.forbiddenFor(ingredient);
  }

  @Mutation(() => ImportIngredientsPayload, {
    description:
      'Import rows of the district’s licensed food table (食物成分表导入; district administrators): each row checked, all bad rows answered at once in extensions.rowErrors, and nothing written unless every row is good. A food code already in the catalogue is replaced, a new one inserted.',
  })
  importIngredients(@Arg('input') input: ImportIngredientsInput, @Ctx() ctx: CanteenContext) {
    return ctx.ingredients.import(input);
  }

  @Mutation(() => ForbiddenFood, { description: 'Add a food to the district’s forbidden list (禁用食品; district administrators).' })
  addForbiddenFood(@Arg('input') input: AddForbiddenFoodInput, @Ctx() ctx: CanteenContext) {
    return ctx.ingredients.addForbiddenFood(input);
  }

  @Mutation(() => ForbiddenFood, {
    description:
      'Take a food off the district’s forbidden list (district administrators); the built-in national entries cannot be removed. Answers the entry removed.',
  })
  removeForbiddenFood(@Arg('id', () => ID, { description: 'The entry to remove.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.ingredients.removeForbiddenFood(id);
  }
}
