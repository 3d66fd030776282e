import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { CanteenContext } from '../context';
import { CanteenSettings } from './settings.entity';
import { UpdateCanteenSettingsInput } from './settings.inputs';

@Resolver(() => CanteenSettings)
export class SettingsResolver {
  @Query(() => CanteenSettings, {
    description:
      'Your district’s canteen settings (食堂设置): bulk staples, food-sample minimum and keeping time, certificate notice, meal end times.',
  })
  canteenSettings(@Ctx() ctx: CanteenContext) {
    return ctx.settings.forViewer();
  }

  @Mutation(() => CanteenSettings, {
    description:
      'Change the district’s canteen settings (district administrators): samples at least 125 g kept at least 48 h, meal end times in the order of the day; at the version you read.',
  })
  updateCanteenSettings(@Arg('input') input: UpdateCanteenSettingsInput, @Ctx() ctx: CanteenContext) {
    return ctx.settings.update(input);
  }
}
