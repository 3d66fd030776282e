import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { AccompaniedMeal } from './accompanied.entity';

@ObjectType({ description: 'A page of accompanied meals (陪餐记录).' })
export class AccompaniedMealConnection extends Connection(AccompaniedMeal, 'AccompaniedMeal') {}

@ObjectType({
  description:
    'How a canteen’s school days of a range were accompanied (陪餐覆盖): a school day is a weekday that is not a public holiday, or a make-up working day (调休); school vacations are not known.',
})
export class AccompaniedMealCoverage {
  @Field(() => ID, { description: 'The canteen.' })
  canteenId: string;

  @Field({ description: 'First day looked at (YYYY-MM-DD).' })
  from: string;

  @Field({ description: 'Last day looked at (YYYY-MM-DD): the range’s end, or today when that is earlier.' })
  to: string;

  @Field(() => Int, { description: 'School days in the range up to today.' })
  schoolDays: number;

  @Field(() => Int, { description: 'Of them, days with at least one accompanied lunch.' })
  accompaniedDays: number;

  @Field(() => [String], { description: 'The school days without an accompanied lunch (陪餐缺失), in order (YYYY-MM-DD).' })
  gaps: string[];
}
