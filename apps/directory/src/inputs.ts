import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsOptional, IsTimeZone, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS, Role, SchoolKind, StaffPost } from './enums';

const trimmedNonEmpty = /\S/;

@InputType({ description: 'Sign in with a username and password.' })
export class LoginInput {
  @Field()
  @MinLength(1)
  @MaxLength(LIMITS.username)
  username: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
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
  @Field(() => SchoolKind, { nullable: true })
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

  @Field(() => SchoolKind)
  kind: SchoolKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;

  @Field(() => Int)
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

  @Field(() => SchoolKind, { nullable: true })
  @IsOptional()
  kind?: SchoolKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  studentCount?: number;

  @Field({ nullable: true })
  @IsOptional()
  active?: boolean;
}

@InputType()
export class CampusFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;
}

@InputType({ description: 'A new campus (新建校区) of a school.' })
export class CreateCampusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;
}

@InputType({ description: 'Move a campus to another school (校区划转), e.g. after a merger. The old assignment is kept in the history.' })
export class MoveCampusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'toSchoolId must be an id' })
  toSchoolId: string;

  @Field({ description: 'First day under the new school, YYYY-MM-DD.' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  effectiveOn: string;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.reason)
  reason: string;
}

@InputType({ description: 'Filter for the staff list; all given conditions must hold.' })
export class StaffFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId?: string;

  @Field(() => StaffPost, { nullable: true, description: 'Only staff holding this post.' })
  post?: StaffPost;

  @Field({ nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(LIMITS.name)
  nameContains?: string;

  @Field({ nullable: true })
  active?: boolean;
}

@InputType({ description: 'A new staff member (新增教职工).' })
export class CreateStaffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field(() => ID, { nullable: true })
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

  @Field(() => [StaffPost])
  @ArrayMinSize(1, { message: 'posts must name at least one post' })
  @ArrayMaxSize(Object.keys(StaffPost).length)
  posts: StaffPost[];

  @Field(() => String, { nullable: true })
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId?: string | null;

  @Field(() => [StaffPost], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'posts must name at least one post' })
  @ArrayMaxSize(Object.keys(StaffPost).length)
  posts?: StaffPost[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces, + or -' })
  phone?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  active?: boolean;
}

@InputType()
export class AccountFilter {
  @Field({ nullable: true })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Accounts holding a role at this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;
}

@InputType({ description: 'A new login account. Roles are granted separately.' })
export class CreateAccountInput {
  @Field()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'username must be 3 to 64 lower-case letters, digits, . _ or -' })
  username: string;

  @Field()
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
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an id' })
  accountId: string;

  @Field(() => Role)
  @IsIn(Object.values(Role))
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for school roles; must be omitted for district roles.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string | null;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID, { description: 'The RoleGrant to revoke.' })
  @IsUUID('all', { message: 'grantId must be an id' })
  grantId: string;
}

@InputType({ description: 'Deactivate an account: it cannot sign in and its tokens stop working.' })
export class DeactivateAccountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an id' })
  accountId: string;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.reason)
  reason: string;
}
