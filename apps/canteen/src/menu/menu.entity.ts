import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { StudentAgeGroup } from './age-group';
import { MealKind } from './meal-kind';

export enum MenuWeekStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MenuWeekStatus, {
  name: 'MenuWeekStatus',
  description: 'Where a weekly menu is: being planned, or published for parents (食谱公示).',
  valuesConfig: {
    DRAFT: { description: 'Being planned (草稿): only the kitchen and school leaders see it; it may still change.' },
    PUBLISHED: { description: 'Published (已公示): anyone may read it, signed in or not; it never changes again.' },
  },
});

/**
 * A canteen's menu for one school week (每周食谱): which dishes each day's breakfast, lunch and dinner
 * serve, checked against WS/T 554-2017 for the age group it is planned for. Planned as a DRAFT (saved
 * as often as needed), then PUBLISHED for parents: after that it never changes.
 */
@ObjectType({
  description:
    "A canteen's weekly menu (每周食谱): the dishes of each day's meals, checked against the student-meal guideline WS/T 554-2017 for its age group. DRAFT while planned, PUBLISHED for parents (食谱公示) and then never changed.",
})
@Entity('menu_week')
@Index(['canteenId', 'weekStart'], { unique: true })
@Index(['schoolId', 'weekStart'])
export class MenuWeek extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose canteen serves it.',
}) {
  @Field(() => ID, { description: 'The canteen (食堂) serving it.' })
  @RefColumn()
  canteenId: string;

  @Field({ description: 'The Monday the week starts on (YYYY-MM-DD).' })
  @Column('date')
  weekStart: string;

  @Field(() => StudentAgeGroup, {
    description: "The students' age group (年龄段) the menu is planned and checked for, chosen by the canteen manager for the week.",
  })
  @Column('varchar', { length: 12 })
  ageGroup: StudentAgeGroup;

  @Field(() => MenuWeekStatus, { description: 'Draft or published.' })
  @Column('varchar', { length: 12 })
  status: MenuWeekStatus;

  @Field(() => Int, { description: 'Row version (optimistic locking): name it when saving the draft again.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was first saved.' })
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published (公示); null while a draft.' })
  @InstantColumn({ nullable: true })
  publishedAt: Date | null;
}

/** One dish on one meal of one day of a weekly menu. */
@Entity('menu_item')
@Index(['menuWeekId', 'servedOn', 'meal', 'position'], { unique: true })
@Index(['dishId'])
export class MenuItem {
  @IdColumn()
  id: string;

  @RefColumn()
  menuWeekId: string;

  @Column('date')
  servedOn: string;

  @Column('varchar', { length: 10 })
  meal: MealKind;

  @Column('int')
  position: number;

  @RefColumn()
  dishId: string;
}
