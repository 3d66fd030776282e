import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { MealKind } from '../menu/meal-kind';

export const DUTY_TASK_MAX = 40;
export const DISH_NAME_MAX = 100;

/**
 * A meal service (餐次生产记录): one canteen's breakfast, lunch or dinner on one school day — the
 * dishes cooked, the portions planned and served, the stock issued to it (stock/), who was on duty and
 * the food samples kept (sample/). Recording the meal counts locks it (`lockedAt`): afterwards nothing
 * of it changes and no stock is issued to it.
 */
@ObjectType({
  description:
    "A meal service (餐次生产记录): one canteen's breakfast, lunch or dinner on one school day — dishes cooked, portions planned and " +
    'served, stock issued, duty list and food samples. Locked once its meal counts are recorded: afterwards nothing of it changes.',
})
@Entity('meal_service')
@Index(['canteenId', 'servedOn', 'meal'], { unique: true })
@Index(['schoolId', 'servedOn'])
@Index(['samplesCheckedAt', 'servedOn'])
export class MealService extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school whose canteen serves it.',
}) {
  @Field(() => ID, { description: 'The canteen (食堂) that cooks it.' })
  @RefColumn()
  canteenId: string;

  @Field({ description: "The school day it is served on (YYYY-MM-DD, the school's zone)." })
  @Column('date')
  servedOn: string;

  @Field(() => MealKind, { description: 'Which meal of the day (餐次).' })
  @Column('varchar', { length: 10 })
  meal: MealKind;

  @Field(() => Int, { description: 'Student portions planned (计划学生份数).' })
  @Column('int')
  portionsPlannedStudents: number;

  @Field(() => Int, { description: 'Staff portions planned (计划教职工份数).' })
  @Column('int')
  portionsPlannedStaff: number;

  @Field(() => Int, { nullable: true, description: 'Student portions served (实际学生就餐份数); null until the meal counts are recorded.' })
  @Column('int', { nullable: true })
  portionsServedStudents: number | null;

  @Field(() => Int, { nullable: true, description: 'Staff portions served (实际教职工就餐份数); null until the meal counts are recorded.' })
  @Column('int', { nullable: true })
  portionsServedStaff: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its meal counts were recorded, which locked the production record (生产记录锁定); null while it is open.',
  })
  @InstantColumn({ nullable: true })
  lockedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The account that recorded the meal counts; null while it is open.' })
  @RefColumn({ nullable: true })
  lockedByAccountId: string | null;

  /** When its samples were checked at the end of service (at the meal counts, or by the job after the meal's end); null until then. */
  @Field(() => Date, {
    nullable: true,
    description:
      "When its food samples were checked at the end of service (at the meal counts, or by the job after the meal's end time); null until then.",
  })
  @InstantColumn({ nullable: true })
  samplesCheckedAt: Date | null;

  /** When canteen.sample.missing was raised for it (once per service); null when never. */
  @Field(() => Date, {
    nullable: true,
    description: 'When the missing-sample alert (留样缺失) was raised for it, once; null when every dish was sampled in time.',
  })
  @InstantColumn({ nullable: true })
  sampleMissingRaisedAt: Date | null;

  @Field(() => ID, { description: 'The account that planned it.' })
  @RefColumn()
  plannedByAccountId: string;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was planned.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** A dish cooked in a meal service (菜品), a menu Dish; every one of them must be sampled. */
@ObjectType({ description: 'A dish cooked in a meal service (本餐菜品); each must be sampled (留样).' })
@Entity('meal_service_dish')
@Index(['mealServiceId', 'dishId'], { unique: true })
@Index(['dishId'])
export class MealServiceDish extends SchoolOwnedEntity() {
  @Field(() => ID, { description: 'The meal service.' })
  @RefColumn()
  mealServiceId: string;

  @Field(() => ID, { description: 'The dish (菜品), a recipe of the school.' })
  @RefColumn()
  dishId: string;

  @Field({ description: "The dish's name when it was planned." })
  @Column('varchar', { length: DISH_NAME_MAX })
  dishName: string;

  @Field(() => Int, { description: 'Its place in the meal, from 1.' })
  @Column('int')
  position: number;
}

/** A person on a meal service's duty list (值班), who passed that day's morning check (晨检). */
@ObjectType({
  description: "A person on a meal service's duty list (当餐值班人员); only people who passed that day's morning check (晨检).",
})
@Entity('meal_service_duty')
@Index(['mealServiceId', 'staffId'], { unique: true })
@Index(['staffId'])
export class MealServiceDuty extends SchoolOwnedEntity() {
  @Field(() => ID, { description: 'The meal service.' })
  @RefColumn()
  mealServiceId: string;

  @Field(() => ID, { description: 'The staff member (a directory Staff; a cook may have no account).' })
  @RefColumn()
  staffId: string;

  @Field({ description: 'What they do in it, e.g. "主厨 (head cook)", "分餐 (serving)".' })
  @Column('varchar', { length: DUTY_TASK_MAX })
  task: string;

  @Field(() => ID, { description: 'The account that put them on the list.' })
  @RefColumn()
  assignedByAccountId: string;

  @Field({ description: 'When they were put on the list.' })
  @CreatedAtColumn()
  assignedAt: Date;
}
