import { IsIn, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '@houqin/auth';
import { IdField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';
import { USERNAME } from './account.rules';

/** Longer input is refused before hashing; the password rule itself (passwordProblem) counts bytes. */
const PASSWORD_MAX = 200;

/** A password typed to prove who you are: not empty. */
function PasswordField(description: string) {
  return (target: object, key: string) => {
    for (const decorate of [Field(() => String, { description }), MinLength(1), MaxLength(PASSWORD_MAX)]) decorate(target, key);
  };
}

@InputType({ description: 'Sign in with a username and password.' })
export class LoginInput {
  @Field({ description: 'Login name.' })
  @MinLength(1)
  @MaxLength(LIMITS.username)
  username: string;

  @PasswordField('Password.')
  password: string;
}

@InputType({ description: 'Change your own password.' })
export class ChangePasswordInput {
  @PasswordField('The password you sign in with now.')
  currentPassword: string;

  @PasswordField('At least 10 characters, at most 72 bytes.')
  newPassword: string;
}

@InputType({ description: 'Filter for the accounts list; all given conditions must hold.' })
export class AccountFilter {
  @Field({ nullable: true, description: 'Only active (true) or only deactivated (false) accounts.' })
  active?: boolean;

  @IdField('Accounts holding a role at this school.', { nullable: true })
  schoolId?: string;
}

@InputType({ description: 'A new login account. Roles are granted separately.' })
export class CreateAccountInput {
  @Field({ description: 'Login name: 3 to 64 lower-case letters, digits, . _ or -.' })
  @Matches(USERNAME, { message: 'username must be 3 to 64 lower-case letters, digits, . _ or -' })
  username: string;

  @TextField('Name shown to other users.', { max: LIMITS.name })
  displayName: string;

  @Field({ description: 'Initial password: at least 10 characters, at most 72 bytes.' })
  @MaxLength(PASSWORD_MAX)
  password: string;

  @IdField('The staff member who uses this account.', { nullable: true })
  staffId?: string | null;
}

@InputType({ description: 'Grant a role at a school, or a district role (schoolId omitted).' })
export class GrantRoleInput {
  @IdField('The account to grant the role to.')
  accountId: string;

  @Field(() => Role, { description: 'The role to grant.' })
  @IsIn(Object.values(Role))
  role: Role;

  @IdField('Required for school roles; must be omitted for district roles.', { nullable: true })
  schoolId?: string | null;
}

@InputType({ description: 'Revoke one role grant.' })
export class RevokeRoleInput {
  @IdField('The RoleGrant to revoke.')
  grantId: string;
}

@InputType({ description: 'Deactivate an account: it cannot sign in and its tokens stop working.' })
export class DeactivateAccountInput {
  @IdField('The account to deactivate (not your own).')
  accountId: string;

  @TextField('Why, for the audit trail.', { max: LIMITS.reason })
  reason: string;
}
