import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { Canteen } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Allergen, Ingredient } from '../ingredient/ingredient.entity';
import { CanteenStep } from '../workflow-step.entity';
import { Dish, DishIngredient } from './dish.entity';
import { MenuWeek } from './menu.entity';
import { CreateDishInput, DishFilter, MenuWeekFilter, PublishMenuWeekInput, SaveMenuWeekInput } from './menu.inputs';
import { formatGrams } from './menu.rules';
import { DishConnection, MenuDay, MenuWeekConnection, Nutrients, NutritionCheck, PublishedMenu } from './menu.types';

@Resolver(() => Dish)
export class DishResolver {
  @Query(() => DishConnection, { description: "Dishes (菜品) of the viewer's schools, by name." })
  dishes(
    @Args() page: PageArgs,
    @Arg('filter', () => DishFilter, { nullable: true }) filter: DishFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.menus.listDishes(filter ?? {}, page);
  }

  @Query(() => Dish, { description: 'One dish; NOT_FOUND outside your schools.' })
  dish(@Arg('id', () => ID, { description: 'The dish.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.menus.dish(id);
  }

  @FieldResolver(() => [DishIngredient], { description: 'Its recipe (配料表): each ingredient and its grams per serving.' })
  lines(@Root() dish: Dish, @Ctx() ctx: CanteenContext) {
    return ctx.menus.linesOf(dish.id);
  }

  @FieldResolver(() => Nutrients, { description: 'Nutrients of one serving (每份营养素), computed from the recipe and the catalogue.' })
  nutrients(@Root() dish: Dish, @Ctx() ctx: CanteenContext) {
    return ctx.menus.nutrientsOfDish(dish);
  }

  @FieldResolver(() => [Allergen], { description: 'The major allergens (过敏原) its ingredients carry, each once.' })
  allergens(@Root() dish: Dish, @Ctx() ctx: CanteenContext) {
    return ctx.menus.allergensOfDish(dish);
  }

  @FieldResolver(() => School, { description: 'The school whose canteens cook it.' })
  school(@Root() dish: Dish) {
    return schoolRef(dish.schoolId);
  }

  @Mutation(() => Dish, {
    description:
      'Write a recipe (新建菜品): ingredients of the district catalogue in grams per serving; a forbidden food (禁用食品) is refused. Canteen managers.',
  })
  createDish(@Arg('input') input: CreateDishInput, @Ctx() ctx: CanteenContext) {
    return ctx.menus.createDish(input);
  }
}

@Resolver(() => DishIngredient)
export class RecipeLineResolver {
  @FieldResolver(() => String, { description: 'Grams per serving (每份克数), exact, e.g. "150" or "1.5".' })
  grams(@Root() line: DishIngredient) {
    return formatGrams(line.milligramsPerServing);
  }

  @FieldResolver(() => Ingredient, { nullable: true, description: 'The catalogue ingredient (食材).' })
  async ingredient(@Root() line: DishIngredient, @Ctx() ctx: CanteenContext) {
    const dish = await ctx.menus.dishes.byId(line.dishId);
    return dish ? ctx.menus.ingredient(dish.districtId, line.ingredientId) : null;
  }
}

@Resolver(() => MenuWeek)
export class MenuWeekResolver {
  @Query(() => MenuWeekConnection, {
    description:
      'Weekly menus (每周食谱): drafts for the kitchen, school leaders and the district; published weeks for anyone of the school.',
  })
  menuWeeks(
    @Args() page: PageArgs,
    @Arg('filter', () => MenuWeekFilter, { nullable: true }) filter: MenuWeekFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.menus.listWeeks(filter ?? {}, page);
  }

  @Query(() => MenuWeek, {
    description: 'One weekly menu; NOT_FOUND when you may not see it (another school, or a draft you may not read).',
  })
  menuWeek(@Arg('id', () => ID, { description: 'The menu week.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.menus.week(id);
  }

  @Query(() => PublishedMenu, {
    nullable: true,
    description:
      "A canteen's published menu (食谱公示) for parents: open WITHOUT signing in. Only a PUBLISHED week answers; a draft or a week without a menu is null alike.",
  })
  publishedMenu(
    @Arg('canteenId', () => ID, { description: 'The canteen (from the link or QR code the school gives parents).' }) canteenId: string,
    @Arg('weekOf', () => String, { nullable: true, description: 'Any day of the week wanted (YYYY-MM-DD); this week when omitted.' })
    weekOf: string | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.menus.publishedMenu(canteenId, weekOf);
  }

  @FieldResolver(() => [MenuDay], { description: 'Its days with planned meals, each meal with its dishes and their nutrients.' })
  days(@Root() week: MenuWeek, @Ctx() ctx: CanteenContext) {
    return ctx.menus.daysOf(week);
  }

  @FieldResolver(() => NutritionCheck, {
    description: 'The nutrition check (营养评价) against WS/T 554-2017 as planned now: shown to the planner while it is a draft.',
  })
  nutritionCheck(@Root() week: MenuWeek, @Ctx() ctx: CanteenContext) {
    return ctx.menus.nutritionCheck(week);
  }

  @FieldResolver(() => Canteen, { nullable: true, description: 'The canteen serving it.' })
  canteen(@Root() week: MenuWeek, @Ctx() ctx: CanteenContext) {
    return ctx.menus.canteenOf(week);
  }

  @FieldResolver(() => [CanteenStep], { description: 'Every step so far (saved, revised, published), oldest first.' })
  steps(@Root() week: MenuWeek, @Ctx() ctx: CanteenContext) {
    return ctx.menus.stepsOf(week.id);
  }

  @Mutation(() => MenuWeek, {
    description:
      "Save a canteen's weekly menu as a draft (保存食谱): created on the first save, replaced on the next (name the version read). Canteen managers.",
  })
  saveMenuWeek(@Arg('input') input: SaveMenuWeekInput, @Ctx() ctx: CanteenContext) {
    return ctx.menus.saveWeek(input);
  }

  @Mutation(() => MenuWeek, {
    description:
      'Publish a draft menu for parents (发布公示): once; it never changes after. A menu that falls short of the guideline may be published; the step records it. Canteen managers.',
  })
  publishMenuWeek(@Arg('input') input: PublishMenuWeekInput, @Ctx() ctx: CanteenContext) {
    return ctx.menus.publishWeek(input);
  }
}
