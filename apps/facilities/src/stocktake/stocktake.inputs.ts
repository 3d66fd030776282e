import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import {
  AssetStocktakeDifferenceKind,
  AssetStocktakeScope,
  AssetStocktakeStatus,
  STOCKTAKE_NOTE_MAX,
  STOCKTAKE_REASON_MAX,
} from './stocktake.entity';
import { MAX_CODES_PER_CALL } from './stocktake.rules';

@InputType({ description: 'Open an asset stocktake (资产盘点) of a school, a campus or a room.' })
export class OpenAssetStocktakeInput {
  @IdField('The school to count.')
  schoolId: string;

  @EnumField(AssetStocktakeScope, 'What to count: the whole school, one campus (campusId) or one room (roomId).')
  scope: AssetStocktakeScope;

  @IdField('The campus, for a CAMPUS stocktake.', { nullable: true })
  campusId?: string | null;

  @IdField('The room, for a ROOM stocktake.', { nullable: true })
  roomId?: string | null;

  @OptionalTextField('A note, e.g. "2026秋季学期期末盘点".', STOCKTAKE_NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'Tags scanned in one room of an open stocktake.' })
export class RecordAssetScansInput {
  @IdField('The open stocktake.')
  stocktakeId: string;

  @IdField('The room the scanner stands in: a room of the stocktake’s scope.')
  roomId: string;

  @Field(() => [String], {
    description: `The codes scanned (tag numbers 资产编号), 1 to ${MAX_CODES_PER_CALL}; compared trimmed and upper-cased; repeats are kept once.`,
  })
  @ArrayMinSize(1, { message: 'codes must have at least one code' })
  @ArrayMaxSize(MAX_CODES_PER_CALL, { message: `codes must have at most ${MAX_CODES_PER_CALL} codes` })
  @IsString({ each: true, message: 'codes must be strings' })
  codes: string[];
}

@InputType({ description: 'Close an open stocktake: its differences are computed and frozen.' })
export class CloseAssetStocktakeInput {
  @IdField('The open stocktake.')
  id: string;

  @OptionalTextField('Comment kept with the step.', STOCKTAKE_REASON_MAX)
  comment?: string | null;
}

@InputType({ description: "Approve a closed stocktake's differences: moves and disposal requests." })
export class ApproveAssetStocktakeInput {
  @IdField('The closed stocktake.')
  id: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The differences to act on (accept); the others are dismissed. Omitted: every difference is accepted.',
  })
  @IsOptional()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true, message: 'accept must hold difference ids' })
  accept?: string[] | null;

  @OptionalTextField('Comment kept with the step.', STOCKTAKE_REASON_MAX)
  comment?: string | null;
}

@InputType({ description: 'Reject a closed stocktake, saying why: the register is unchanged; count again in a new one.' })
export class RejectAssetStocktakeInput {
  @IdField('The closed stocktake.')
  id: string;

  @TextField('Why it is rejected (驳回原因).', { max: STOCKTAKE_REASON_MAX })
  reason: string;
}

@InputType({ description: 'Filter of asset stocktakes.' })
export class AssetStocktakeFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(AssetStocktakeStatus, 'Only this status.', { nullable: true })
  status?: AssetStocktakeStatus | null;

  @EnumField(AssetStocktakeScope, 'Only this scope.', { nullable: true })
  scope?: AssetStocktakeScope | null;
}

@InputType({ description: 'Filter of a stocktake’s differences.' })
export class AssetStocktakeDifferenceFilter {
  @EnumField(AssetStocktakeDifferenceKind, 'Only this kind.', { nullable: true })
  kind?: AssetStocktakeDifferenceKind | null;
}
