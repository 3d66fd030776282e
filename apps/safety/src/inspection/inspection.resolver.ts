import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, percentText } from '@houqin/common';
import type { SafetyContext } from '../context';
import { Hazard } from '../hazard/hazard.entity';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import {
  InspectionAnswer,
  InspectionItem,
  InspectionRound,
  InspectionSchedule,
  InspectionTemplate,
  InspectionTemplateVersion,
} from './inspection.entity';
import {
  AnswerInspectionItemsInput,
  CreateInspectionScheduleInput,
  CreateInspectionTemplateInput,
  InspectionRoundFilter,
  ReviseInspectionTemplateInput,
  StartInspectionRoundInput,
  UpdateInspectionScheduleInput,
} from './inspection.inputs';
import { itemsOf } from './inspection.rules';
import {
  InspectionCompletion,
  InspectionRoundConnection,
  InspectionScheduleConnection,
  InspectionTemplateConnection,
} from './inspection.types';

@Resolver(() => InspectionTemplate)
export class InspectionTemplateResolver {
  @Query(() => InspectionTemplateConnection, {
    description:
      'Inspection templates (检查模板) you may use: the district’s and your schools’ own; with schoolId, the district’s and that school’s.',
  })
  inspectionTemplates(
    @Arg('schoolId', () => ID, { nullable: true }) schoolId: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.inspections.listTemplates(schoolId, page);
  }

  @Query(() => InspectionTemplate, { description: 'One inspection template you may use; NOT_FOUND otherwise.' })
  inspectionTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.template(id);
  }

  @FieldResolver(() => InspectionTemplateVersion, { nullable: true, description: 'Its current version: what new rounds use.' })
  current(@Root() template: InspectionTemplate, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.currentVersion(template);
  }

  @Mutation(() => InspectionTemplate, {
    description:
      'Create an inspection template (检查模板): a district one (district administrators) or a school’s own (its safety office); version 1.',
  })
  createInspectionTemplate(@Arg('input') input: CreateInspectionTemplateInput, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.createTemplate(input);
  }

  @Mutation(() => InspectionTemplate, {
    description:
      'Revise an inspection template: new content makes a new version (rounds keep theirs); inPlace corrects the current version only while no round was submitted with it (CONFLICT after).',
  })
  reviseInspectionTemplate(@Arg('input') input: ReviseInspectionTemplateInput, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.reviseTemplate(input);
  }
}

@Resolver(() => InspectionSchedule)
export class InspectionScheduleResolver {
  @Query(() => InspectionScheduleConnection, {
    description: 'A school’s inspection schedules (检查计划): its safety office and the district.',
  })
  inspectionSchedules(@Arg('schoolId', () => ID) schoolId: string, @Args() page: PageArgs, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.listSchedules(schoolId, page);
  }

  @FieldResolver(() => Staff, { description: 'The person each round is assigned to.' })
  assignee(@Root() schedule: InspectionSchedule) {
    return staffRef(schedule.assigneeStaffId);
  }

  @Mutation(() => InspectionSchedule, {
    description:
      'Schedule inspection rounds (检查计划): the job opens a round on each day of the rule (from startsOn, today or later), due dueDays later.',
  })
  createInspectionSchedule(@Arg('input') input: CreateInspectionScheduleInput, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.createSchedule(input);
  }

  @Mutation(() => InspectionSchedule, {
    description: 'Change an inspection schedule (the version you read): its person, due time, or pause it.',
  })
  updateInspectionSchedule(@Arg('input') input: UpdateInspectionScheduleInput, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.updateSchedule(input);
  }
}

@Resolver(() => InspectionRound)
export class InspectionRoundResolver {
  @Query(() => InspectionRoundConnection, {
    description:
      'Inspection rounds (检查记录), latest first: the school’s for its safety office and the district; your own otherwise. Filter by school, status, mine, overdue.',
  })
  inspectionRounds(
    @Args() page: PageArgs,
    @Arg('filter', () => InspectionRoundFilter, { nullable: true }) filter: InspectionRoundFilter | null,
    @Ctx() ctx: SafetyContext,
  ) {
    return ctx.inspections.listRounds(filter ?? {}, page);
  }

  @Query(() => InspectionRound, { description: 'One inspection round you may read; NOT_FOUND otherwise.' })
  inspectionRound(@Arg('id', () => ID) id: string, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.round(id);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() round: InspectionRound) {
    return schoolRef(round.schoolId);
  }

  @FieldResolver(() => Staff, { description: 'The inspector (检查人).' })
  assignee(@Root() round: InspectionRound) {
    return staffRef(round.assigneeStaffId);
  }

  @FieldResolver(() => [InspectionItem], {
    description: 'The items of the version it uses, in order (the index is an answer’s itemIndex).',
  })
  async items(@Root() round: InspectionRound, @Ctx() ctx: SafetyContext) {
    return itemsOf((await ctx.inspections.versionById(round.templateVersionId)).sections);
  }

  @FieldResolver(() => InspectionTemplateVersion, { description: 'The template version it uses, kept for good.' })
  templateVersion(@Root() round: InspectionRound, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.versionById(round.templateVersionId);
  }

  @FieldResolver(() => [InspectionAnswer], { description: 'Its answers so far, by item (batched).' })
  answers(@Root() round: InspectionRound, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.answersOf(round.id);
  }

  @Mutation(() => InspectionRound, { description: 'Start an unscheduled inspection round (临时检查) assigned to someone of the school.' })
  startInspectionRound(@Arg('input') input: StartInspectionRoundInput, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.startRound(input);
  }

  @Mutation(() => InspectionRound, {
    description:
      'Answer items of an open round (检查登记): its inspector or the school’s safety office; a later answer to an item replaces the earlier.',
  })
  answerInspectionItems(@Arg('input') input: AnswerInspectionItemsInput, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.answer(input);
  }

  @Mutation(() => InspectionRound, {
    description:
      'Submit an open round (提交检查): every required item answered and required photo given; each failed item becomes a hazard at once. Final.',
  })
  submitInspectionRound(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: SafetyContext) {
    return ctx.inspections.submit(roundId);
  }
}

@Resolver(() => InspectionAnswer)
export class InspectionAnswerResolver {
  @FieldResolver(() => Hazard, { nullable: true, description: 'The hazard its failure raised on submission.' })
  hazard(@Root() answer: InspectionAnswer, @Ctx() ctx: SafetyContext) {
    return answer.hazardId ? ctx.hazards.reader.byId(answer.hazardId) : null;
  }
}

/** Inspection completion safety adds to a school. */
@Resolver(() => School)
export class SchoolInspectionResolver {
  @FieldResolver(() => [InspectionCompletion], {
    description:
      'Inspection completion (检查完成率) per template over rounds due in [from, to] (this month by default): the safety office and the district; batched over a page of schools.',
  })
  async inspectionCompletion(
    @Root() school: School,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: SafetyContext,
  ): Promise<InspectionCompletion[]> {
    return (await ctx.inspections.completionOf(school.id, from, to)).map((row) => ({
      templateId: row.templateId,
      title: row.title,
      due: Number(row.due),
      submitted: Number(row.submitted),
      late: Number(row.late),
      failedItems: Number(row.failed),
      rate: percentText(Number(row.submitted), Number(row.due)),
    }));
  }
}
