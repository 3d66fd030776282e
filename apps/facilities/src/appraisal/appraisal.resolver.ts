import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { FacilitiesStep } from '../workflow-step.entity';
import { AppraisalSummary, StaffAppraisal, StaffAppraisalFigures } from './appraisal.entity';
import { ConfirmStaffAppraisalInput, ProposeStaffAppraisalInput, StaffAppraisalFilter } from './appraisal.inputs';
import { APPRAISALS_SHOWN } from './appraisal.service';

@ObjectType({ description: 'A page of staff appraisals (考核), newest first.' })
export class StaffAppraisalConnection extends Connection(StaffAppraisal, 'StaffAppraisal') {}

@Resolver(() => StaffAppraisal)
export class StaffAppraisalResolver {
  @Query(() => StaffAppraisalFigures, {
    description:
      'A staff member’s appraisal figures now (考核数据) for a term of their school or a period: duty tasks due (on time, late, not done), checker results (好/合格/未完成), ' +
      'the ratings and due-time compliance of the repairs they were assigned to, the scores by the formula (40/30/20/10) and the evidence behind each number. ' +
      'The school’s director and principal, the district, or the person themself; NOT_FOUND for staff outside your schools.',
  })
  staffAppraisalFigures(
    @Arg('staffId', () => ID, { description: 'The staff member.' }) staffId: string,
    @Arg('termId', () => ID, { nullable: true, description: 'A term (学期) of their school; or give from and to.' }) termId: string | null,
    @Arg('from', () => String, { nullable: true, description: 'The first day (YYYY-MM-DD), with to.' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'The last day (YYYY-MM-DD), at most a year after from.' }) to: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.appraisals.figures(staffId, termId, from, to);
  }

  @Query(() => StaffAppraisalConnection, {
    description:
      'Term appraisals (考核), newest first, superseded ones included (the history): all of a school’s for its director and principal and for the district; your own for anyone else.',
  })
  staffAppraisals(
    @Args() page: PageArgs,
    @Arg('filter', () => StaffAppraisalFilter, { nullable: true }) filter: StaffAppraisalFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.appraisals.list(filter ?? {}, page);
  }

  @Query(() => StaffAppraisal, { description: 'One appraisal you may read; NOT_FOUND otherwise.' })
  staffAppraisal(@Arg('id', () => ID) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.appraisals.get(id);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() appraisal: StaffAppraisal) {
    return schoolRef(appraisal.schoolId);
  }

  @FieldResolver(() => Staff, { description: 'The staff member appraised.' })
  staff(@Root() appraisal: StaffAppraisal) {
    return staffRef(appraisal.staffId);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The total score when proposed (0–100, one decimal); null without evidence.' })
  score(@Root() appraisal: StaffAppraisal) {
    return appraisal.scoreTenths == null ? null : appraisal.scoreTenths / 10;
  }

  @FieldResolver(() => StaffAppraisalFigures, {
    description:
      'The figures and evidence as they were when it was proposed (a snapshot: later changes to tasks or repairs do not alter it).',
  })
  figures(@Root() appraisal: StaffAppraisal, @Ctx() ctx: FacilitiesContext) {
    return ctx.appraisals.figuresOf(appraisal);
  }

  @FieldResolver(() => [FacilitiesStep], {
    description: 'Its steps, oldest first: proposed, confirmed, superseded — who, when, the comment (batched).',
  })
  steps(@Root() appraisal: StaffAppraisal, @Ctx() ctx: FacilitiesContext) {
    return ctx.appraisals.stepsOf(appraisal.id);
  }

  @Mutation(() => StaffAppraisal, {
    description:
      'Propose a staff member’s term grade (拟定考核等次) with a comment: the general-affairs director, not for themself. The figures as they are now are stored with it; ' +
      'a current proposal for the same person and term is superseded (kept, never edited). BAD_USER_INPUT on staffId for another school’s staff, on termId for another school’s term.',
  })
  proposeStaffAppraisal(@Arg('input') input: ProposeStaffAppraisalInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.appraisals.propose(input);
  }

  @Mutation(() => StaffAppraisal, {
    description:
      'Confirm a proposed term grade (确认): the principal, at the version read; never the account that proposed it (separation of duties), never one’s own. CONFLICT unless it is PROPOSED.',
  })
  confirmStaffAppraisal(@Arg('input') input: ConfirmStaffAppraisalInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.appraisals.confirm(input);
  }
}

/** The fields appraisal adds to the directory's Staff. */
@Resolver(() => Staff)
export class StaffAppraisalsResolver {
  @FieldResolver(() => [StaffAppraisal], {
    description:
      `Their term appraisals (考核), newest first, the latest ${APPRAISALS_SHOWN}, superseded ones included, as you may read them: the school’s director and principal, the district, and the person themself (batched). ` +
      'The whole history is Query.staffAppraisals with filter.staffId.',
  })
  appraisals(@Root() staff: Staff, @Ctx() ctx: FacilitiesContext) {
    return ctx.appraisals.latestOf(staff.id);
  }
}

/** The appraisal summary facilities adds to School: the district's schools side by side. */
@Resolver(() => School)
export class SchoolAppraisalResolver {
  @FieldResolver(() => AppraisalSummary, {
    nullable: true,
    description:
      'Its term appraisals in figures (考核汇总): the current ones of the term it holds on `on`, by grade, confirmed or awaiting the principal, with the mean score; ' +
      'null unless you read its appraisals (its director and principal, the district). One grouped statement per page of schools (`schools { appraisalSummary }` is the district side by side).',
  })
  appraisalSummary(
    @Root() school: School,
    @Arg('on', () => String, { nullable: true, description: 'A day of the term, YYYY-MM-DD; today (China Standard Time) when omitted.' })
    on: string | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.appraisals.summaryOf(school.id, on);
  }
}
