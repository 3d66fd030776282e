import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, LinesField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { QuantityInput } from '../quantity/quantity.inputs';
import { STOCK_REASON_MAX } from './stock.entity';
import { StockWriteOffStatus, StocktakeStatus } from './stock-review.entity';

/** Longest look-ahead of "expiring within N days". */
export const MAX_EXPIRING_DAYS = 366;

@InputType({ description: 'Filter of stock lots.' })
export class StockLotFilter {
  @IdField('Only lots of this canteen.', { nullable: true })
  canteenId?: string | null;

  @IdField('Only lots of this ingredient.', { nullable: true })
  ingredientId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only lots with a balance that expire within this many days from today (0: today or already expired), 0–366 (临期).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_EXPIRING_DAYS)
  expiringWithinDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only lots with something left; false: only empty lots.' })
  @IsOptional()
  @IsBoolean()
  withBalance?: boolean | null;
}

@InputType({ description: 'One ingredient to issue and how much.' })
export class IssueLineInput {
  @IdField('The ingredient (食材).')
  ingredientId: string;

  @Field(() => QuantityInput, { description: 'How much, e.g. { amount: "12", unit: KG }; converted exactly to the base unit.' })
  @ValidateNested()
  quantity: QuantityInput;
}

@InputType({ description: 'Issue stock to a meal service (出库): each line is taken from lots first-expiring-first-out.' })
export class IssueStockInput {
  @IdField('The meal service (餐次) the stock is for: of the same canteen, not yet locked.')
  mealServiceId: string;

  @LinesField(() => IssueLineInput, 'What to issue, 1 to 50 lines.', 1, 'lines must have at least one ingredient')
  lines: IssueLineInput[];
}

@InputType({ description: 'Ask to write off (报损) a quantity of one lot.' })
export class RequestStockWriteOffInput {
  @IdField('The lot.')
  lotId: string;

  @Field(() => QuantityInput, { description: 'How much, at most what the lot has left.' })
  @ValidateNested()
  quantity: QuantityInput;

  @TextField('Why (报损原因), e.g. "expired" or "mouldy".', { max: STOCK_REASON_MAX })
  reason: string;
}

@InputType({ description: 'Approve or reject a write-off or a stocktake.' })
export class StockDecisionInput {
  @IdField('The write-off or stocktake.')
  id: string;

  @OptionalTextField('Comment; for a rejection, the reason.', STOCK_REASON_MAX)
  comment?: string | null;
}

@InputType({ description: 'Open a stocktake (盘点) of a canteen.' })
export class OpenStocktakeInput {
  @IdField('The canteen to count.')
  canteenId: string;
}

@InputType({ description: 'The count of one lot.' })
export class StocktakeCountInput {
  @IdField('The lot counted (of the stocktake’s canteen).')
  lotId: string;

  @Field(() => QuantityInput, { description: 'What was counted; "0" when none was found.' })
  @ValidateNested()
  quantity: QuantityInput;
}

@InputType({ description: 'Record counts of an open stocktake; a lot counted again replaces its earlier count.' })
export class RecordStocktakeCountsInput {
  @IdField('The open stocktake.')
  id: string;

  @LinesField(() => StocktakeCountInput, 'Counts, 1 to 50 lots.', 1, 'counts must have at least one lot')
  counts: StocktakeCountInput[];
}

@InputType({ description: 'Submit an open stocktake for approval.' })
export class SubmitStocktakeInput {
  @IdField('The open stocktake.')
  id: string;
}

@InputType({ description: 'Filter of write-offs.' })
export class StockWriteOffFilter {
  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string | null;

  @EnumField(StockWriteOffStatus, 'Only this status.', { nullable: true })
  status?: StockWriteOffStatus | null;
}

@InputType({ description: 'Filter of stocktakes.' })
export class StocktakeFilter {
  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string | null;

  @EnumField(StocktakeStatus, 'Only this status.', { nullable: true })
  status?: StocktakeStatus | null;
}
