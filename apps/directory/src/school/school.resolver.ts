import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { DirectoryContext } from '../context';
import { Campus } from '../campus/campus.entity';
import { District } from '../district/district.entity';
import { School } from './school.entity';
import { CreateSchoolInput, SchoolFilter, UpdateSchoolInput } from './school.inputs';
import { SchoolConnection } from './school.types';

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => SchoolConnection, {
    description: 'Schools you may see: all of the district for district roles, else the schools where you hold a role.',
  })
  schools(
    @Args() page: PageArgs,
    @Arg('filter', () => SchoolFilter, { nullable: true }) filter: SchoolFilter | null,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.schools.list(filter ?? {}, page);
  }

  @Query(() => School, { description: 'One school by id; NOT_FOUND when it does not exist or is outside your schools.' })
  school(@Arg('id', () => ID) id: string, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.reader.get(id);
  }

  @FieldResolver(() => [Campus], { description: "The school's campuses (校区), at most 50." })
  campuses(@Root() school: School, @Ctx() ctx: DirectoryContext) {
    return ctx.campuses.ofSchool(school.id);
  }

  @FieldResolver(() => District, { description: 'The district the school belongs to.' })
  district(@Root() school: School, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.district(school.districtId);
  }

  @Mutation(() => School, { description: 'Add a school to your district (district administrators).' })
  createSchool(@Arg('input') input: CreateSchoolInput, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.create(input);
  }

  @Mutation(() => School, { description: 'Change a school; `version` must be the one you read.' })
  updateSchool(@Arg('input') input: UpdateSchoolInput, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.update(input);
  }
}
