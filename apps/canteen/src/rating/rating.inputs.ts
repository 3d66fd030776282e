import { IsInt, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField } from '@houqin/subgraph-kit';
import { DishRaterKind, RATING_COMMENT_MAX, STUDENT_REF_MAX } from './rating.entity';

@InputType({
  description:
    "Rate a dish (菜品评价): a teacher records a student's rating, a parents' committee member (家长委员会) rates for themself. One per rater, dish and day.",
})
export class RateDishInput {
  @IdField('The dish (菜品) of your school.')
  dishId: string;

  @Field(() => Int, { description: 'The score: 1 (poor) to 5 (very good).' })
  @IsInt({ message: 'score must be a whole number from 1 to 5' })
  score: number;

  @OptionalTextField('What the rater said.', RATING_COMMENT_MAX)
  comment?: string | null;

  @EnumField(DishRaterKind, "STUDENT (a teacher records it) or PARENT_COMMITTEE (a committee member's own).")
  raterKind: DishRaterKind;

  @Field(() => String, {
    nullable: true,
    description:
      "For a student's rating: the student's reference as the school writes it, e.g. class and number (三年级2班15号); not a name is needed.",
  })
  @IsOptional()
  @MaxLength(STUDENT_REF_MAX, { message: `studentRef must be at most ${STUDENT_REF_MAX} characters` })
  studentRef?: string | null;
}

@InputType({ description: 'Which ratings to list.' })
export class DishRatingFilter {
  @IdField('The dish.')
  dishId: string;

  @DateField('First day (YYYY-MM-DD), inclusive.', { nullable: true })
  from?: string | null;

  @DateField('Last day (YYYY-MM-DD), inclusive.', { nullable: true })
  to?: string | null;
}
