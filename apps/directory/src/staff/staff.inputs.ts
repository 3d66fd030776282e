import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../limits';
import { StaffPost } from './staff.entity';

const trimmedNonEmpty = /\S/;

@InputType({ description: 'Filter for the staff list; all given conditions must hold.' })
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: 'Only staff of this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;

  @Field(() => ID, { nullable: true, description: 'Only staff working mostly at this campus.' })
  @IsOptional()
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId?: string;

  @Field(() => StaffPost, { nullable: true, description: 'Only staff holding this post.' })
  post?: StaffPost;

  @Field({ nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  nameContains?: string;

  @Field({ nullable: true, description: 'Only current (true) or only former (false) staff.' })
  active?: boolean;
}

@InputType({ description: 'A new staff member (新增教职工).' })
export class CreateStaffInput {
  @Field(() => ID, { description: 'The school employing the person.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field(() => ID, { nullable: true, description: 'Campus where the person mostly works.' })
  @IsOptional()
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId?: string | null;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field({ description: 'Employee number (工号), unique within the school.' })
  @Matches(/^[A-Za-z0-9-]+$/, { message: 'employeeNumber may contain only letters, digits and -' })
  @MaxLength(LIMITS.employeeNumber)
  employeeNumber: string;

  @Field(() => [StaffPost], { description: 'Posts (岗位) the person holds; at least one.' })
  @ArrayMinSize(1, { message: 'posts must name at least one post' })
  @ArrayMaxSize(Object.keys(StaffPost).length)
  posts: StaffPost[];

  @Field(() => String, { nullable: true, description: 'Work phone: 5 to 20 digits, spaces, + or -.' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces, + or -' })
  phone?: string | null;
}

@InputType({ description: 'Changes to a staff member; omitted fields stay as they are.' })
export class UpdateStaffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(trimmedNonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'New campus; null clears it.' })
  @IsOptional()
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId?: string | null;

  @Field(() => [StaffPost], { nullable: true, description: 'Replaces the posts held; at least one.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'posts must name at least one post' })
  @ArrayMaxSize(Object.keys(StaffPost).length)
  posts?: StaffPost[];

  @Field(() => String, { nullable: true, description: 'New work phone; null clears it.' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces, + or -' })
  phone?: string | null;

  @Field({ nullable: true, description: 'False when the person leaves.' })
  @IsOptional()
  active?: boolean;
}
