import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { CanteenContext } from '../context';
import { Dish } from '../menu/dish.entity';
import { DishRating } from './rating.entity';
import { DishRatingFilter, RateDishInput } from './rating.inputs';
import { DishRatingConnection, DishRatingSummary } from './rating.types';

@Resolver(() => DishRating)
export class DishRatingResolver {
  @Query(() => DishRatingConnection, { description: "A dish's ratings (菜品评价), newest first: anyone of the school, district readers." })
  dishRatings(
    @Args() page: PageArgs,
    @Arg('filter', () => DishRatingFilter, { description: 'The dish and days.' }) filter: DishRatingFilter,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.ratings.list(filter, page);
  }

  @Mutation(() => DishRating, {
    description:
      "Rate a dish 1–5 with a comment (菜品评价): teachers record their students' ratings, parents' committee members (家长委员会) rate for themselves. One per rater, dish and day; never edited.",
  })
  rateDish(@Arg('input') input: RateDishInput, @Ctx() ctx: CanteenContext) {
    return ctx.ratings.rate(input);
  }
}

/** What ratings add to the menu's Dish. */
@Resolver(() => Dish)
export class DishRatingSummaryResolver {
  @FieldResolver(() => DishRatingSummary, {
    nullable: true,
    description: "The roll-up of the dish's ratings (评价汇总) that you may read; null when not signed in. Batched over a page of dishes.",
  })
  ratingSummary(@Root() dish: Dish, @Ctx() ctx: CanteenContext) {
    return ctx.ratings.summaryOf(dish.id);
  }
}
