import { ArrayMaxSize, IsInt, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, LinesField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { StudentAgeGroup } from './age-group';
import { DISH_NAME_MAX, DISH_NOTE_MAX } from './dish.entity';
import { MealKind } from './meal-kind';
import { MenuWeekStatus } from './menu.entity';

@InputType({ description: 'One ingredient of a recipe and how much goes into one serving.' })
export class RecipeLineInput {
  @IdField('A catalogue ingredient of your district, not a forbidden food (禁用食品).')
  ingredientId: string;

  @Field({
    description:
      'Grams per serving (每份克数), weighed raw as bought, a decimal with at most three places, e.g. "150" or "1.5"; at most 2000.',
  })
  @IsString()
  grams: string;
}

@InputType({ description: 'A new dish (菜品) with its recipe.' })
export class CreateDishInput {
  @IdField('The school whose canteens cook it.')
  schoolId: string;

  @TextField('Its name, unique in the school.', { max: DISH_NAME_MAX })
  name: string;

  @OptionalTextField('How it is cooked (烹调方式), or a note for the kitchen.', DISH_NOTE_MAX)
  note?: string;

  @LinesField(() => RecipeLineInput, 'Its ingredients, 1 to 50, each once.', 1, 'lines must have at least one ingredient')
  lines: RecipeLineInput[];
}

@InputType({ description: 'Filter for dishes.' })
export class DishFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string;

  @OptionalTextField('Part of the name.', DISH_NAME_MAX)
  search?: string;
}

@InputType({ description: 'The dishes of one meal on one day of the week.' })
export class MenuMealInput {
  @DateField('The day (YYYY-MM-DD), within the week.')
  servedOn: string;

  @EnumField(MealKind, 'Breakfast, lunch or dinner.')
  meal: MealKind;

  @Field(() => [ID], { description: 'Its dishes in serving order, 1 to 12, dishes of the canteen’s school.' })
  @ArrayMaxSize(12)
  dishIds: string[];
}

@InputType({
  description:
    'Save a weekly menu as a draft: the first save creates it; a later save (naming the version read) replaces its meals. A published week cannot be saved.',
})
export class SaveMenuWeekInput {
  @IdField('The canteen.')
  canteenId: string;

  @DateField('The Monday the week starts on.')
  weekStart: string;

  @EnumField(StudentAgeGroup, 'The age group (年龄段) the menu is for: what the nutrition check compares it with.')
  ageGroup: StudentAgeGroup;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read, when saving an existing draft again (a stale one is a CONFLICT).',
  })
  @IsOptional()
  @IsInt()
  version?: number;

  @LinesField(() => MenuMealInput, 'Every planned meal of the week, each day and meal once; a meal left out is not served.', 0)
  meals: MenuMealInput[];
}

@InputType({ description: 'Publish a draft weekly menu for parents (食谱公示).' })
export class PublishMenuWeekInput {
  @IdField('The draft menu week.')
  id: string;
}

@InputType({ description: 'Filter for weekly menus.' })
export class MenuWeekFilter {
  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string;

  @IdField('Only this school.', { nullable: true })
  schoolId?: string;

  @EnumField(MenuWeekStatus, 'Only this status.', { nullable: true })
  status?: MenuWeekStatus;

  @DateField('Only weeks starting on or after this Monday.', { nullable: true })
  from?: string;
}
