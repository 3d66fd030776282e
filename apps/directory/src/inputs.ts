import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsOptional, IsTimeZone, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS, Role, SchoolKind, StaffPost } from './enums';

const trimmedNonEmpty = /\S/;

@InputType({ description: 'Sign in with a username and password.' })
export class LoginInput {
  @Field({ description: 'Login name.' })
  @MinLength(1)
  @MaxLength(LIMITS.username)
  username: string;

  @Field({ description: 'Password.' })
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

@InputType({ description: 'Change your own password.' })
export class ChangePasswordInput {
  @Field({ description: 'The password you sign in with now.' })
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: 'At least 10 characters, at most 72 bytes.' })
  @MinLength(1)
  @MaxLength(200)
  newPassword: string;
}

@InputType({ description: 'Filter for the schools list; all given conditions must hold.' })
export class SchoolFilter {
  @Field(() => SchoolKind, { nullable: true, description: 'Only schools of this kind.' })
  kind?: SchoolKind;

  @Field({ nullable: true, description: 'Only active (true) or only closed/merged (false) schools.' })
  active?: boolean;

  @Field({ nullable: true, description: 'Part of the name or the exact school code.' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  search?: string;
}

@InputType({ description: 'A new school (新建学校). District administrators only.' })
export class CreateSchoolInput {
  @Field({ description: 'Official school code (学校标识码), 10 digits.' })
  @Matches(/^\d{10}$/, { message: 'code must be the 10-digit official school code (学校标识码)' })
  code: string;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field(() => SchoolKind, { description: 'Kind of school (学校类型).' })
  kind: SchoolKind;

  @Field(() => String, { nullable: true, description: 'Postal address of the main site.' })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;

  @Field(() => Int, { description: 'Enrolled students (在校生人数), 0 to 100000.' })
  @IsInt()
  @Min(0)
  @Max(100000)
  studentCount: number;

  @Field(() => String, { nullable: true, description: 'IANA time zone; the district\'s when omitted.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;
}

@InputType({ description: 'Changes to a school; omitted fields stay as they are.' })
export class UpdateSchoolInput {
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

  @Field(() => SchoolKind, { nullable: true, description: 'New kind of school.' })
  @IsOptional()
  kind?: SchoolKind;

  @Field(() => String, { nullable: true, description: 'New address; null clears it.' })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'New enrolment count.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  studentCount?: number;

  @Field({ nullable: true, description: 'False when the school closes or merges.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'Filter for the campuses list.' })
export class CampusFilter {
  @Field(() => ID, { nullable: true, description: 'Only campuses of this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;
}

@InputType({ description: 'A new campus (新建校区) of a school.' })
export class CreateCampusInput {
  @Field(() => ID, { description: 'The school the campus belongs to.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field(() => String, { nullable: true, description: 'Postal address of the campus.' })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;
}

@InputType({ description: 'Move a campus to another school (校区划转), e.g. after a merger. The old assignment is kept in the history.' })
export class MoveCampusInput {
  @Field(() => ID, { description: 'The campus to move.' })
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId: string;

  @Field(() => ID, { description: 'The school that takes the campus over.' })
  @IsUUID('all', { message: 'toSchoolId must be an id' })
  toSchoolId: string;

  @Field({ description: 'First day under the new school, YYYY-MM-DD.' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  effectiveOn: string;

  @Field({ description: 'Why, e.g. the merger decision, for the history.' })
  @Matches(trimmedNonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.reason)
  reason: string;
}

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

@InputType({ description: 'Filter for the accounts list; all given conditions must hold.' })
export class AccountFilter {
  @Field({ nullable: true, description: 'Only active (true) or only deactivated (false) accounts.' })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Accounts holding a role at this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;
}

@InputType({ description: 'A new login account. Roles are granted separately.' })
export class CreateAccountInput {
  @Field({ description: 'Login name: 3 to 64 lower-case letters, digits, . _ or -.' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'username must be 3 to 64 lower-case letters, digits, . _ or -' })
  username: string;

  @Field({ description: 'Name shown to other users.' })
  @Matches(trimmedNonEmpty, { message: 'displayName must not be empty' })
  @MaxLength(LIMITS.name)
  displayName: string;

  @Field({ description: 'Initial password: at least 10 characters, at most 72 bytes.' })
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who uses this account.' })
  @IsOptional()
  @IsUUID('all', { message: 'staffId must be an id' })
  staffId?: string | null;
}

@InputType({ description: 'Grant a role at a school, or a district role (schoolId omitted).' })
export class GrantRoleInput {
  @Field(() => ID, { description: 'The account to grant the role to.' })
  @IsUUID('all', { message: 'accountId must be an id' })
  accountId: string;

  @Field(() => Role, { description: 'The role to grant.' })
  @IsIn(Object.values(Role))
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for school roles; must be omitted for district roles.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string | null;
}

@InputType({ description: 'Revoke one role grant.' })
export class RevokeRoleInput {
  @Field(() => ID, { description: 'The RoleGrant to revoke.' })
  @IsUUID('all', { message: 'grantId must be an id' })
  grantId: string;
}

@InputType({ description: 'Deactivate an account: it cannot sign in and its tokens stop working.' })
export class DeactivateAccountInput {
  @Field(() => ID, { description: 'The account to deactivate (not your own).' })
  @IsUUID('all', { message: 'accountId must be an id' })
  accountId: string;

  @Field({ description: 'Why, for the audit trail.' })
  @Matches(trimmedNonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.reason)
  reason: string;
}
