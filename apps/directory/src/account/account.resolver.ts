import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ownPermittedActions } from '@houqin/auth';
import { PageArgs } from '@houqin/common';
import { PermittedAction } from '@houqin/subgraph-kit';
import type { DirectoryContext } from '../context';
import { School } from '../school/school.entity';
import { P } from '../permissions';
import { Staff } from '../staff/staff.entity';
import { RoleGrant, UserAccount } from './account.entity';
import {
  AccountFilter,
  ChangePasswordInput,
  CreateAccountInput,
  DeactivateAccountInput,
  GrantRoleInput,
  LoginInput,
  RevokeRoleInput,
} from './account.inputs';
import { LoginPayload, UserAccountConnection } from './account.types';

@Resolver(() => UserAccount)
export class AccountResolver {
  @Query(() => UserAccount, { description: 'The signed-in account.' })
  me(@Ctx() ctx: DirectoryContext) {
    return ctx.accounts.me();
  }

  @Query(() => UserAccountConnection, { description: 'Accounts of your district (district administrators and auditors).' })
  accounts(
    @Args() page: PageArgs,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter: AccountFilter | null,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.accounts.list(filter ?? {}, page);
  }

  @Query(() => UserAccount, { description: 'One account: your own, or any of the district for district roles.' })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.reader.get(id);
  }

  @FieldResolver(() => [RoleGrant], { description: 'Roles in force.' })
  roles(@Root() account: UserAccount, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.grantsOf(account.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member using the account, when you may see them.' })
  staff(@Root() account: UserAccount, @Ctx() ctx: DirectoryContext) {
    return account.staffId ? ctx.staff.reader.byId(account.staffId) : null;
  }

  @FieldResolver(() => [PermittedAction], {
    description:
      "What you may do in the directory (目录权限), from its permission table: for your own account only (me); anyone else's " +
      'account answers an empty list, so no one reads another account’s permissions here.',
  })
  directoryPermissions(@Root() account: UserAccount, @Ctx() ctx: DirectoryContext) {
    return ownPermittedActions(ctx.viewer, account.id, P);
  }

  @Mutation(() => LoginPayload, { description: 'Sign in. Wrong credentials and deactivated accounts answer UNAUTHENTICATED.' })
  login(@Arg('input') input: LoginInput, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.login(input);
  }

  @Mutation(() => LoginPayload, { description: 'Change your password; other sessions end and a new token is returned.' })
  changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.changePassword(input);
  }

  @Mutation(() => UserAccount, { description: 'Create an account (district administrators). Grant roles with grantRole.' })
  createAccount(@Arg('input') input: CreateAccountInput, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.create(input);
  }

  @Mutation(() => UserAccount, { description: 'Grant a role at a school, or a district role.' })
  grantRole(@Arg('input') input: GrantRoleInput, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.grant(input);
  }

  @Mutation(() => UserAccount, { description: 'Revoke a role grant; the grant is kept with who revoked it.' })
  revokeRole(@Arg('input') input: RevokeRoleInput, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.revoke(input);
  }

  @Mutation(() => UserAccount, { description: 'Deactivate an account: it cannot sign in and its tokens stop working at once.' })
  deactivateAccount(@Arg('input') input: DeactivateAccountInput, @Ctx() ctx: DirectoryContext) {
    return ctx.accounts.deactivate(input);
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => School, { nullable: true, description: 'Where the role applies; null for district roles.' })
  school(@Root() grant: RoleGrant, @Ctx() ctx: DirectoryContext) {
    return grant.schoolId ? ctx.schools.reader.byId(grant.schoolId) : null;
  }
}
