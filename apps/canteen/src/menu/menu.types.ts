import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { StudentAgeGroup } from './age-group';
import { Dish } from './dish.entity';
import { MealKind } from './meal-kind';
import { MenuWeek } from './menu.entity';
import { NutritionMeasure } from './nutrition.rules';

@ObjectType({ description: 'A page of dishes.' })
export class DishConnection extends Connection(Dish, 'Dish') {}

@ObjectType({ description: 'A page of weekly menus.' })
export class MenuWeekConnection extends Connection(MenuWeek, 'MenuWeek') {}

@ObjectType({
  description:
    'Nutrients (营养素) computed from the recipe and the ingredient catalogue (per 100 g edible part × edible grams), rounded to one decimal.',
})
export class Nutrients {
  @Field(() => Float, { description: 'Energy (能量), kcal.' })
  energyKcal: number;

  @Field(() => Float, { description: 'Protein (蛋白质), g.' })
  proteinG: number;

  @Field(() => Float, { description: 'Fat (脂肪), g.' })
  fatG: number;

  @Field(() => Float, { description: 'Carbohydrate (碳水化合物), g.' })
  carbohydrateG: number;

  @Field(() => Float, { description: 'Calcium (钙), mg.' })
  calciumMg: number;

  @Field(() => Float, { description: 'Iron (铁), mg.' })
  ironMg: number;

  @Field(() => Float, { description: 'Vitamin A (维生素A), µg RAE.' })
  vitaminAUgRae: number;

  @Field(() => Float, { description: 'Vitamin C (维生素C), mg.' })
  vitaminCMg: number;

  @Field(() => Float, { description: 'Sodium (钠), mg.' })
  sodiumMg: number;
}

@ObjectType({ description: 'One measure of the nutrition check: what is planned and the range it should be in.' })
export class NutritionFinding {
  @Field(() => NutritionMeasure, { description: 'What is measured.' })
  measure: NutritionMeasure;

  @Field(() => Float, { description: 'What the menu plans, in `unit`.' })
  planned: number;

  @Field(() => Float, { nullable: true, description: 'The least the guideline asks for; null when there is no lower bound.' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'The most the guideline allows; null when there is no upper bound.' })
  max: number | null;

  @Field({ description: 'The unit of planned, min and max, e.g. kcal, g, mg, %.' })
  unit: string;

  @Field({ description: 'Whether planned is within the range.' })
  ok: boolean;
}

@ObjectType({ description: 'A measure that falls short of WS/T 554-2017 (不达标项), where, and a sentence saying so.' })
export class NutritionShortfall extends NutritionFinding {
  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD); null for the week as a whole.' })
  servedOn: string | null;

  @Field(() => MealKind, { nullable: true, description: 'The meal; null for the day or the week.' })
  meal: MealKind | null;

  @Field({
    description: 'What falls short, e.g. "Calcium (钙) at lunch on 2026-03-02: 15 mg planned, should be at least 297.5 mg (too little)."',
  })
  message: string;
}

@ObjectType({ description: 'One meal checked: energy and nutrients within its share of the day, oil and salt, food groups.' })
export class MealNutritionCheck {
  @Field(() => MealKind, { description: 'The meal.' })
  meal: MealKind;

  @Field({ description: 'Whether every finding is within range.' })
  passes: boolean;

  @Field(() => [NutritionFinding], { description: 'Every measure of the meal.' })
  findings: NutritionFinding[];
}

@ObjectType({ description: 'One day checked: its meals, and the kinds of food and vegetables of the day.' })
export class DayNutritionCheck {
  @Field({ description: 'The day (YYYY-MM-DD).' })
  servedOn: string;

  @Field({ description: 'Whether the day and each of its meals pass.' })
  passes: boolean;

  @Field(() => [MealNutritionCheck], { description: 'Its planned meals, breakfast first.' })
  meals: MealNutritionCheck[];

