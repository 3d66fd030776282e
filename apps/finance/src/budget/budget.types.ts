import { Field, Int, ObjectType } from 'type-graphql';
import { Money, MoneyFields } from '@houqin/common';
import { BudgetCategory } from './budget.entity';

/** Approval thresholds in fen, as the district set them or by default. */
export interface ApprovalThresholds {
  directorLimitFen: number;
  principalLimitFen: number;
  /** An order more than this percentage above its approved estimate is approved again. */
  orderTolerancePercent: number;
}

@ObjectType({ description: "The district's approval thresholds (审批权限)." })
@MoneyFields({
  directorLimit: ['directorLimitFen', 'Up to this amount the general-affairs director approves alone.'],
  principalLimit: [
    'principalLimitFen',
    'Up to this amount the principal approves after the director; above it the district approves last.',
  ],
})
export class ApprovalPolicyView implements ApprovalThresholds {
  directorLimitFen: number;
  principalLimitFen: number;

  @Field(() => Int, {
    description:
      'How far (whole percent) an order at actual prices may exceed the approved estimate; beyond it the request is approved again at the level the new amount needs.',
  })
  orderTolerancePercent: number;

  static of({ directorLimitFen, principalLimitFen, orderTolerancePercent }: ApprovalThresholds): ApprovalPolicyView {
    return Object.assign(new ApprovalPolicyView(), { directorLimitFen, principalLimitFen, orderTolerancePercent });
  }
}

/** What a budget line (or a sum of lines) holds, in fen. */
export interface BudgetFen {
  allocatedFen: number;
  committedFen: number;
  spentFen: number;
}

/** Allocated, committed, spent and remaining of a budget line or a sum of lines, as Money. */
export function budgetFigures(fen: BudgetFen) {
  return {
    allocated: Money.of(fen.allocatedFen),
    committed: Money.of(fen.committedFen),
    spent: Money.of(fen.spentFen),
    remaining: Money.of(fen.allocatedFen - fen.committedFen - fen.spentFen),
  };
}

// The Money fields are plain fields here, not @MoneyFields: spentByMonth must follow them in the schema.
@ObjectType({
  description:
    'Execution of one budget line (预算执行): allocated, committed (approved, unpaid), spent, remaining, and spending per month.',
})
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

  static of(category: BudgetCategory, fen: BudgetFen, spentByMonthFen: number[] = []): BudgetExecutionLine {
    return Object.assign(new BudgetExecutionLine(), { category, ...budgetFigures(fen), spentByMonth: spentByMonthFen.map(Money.of) });
  }
}

@ObjectType({ description: 'What importBudgets allocated (预算批量下达).' })
export class ImportBudgetsPayload {
  @Field(() => Int, { description: 'Rows imported, or that would be with validateOnly.' })
  count: number;

  @Field(() => [BudgetExecutionLine], {
    description: 'The budget lines as allocated, in the order of the rows (spentByMonth empty); empty with validateOnly.',
  })
  lines: BudgetExecutionLine[];
}
