import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ownPermittedActions } from '@houqin/auth';
import { PermittedAction } from '@houqin/subgraph-kit';
import type { FinanceContext } from '../context';
import { P } from '../permissions';

@ObjectType({ description: 'A login account (owned by the directory); finance adds what it allows the account to do.' })
@Directive('@key(fields: "id")')
export class UserAccount {
  @Field(() => ID)
  id: string;
}

/** The fields finance adds to the directory's UserAccount. */
@Resolver(() => UserAccount)
export class UserAccountFinanceResolver {
  @FieldResolver(() => [PermittedAction], {
    description:
      "What you may do in finance (财务权限), from its permission table: for your own account only (me); anyone else's " +
      'account answers an empty list, so no one reads another account’s permissions here.',
  })
  financePermissions(@Root() account: UserAccount, @Ctx() ctx: FinanceContext) {
    return ownPermittedActions(ctx.viewer, account.id, P);
  }
}
