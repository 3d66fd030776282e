import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MAX_PER_UNIT, QuantityUnit, type QuantityLike } from './quantity.rules';

export { BaseUnit, QuantityUnit, toBaseQuantity } from './quantity.rules';

/**
 * A quantity as a person types it: a decimal amount in a unit. The service converts it with
 * `toBaseQuantity(input, ingredient.baseUnit, field)` into a whole number of the ingredient's base
 * unit, refusing (BAD_USER_INPUT) anything zero, negative or inexact.
 */
@InputType({ description: 'A quantity (数量) as typed: a decimal amount in a unit, converted exactly into the ingredient’s base unit.' })
export class QuantityInput implements QuantityLike {
  @Field({
    description:
      'The amount as a decimal string, e.g. "50" or "2.5" (exact; no floating point, no exponent). Must convert to a whole number of the base unit: "0.0005" kg is refused, never rounded.',
  })
  @IsString()
  @MaxLength(30)
  amount: string;

  @Field(() => QuantityUnit, { description: 'The unit the amount is in (kg, 斤, 两, L, piece, box …).' })
  @IsIn(Object.values(QuantityUnit))
  unit: QuantityUnit;

  @Field(() => Int, { nullable: true, description: 'For unit BOX: how many base units (g, mL or pieces) one box holds (每箱数量).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PER_UNIT)
  perBox?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Weight of one piece in grams (单个重量), to weigh pieces or count a weight in pieces; the catalogue’s value is used when omitted.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PER_UNIT)
  pieceGrams?: number | null;
}
