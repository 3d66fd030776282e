import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { Staff } from '../federation/staff';
import { Room } from '../place/place.entity';
import { Requisition } from './storeroom.entity';

/** The fields the storeroom adds to the directory's Staff. */
@Resolver(() => Staff)
export class StaffRequisitionsResolver {
  @FieldResolver(() => [Requisition], {
    description:
      'Their latest requisitions (领用), newest first, at most 20, as you may read them: all for the storeroom’s readers, your own for you. Batched; the full list is Query.requisitions.',
  })
  requisitions(@Root() staff: Staff, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.latestOf(staff.id);
  }
}

/** The fields the storeroom adds to Room (a classroom's page: what it requisitioned). */
@Resolver(() => Room)
export class RoomRequisitionsResolver {
  @FieldResolver(() => [Requisition], {
    description:
      'Requisitions for this room (领用记录), newest first, at most 20 of the last year, as you may read them: all for the storeroom’s readers, your own for you. Batched; the full list is Query.requisitions with filter.roomId.',
  })
  requisitions(@Root() room: Room, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.requisitions.latestForRoom(room.id);
  }
}
