import { IsInt } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdField } from '@houqin/subgraph-kit';

/** The first fields of every update input: which record, and the version the client read. */
@InputType('VersionedEditInput', { description: 'Which record to change, at the version read (base of the update inputs).' })
export abstract class VersionedEditInput {
  @IdField()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  @IsInt()
  version: number;
}
