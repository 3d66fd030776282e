import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, Money } from '@houqin/common';
import { BudgetCategory, ExpenseClaim, JournalEntry, PurchaseRequest, Supplier } from '../entities';

@ObjectType({ description: 'A school (owned by the directory); finance adds its budgets, balances and spending.' })
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Enrolled students, from the directory; used for spending per student.' })
  studentCount?: number;
}

@ObjectType({ description: 'A staff member (owned by the directory); finance adds their requests and claims.' })
@Directive('@key(fields: "id")')
export class Staff {
  @Field(() => ID)
  id: string;
}

export const schoolRef = (id: string) => Object.assign(new School(), { id });

@ObjectType({ description: 'A page of purchase requests.' })
export class PurchaseRequestConnection extends Connection(PurchaseRequest, 'PurchaseRequest') {}

@ObjectType({ description: 'A page of expense claims.' })
export class ExpenseClaimConnection extends Connection(ExpenseClaim, 'ExpenseClaim') {}

@ObjectType({ description: 'A page of journal entries.' })
export class JournalEntryConnection extends Connection(JournalEntry, 'JournalEntry') {}

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends Connection(Supplier, 'Supplier') {}

@ObjectType({ description: 'A filed purchase request, with any budget warnings.' })
export class PurchaseRequestPayload {
  @Field(() => PurchaseRequest, { description: 'The request as filed.' })
  request: PurchaseRequest;

  @Field(() => [String], { description: 'Budget warnings under a WARN policy (超预算提醒); empty when within budget.' })
  warnings: string[];
}

@ObjectType({ description: 'A filed expense claim, with any budget warnings.' })
export class ExpenseClaimPayload {
  @Field(() => ExpenseClaim, { description: 'The claim as filed.' })
  claim: ExpenseClaim;

  @Field(() => [String], { description: 'Budget warnings under a WARN policy; empty when within budget.' })
  warnings: string[];
}

@ObjectType({ description: 'The district\'s approval thresholds (审批权限).' })
export class ApprovalPolicyView {
  @Field(() => Money, { description: 'Up to this amount the general-affairs director approves alone.' })
  directorLimit: Money;

  @Field(() => Money, { description: 'Up to this amount the principal approves after the director; above it the district approves last.' })
  principalLimit: Money;
}

@ObjectType({ description: 'Execution of one budget line (预算执行): allocated, committed (approved, unpaid), spent, remaining, and spending per month.' })
export class BudgetExecutionLine {
  @Field(() => BudgetCategory, { description: 'The category.' })
  category: BudgetCategory;

  @Field(() => Money, { description: 'Allocated for the year.' })
  allocated: Money;

  @Field(() => Money, { description: 'Approved but not yet paid.' })
  committed: Money;

  @Field(() => Money, { description: 'Paid.' })
  spent: Money;

  @Field(() => Money, { description: 'Allocated minus committed minus spent (negative only under a WARN policy).' })
  remaining: Money;

  @Field(() => [Money], { description: 'Spending posted in each month, January to December (12 values).' })
  spentByMonth: Money[];
}

@ObjectType({ description: 'One school\'s budget for a year, for comparing schools side by side.' })
export class SchoolBudgetSummary {
  @Field(() => School, { description: 'The school (name and student count come from the directory).' })
  school: School;

  @Field(() => Money, { description: 'Allocated over all categories.' })
  allocated: Money;

  @Field(() => Money, { description: 'Committed over all categories.' })
  committed: Money;

  @Field(() => Money, { description: 'Spent over all categories.' })
  spent: Money;

  @Field(() => Money, { description: 'Allocated minus committed minus spent.' })
  remaining: Money;
}

@ObjectType({ description: 'A page of schools\' budget summaries.' })
export class SchoolBudgetSummaryConnection extends Connection(SchoolBudgetSummary, 'SchoolBudgetSummary') {}

@ObjectType({ description: 'The canteen account\'s statement for a month, fit for public posting (食堂账目公示).' })
export class CanteenStatement {
  @Field(() => School, { description: 'The school.' })
  school: School;

  @Field({ description: 'The month YYYY-MM.' })
  period: string;

  @Field(() => Money, { description: 'Bank balance of the canteen account at the start of the month (期初余额).' })
  openingBalance: Money;

  @Field(() => Money, { description: 'Meal fees received (伙食费收入).' })
  mealFeeIncome: Money;

  @Field(() => Money, { description: 'Other income.' })
  otherIncome: Money;

  @Field(() => Money, { description: 'Food cost (食材成本).' })
  foodCost: Money;

  @Field(() => Money, { description: 'Other canteen expenses.' })
  otherExpense: Money;

  @Field(() => Money, { description: 'Bank balance at the end of the month (期末余额).' })
  closingBalance: Money;
}

@ObjectType({ description: 'What a supplier was paid in a year.' })
export class SupplierSpending {
  @Field(() => Supplier, { nullable: true, description: 'The supplier.' })
  supplier: Supplier | null;

  @Field(() => Money, { description: 'Total paid.' })
  paid: Money;

  @Field(() => Int, { description: 'Number of payments.' })
  payments: number;
}

@ObjectType({ description: 'Bank balances of a school\'s two accounts.' })
export class AccountBalances {
  @Field(() => Money, { description: 'School account (学校账户).' })
  school: Money;

  @Field(() => Money, { description: 'Canteen account (食堂账户).' })
  canteen: Money;
}

/** Allocated, committed, spent and remaining of a budget line or a sum of lines, as Money. */
export function budgetFigures(fen: { allocatedFen: number; committedFen: number; spentFen: number }) {
  return {
    allocated: Money.of(fen.allocatedFen),
    committed: Money.of(fen.committedFen),
    spent: Money.of(fen.spentFen),
    remaining: Money.of(fen.allocatedFen - fen.committedFen - fen.spentFen),
  };
}
