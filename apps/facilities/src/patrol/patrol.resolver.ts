import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkDaySpan, PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { Patrol, PatrolRoute, PatrolScan } from './patrol.entity';
import { CreatePatrolRouteInput, FinishPatrolInput, RecordPatrolScanInput, StartPatrolInput } from './patrol.inputs';
import { PatrolCompleteness, PatrolConnection, PatrolRouteConnection } from './patrol.types';

@Resolver(() => Patrol)
export class PatrolResolver {
  @Query(() => PatrolRouteConnection, {
    description: 'Patrol routes (巡视路线) of your schools: every staff member of the school (any of them may walk one) and the district.',
  })
  patrolRoutes(
    @Args() page: PageArgs,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only this school.' }) schoolId: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.patrols.listRoutes(schoolId, page);
  }

  @Query(() => PatrolConnection, {
    description: 'Patrols (巡视记录), newest first: the school’s for its work-order readers and the district, your own for anyone else.',
  })
  patrols(
    @Args() page: PageArgs,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only this school.' }) schoolId: string | null,
    @Arg('routeId', () => ID, { nullable: true, description: 'Only this route.' }) routeId: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.patrols.listPatrols({ schoolId, routeId }, page);
  }

  @Query(() => PatrolRoute, {
    description: 'One patrol route of your schools (any staff member of its school may walk it); NOT_FOUND otherwise.',
  })
  patrolRoute(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.routes.get(id);
  }

  @Query(() => Patrol, {
    description: 'One patrol: the school’s for its work-order readers and the district, your own for anyone else; NOT_FOUND otherwise.',
  })
  patrol(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.patrols.get(id);
  }

  @FieldResolver(() => [PatrolScan], { description: 'Its scans in order (at most 200), batched.' })
  scans(@Root() patrol: Patrol, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.scansOf(patrol.id);
  }

  @FieldResolver(() => PatrolRoute, { nullable: true, description: 'Its route (null if you may not read it).' })
  route(@Root() patrol: Patrol, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.routes.byId(patrol.routeId);
  }

  @Mutation(() => PatrolRoute, {
    description:
      'Set a patrol route (巡视路线): 2–50 rooms of the school in order and a daily window: the general-affairs director. BAD_USER_INPUT on roomIds.N for another school’s room.',
  })
  createPatrolRoute(@Arg('input') input: CreatePatrolRouteInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.createRoute(input);
  }

  @Mutation(() => Patrol, {
    description: 'Start walking a route (开始巡视): any staff member of its school; whether it is inside the window is recorded.',
  })
  startPatrol(@Arg('input') input: StartPatrolInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.start(input);
  }

  @Mutation(() => PatrolScan, {
    description:
      'Scan a checkpoint’s QR code (扫码) during your patrol, with any issue found; reportRepair opens a work order for it at once. Out-of-order scans are marked.',
  })
  recordPatrolScan(@Arg('input') input: RecordPatrolScanInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.scan(input);
  }

  @Mutation(() => Patrol, { description: 'Finish your patrol: the checkpoints scanned, missed (漏检) and out of order are counted.' })
  finishPatrol(@Arg('input') input: FinishPatrolInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.patrols.finish(input);
  }
}

/** The patrol completeness facilities adds to School. */
@Resolver(() => School)
export class SchoolPatrolResolver {
  @FieldResolver(() => PatrolCompleteness, {
    description:
      'Its finished patrols from `from` to `to` (巡视完成率): checkpoints expected, scanned, missed; one grouped statement per page of schools.',
  })
  patrolCompleteness(
    @Root() school: School,
    @Arg('from', { description: 'The first day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'The last day, YYYY-MM-DD (at most a year after from).' }) to: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    checkDaySpan(from, to);
    return ctx.patrols.completenessOf(school.id, from, to);
  }
}
