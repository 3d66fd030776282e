import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { SafetyContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { SafetyZone } from '../zone/zone.entity';
import { SafetyPatrol } from './patrol.entity';
import { RecordSafetyPatrolInput } from './patrol.inputs';
import { SafetyPatrolConnection, ZonePatrolCompletion, ZonePatrolState } from './patrol.types';

@Resolver(() => SafetyPatrol)
export class SafetyPatrolResolver {
  @Query(() => SafetyPatrolConnection, {
    description:
      'A school’s zone patrols (巡查记录) in [from, to] (this month by default), latest first: its safety office and the district; a zone’s responsible person for their zone (zoneId).',
  })
  safetyPatrols(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('zoneId', () => ID, { nullable: true }) zoneId: string | null,
    @Arg('from', () => String, { nullable: true, description: 'The first day, YYYY-MM-DD; the first of this month when omitted.' })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'The last day, YYYY-MM-DD; the end of this month when omitted.' })
    to: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.patrols.ofSchool(schoolId, zoneId ?? null, from ?? null, to ?? null, page);
  }

  @FieldResolver(() => SafetyZone, { description: 'The zone patrolled.' })
  zone(@Root() patrol: SafetyPatrol, @Ctx() ctx: SafetyContext) {
    return ctx.zones.reader.byId(patrol.zoneId);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() patrol: SafetyPatrol) {
    return schoolRef(patrol.schoolId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who patrolled.' })
  patrolledBy(@Root() patrol: SafetyPatrol) {
    return patrol.patrolledByStaffId ? staffRef(patrol.patrolledByStaffId) : null;
  }

  @Mutation(() => SafetyPatrol, {
    description:
      'Record a patrol of a responsibility zone (区域巡查): its responsible person or the school’s safety office; each finding becomes a hazard of the zone (source PATROL) at once.',
  })
  recordSafetyPatrol(@Arg('input') input: RecordSafetyPatrolInput, @Ctx() ctx: SafetyContext) {
    return ctx.patrols.record(input);
  }
}

/** The patrol state safety adds to a zone. */
@Resolver(() => SafetyZone)
export class ZonePatrolResolver {
  @FieldResolver(() => ZonePatrolState, {
    description: 'Its patrols against its frequency today (巡查状态): last, next due, late (batched).',
  })
  patrol(@Root() zone: SafetyZone, @Ctx() ctx: SafetyContext) {
    return ctx.patrols.stateOf(zone);
  }
}

/** Patrol completion per zone, on the school. */
@Resolver(() => School)
export class SchoolPatrolResolver {
  @FieldResolver(() => [ZonePatrolCompletion], {
    description:
      'Each active zone’s patrols in [from, to] (this month by default) against its frequency (巡查完成率), missed windows listed: the safety office and the district; batched over a page of schools.',
  })
  patrolCompletion(
    @Root() school: School,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.patrols.completionOf(school.id, from ?? null, to ?? null);
  }
}
