import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Money, MoneyFields } from '@houqin/common';
import { BudgetExecutionLine } from '../budget/budget.types';
import type { FinanceContext } from '../context';
import { CanteenStatement } from '../report/report.types';

@ObjectType({ description: 'A school (owned by the directory); finance adds its budgets, balances and spending.' })
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Enrolled students, from the directory; used for spending per student.' })
  studentCount?: number;
}

/** A reference to a directory school; the gateway fetches its fields from the directory. */
export const schoolRef = (id: string) => Object.assign(new School(), { id });

@ObjectType({ description: "Bank balances of a school's two accounts." })
@MoneyFields({ school: ['schoolFen', 'School account (学校账户).'], canteen: ['canteenFen', 'Canteen account (食堂账户).'] })
export class AccountBalances {
  schoolFen: number;
  canteenFen: number;
}

/** The fields finance adds to the directory's School: null unless the viewer reads the school's books. */
@Resolver(() => School)
export class SchoolFinanceResolver {
  @FieldResolver(() => AccountBalances, {
    nullable: true,
    description: "Bank balances of the school and canteen accounts; null unless you read the school's books.",
  })
  accountBalances(@Root() school: School, @Ctx() ctx: FinanceContext) {
    return ctx.reports.balancesOf(school.id);
  }

  @FieldResolver(() => [BudgetExecutionLine], {
    nullable: true,
    description:
      "Budget execution by category and month (预算执行); null unless you read the school's books. Costs two statements per school: ask it of one school at a time.",
  })
  budgetExecution(
    @Root() school: School,
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.reports.executionOf(school.id, fiscalYear);
  }

  @FieldResolver(() => CanteenStatement, {
    nullable: true,
    description:
      "The canteen account's statement for a month (食堂账目公示), as canteenStatement answers it; null unless you may read the school's. Batched: one statement for all the schools of a page.",
  })
  canteenStatement(
    @Root() school: School,
    @Arg('period', { description: 'The month YYYY-MM.' }) period: string,
    @Ctx() ctx: FinanceContext,
  ): Promise<CanteenStatement | null> {
    return ctx.reports.canteenStatementOf(school.id, period);
  }

  @Directive('@requires(fields: "studentCount")')
  @FieldResolver(() => Money, {
    nullable: true,
    description: "Spent in the fiscal year per enrolled student (生均支出); null without students or unless you read the school's books.",
  })
  spentPerStudent(
    @Root() school: School,
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.reports.spentPerStudent(school, fiscalYear);
  }
}
