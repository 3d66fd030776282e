import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { Staff } from '../federation/staff';
import { Room } from '../place/place.entity';
import { WorkOrder } from './work-order.entity';
import { LATEST_SHOWN } from './work-order.service';

/** The repairs facilities adds to the directory's Staff: their assigned work. */
@Resolver(() => Staff)
export class StaffWorkOrdersResolver {
  @FieldResolver(() => [WorkOrder], {
    description:
      `Their open assigned work orders (待办维修), due first, at most ${LATEST_SHOWN}, as you may read them (batched). ` +
      'The full list is Query.workOrders with filter.assigneeStaffId.',
  })
  assignedWorkOrders(@Root() staff: Staff, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.openAssignedTo(staff.id);
  }
}

/** The repairs of a room (报修记录). */
@Resolver(() => Room)
export class RoomWorkOrdersResolver {
  @FieldResolver(() => [WorkOrder], {
    description:
      `Its latest work orders (报修记录), newest first, at most ${LATEST_SHOWN}, as you may read them (batched). ` +
      'The full list is Query.workOrders with filter.roomId.',
  })
  workOrders(@Root() room: Room, @Ctx() ctx: FacilitiesContext) {
    return ctx.workOrders.ofRoom(room.id);
  }
}
