import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ownPermittedActions } from '@houqin/auth';
import { PermittedAction } from '@houqin/subgraph-kit';
import type { SafetyContext } from '../context';
import { P } from '../permissions';

@ObjectType({ description: 'A login account (owned by the directory); safety adds what it allows the account to do.' })
@Directive('@key(fields: "id")')
export class UserAccount {
  @Field(() => ID)
  id: string;
}

/** The fields safety adds to the directory's UserAccount. */
@Resolver(() => UserAccount)
export class UserAccountSafetyResolver {
  @FieldResolver(() => [PermittedAction], {
    description:
      "What you may do in safety (安全管理权限), from its permission table: for your own account only (me); anyone else's " +
      'account answers an empty list.',
  })
  safetyPermissions(@Root() account: UserAccount, @Ctx() ctx: SafetyContext) {
    return ownPermittedActions(ctx.viewer, account.id, P);
  }
}
