import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ownPermittedActions } from '@houqin/auth';
import { PermittedAction } from '@houqin/subgraph-kit';
import type { CanteenContext } from '../context';
import { P } from '../permissions';

@ObjectType({ description: 'A login account (owned by the directory); the canteen adds what it allows the account to do.' })
@Directive('@key(fields: "id")')
export class UserAccount {
  @Field(() => ID)
  id: string;
}

/** The fields the canteen adds to the directory's UserAccount. */
@Resolver(() => UserAccount)
export class UserAccountCanteenResolver {
  @FieldResolver(() => [PermittedAction], {
    description:
      "What you may do in the canteen (食堂权限), from its permission table: for your own account only (me); anyone else's " +
      'account answers an empty list.',
  })
  canteenPermissions(@Root() account: UserAccount, @Ctx() ctx: CanteenContext) {
    return ownPermittedActions(ctx.viewer, account.id, P);
  }
}
