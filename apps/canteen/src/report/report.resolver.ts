import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { CanteenContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { CanteenCompliance, CanteenComplianceConnection, CanteenMonthCost, CanteenStockValue } from './report.types';

const MONTH_HELP = 'YYYY-MM';

/** Thin: each field is one report-service call. */
@Resolver(() => CanteenCompliance)
export class CanteenReportResolver {
  @Query(() => [CanteenMonthCost], {
    description:
      "A canteen's cost per meal by month (每餐成本), from fromMonth to toMonth (at most 24 months); its school's canteen readers.",
  })
  canteenMonthlyCosts(
    @Arg('canteenId', () => ID, { description: 'The canteen.' }) canteenId: string,
    @Arg('fromMonth', { description: `First month, ${MONTH_HELP}.` }) fromMonth: string,
    @Arg('toMonth', { description: `Last month, ${MONTH_HELP}.` }) toMonth: string,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.reports.monthlyCosts(canteenId, fromMonth, toMonth);
  }

  @Query(() => CanteenStockValue, { description: "A canteen's stock on hand now (库存金额) and its days of stock (库存天数)." })
  canteenStockValue(@Arg('canteenId', () => ID, { description: 'The canteen.' }) canteenId: string, @Ctx() ctx: CanteenContext) {
    return ctx.reports.stockValue(canteenId);
  }

  @Query(() => CanteenComplianceConnection, {
    description:
      "The district's schools side by side for a month (区级食堂对比): cost per meal, sample, morning-check and certificate compliance, " +
      'nutrition-check pass rate and accompanied-meal coverage. District administrators and auditors.',
  })
  districtCanteenComparison(
    @Arg('month', { description: `The month, ${MONTH_HELP}.` }) month: string,
    @Args() page: PageArgs,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.reports.districtComparison(month, page);
  }

  @FieldResolver(() => School, { description: 'The school.' })
  school(@Root() row: CanteenCompliance) {
    return schoolRef(row.schoolId);
  }
}

/** The canteen's figures on the directory's School. */
@Resolver(() => School)
export class SchoolCanteenComplianceResolver {
  @FieldResolver(() => CanteenCompliance, {
    nullable: true,
    description:
      "This school's canteens in a month (食堂合规): cost per meal and compliance; null unless you may read its canteen records. Batched.",
  })
  canteenCompliance(
    @Root() school: School,
    @Arg('month', { description: `The month, ${MONTH_HELP}.` }) month: string,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.reports.complianceOfSchool(school.id, month);
  }
}
