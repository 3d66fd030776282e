import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, Money, MoneyFields } from '@houqin/common';
import { BudgetCategory } from '../budget/budget.entity';
import { budgetFigures } from '../budget/budget.types';
import type { BudgetFen } from '../budget/budget.types';
import { School, schoolRef } from '../federation/school';
import { Supplier } from '../supplier/supplier.entity';

@ObjectType({ description: "A school's budget for one category (预算科目) and year: the figures of its budget line, zero without one." })
@MoneyFields({
  allocated: ['allocatedFen', 'Allocated for the year.'],
  committed: ['committedFen', 'Approved but not yet paid.'],
  spent: ['spentFen', 'Paid.'],
  remaining: ['remainingFen', 'Allocated minus committed minus spent (negative only under a WARN policy).'],
})
export class CategoryBudgetTotals {
  @Field(() => BudgetCategory, { description: 'The category.' })
  category: BudgetCategory;

  allocatedFen: number;
  committedFen: number;
  spentFen: number;
  remainingFen: number;

  static of(category: BudgetCategory, fen: BudgetFen): CategoryBudgetTotals {
    return Object.assign(new CategoryBudgetTotals(), {
      category,
      ...fen,
      remainingFen: fen.allocatedFen - fen.committedFen - fen.spentFen,
    });
  }
}

@ObjectType({ description: "One school's budget for a year, for comparing schools side by side." })
export class SchoolBudgetSummary {
  /** The fiscal year compared (byCategory reads that year's lines). */
  fiscalYear: number;

  @Field(() => ID, { description: "The school's id, as the budget lines name it." })
  schoolId: string;

  @Field(() => School, {
    nullable: true,
    description:
      'The school (name and student count come from the directory); null when the directory no longer resolves it, so one such row never nulls the whole comparison.',
  })
  school: School | null;

  @Field(() => Money, { description: 'Allocated over all categories.' })
  allocated: Money;

  @Field(() => Money, { description: 'Committed over all categories.' })
  committed: Money;

  @Field(() => Money, { description: 'Spent over all categories.' })
  spent: Money;

  @Field(() => Money, { description: 'Allocated minus committed minus spent.' })
  remaining: Money;

  static of(schoolId: string, fiscalYear: number, fen: BudgetFen): SchoolBudgetSummary {
    return Object.assign(new SchoolBudgetSummary(), { schoolId, fiscalYear, school: schoolRef(schoolId), ...budgetFigures(fen) });
  }
}

@ObjectType({ description: "A page of schools' budget summaries." })
export class SchoolBudgetSummaryConnection extends Connection(SchoolBudgetSummary, 'SchoolBudgetSummary') {}

@ObjectType({ description: "The canteen account's statement for a month, fit for public posting (食堂账目公示)." })
@MoneyFields({
  openingBalance: ['openingBalanceFen', 'Bank balance of the canteen account at the start of the month (期初余额).'],
  mealFeeIncome: ['mealFeeIncomeFen', 'Meal fees received (伙食费收入).'],
  otherIncome: ['otherIncomeFen', 'Other income.'],
  foodCost: ['foodCostFen', 'Food cost (食材成本).'],
  otherExpense: ['otherExpenseFen', 'Other canteen expenses.'],
  closingBalance: ['closingBalanceFen', 'Bank balance at the end of the month (期末余额).'],
  accountsPayable: [
    'accountsPayableFen',
    'Owed to suppliers at the end of the month (应付账款): food received (in food cost when it came) and not paid yet.',
  ],
})
export class CanteenStatement {
  @Field(() => School, { description: 'The school.' })
  school: School;

  @Field({ description: 'The month YYYY-MM.' })
  period: string;

  openingBalanceFen: number;
  mealFeeIncomeFen: number;
  otherIncomeFen: number;
  foodCostFen: number;
  otherExpenseFen: number;
  closingBalanceFen: number;
  accountsPayableFen: number;

  static of(schoolId: string, period: string, figures: CanteenFigures): CanteenStatement {
    return Object.assign(new CanteenStatement(), { school: schoolRef(schoolId), period, ...figures });
  }
}

/** The figures of a canteen statement, in fen. */
export type CanteenFigures = Omit<CanteenStatement, 'school' | 'period'>;

// `paid` is a plain Money field: it sits between two other fields in the schema.
@ObjectType({ description: 'What a supplier was paid in a year.' })
export class SupplierSpending {
  @Field(() => Supplier, { nullable: true, description: 'The supplier.' })
  supplier: Supplier | null;

  @Field(() => Money, { description: 'Total paid.' })
  paid: Money;

  @Field(() => Int, { description: 'Number of payments.' })
  payments: number;
}
