import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const RATING_COMMENT_MAX = 300;
export const STUDENT_REF_MAX = 40;

/** Who a dish rating speaks for. */
export enum DishRaterKind {
  STUDENT = 'STUDENT',
  PARENT_COMMITTEE = 'PARENT_COMMITTEE',
}
registerEnumType(DishRaterKind, {
  name: 'DishRaterKind',
  description: 'Who a dish rating speaks for.',
  valuesConfig: {
    STUDENT: { description: 'A student (学生), whose rating a teacher records.' },
    PARENT_COMMITTEE: { description: "A member of the parents' committee (家长委员会), rating for themself." },
  },
});

/**
 * A rating of a dish (菜品评价): a score 1–5 and a comment, by a student (recorded by a teacher, the
 * student named by the school's own reference) or a parents' committee member. One per rater, dish
 * and day; never edited.
 */
@ObjectType({ description: "A rating of a dish (菜品评价) by a student (recorded by a teacher) or a parents' committee member." })
@Entity('dish_rating')
@Index(['dishId', 'ratedOn', 'raterKey'], { unique: true })
@Index(['schoolId', 'ratedOn'])
export class DishRating extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school whose dish it is.' }) {
  @Field(() => ID, { description: 'The dish rated.' })
  @RefColumn()
  dishId: string;

  @Field({ description: 'The day it was rated (YYYY-MM-DD, the school calendar).' })
  @Column('date')
  ratedOn: string;

  @Field(() => Int, { description: 'The score: 1 (poor) to 5 (very good).' })
  @Column('int')
  score: number;

  @Field(() => String, { nullable: true, description: 'What the rater said.' })
  @Column('varchar', { length: RATING_COMMENT_MAX, nullable: true })
  comment: string | null;

  @Field(() => DishRaterKind, { description: 'A student or a parents’ committee member.' })
  @Column('varchar', { length: 20 })
  raterKind: DishRaterKind;

  /** Who rated, for the one-per-day rule: `student:<reference>` or `account:<account id>`. */
  @Column('varchar', { length: 80 })
  raterKey: string;

  @Field(() => String, {
    nullable: true,
    description: "The student's reference as the school writes it (e.g. class and number); null for a parents' committee member.",
  })
  @Column('varchar', { length: STUDENT_REF_MAX, nullable: true })
  studentRef: string | null;

  @Field(() => ID, { description: 'The account that recorded it (the teacher, or the committee member).' })
  @RefColumn()
  recordedBy: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}
