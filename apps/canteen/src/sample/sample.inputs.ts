import { IsDate, IsInt, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdField, OptionalTextField } from '@houqin/subgraph-kit';
import { SAMPLE_NOTE_MAX } from './sample.entity';

@InputType({ description: 'Record a food sample (留样) of one dish of a meal service, before its meal counts are recorded.' })
export class TakeFoodSampleInput {
  @IdField('The meal service (餐次), still open.')
  mealServiceId: string;

  @IdField("The dish sampled: one of the meal service's dishes.")
  dishId: string;

  @Field(() => Int, { description: "Its weight in whole grams: at least the district's minimum (125 g by default)." })
  @IsInt({ message: 'grams must be a whole number of grams' })
  grams: number;

  @IdField('Who took it (留样人): a staff member of the school.')
  takenByStaffId: string;

  @IdField('The refrigerated location (冷藏) it is kept in: a CHILLED storage location of the canteen.')
  locationId: string;

  @Field(() => Date, { nullable: true, description: "When it was taken, on the service's day and not in the future; now when omitted." })
  @IsOptional()
  @IsDate({ message: 'takenAt must be an instant' })
  takenAt?: Date | null;

  @OptionalTextField('A remark, e.g. the container or shelf.', SAMPLE_NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'Which food samples to list (the sample log, 留样记录).' })
export class FoodSampleFilter {
  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string | null;

  @IdField('Only this meal service.', { nullable: true })
  mealServiceId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Taken at or after this instant.' })
  @IsOptional()
  @IsDate()
  takenFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Taken before this instant.' })
  @IsOptional()
  @IsDate()
  takenBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only disposed of; false: only still kept.' })
  @IsOptional()
  disposed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only still kept and past their keeping time (may be disposed of now).' })
  @IsOptional()
  dueForDisposal?: boolean | null;
}