  @Field(() => [NutritionFinding], { description: 'Kinds of food and of fresh vegetables that day.' })
  findings: NutritionFinding[];
}

@ObjectType({
  description:
    'The nutrition check (营养评价) of a weekly menu against WS/T 554-2017 (学生餐营养指南) for its age group: per meal, per day and per week, with every shortfall explained. docs/canteen.md says how the guideline is applied and which table values are unverified.',
})
export class NutritionCheck {
  @Field(() => StudentAgeGroup, { description: 'The age group checked for.' })
  ageGroup: StudentAgeGroup;

  @Field({ description: 'Whether nothing falls short.' })
  passes: boolean;

  @Field(() => [NutritionShortfall], { description: 'Everything that falls short, by day and meal; empty when it passes.' })
  shortfalls: NutritionShortfall[];

  @Field(() => [DayNutritionCheck], { description: 'Each day with a planned meal.' })
  days: DayNutritionCheck[];

  @Field(() => [NutritionFinding], { description: 'Measures of the week as a whole: meals planned, kinds of food.' })
  findings: NutritionFinding[];
}

@ObjectType({ description: 'One meal of a weekly menu: its dishes and their nutrients together.' })
export class MenuMeal {
  @Field(() => MealKind, { description: 'The meal.' })
  meal: MealKind;

  @Field(() => [Dish], { description: 'Its dishes in serving order.' })
  dishes: Dish[];

  @Field(() => Nutrients, { description: 'Nutrients of one serving of each dish, together.' })
  nutrients: Nutrients;
}

@ObjectType({ description: 'One day of a weekly menu.' })
export class MenuDay {
  @Field({ description: 'The day (YYYY-MM-DD).' })
  servedOn: string;

  @Field(() => [MenuMeal], { description: 'Its planned meals, breakfast first.' })
  meals: MenuMeal[];
}

@ObjectType({ description: 'A dish as the public menu shows it: name, allergens and nutrients, nothing of the kitchen.' })
export class PublicDish {
  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => [String], { description: 'Major allergens (过敏原) its ingredients carry, e.g. MILK, GLUTEN.' })
  allergens: string[];

  @Field(() => Nutrients, { description: 'Nutrients per serving.' })
  nutrients: Nutrients;
}

@ObjectType({ description: 'One meal of a published menu.' })
export class PublicMenuMeal {
  @Field(() => MealKind, { description: 'The meal.' })
  meal: MealKind;

  @Field(() => [PublicDish], { description: 'Its dishes in serving order.' })
  dishes: PublicDish[];

  @Field(() => Nutrients, { description: 'Nutrients of the meal together.' })
  nutrients: Nutrients;
}

@ObjectType({ description: 'One day of a published menu.' })
export class PublicMenuDay {
  @Field({ description: 'The day (YYYY-MM-DD).' })
  servedOn: string;

  @Field(() => [PublicMenuMeal], { description: 'Its meals, breakfast first.' })
  meals: PublicMenuMeal[];
}

@ObjectType({
  description:
    "A canteen's published weekly menu (食谱公示) as parents see it without signing in: the dishes of each meal, their allergens and nutrients, and the nutrition check. Nothing else of the canteen.",
})
export class PublishedMenu {
  @Field(() => ID, { description: 'The canteen.' })
  canteenId: string;

  @Field({ description: "The canteen's name." })
  canteenName: string;

  @Field({ description: 'The Monday the week starts on.' })
  weekStart: string;

  @Field(() => StudentAgeGroup, { description: 'The age group it was planned for.' })
  ageGroup: StudentAgeGroup;

  @Field({ description: 'When it was published.' })
  publishedAt: Date;

  @Field(() => [PublicMenuDay], { description: 'Each day with a meal.' })
  days: PublicMenuDay[];

  @Field(() => NutritionCheck, { description: 'How it measures against WS/T 554-2017 (营养评价).' })
  nutritionCheck: NutritionCheck;
}
