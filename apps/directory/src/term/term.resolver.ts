import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { DirectoryContext } from '../context';
import { School } from '../school/school.entity';
import { SchoolTerm } from './term.entity';
import { CreateSchoolTermInput, SchoolTermFilter, UpdateSchoolTermInput } from './term.inputs';
import { TERMS_SHOWN } from './term.rules';
import { CalendarDay, SchoolTermConnection } from './term.types';

@Resolver(() => SchoolTerm)
export class TermResolver {
  @Query(() => SchoolTermConnection, { description: 'Terms (学期) of the schools you may see, in the order they were entered.' })
  schoolTerms(
    @Args() page: PageArgs,
    @Arg('filter', () => SchoolTermFilter, { nullable: true }) filter: SchoolTermFilter | null,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.terms.list(filter?.schoolId ?? null, page);
  }

  @FieldResolver(() => School, { description: 'The school whose term it is.' })
  school(@Root() term: SchoolTerm, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.reader.byId(term.schoolId);
  }

  @Mutation(() => SchoolTerm, {
    description:
      'Add a term to a school calendar (校历): the district administrator for any school, the principal for theirs. ' +
      'BAD_USER_INPUT on endsOn for a term ending before it starts or longer than 200 days, on startsOn for one overlapping another term of the school.',
  })
  createSchoolTerm(@Arg('input') input: CreateSchoolTermInput, @Ctx() ctx: DirectoryContext) {
    return ctx.terms.create(input);
  }

  @Mutation(() => SchoolTerm, { description: 'Rename a term or move its dates, at the version read (the rules of createSchoolTerm hold).' })
  updateSchoolTerm(@Arg('input') input: UpdateSchoolTermInput, @Ctx() ctx: DirectoryContext) {
    return ctx.terms.update(input);
  }
}

/** The calendar fields of a School. */
@Resolver(() => School)
export class SchoolCalendarResolver {
  @FieldResolver(() => [SchoolTerm], {
    description: `Its latest ${TERMS_SHOWN} terms (学期), latest first (batched); the full list is Query.schoolTerms.`,
  })
  terms(@Root() school: School, @Ctx() ctx: DirectoryContext) {
    return ctx.terms.ofSchool(school.id);
  }

  @FieldResolver(() => [CalendarDay], {
    description:
      'Its school calendar (校历) from `from` to `to` (at most 366 days): each day a school day, weekend, public holiday (with the make-up working days 调休 ' +
      'of the national schedule) or vacation between its terms. A school without terms, or a day after its last term, counts every national working day.',
  })
  calendar(
    @Root() school: School,
    @Arg('from', { description: 'The first day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'The last day, YYYY-MM-DD.' }) to: string,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.terms.calendar(school.id, from, to);
  }
}
