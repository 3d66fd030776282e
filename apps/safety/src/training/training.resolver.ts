import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkDateRange, PageArgs } from '@houqin/common';
import type { SafetyContext } from '../context';
import { School } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { SafetyDrill, TrainingRecord, TrainingRequirement } from './training.entity';
import { DefineTrainingRequirementInput, RecordDrillInput, RecordTrainingInput, UpdateTrainingRequirementInput } from './training.inputs';
import {
  SafetyDrillConnection,
  TrainingComplianceConnection,
  TrainingCompliancePerson,
  TrainingRequirementConnection,
  TrainingSummary,
} from './training.types';

@Resolver(() => TrainingRequirement)
export class TrainingRequirementResolver {
  @Query(() => TrainingRequirementConnection, {
    description:
      'Required trainings per post (岗位培训要求): the district’s and your schools’ own; with schoolId, the district’s and that school’s.',
  })
  trainingRequirements(
    @Arg('schoolId', () => ID, { nullable: true }) schoolId: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.training.listRequirements(schoolId, page);
  }

  @Query(() => TrainingComplianceConnection, {
    description:
      'The training compliance matrix (培训合规矩阵) of a school: each staff member with a required training and their standing on each; its safety office and the district.',
  })
  trainingCompliance(@Arg('schoolId', () => ID) schoolId: string, @Args() page: PageArgs, @Ctx() ctx: SafetyContext) {
    return ctx.training.compliance(schoolId, page);
  }

  @Mutation(() => TrainingRequirement, {
    description:
      'Define a required training for a post (岗位培训要求): the district’s (district administrators) or a school’s own (its safety office).',
  })
  defineTrainingRequirement(@Arg('input') input: DefineTrainingRequirementInput, @Ctx() ctx: SafetyContext) {
    return ctx.training.defineRequirement(input);
  }

  @Mutation(() => TrainingRequirement, { description: 'Change or withdraw a required training (the version you read).' })
  updateTrainingRequirement(@Arg('input') input: UpdateTrainingRequirementInput, @Ctx() ctx: SafetyContext) {
    return ctx.training.updateRequirement(input);
  }

  @Mutation(() => TrainingRecord, { description: 'Record a training or certificate of a staff member (培训记录): the safety office.' })
  recordTraining(@Arg('input') input: RecordTrainingInput, @Ctx() ctx: SafetyContext) {
    return ctx.training.recordTraining(input);
  }
}

@Resolver(() => TrainingCompliancePerson)
export class TrainingCompliancePersonResolver {
  @FieldResolver(() => Staff, { description: 'The staff member.' })
  staff(@Root() person: TrainingCompliancePerson) {
    return staffRef(person.id);
  }
}

@Resolver(() => SafetyDrill)
export class SafetyDrillResolver {
  @Query(() => SafetyDrillConnection, {
    description: 'A school’s drills (应急演练) held in [from, to] (at most a year), latest first: its safety office and the district.',
  })
  safetyDrills(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Args() page: PageArgs,
    @Ctx() ctx: SafetyContext,
  ) {
    checkDateRange(from, to);
    return ctx.training.listDrills(schoolId, from, to, page);
  }

  @Mutation(() => SafetyDrill, {
    description:
      'Record a drill (应急演练): the safety office; an evacuation in a building of four floors or fewer is held to the district’s target (2 minutes by default).',
  })
  recordDrill(@Arg('input') input: RecordDrillInput, @Ctx() ctx: SafetyContext) {
    return ctx.training.recordDrill(input);
  }
}

/** The trainings safety adds to a staff member. */
@Resolver(() => Staff)
export class StaffTrainingResolver {
  @FieldResolver(() => [TrainingRecord], {
    description:
      'Their trainings and certificates (培训记录), newest first: to themselves, their school’s safety office and the district (batched).',
  })
  trainings(@Root() staff: Staff, @Ctx() ctx: SafetyContext) {
    return ctx.training.recordsOfStaff(staff.id);
  }
}

/** Training compliance and drill gaps safety adds to a school. */
@Resolver(() => School)
export class SchoolTrainingResolver {
  @FieldResolver(() => TrainingSummary, {
    description: 'Its training compliance today (培训合规率): the safety office and the district; batched over a page of schools.',
  })
  trainingSummary(@Root() school: School, @Ctx() ctx: SafetyContext) {
    return ctx.training.summaryOf(school.id);
  }

  @FieldResolver(() => [String], {
    description:
      'The months (YYYY-MM) of [from, to] in a school term with fewer drills than the district requires (演练缺口): the safety office and the district.',
  })
  drillGaps(@Root() school: School, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: SafetyContext) {
    checkDateRange(from, to);
    return ctx.training.drillGapsOf(school.id, from, to);
  }
}
