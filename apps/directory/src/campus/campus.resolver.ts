import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { DirectoryContext } from '../context';
import { School } from '../school/school.entity';
import { CampusAssignment } from './campus-assignment.entity';
import { Campus } from './campus.entity';
import { CampusFilter, CreateCampusInput, MoveCampusInput } from './campus.inputs';
import { CampusConnection } from './campus.types';

@Resolver(() => Campus)
export class CampusResolver {
  @Query(() => CampusConnection, { description: 'Campuses of the schools you may see.' })
  campuses(
    @Args() page: PageArgs,
    @Arg('filter', () => CampusFilter, { nullable: true }) filter: CampusFilter | null,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.campuses.list(filter ?? {}, page);
  }

  @Query(() => Campus, { description: 'One campus by id; NOT_FOUND outside your schools.' })
  campus(@Arg('id', () => ID) id: string, @Ctx() ctx: DirectoryContext) {
    return ctx.campuses.reader.get(id);
  }

  @FieldResolver(() => School, { description: 'The school the campus belongs to now.' })
  async school(@Root() campus: Campus, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.reader.byId(campus.schoolId);
  }

  @FieldResolver(() => [CampusAssignment], { description: 'Which school the campus belonged to, and when (oldest first).' })
  history(@Root() campus: Campus, @Ctx() ctx: DirectoryContext) {
    return ctx.campuses.history(campus.id);
  }

  @Mutation(() => Campus, { description: 'Add a campus to a school (district administrators).' })
  createCampus(@Arg('input') input: CreateCampusInput, @Ctx() ctx: DirectoryContext) {
    return ctx.campuses.create(input);
  }

  @Mutation(() => Campus, {
    description: 'Move a campus to another school, e.g. after a merger (校区划转); the history keeps the old school.',
  })
  moveCampus(@Arg('input') input: MoveCampusInput, @Ctx() ctx: DirectoryContext) {
    return ctx.campuses.move(input);
  }
}

@Resolver(() => CampusAssignment)
export class CampusAssignmentResolver {
  @FieldResolver(() => School, {
    nullable: true,
    description: 'The school of this period; null when that school is outside the schools you may see.',
  })
  school(@Root() assignment: CampusAssignment, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.reader.byId(assignment.schoolId);
  }
}
