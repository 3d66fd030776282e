import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { SchoolPlaceCounts } from './place.types';

/** The place counts facilities adds to the directory's School. */
@Resolver(() => School)
export class SchoolPlacesResolver {
  @FieldResolver(() => SchoolPlaceCounts, {
    description:
      'How many buildings and rooms (楼宇与房间数) the school has on all its campuses; 0 and 0 unless it is one of your schools. Two statements over a page of schools.',
  })
  placeCounts(@Root() school: School, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.countsOfSchool(school.id);
  }
}
