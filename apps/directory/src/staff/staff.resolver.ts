import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { DirectoryContext } from '../context';
import { Campus } from '../campus/campus.entity';
import { School } from '../school/school.entity';
import { Staff, StaffPost } from './staff.entity';
import { CreateStaffInput, ImportStaffInput, StaffFilter, UpdateStaffInput } from './staff.inputs';
import { ImportStaffPayload, StaffConnection } from './staff.types';

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => StaffConnection, { description: 'Staff of the schools you may see, filtered by school, campus, post or name.' })
  staff(
    @Args() page: PageArgs,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter: StaffFilter | null,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.staff.list(filter ?? {}, page);
  }

  @Query(() => Staff, { description: 'One staff member by id; NOT_FOUND outside your schools.' })
  staffMember(@Arg('id', () => ID) id: string, @Ctx() ctx: DirectoryContext) {
    return ctx.staff.reader.get(id);
  }

  @FieldResolver(() => [StaffPost], { description: 'Posts (岗位) the person holds.' })
  posts(@Root() staff: Staff, @Ctx() ctx: DirectoryContext) {
    return ctx.staff.posts(staff.id);
  }

  @FieldResolver(() => School, { description: 'The school employing the staff member.' })
  school(@Root() staff: Staff, @Ctx() ctx: DirectoryContext) {
    return ctx.schools.reader.byId(staff.schoolId);
  }

  @FieldResolver(() => Campus, { nullable: true, description: 'Campus where the person mostly works.' })
  campus(@Root() staff: Staff, @Ctx() ctx: DirectoryContext) {
    return staff.campusId ? ctx.campuses.reader.byId(staff.campusId) : null;
  }

  @Mutation(() => Staff, { description: 'Add a staff member (district administrators).' })
  createStaff(@Arg('input') input: CreateStaffInput, @Ctx() ctx: DirectoryContext) {
    return ctx.staff.create(input);
  }

  @Mutation(() => ImportStaffPayload, {
    description:
      'Add a file of staff members at one school (批量导入教职工; district administrators): every row is checked, and any bad row ' +
      'refuses the whole file with BAD_USER_INPUT listing every bad row in extensions.rowErrors; otherwise all are added at once.',
  })
  importStaff(@Arg('input') input: ImportStaffInput, @Ctx() ctx: DirectoryContext) {
    return ctx.staff.import(input);
  }

  @Mutation(() => Staff, { description: 'Change a staff member; `version` must be the one you read.' })
  updateStaff(@Arg('input') input: UpdateStaffInput, @Ctx() ctx: DirectoryContext) {
    return ctx.staff.update(input);
  }
}
