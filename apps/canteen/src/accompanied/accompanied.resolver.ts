import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { Canteen } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { UserAccount } from '../federation/user-account';
import { AccompaniedMeal } from './accompanied.entity';
import { AccompaniedMealFilter, AccompaniedMealGapsInput, LogAccompaniedMealInput } from './accompanied.inputs';
import { AccompaniedMealConnection, AccompaniedMealCoverage } from './accompanied.types';

@Resolver(() => AccompaniedMeal)
export class AccompaniedMealResolver {
  @Query(() => AccompaniedMealConnection, { description: 'Accompanied meals (陪餐记录) of your schools’ canteens, newest first.' })
  accompaniedMeals(
    @Args() page: PageArgs,
    @Arg('filter', () => AccompaniedMealFilter, { nullable: true, description: 'Narrow the list.' }) filter: AccompaniedMealFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.accompaniedMeals.list(filter ?? {}, page);
  }

  @Query(() => [AccompaniedMealCoverage], {
    description:
      'For each canteen, the school days of a range without an accompanied lunch (陪餐缺失): weekdays minus public holidays plus make-up working days (调休), up to today.',
  })
  accompaniedMealGaps(@Arg('input') input: AccompaniedMealGapsInput, @Ctx() ctx: CanteenContext) {
    return ctx.accompaniedMeals.gaps(input);
  }

  @Mutation(() => AccompaniedMeal, {
    description:
      'Log a meal you ate with the students (陪餐; principals and general-affairs directors): which meal, your remarks and a rating 1–5. Once per meal; never edited.',
  })
  logAccompaniedMeal(@Arg('input') input: LogAccompaniedMealInput, @Ctx() ctx: CanteenContext) {
    return ctx.accompaniedMeals.log(input);
  }

  @FieldResolver(() => Canteen, { nullable: true, description: 'The canteen.' })
  canteen(@Root() meal: AccompaniedMeal, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.reader.byId(meal.canteenId);
  }

  @FieldResolver(() => UserAccount, { description: "The leader's account (陪餐人)." })
  leader(@Root() meal: AccompaniedMeal) {
    return Object.assign(new UserAccount(), { id: meal.leaderAccountId });
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The leader's staff record, when the account has one." })
  leaderStaff(@Root() meal: AccompaniedMeal) {
    return staffRef(meal.leaderStaffId);
  }
}
