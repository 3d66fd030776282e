import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { RepairSummary } from './repair-report';

/** The repair report facilities adds to the directory's School: a page of schools side by side is the district comparison. */
@Resolver(() => School)
export class SchoolRepairsResolver {
  @FieldResolver(() => RepairSummary, {
    description:
      'Its repairs over a period (维修统计): work orders reported from `from` to `to` by status, category and priority, due-time compliance, mean time to repair, ' +
      'the final accounts and the ratings. The school’s work-order readers and the district; one grouped statement per page of schools ' +
      '(`schools(first: 100) { repairSummary }` is the district side by side).',
  })
  repairSummary(
    @Root() school: School,
    @Ctx() ctx: FacilitiesContext,
    @Arg('from', () => String, { nullable: true, description: 'The first day, YYYY-MM-DD; the first of this month when omitted.' })
    from?: string | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'The last day, YYYY-MM-DD (at most a year after from); the end of this month when omitted.',
    })
    to?: string | null,
  ) {
    return ctx.workOrders.summaryOf(school.id, from, to);
  }
}
