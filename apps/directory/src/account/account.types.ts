import { Field, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { UserAccount } from './account.entity';

@ObjectType({ description: 'A page of accounts.' })
export class UserAccountConnection extends Connection(UserAccount, 'UserAccount') {}

@ObjectType({ description: 'A signed-in session: send `token` as `Authorization: Bearer <token>` until `expiresAt`.' })
export class LoginPayload {
  @Field({ description: 'Signed, expiring access token.' })
  token: string;

  @Field({ description: 'When the token stops working; sign in again after it.' })
  expiresAt: Date;

  @Field(() => UserAccount, { description: 'The account that signed in.' })
  account: UserAccount;
}
