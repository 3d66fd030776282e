import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, IdField, OptionalTextField } from '@houqin/subgraph-kit';
import { MealKind } from '../menu/meal-kind';
import { ACCOMPANIED_REMARKS_MAX } from './accompanied.entity';

@InputType({
  description:
    'Log a meal you ate with the students (陪餐; principals and general-affairs directors): name the meal service, or the canteen, day and meal.',
})
export class LogAccompaniedMealInput {
  @IdField('The meal service (餐次生产记录) you ate; or give canteenId, servedOn and meal instead.', { nullable: true })
  mealServiceId?: string | null;

  @IdField('The canteen, when no mealServiceId is given.', { nullable: true })
  canteenId?: string | null;

  @DateField('The day of the meal (YYYY-MM-DD), when no mealServiceId is given; not in the future.', { nullable: true })
  servedOn?: string | null;

  @Field(() => MealKind, { nullable: true, description: 'Which meal, when no mealServiceId is given.' })
  meal?: MealKind | null;

  @Field(() => Int, { description: 'Your rating: 1 (poor) to 5 (very good).' })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  rating: number;

  @OptionalTextField('What you found: taste, portions, hygiene, what the students said.', ACCOMPANIED_REMARKS_MAX)
  remarks?: string | null;
}

@InputType({ description: 'Which accompanied meals to list.' })
export class AccompaniedMealFilter {
  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string | null;

  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @DateField('First day (YYYY-MM-DD), inclusive.', { nullable: true })
  from?: string | null;

  @DateField('Last day (YYYY-MM-DD), inclusive.', { nullable: true })
  to?: string | null;
}

@InputType({ description: 'Which canteens and days to look for school days without an accompanied lunch.' })
export class AccompaniedMealGapsInput {
  @Field(() => [ID], { description: 'The canteens: 1 to 50.' })
  @ArrayMinSize(1, { message: 'canteenIds must name at least one canteen' })
  @ArrayMaxSize(50, { message: 'canteenIds may name at most 50 canteens' })
  @IsUUID('all', { each: true, message: 'canteenIds must be ids' })
  canteenIds: string[];

  @DateField('First day (YYYY-MM-DD), inclusive.')
  from: string;

  @DateField('Last day (YYYY-MM-DD), inclusive; at most 366 days after from. Days after today are not counted.')
  to: string;
}
