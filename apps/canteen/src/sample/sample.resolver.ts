import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { CanteenContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { FoodSample, FoodSampleDisposal } from './sample.entity';
import { FoodSampleFilter, TakeFoodSampleInput } from './sample.inputs';
import { FoodSampleConnection } from './sample.types';

@Resolver(() => FoodSample)
export class FoodSampleResolver {
  @Query(() => FoodSampleConnection, { description: "The sample log (留样记录) of your schools' canteens, newest first." })
  foodSamples(
    @Args() page: PageArgs,
    @Arg('filter', () => FoodSampleFilter, { nullable: true, description: 'Narrow the list.' }) filter: FoodSampleFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.samples.list(filter ?? {}, page);
  }

  @Query(() => FoodSample, { description: 'One food sample of your schools.' })
  foodSample(@Arg('id', () => ID, { description: 'The sample.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.samples.get(id);
  }

  @Mutation(() => FoodSample, {
    description:
      "Record a food sample (留样; canteen managers and storekeepers) of a dish of an open meal service: at least the district's minimum " +
      'weight (125 g by default), taken that day by a staff member of the school, kept in a CHILLED location; kept until takenAt + the ' +
      'keeping hours (48 by default). Never edited or deleted.',
  })
  takeFoodSample(@Arg('input') input: TakeFoodSampleInput, @Ctx() ctx: CanteenContext) {
    return ctx.samples.take(input);
  }

  @Mutation(() => FoodSample, {
    description: 'Record that a food sample was disposed of (留样销毁) once its keeping time is over; disposing of it early is refused.',
  })
  disposeFoodSample(@Arg('id', () => ID, { description: 'The sample.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.samples.dispose(id);
  }

  @FieldResolver(() => Staff, { description: 'Who took it (留样人).' })
  takenBy(@Root() sample: FoodSample) {
    return staffRef(sample.takenByStaffId);
  }

  @FieldResolver(() => FoodSampleDisposal, { nullable: true, description: 'Its disposal (留样销毁); null while it is kept.' })
  disposal(@Root() sample: FoodSample, @Ctx() ctx: CanteenContext) {
    return ctx.samples.disposalOf(sample.id);
  }
}
