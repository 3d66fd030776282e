import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CanteenContext } from '../context';
import { School } from '../federation/school';
import { Canteen } from './canteen.entity';

/** The canteens the canteen service adds to the directory's School. */
@Resolver(() => School)
export class SchoolCanteensResolver {
  @FieldResolver(() => [Canteen], {
    description:
      "The school's canteens (食堂), one per campus at most; empty unless it is one of your schools. Batched over a page of schools.",
  })
  canteens(@Root() school: School, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.ofSchool(school.id);
  }
}
