import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { Room } from '../place/place.entity';
import { ConsumableItem } from '../storeroom/storeroom.entity';
import { ReplacementDue, ReplacementDueConnection } from './replacement.types';

@Resolver(() => ReplacementDue)
export class ReplacementDueResolver {
  @Query(() => ReplacementDueConnection, {
    description:
      'What to bring to which room in a week before anyone asks (本周预测更换): for each room and item with at least 3 requisitions in the last 12 months, ' +
      'the next day it is needed is the last requisition’s day + the median days one unit lasted (of the last 6 intervals) × the last quantity; ' +
      'listed when that day falls in the week (Monday–Sunday) of weekOf, or has passed without a new requisition. The storeroom’s readers (readFacilities).',
  })
  dueReplacements(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('weekOf', () => String, {
      nullable: true,
      description: 'A day of the week asked about, YYYY-MM-DD; today at the school when left out.',
    })
    weekOf: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.replacements.due(schoolId, weekOf ?? null, page);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room; null when you may not see it.' })
  room(@Root() due: ReplacementDue, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(due.roomId);
  }

  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item.' })
  item(@Root() due: ReplacementDue, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(due.itemId);
  }
}
