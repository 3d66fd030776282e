import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ownPermittedActions } from '@houqin/auth';
import { PermittedAction } from '@houqin/subgraph-kit';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';

@ObjectType({ description: 'A login account (owned by the directory); facilities adds what it allows the account to do.' })
@Directive('@key(fields: "id")')
export class UserAccount {
  @Field(() => ID)
  id: string;
}

/** The fields facilities adds to the directory's UserAccount. */
@Resolver(() => UserAccount)
export class UserAccountFacilitiesResolver {
  @FieldResolver(() => [PermittedAction], {
    description:
      "What you may do in facilities (后勤资产权限), from its permission table: for your own account only (me); anyone else's " +
      'account answers an empty list.',
  })
  facilitiesPermissions(@Root() account: UserAccount, @Ctx() ctx: FacilitiesContext) {
    return ownPermittedActions(ctx.viewer, account.id, P);
  }
}
