import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { DishRating } from './rating.entity';

@ObjectType({ description: 'A page of dish ratings (菜品评价).' })
export class DishRatingConnection extends Connection(DishRating, 'DishRating') {}

@ObjectType({ description: "The roll-up of a dish's ratings (评价汇总)." })
export class DishRatingSummary {
  @Field(() => Int, { description: 'How many ratings.' })
  count: number;

  @Field(() => String, { nullable: true, description: 'The mean score to two places, rounded half up, e.g. "4.25"; null without ratings.' })
  averageScore: string | null;

  @Field(() => [Int], { description: 'How many ratings gave 1, 2, 3, 4 and 5 (five numbers, in that order).' })
  byScore: number[];

  @Field(() => Int, { description: "Of them, students' ratings." })
  students: number;

  @Field(() => Int, { description: "Of them, parents' committee members' ratings." })
  parentCommittee: number;
}
