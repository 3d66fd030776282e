import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { Campus } from '../federation/campus';
import { Building, Room } from './place.entity';
import { CAMPUS_ROOMS_SHOWN, MAX_BUILDINGS_PER_CAMPUS } from './place.rules';

/** The buildings and rooms facilities adds to the directory's Campus. */
@Resolver(() => Campus)
export class CampusPlacesResolver {
  @FieldResolver(() => [Building], {
    description: `The campus's buildings (楼宇), by name (a campus holds at most ${MAX_BUILDINGS_PER_CAMPUS}); empty unless its school is one of yours. One statement over a page of campuses.`,
  })
  buildings(@Root() campus: Campus, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.buildingsOfCampus(campus.id);
  }

  @FieldResolver(() => [Room], {
    description:
      `The campus's rooms (房间), by building, floor and number, at most the first ${CAMPUS_ROOMS_SHOWN}; empty unless its school is one of yours. ` +
      'One statement over a page of campuses; the full list is Query.rooms with filter.campusId.',
  })
  rooms(@Root() campus: Campus, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.roomsOfCampus(campus.id);
  }
}
