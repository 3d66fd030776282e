import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdField, TextField } from '@houqin/subgraph-kit';

/** The most lines one reorder request carries. */
export const MAX_REORDER_LINES = 100;

@InputType({ description: 'Turn a storeroom’s reorder list into a draft purchase request in finance (补货申请).' })
export class RequestReorderPurchaseInput {
  @IdField('The school.')
  schoolId: string;

  @IdField(
    'The storeroom the goods go into: only its suggestions are requested (and items never stocked anywhere go into it). ' +
      'Needed when the suggestions span several storerooms, or only items never stocked are due.',
    { nullable: true },
  )
  storeroomRoomId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Only these items of the suggestions (at most ${MAX_REORDER_LINES}); every due item not already on an open reorder when left out.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_REORDER_LINES)
  itemIds?: string[] | null;
}

@InputType({ description: 'Cancel an open reorder request (e.g. finance rejected its purchase): its items may be requested again.' })
export class CancelReorderRequestInput {
  @IdField('The reorder request.')
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT when it changed since).' })
  version: number;

  @TextField('Why it is cancelled.', { max: 500 })
  reason: string;
}
