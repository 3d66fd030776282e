import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '@houqin/common';
import type { SafetyContext } from '../context';
import { Room, roomRef } from '../federation/room';
import { School } from '../federation/school';
import { SafetyActionItem } from '../action-item/action-item.entity';
import { SafetyIncident } from './incident.entity';
import { IncidentStepInput, InvestigateIncidentInput, ReportIncidentInput } from './incident.inputs';
import { perThousand, reportedInTime } from './incident.rules';

@ObjectType({ description: 'A page of incidents (安全事故/事件).' })
export class SafetyIncidentConnection extends Connection(SafetyIncident, 'SafetyIncident') {}

@ObjectType({ description: 'A school’s incidents over a period (事故统计), with the rate per 1,000 students.' })
export class IncidentSummary {
  @Field(() => Int, { description: 'Incidents that happened in the period.' })
  incidents: number;

  @Field(() => Int, { description: 'Of those, serious.' })
  serious: number;

  @Field(() => Int, { description: 'People injured in them.' })
  injured: number;

  @Field(() => Int, { description: 'Serious ones reported to the district late, or not yet and already due.' })
  reportedLate: number;

  @Field(() => String, {
    nullable: true,
    description: 'Incidents per 1,000 students (千人事故率), one decimal; null when the directory knows no students.',
  })
  perThousandStudents: string | null;
}

@Resolver(() => SafetyIncident)
export class SafetyIncidentResolver {
  @Query(() => SafetyIncidentConnection, { description: 'A school’s incidents, latest first: its safety office and the district.' })
  safetyIncidents(@Arg('schoolId', () => ID) schoolId: string, @Args() page: PageArgs, @Ctx() ctx: SafetyContext) {
    return ctx.incidents.list(schoolId, page);
  }

  @Query(() => SafetyIncident, { description: 'One incident you may read; NOT_FOUND otherwise.' })
  safetyIncident(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.incidents.get(id);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room, when in one.' })
  room(@Root() incident: SafetyIncident) {
    return roomRef(incident.roomId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether a serious incident reached the district in time: true, false (late, or not yet and due), null when it need not or is not yet due.',
  })
  reportedInTime(@Root() incident: SafetyIncident, @Ctx() ctx: SafetyContext) {
    return reportedInTime(incident.reportDueAt, incident.reportedToDistrictAt, ctx.now());
  }

  @FieldResolver(() => [SafetyActionItem], { description: 'Its corrective and preventive actions, by deadline (batched).' })
  actions(@Root() incident: SafetyIncident, @Ctx() ctx: SafetyContext) {
    return ctx.actionItems.itemsOf(incident.id);
  }

  @Mutation(() => SafetyIncident, {
    description: 'Report an incident (事故登记): the safety office; a serious one is due at the district within the district’s hours.',
  })
  reportIncident(@Arg('input') input: ReportIncidentInput, @Ctx() ctx: SafetyContext) {
    return ctx.incidents.report(input);
  }

  @Mutation(() => SafetyIncident, {
    description: 'Record its investigation (事故调查): root cause, corrective and preventive actions with owners and deadlines.',
  })
  investigateIncident(@Arg('input') input: InvestigateIncidentInput, @Ctx() ctx: SafetyContext) {
    return ctx.incidents.investigate(input);
  }

  @Mutation(() => SafetyIncident, {
    description:
      'Record a serious incident reported to the district (上报区教育局): the principal or director; the time shows whether it was in time.',
  })
  reportIncidentToDistrict(@Arg('input') input: IncidentStepInput, @Ctx() ctx: SafetyContext) {
    return ctx.incidents.reportToDistrict(input);
  }

  @Mutation(() => SafetyIncident, {
    description:
      'Close an incident (结案): the principal or director; every action done, a serious one reported. Incidents are never deleted.',
  })
  closeIncident(@Arg('input') input: IncidentStepInput, @Ctx() ctx: SafetyContext) {
    return ctx.incidents.close(input);
  }
}

/** Incident figures safety adds to a school. */
@Resolver(() => School)
export class SchoolIncidentResolver {
  @Directive('@requires(fields: "studentCount")')
  @FieldResolver(() => IncidentSummary, {
    description:
      'Its incidents in [from, to] (this month by default) and the rate per 1,000 students: the safety office and the district; batched over a page of schools.',
  })
  async incidentSummary(
    @Root() school: School,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: SafetyContext,
  ): Promise<IncidentSummary> {
    const row = await ctx.incidents.countsOf(school.id, from ?? null, to ?? null);
    const incidents = Number(row.incidents);
    return {
      incidents,
      serious: Number(row.serious),
      injured: Number(row.injured),
      reportedLate: Number(row.reportedLate),
      perThousandStudents: perThousand(incidents, school.studentCount),
    };
  }
}
