import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, todayIn } from '@houqin/common';
import type { SafetyContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { Room, roomRef } from '../federation/room';
import { SafetyStep } from '../workflow-step.entity';
import { hazardActions, HazardViewerAction } from './hazard.actions';
import { Hazard } from './hazard.entity';
import {
  AssignHazardInput,
  HazardFilter,
  HazardStepInput,
  RecordHazardRectifiedInput,
  ReportHazardInput,
  RequestHazardRepairInput,
  VerifyHazardInput,
} from './hazard.inputs';
import { UNRECTIFIED_STATUSES } from './hazard.rules';
import { HazardConnection } from './hazard.types';
import { HazardSummary } from './hazard-report';

@Resolver(() => Hazard)
export class HazardResolver {
  @Query(() => HazardConnection, {
    description:
      'The hazard register (隐患台账), newest first: every school’s for the district, the school’s for its safety officer, director and principal; ' +
      'anyone else the hazards they reported or must rectify. Filter by school, level, state, age, overdue, source, zone, room or person.',
  })
  hazards(
    @Args() page: PageArgs,
    @Arg('filter', () => HazardFilter, { nullable: true }) filter: HazardFilter | null,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.hazards.list(filter ?? {}, page);
  }

  @Query(() => Hazard, { description: 'One hazard you may read; NOT_FOUND otherwise.' })
  hazard(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.get(id);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() hazard: Hazard) {
    return schoolRef(hazard.schoolId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room it is in (a facilities room), when it is in one.' })
  room(@Root() hazard: Hazard) {
    return roomRef(hazard.roomId);
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: 'The person responsible for the rectification (整改责任人); null until assigned.',
  })
  responsible(@Root() hazard: Hazard) {
    return staffRef(hazard.responsibleStaffId);
  }

  @FieldResolver(() => Boolean, { description: 'Overdue (超期): not rectified and its deadline has passed, in the school’s zone.' })
  async overdue(@Root() hazard: Hazard, @Ctx() ctx: SafetyContext) {
    if (!hazard.deadline || !UNRECTIFIED_STATUSES.includes(hazard.status)) return false;
    return hazard.deadline < todayIn(await ctx.directoryCopy.timeZoneOf(hazard.schoolId), ctx.now());
  }

  @FieldResolver(() => [HazardViewerAction], {
    description: 'The steps you could take on it now (the console’s buttons); the mutation still decides.',
  })
  viewerActions(@Root() hazard: Hazard, @Ctx() ctx: SafetyContext) {
    return hazardActions(ctx.viewer, hazard);
  }

  @FieldResolver(() => [SafetyStep], {
    description: 'Its steps, oldest first: who reported, assigned, rectified, verified and closed it, when and why (batched).',
  })
  steps(@Root() hazard: Hazard, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.stepsOf(hazard.id);
  }

  @Mutation(() => Hazard, {
    description: 'Report a hazard (隐患上报): anyone signed in at the school. A major one tells the principal and the district at once.',
  })
  reportHazard(@Arg('input') input: ReportHazardInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.report(input);
  }

  @Mutation(() => Hazard, {
    description:
      'Assign a hazard (交办) with its five fixes (五定): responsible person, measure, funds, deadline (not in the past), contingency plan.',
  })
  assignHazard(@Arg('input') input: AssignHazardInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.assign(input);
  }

  @Mutation(() => Hazard, { description: 'Start the rectification (开始整改): the person responsible, or the safety office.' })
  startHazardRectification(@Arg('input') input: HazardStepInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.start(input);
  }

  @Mutation(() => Hazard, {
    description:
      'Ask facilities to repair it (隐患报修): a safety work order opens (due the same school day) and the hazard waits; its closing records the hazard rectified.',
  })
  requestHazardRepair(@Arg('input') input: RequestHazardRepairInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.requestRepair(input);
  }

  @Mutation(() => Hazard, { description: 'Record it rectified (整改完成) with evidence: the person responsible, or the safety office.' })
  recordHazardRectified(@Arg('input') input: RecordHazardRectifiedInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.recordRectified(input);
  }

  @Mutation(() => Hazard, {
    description:
      'Verify the rectification (验收): a second person, never the rectifier. Failed (with a reason) it goes back to rectifying.',
  })
  verifyHazard(@Arg('input') input: VerifyHazardInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.verify(input);
  }

  @Mutation(() => Hazard, {
    description: 'Close a verified hazard (销号): the safety office. Never without its verification; never deleted.',
  })
  closeHazard(@Arg('input') input: HazardStepInput, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.close(input);
  }
}

/** The hazards safety adds to a staff member: what they must rectify. */
@Resolver(() => Staff)
export class StaffHazardsResolver {
  @FieldResolver(() => [Hazard], {
    description: 'Open hazards this person must rectify (待整改隐患), deadline first (batched); what you may read of them.',
  })
  hazardsAssigned(@Root() staff: Staff, @Ctx() ctx: SafetyContext) {
    return ctx.hazards.openAssignedTo(staff.id);
  }
}

/** The hazards safety adds to a facilities room. */
@Resolver(() => Room)
export class RoomHazardsResolver {
  @FieldResolver(() => [Hazard], { description: 'The latest hazards found in this room, newest first, at most `last` (1–20; batched).' })
  hazards(
    @Root() room: Room,
    @Arg('last', () => Int, { defaultValue: 5, description: 'How many, 1–20.' }) last: number,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.hazards.ofRoom(room.id, Math.min(Math.max(last, 1), 20));
  }
}

/** The hazards safety adds to a school. */
@Resolver(() => School)
export class SchoolHazardsResolver {
  @FieldResolver(() => HazardConnection, { description: 'The school’s hazard register (隐患台账): as Query.hazards with this school.' })
  hazards(
    @Root() school: School,
    @Args() page: PageArgs,
    @Arg('filter', () => HazardFilter, { nullable: true }) filter: HazardFilter | null,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.hazards.list({ ...(filter ?? {}), schoolId: school.id }, page);
  }

  @FieldResolver(() => HazardSummary, {
    description:
      'Its hazards (隐患统计): the open ones now by level and age and the overdue ones; from `from` to `to` those reported, rectified (mean time to rectify) and closed. ' +
      'The school’s safety office and the district; one grouped statement per page of schools (`schools(first: 100) { hazardSummary }` is the district side by side).',
  })
  hazardSummary(
    @Root() school: School,
    @Ctx() ctx: SafetyContext,
    @Arg('from', () => String, { nullable: true, description: 'The first day, YYYY-MM-DD; the first of this month when omitted.' })
    from?: string | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'The last day, YYYY-MM-DD (at most a year after from); the end of this month when omitted.',
    })
    to?: string | null,
  ) {
    return ctx.hazards.summaryOf(school.id, from, to);
  }
}
