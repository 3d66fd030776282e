import { IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '@houqin/auth';
import { LIMITS } from '../limits';

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
