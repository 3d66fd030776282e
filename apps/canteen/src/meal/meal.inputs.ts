import { ArrayMaxSize, IsInt, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { composeField, DateField, EnumField, IdField, TextField } from '@houqin/subgraph-kit';
import { MealKind } from '../menu/meal-kind';
import { DUTY_TASK_MAX } from './meal-service.entity';
import { MAX_DISHES, MAX_DUTY_PEOPLE } from './meal.rules';

/** A list of ids (each checked as an id); its length and repeats are checked by the rules, naming the field. */
const IdListField = (description: string, max: number, nullable = false) =>
  composeField(
    Field(() => [String], { description, nullable }),
    ...(nullable ? [IsOptional()] : []),
    ArrayMaxSize(max + 1),
    IsUUID('all', { each: true, message: ({ property }) => `${property} must be a list of ids` }),
  );

/** A whole count of portions (range checked by the rules, naming the field). */
const PortionsField = (description: string, nullable = false) =>
  composeField(
    Field(() => Int, { description, nullable }),
    ...(nullable ? [IsOptional()] : []),
    IsInt({ message: ({ property }) => `${property} must be a whole number` }),
  );

@InputType({ description: 'Plan a meal service (计划餐次): a canteen, a day and a meal, its dishes and portions.' })
export class PlanMealServiceInput {
  @IdField('The canteen (食堂) that cooks it.')
  canteenId: string;

  @DateField("The school day it is served on, YYYY-MM-DD in the school's zone.")
  servedOn: string;

  @EnumField(MealKind, 'Which meal (餐次).')
  meal: MealKind;

  @IdListField(`The dishes (菜品) cooked, in serving order: dishes of the school, 1 to ${MAX_DISHES}, none twice.`, MAX_DISHES)
  dishIds: string[];

  @PortionsField('Student portions planned (计划学生份数), 0 or more.')
  portionsPlannedStudents: number;

  @PortionsField('Staff portions planned (计划教职工份数), 0 or more; with the students at least one.')
  portionsPlannedStaff: number;
}

@InputType({ description: "Change an open meal service's plan: its dishes or planned portions. Refused once the meal counts are in." })
export class UpdateMealServicePlanInput {
  @IdField('The meal service.')
  id: string;

  @Field(() => Int, { description: 'The version you read (optimistic locking): a stale one is a CONFLICT.' })
  @IsInt()
  version: number;

  @IdListField('The dishes cooked, replacing the list; omit to keep it. A dish already sampled cannot be dropped.', MAX_DISHES, true)
  dishIds?: string[] | null;

  @PortionsField('Student portions planned; omit to keep.', true)
  portionsPlannedStudents?: number | null;

  @PortionsField('Staff portions planned; omit to keep.', true)
  portionsPlannedStaff?: number | null;
}

@InputType({ description: "Put people on a meal service's duty list (值班): only people who passed that day's morning check (晨检)." })
export class AssignMealServiceDutyInput {
  @IdField('The meal service.')
  mealServiceId: string;

  @IdListField(
    `Staff members of the canteen who passed the morning check on the day of the service, 1 to ${MAX_DUTY_PEOPLE}.`,
    MAX_DUTY_PEOPLE,
  )
  staffIds: string[];

  @TextField('What they do in it, e.g. "主厨 (head cook)", "分餐 (serving)".', { max: DUTY_TASK_MAX })
  task: string;
}

@InputType({ description: 'Record the meals served (就餐人数); this locks the production record (生产记录锁定).' })
export class RecordMealCountsInput {
  @IdField('The meal service.')
  id: string;

  @Field(() => Int, { description: 'The version you read (optimistic locking): a stale one is a CONFLICT.' })
  @IsInt()
  version: number;

  @PortionsField('Student portions served (学生就餐份数), 0 or more.')
  portionsServedStudents: number;

  @PortionsField('Staff portions served (教职工就餐份数), 0 or more.')
  portionsServedStaff: number;
}

@InputType({ description: 'Which meal services to list.' })
export class MealServiceFilter {
  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string | null;

  @IdField('Only canteens of this school.', { nullable: true })
  schoolId?: string | null;

  @DateField('Served on or after this day (YYYY-MM-DD).', { nullable: true })
  from?: string | null;

  @DateField('Served on or before this day (YYYY-MM-DD).', { nullable: true })
  to?: string | null;

  @EnumField(MealKind, 'Only this meal.', { nullable: true })
  meal?: MealKind | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only locked ones (counts recorded); false: only open ones.' })
  @IsOptional()
  locked?: boolean | null;
}

@ArgsType()
export class TraceBatchArgs {
  @IdField('The supplier (供应商) the goods came from.')
  supplierId: string;

  @TextField("The producer's batch number (生产批号) as recorded at receiving.", { max: 60 })
  batchNumber: string;
}
