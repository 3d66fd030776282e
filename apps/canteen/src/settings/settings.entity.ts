import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '@houqin/common';
import { RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { IngredientCategory } from '../ingredient/ingredient.entity';
import { MealKind } from '../menu/meal-kind';
import { mealEndTimesOf, type CanteenSettingsValues } from './settings.rules';

@ObjectType({ description: 'When a meal of the school day ends (local time, the school’s zone).' })
export class MealEndTime {
  @Field(() => MealKind, { description: 'The meal.' })
  meal: MealKind;

  @Field({ description: 'Its end time, HH:MM; samples missing then raise an alert.' })
  endsAt: string;
}

/**
 * A district's canteen settings (食堂设置): one row once the district changes them; until then the
 * defaults of the national rules (DEFAULT_CANTEEN_SETTINGS), shown with version 0.
 */
@ObjectType({ description: 'The district’s canteen settings (食堂设置). Until the district changes them: the defaults, with version 0.' })
@Entity('canteen_settings')
export class CanteenSettings implements CanteenSettingsValues {
  @Field(() => ID, { description: 'The district they apply to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  @Field(() => [IngredientCategory], {
    description:
      'Food groups that are bulk staples (大宗食品, e.g. rice, flour, edible oil, meat): a delivery of them needs a second inspector.',
  })
  @Column('simple-json')
  bulkStapleCategories: IngredientCategory[];

  @Field(() => Int, { description: 'Least weight of each dish’s food sample (留样), grams; at least 125.' })
  @Column('int')
  sampleMinGrams: number;

  @Field(() => Int, { description: 'Least time a food sample is kept refrigerated, hours; at least 48.' })
  @Column('int')
  sampleKeepHours: number;

  @Field(() => Int, { description: 'Days before a health certificate (健康证) expires that the canteen manager is told.' })
  @Column('int')
  certificateNoticeDays: number;

  @Field({ description: 'When breakfast ends, HH:MM local time.' })
  @Column('varchar', { length: 5 })
  breakfastEndsAt: string;

  @Field({ description: 'When lunch ends, HH:MM local time.' })
  @Column('varchar', { length: 5 })
  lunchEndsAt: string;

  @Field({ description: 'When dinner ends, HH:MM local time.' })
  @Column('varchar', { length: 5 })
  dinnerEndsAt: string;

  @Field(() => Int, { description: 'Row version: 0 while the defaults apply; pass it back to updateCanteenSettings.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last changed them; null while the defaults apply.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last changed; null while the defaults apply.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;

  @Field(() => [MealEndTime], { description: 'The end time of each meal, in the order of the day.' })
  get mealEndTimes(): MealEndTime[] {
    return Object.entries(this.endTimes).map(([meal, endsAt]) => Object.assign(new MealEndTime(), { meal: meal as MealKind, endsAt }));
  }

  /** Each meal's end time, 'HH:MM' (for meal services and the missing-sample job). */
  get endTimes(): Record<MealKind, string> {
    return mealEndTimesOf(this);
  }
}
