import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { FoodSample } from './sample.entity';

@ObjectType({ description: 'A page of food samples.' })
export class FoodSampleConnection extends Connection(FoodSample, 'FoodSample') {}

export enum SampleProblemKind {
  UNSAMPLED = 'UNSAMPLED',
  SHORT = 'SHORT',
}
registerEnumType(SampleProblemKind, {
  name: 'SampleProblem',
  description: "What is wrong with a dish's food samples (留样缺失).",
  valuesConfig: {
    UNSAMPLED: { description: 'No sample was kept (未留样).' },
    SHORT: { description: 'Every sample kept weighs less than the minimum (留样不足).' },
  },
});

@ObjectType({ description: 'A dish of a meal service without a good food sample (留样缺失).' })
export class MissingFoodSample {
  @Field(() => ID, { description: 'The dish.' })
  dishId: string;

  @Field({ description: "The dish's name." })
  dishName: string;

  @Field(() => SampleProblemKind, { description: 'Unsampled, or sampled short.' })
  problem: SampleProblemKind;

  @Field(() => Int, { nullable: true, description: 'The heaviest sample kept, in grams; null when none.' })
  grams: number | null;
}
