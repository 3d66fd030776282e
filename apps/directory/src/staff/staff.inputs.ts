import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';
import { VersionedEditInput } from '../versioned-edit';
import { StaffPost } from './staff.entity';
import { EMPLOYEE_NUMBER, PHONE } from './staff.rules';

const POST_COUNT = Object.keys(StaffPost).length;
const PHONE_MESSAGE = { message: 'phone must be 5 to 20 digits, spaces, + or -' };
const POSTS_MESSAGE = { message: 'posts must name at least one post' };

@InputType({ description: 'Filter for the staff list; all given conditions must hold.' })
export class StaffFilter {
  @IdField('Only staff of this school.', { nullable: true })
  schoolId?: string;

  @IdField('Only staff working mostly at this campus.', { nullable: true })
  campusId?: string;

  @Field(() => StaffPost, { nullable: true, description: 'Only staff holding this post.' })
  post?: StaffPost;

  @OptionalTextField('Part of the name.', LIMITS.name)
  nameContains?: string;

  @Field({ nullable: true, description: 'Only current (true) or only former (false) staff.' })
  active?: boolean;
}

/**
 * A staff member's own fields, as createStaff takes them and as each row of an import (批量导入) gives
 * them: one class, so both check the same rules.
 */
@InputType({ description: 'One staff member of an import (批量导入教职工): the fields of createStaff but the school.' })
export class StaffRowInput {
  @IdField('Campus where the person mostly works.', { nullable: true })
  campusId?: string | null;

  @TextField(undefined, { max: LIMITS.name })
  name: string;

  @Field({ description: 'Employee number (工号), unique within the school.' })
  @Matches(EMPLOYEE_NUMBER, { message: 'employeeNumber may contain only letters, digits and -' })
  @MaxLength(LIMITS.employeeNumber)
  employeeNumber: string;

  @Field(() => [StaffPost], { description: 'Posts (岗位) the person holds; at least one.' })
  @ArrayMinSize(1, POSTS_MESSAGE)
  @ArrayMaxSize(POST_COUNT)
  posts: StaffPost[];

  @Field(() => String, { nullable: true, description: 'Work phone: 5 to 20 digits, spaces, + or -.' })
  @IsOptional()
  @Matches(PHONE, PHONE_MESSAGE)
  phone?: string | null;
}

@InputType({ description: 'A new staff member (新增教职工).' })
export class CreateStaffInput extends StaffRowInput {
  @IdField('The school employing the person.')
  schoolId: string;
}

@InputType({ description: 'A file of staff to add at one school at once (批量导入教职工): all rows or none.' })
export class ImportStaffInput {
  // Checked by the service after the permission at this school, like every row (see StaffService.import).
  @Field(() => ID, { description: 'The school employing everyone in the file.' })
  schoolId: string;

  @Field(() => [StaffRowInput], {
    description: `The staff to add, 1 to ${LIMITS.staffImportRows}; every row is checked and every bad one reported (extensions.rowErrors).`,
  })
  rows: StaffRowInput[];

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only check the rows and report their errors; write nothing.' })
  validateOnly?: boolean | null;
}

@InputType({ description: 'Changes to a staff member; omitted fields stay as they are.' })
export class UpdateStaffInput extends VersionedEditInput {
  @TextField(undefined, { max: LIMITS.name, nullable: true })
  name?: string;

  @IdField('New campus; null clears it.', { nullable: true })
  campusId?: string | null;

  @Field(() => [StaffPost], { nullable: true, description: 'Replaces the posts held; at least one.' })
  @IsOptional()
  @ArrayMinSize(1, POSTS_MESSAGE)
  @ArrayMaxSize(POST_COUNT)
  posts?: StaffPost[];

  @Field(() => String, { nullable: true, description: 'New work phone; null clears it.' })
  @IsOptional()
  @Matches(PHONE, PHONE_MESSAGE)
  phone?: string | null;

  @Field({ nullable: true, description: 'False when the person leaves.' })
  @IsOptional()
  active?: boolean;
}
