import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { FacilitiesStep } from '../workflow-step.entity';
import { DutyOccurrence, DutyTask } from './duty.entity';
import {
  CheckDutyOccurrenceInput,
  CreateDutyTaskInput,
  DutyOccurrenceFilter,
  DutyTaskFilter,
  EndDutyTaskInput,
  MarkDutyOccurrenceDoneInput,
  PlanDutyTasksInput,
  UpdateDutyTaskInput,
} from './duty.inputs';
import { isLate, isOverdue, ruleText } from './duty.rules';
import { TO_DO_SHOWN } from './duty.service';
import { DutyOccurrenceConnection, DutyOccurrenceViewerAction, DutyPlanResult, DutyTaskConnection } from './duty.types';

@Resolver(() => DutyTask)
export class DutyTaskResolver {
  @Query(() => DutyTaskConnection, {
    description:
      'Duty tasks (工作叙事表), in the order they were set: all of a school’s for its director and principal and for the district; anyone else the tasks they are (or were) responsible for or check.',
  })
  dutyTasks(
    @Args() page: PageArgs,
    @Arg('filter', () => DutyTaskFilter, { nullable: true }) filter: DutyTaskFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.duty.listTasks(filter ?? {}, page);
  }

  @Query(() => DutyTask, { description: 'One duty task you may read; NOT_FOUND otherwise.' })
  dutyTask(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.getTask(id);
  }

  @Query(() => DutyOccurrenceConnection, {
    description:
      'The duty task sheet (工作叙事表): occurrences in day order, as you may read them (all of a school’s for its director and principal and the district; yours otherwise). ' +
      'Filter by school, task, responsible person, checker, status, result and days.',
  })
  dutyOccurrences(
    @Args() page: PageArgs,
    @Arg('filter', () => DutyOccurrenceFilter, { nullable: true }) filter: DutyOccurrenceFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.duty.listOccurrences(filter ?? {}, page);
  }

  @Query(() => DutyOccurrence, { description: 'One duty occurrence you may read; NOT_FOUND otherwise.' })
  dutyOccurrence(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.getOccurrence(id);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() task: DutyTask) {
    return schoolRef(task.schoolId);
  }

  @FieldResolver(() => Staff, { description: 'The person responsible (责任人).' })
  responsible(@Root() task: DutyTask) {
    return staffRef(task.responsibleStaffId);
  }

  @FieldResolver(() => Staff, { description: 'The checker (检查人).' })
  checker(@Root() task: DutyTask) {
    return staffRef(task.checkerStaffId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A routine task’s rule in words (e.g. "every week on Friday"); null for an urgent task.',
  })
  ruleText(@Root() task: DutyTask) {
    return task.rule ? ruleText(task.rule, task.startsOn) : null;
  }

  @FieldResolver(() => [FacilitiesStep], { description: 'Its steps, oldest first: who set, changed or ended it, when and why (batched).' })
  steps(@Root() task: DutyTask, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.stepsOfTask(task.id);
  }

  @Mutation(() => DutyTask, {
    description:
      'Set a duty task (布置工作): the general-affairs director or the principal. ROUTINE with an RFC 5545 rule (then planDutyTasks puts it on the sheet), URGENT with a deadline (its one occurrence at once). ' +
      'BAD_USER_INPUT on checkerStaffId for a checker who is the responsible person, on rule for a rule without a FREQ or an unknown part, on deadline for one not after now, on a staff field for another school’s.',
  })
  createDutyTask(@Arg('input') input: CreateDutyTaskInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.create(input);
  }

  @Mutation(() => DutyTask, {
    description:
      'Change a duty task in force at the version read: the director or the principal. Its occurrences still to come follow; what is done, checked or overdue keeps what it had.',
  })
  updateDutyTask(@Arg('input') input: UpdateDutyTaskInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.update(input);
  }

  @Mutation(() => DutyTask, {
    description:
      'End a duty task with a reason: the director or the principal. No longer planned; its occurrences still to come are taken off the sheet.',
  })
  endDutyTask(@Arg('input') input: EndDutyTaskInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.end(input);
  }

  @Mutation(() => DutyPlanResult, {
    description:
      'Plan the school’s routine tasks (排表) for a term or up to 200 days: one occurrence per task and school day its rule names (weekends, public holidays and vacations left out), ' +
      'never twice, none whose deadline has passed. The director or the principal; run again at will (after setting a task, or when the calendar changes).',
  })
  planDutyTasks(@Arg('input') input: PlanDutyTasksInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.plan(input);
  }

  @Mutation(() => DutyOccurrence, {
    description:
      'Mark an occurrence done (完成) with a note: only its responsible person, from the start of its day; once (CONFLICT after). After the deadline it counts as late.',
  })
  markDutyOccurrenceDone(@Arg('input') input: MarkDutyOccurrenceDoneInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.markDone(input);
  }

  @Mutation(() => DutyOccurrence, {
    description:
      'Record the check (检查): DONE_WELL (好), DONE (合格) or NOT_DONE (未完成, with a comment). Only its checker (FORBIDDEN otherwise), once it is marked done or past its deadline, once (CONFLICT).',
  })
  checkDutyOccurrence(@Arg('input') input: CheckDutyOccurrenceInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.check(input);
  }
}

@Resolver(() => DutyOccurrence)
export class DutyOccurrenceResolver {
  @FieldResolver(() => DutyTask, { nullable: true, description: 'Its task (null if you may not read it), batched.' })
  task(@Root() occurrence: DutyOccurrence, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.tasks.byId(occurrence.taskId);
  }

  @FieldResolver(() => Staff, { description: 'The person responsible for it (责任人).' })
  responsible(@Root() occurrence: DutyOccurrence) {
    return staffRef(occurrence.responsibleStaffId);
  }

  @FieldResolver(() => Staff, { description: 'Its checker (检查人).' })
  checker(@Root() occurrence: DutyOccurrence) {
    return staffRef(occurrence.checkerStaffId);
  }

  @FieldResolver(() => Boolean, { description: 'Overdue (逾期): still to do after its deadline.' })
  overdue(@Root() occurrence: DutyOccurrence, @Ctx() ctx: FacilitiesContext) {
    return isOverdue(occurrence, ctx.now());
  }

  @FieldResolver(() => Boolean, { description: 'Late (逾期完成): marked done after its deadline.' })
  late(@Root() occurrence: DutyOccurrence) {
    return isLate(occurrence);
  }

  @FieldResolver(() => [FacilitiesStep], { description: 'Its steps, oldest first: marked done, checked — who, when, the note (batched).' })
  steps(@Root() occurrence: DutyOccurrence, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.stepsOfOccurrence(occurrence.id);
  }

  @FieldResolver(() => [DutyOccurrenceViewerAction], {
    description: 'The steps you could take on it now (by the rules the mutations check).',
  })
  viewerActions(@Root() occurrence: DutyOccurrence, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.viewerActions(occurrence);
  }
}

/** The fields the duty task sheet adds to the directory's Staff. */
@Resolver(() => Staff)
export class StaffDutyResolver {
  @FieldResolver(() => [DutyOccurrence], {
    description:
      `Their duty tasks still to do (待办): occurrences they are responsible for and have not marked done, overdue first then by deadline, the next ${TO_DO_SHOWN}, as you may read them (batched). ` +
      'The whole sheet is Query.dutyOccurrences with filter.responsibleStaffId.',
  })
  dutyTasks(@Root() staff: Staff, @Ctx() ctx: FacilitiesContext) {
    return ctx.duty.toDoOf(staff.id);
  }
}
