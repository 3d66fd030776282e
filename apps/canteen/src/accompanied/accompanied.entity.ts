import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { MealKind } from '../menu/meal-kind';

export const ACCOMPANIED_REMARKS_MAX = 500;

/**
 * An accompanied meal (陪餐): a school leader (principal or general-affairs director) ate a meal of
 * the canteen with the students and logs what they found, with a rating. One per leader, canteen,
 * day and meal; never edited.
 */
@ObjectType({ description: 'An accompanied meal (陪餐): a school leader ate a canteen meal with the students and logged it.' })
@Entity('accompanied_meal')
@Index(['leaderAccountId', 'canteenId', 'servedOn', 'meal'], { unique: true })
@Index(['canteenId', 'servedOn'])
@Index(['schoolId', 'servedOn'])
export class AccompaniedMeal extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The canteen.' })
  @RefColumn()
  canteenId: string;

  @Field({ description: 'The school day of the meal (YYYY-MM-DD).' })
  @Column('date')
  servedOn: string;

  @Field(() => MealKind, { description: 'Which meal (餐次).' })
  @Column('varchar', { length: 10 })
  meal: MealKind;

  @Field(() => ID, { nullable: true, description: 'The meal service (餐次生产记录) eaten, when the canteen recorded one.' })
  @RefColumn({ nullable: true })
  mealServiceId: string | null;

  @Field(() => ID, { description: "The leader's account (陪餐人)." })
  @RefColumn()
  leaderAccountId: string;

  @Field(() => ID, { nullable: true, description: "The leader's directory staff record, if the account has one." })
  @RefColumn({ nullable: true })
  leaderStaffId: string | null;

  @Field(() => Int, { description: 'Their rating of the meal: 1 (poor) to 5 (very good).' })
  @Column('int')
  rating: number;

  @Field(() => String, { nullable: true, description: 'What they found (陪餐记录): taste, portions, hygiene, what the students said.' })
  @Column('varchar', { length: ACCOMPANIED_REMARKS_MAX, nullable: true })
  remarks: string | null;

  @Field({ description: 'When it was logged.' })
  @CreatedAtColumn()
  createdAt: Date;
}
