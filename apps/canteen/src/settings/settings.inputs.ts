import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IngredientCategory } from '../ingredient/ingredient.entity';

/** A whole-number setting that may be left out. */
const OptionalInt = (description: string) =>
  function (target: object, key: string) {
    Field(() => Int, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsInt({ message: `${key} must be a whole number` })(target, key);
  };

/** A local time of day that may be left out; checked as HH:MM by the rules. */
const OptionalTime = (description: string) =>
  function (target: object, key: string) {
    Field(() => String, { nullable: true, description: `${description} HH:MM, local time.` })(target, key);
    IsOptional()(target, key);
    IsString({ message: `${key} must be a time HH:MM` })(target, key);
  };

@InputType({ description: 'Changes to the district’s canteen settings; omitted fields stay. District administrators.' })
export class UpdateCanteenSettingsInput {
  @Field(() => Int, { description: 'The version you read (0 while the defaults apply).' })
  @IsInt({ message: 'version must be a whole number' })
  version: number;

  @Field(() => [IngredientCategory], { nullable: true, description: 'Food groups that are bulk staples (大宗食品); each once.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(16)
  @IsIn(Object.values(IngredientCategory), { each: true, message: 'bulkStapleCategories must name food groups' })
  bulkStapleCategories?: IngredientCategory[] | null;

  @OptionalInt('Least weight of a food sample (留样), grams: 125 to 1000.')
  sampleMinGrams?: number | null;

  @OptionalInt('Least time a sample is kept, hours: 48 to 720.')
  sampleKeepHours?: number | null;

  @OptionalInt('Days before a health certificate expires that the canteen manager is told: 1 to 180.')
  certificateNoticeDays?: number | null;

  @OptionalTime('When breakfast ends,')
  breakfastEndsAt?: string | null;

  @OptionalTime('When lunch ends,')
  lunchEndsAt?: string | null;

  @OptionalTime('When dinner ends,')
  dinnerEndsAt?: string | null;
}
