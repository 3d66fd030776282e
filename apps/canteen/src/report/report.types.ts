import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';

/** One month of one canteen: meals served and the cost of the food issued to them (成本核算). */
@ObjectType({ description: "A month of a canteen's cost per meal (每餐成本): meals whose counts are in, and the food issued to them." })
@MoneyFields({
  issuedCost: ['issuedFen', 'Cost of the stock issued to those meal services (出库成本).'],
  costPerMeal: ['costPerMealFen', 'Issued cost over meals served, in whole fen rounded half up; null without meals.', { nullable: true }],
})
export class CanteenMonthCost {
  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Student meals served (学生就餐人次).' })
  studentMeals: number;

  @Field(() => Int, { description: 'Staff meals served (教职工就餐人次).' })
  staffMeals: number;

  @Field(() => Int, { description: 'All meals served.' })
  mealsServed: number;

  issuedFen: number;
  costPerMealFen: number | null;
}

/** What a canteen holds now and how long it lasts. */
@ObjectType({ description: 'A canteen’s stock on hand (库存): its value now and how many days of issues it covers.' })
@MoneyFields({
  value: ['valueFen', 'The remaining cost of every lot with a balance (库存金额).'],
  issuedLast30Days: ['issuedFen', 'Cost issued to meal services in the last 30 days.'],
})
export class CanteenStockValue {
  @Field(() => ID, { description: 'The canteen.' })
  canteenId: string;

  @Field(() => Int, { description: 'Lots with a balance.' })
  lots: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Days of stock (库存天数): value over the average daily issue cost of the last 30 days, to one decimal; null when nothing was issued.',
  })
  daysOfStock: number | null;

  valueFen: number;
  issuedFen: number;
}

/**
 * A school's canteen month on the rules the district checks: cost per meal and the compliance rates.
 * Each rate comes with its counts (a client can show "27 of 30"); a rate is null when there was
 * nothing to count, which is not 0 %.
 */
@ObjectType({
  description:
    "A school's canteens in a month, side by side with the district's other schools (食堂监管对比): cost per meal and compliance. " +
    'Each rate is a share in [0, 1] with the counts it comes from; null when there was nothing to count.',
})
@MoneyFields({
  issuedCost: ['issuedFen', 'Cost of the food issued to meal services whose counts are in.'],
  costPerMeal: [
    'costPerMealFen',
    'Issued cost over meals served (每餐成本), whole fen rounded half up; null without meals.',
    { nullable: true },
  ],
})
export class CanteenCompliance {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Meals served (students and staff) in services whose counts are in.' })
  mealsServed: number;

  @Field(() => Int, { description: 'Dishes served so far this month (each dish of each meal service).' })
  dishesServed: number;

  @Field(() => Int, { description: 'Of those, dishes with a sample of at least the district minimum (留样).' })
  dishesSampled: number;

  @Field(() => Float, { nullable: true, description: 'Sample compliance (留样合规率): dishes sampled over dishes served.' })
  sampleCompliance: number | null;

  @Field(() => Int, { description: 'Morning checks due: each person on a canteen’s roster on each day it served a meal.' })
  morningChecksDue: number;

  @Field(() => Int, { description: 'Of those, checks recorded (晨检).' })
  morningChecksDone: number;

  @Field(() => Float, { nullable: true, description: 'Morning-check compliance (晨检率): checks recorded over checks due.' })
  morningCheckCompliance: number | null;

  @Field(() => Int, { description: 'People on the canteens’ rosters at the end of the month (or today).' })
  rosterSize: number;

  @Field(() => Int, { description: 'Of those, people with a valid health certificate that day (健康证).' })
  validCertificates: number;

  @Field(() => Float, { nullable: true, description: 'Certificate compliance (持证率): valid certificates over people on the roster.' })
  certificateCompliance: number | null;

  @Field(() => Int, { description: 'Published menu days this month (食谱公示).' })
  menuDays: number;

  @Field(() => Int, { description: 'Of those, days meeting the nutrition guideline WS/T 554-2017 when published.' })
  menuDaysPassed: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Nutrition-check pass rate (营养达标率): passing menu days over published menu days.',
  })
  nutritionPassRate: number | null;

  @Field(() => Int, { description: 'Canteen school days so far this month: school days (calendar with 调休) times canteens.' })
  canteenSchoolDays: number;

  @Field(() => Int, { description: 'Of those, canteen-days with an accompanied lunch (陪餐).' })
  accompaniedDays: number;

  @Field(() => Float, { nullable: true, description: 'Accompanied-meal coverage (陪餐覆盖率): accompanied days over canteen school days.' })
  accompaniedCoverage: number | null;

  issuedFen: number;
  costPerMealFen: number | null;
}

@ObjectType({ description: 'A page of schools’ canteen months, side by side.' })
export class CanteenComplianceConnection extends Connection(CanteenCompliance, 'CanteenCompliance') {}
