import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { Campus } from '../federation/campus';
import { Building, Room } from './place.entity';

/** The buildings and rooms facilities adds to the directory's Campus. */
@Resolver(() => Campus)
export class CampusPlacesResolver {
  @FieldResolver(() => [Building], {
    description: "The campus's buildings (楼宇), by name; empty unless its school is one of yours. One statement over a page of campuses.",
  })
  buildings(@Root() campus: Campus, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.buildingsOfCampus(campus.id);
  }

  @FieldResolver(() => [Room], {
    description:
      "The campus's rooms (房间), by building, floor and number; empty unless its school is one of yours. One statement over a page of campuses.",
  })
  rooms(@Root() campus: Campus, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.roomsOfCampus(campus.id);
  }
}
