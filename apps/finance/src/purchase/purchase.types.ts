import { Field, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { PurchaseRequest } from './purchase.entity';

@ObjectType({ description: 'A page of purchase requests.' })
export class PurchaseRequestConnection extends Connection(PurchaseRequest, 'PurchaseRequest') {}

@ObjectType({ description: 'A filed purchase request, with any budget warnings.' })
export class PurchaseRequestPayload {
  @Field(() => PurchaseRequest, { description: 'The request as filed.' })
  request: PurchaseRequest;

  @Field(() => [String], { description: 'Budget warnings under a WARN policy (超预算提醒); empty when within budget.' })
  warnings: string[];
}
