import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { composeField, EnumField, IdField, TextField, YuanField } from '@houqin/subgraph-kit';
import { FiscalYearField } from '../fields';
import { Fund } from '../ledger/ledger.entity';
import { LIMITS, MAX_IMPORT_ROWS } from '../limits';
import { OverrunPolicy } from './budget.entity';

/** A budget category's code (科目代码): 2 to 32 upper-case letters, digits or _, starting with a letter. */
const CategoryCodeField = (description: string) =>
  composeField(
    Field(() => String, { description }),
    Matches(/^[A-Z][A-Z0-9_]{1,31}$/, { message: (args) => `${args.property} must be 2 to 32 upper-case letters, digits or _` }),
  );

@InputType({ description: 'A new budget category for the district (district administrators).' })
export class CreateBudgetCategoryInput {
  @CategoryCodeField('Stable upper-case code, e.g. OFFICE_SUPPLIES.')
  code: string;

  @TextField('Name shown to users, e.g. "Office supplies (办公用品)".', { max: LIMITS.name })
  name: string;

  @EnumField(Fund, 'The account its spending is paid from.')
  fund: Fund;

  @EnumField(OverrunPolicy, 'BLOCK refuses spending beyond the budget line; WARN only warns.')
  overrunPolicy: OverrunPolicy;
}

@InputType({ description: 'Changes to a budget category; omitted fields stay.' })
export class UpdateBudgetCategoryInput {
  @IdField('The category.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @TextField('New name.', { max: LIMITS.name, nullable: true })
  name?: string;

  @EnumField(OverrunPolicy, 'New overrun policy.', { nullable: true })
  overrunPolicy?: OverrunPolicy;

  @Field({ nullable: true, description: 'False retires the category.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: "The district's approval thresholds (审批权限)." })
export class SetApprovalPolicyInput {
  @YuanField('Up to this amount the general-affairs director approves alone.')
  directorLimit: string;

  @YuanField('Up to this amount the principal approves after the director; above it the district approves last.')
  principalLimit: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How far (whole percent, 0 to 100) an order at actual prices may exceed the approved estimate before it is approved again; unchanged when omitted (10 by default).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  orderTolerancePercent?: number;
}

@InputType({ description: "Allocate a school's budget for one category and fiscal year (预算下达)." })
export class SetBudgetInput {
  @IdField('The school.')
  schoolId: string;

  @FiscalYearField('Fiscal year (预算年度), the calendar year.')
  fiscalYear: number;

  @IdField('The budget category.')
  categoryId: string;

  @YuanField('Amount allocated.')
  allocated: string;
}

@InputType({
  description:
    "One row of a budget spreadsheet: a school's allocation for one category and fiscal year, as setBudget takes it but naming the category by its code.",
})
export class BudgetRowInput {
  @IdField('The school.')
  schoolId: string;

  @FiscalYearField('Fiscal year (预算年度), the calendar year.')
  fiscalYear: number;

  @CategoryCodeField('The budget category (预算科目) by its code, e.g. OFFICE_SUPPLIES: an active category of your district.')
  categoryCode: string;

  @YuanField('Amount allocated.')
  allocated: string;
}

@InputType({
  description: `Allocate many budget lines at once from a spreadsheet (预算批量下达): all or nothing, at most ${MAX_IMPORT_ROWS} rows.`,
})
export class ImportBudgetsInput {
  // Not validated here: the service checks the permission at every row's school first, then every row as setBudget would (rowErrors).
  @Field(() => [BudgetRowInput], {
    description: `The allocations, one row per school, year and category (once per file); 1 to ${MAX_IMPORT_ROWS}.`,
  })
  rows: BudgetRowInput[];

  @Field({
    defaultValue: false,
    description: 'True to check the file only (校验): the same answer and errors, nothing written, no lines returned.',
  })
  validateOnly: boolean;
}
