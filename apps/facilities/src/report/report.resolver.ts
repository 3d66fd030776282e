import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { Room } from '../place/place.entity';
import { AssetClassStatusLine, RoomConsumption, RoomConsumptionConnection, StoreroomUse } from './report.types';

/** The report fields facilities adds to the directory's School (batched: a page of schools costs one statement each). */
@Resolver(() => School)
export class SchoolFacilitiesReportResolver {
  @FieldResolver(() => [AssetClassStatusLine], {
    description:
      'Its fixed assets by top-level class (门类) and status at the end of a month, with cost, accumulated depreciation and net book value (资产分类汇总): the register’s readers. One grouped statement per page of schools.',
  })
  assetsByClass(
    @Root() school: School,
    @Ctx() ctx: FacilitiesContext,
    @Arg('month', () => String, { nullable: true, description: 'The month, YYYY-MM; this month when omitted.' }) month?: string | null,
  ) {
    return ctx.reports.assetsByClass(school.id, month);
  }

  @FieldResolver(() => StoreroomUse, {
    description:
      'Its consumables storeroom in a month (仓库使用): stock value now, what was issued on requisitions and to how many rooms. The register’s readers; batched.',
  })
  storeroomUse(
    @Root() school: School,
    @Ctx() ctx: FacilitiesContext,
    @Arg('month', () => String, { nullable: true, description: 'The month, YYYY-MM; this month when omitted.' }) month?: string | null,
  ) {
    return ctx.reports.storeroomUse(school.id, month);
  }
}

@Resolver(() => RoomConsumption)
export class RoomConsumptionResolver {
  @Query(() => RoomConsumptionConnection, {
    description:
      'What each room of a school received from the consumables storeroom in a month (按房间领用): value, lines and units, a page of rooms at a time (room order). The register’s readers.',
  })
  storeroomConsumptionByRoom(
    @Ctx() ctx: FacilitiesContext,
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
    @Args() page: PageArgs,
  ) {
    return ctx.reports.consumptionByRoom(schoolId, month, page);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room (null if you may no longer read it).' })
  room(@Root() line: RoomConsumption, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(line.roomId);
  }
}
