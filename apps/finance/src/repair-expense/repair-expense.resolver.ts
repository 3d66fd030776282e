import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { BudgetCategory } from '../budget/budget.entity';
import type { FinanceContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { JournalEntry } from '../ledger/ledger.entity';
import { Supplier } from '../supplier/supplier.entity';
import { RepairExpense } from './repair-expense.entity';
import { PostRepairExpenseInput } from './repair-expense.inputs';
import { RepairExpenseConnection, RepairExpenseFilter } from './repair-expense.types';

@Resolver(() => RepairExpense)
export class RepairExpenseResolver {
  @Query(() => RepairExpenseConnection, {
    description:
      'Repairs’ final accounts (维修决算) charged to the schools’ REPAIRS budget lines, newest first: the books the viewer reads (finance staff, district roles). `filter: { status: HELD }` is what waits for the accountant.',
  })
  repairExpenses(
    @Args() page: PageArgs,
    @Arg('filter', () => RepairExpenseFilter, { nullable: true }) filter: RepairExpenseFilter | null,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.repairExpenses.list(filter ?? {}, page);
  }

  @Mutation(() => RepairExpense, {
    description:
      'Post a HELD repair expense (暂挂维修支出入账) once its REPAIRS budget line has room (or the category only warns); the school’s accountant. Still no line or still over a BLOCK line: BAD_USER_INPUT on id.',
  })
  postRepairExpense(@Arg('input') input: PostRepairExpenseInput, @Ctx() ctx: FinanceContext) {
    return ctx.repairExpenses.postHeld(input);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'The contractor (外包单位); null for an in-house repair.' })
  contractorSupplier(@Root() expense: RepairExpense, @Ctx() ctx: FinanceContext) {
    return expense.contractorSupplierId ? ctx.suppliers.reader.byId(expense.contractorSupplierId) : null;
  }

  @FieldResolver(() => BudgetCategory, {
    nullable: true,
    description: 'The REPAIRS budget category charged; null while the district has none.',
  })
  category(@Root() expense: RepairExpense, @Ctx() ctx: FinanceContext) {
    return expense.categoryId ? ctx.budgets.category(expense.categoryId) : null;
  }

  @FieldResolver(() => JournalEntry, { nullable: true, description: 'The journal entry that posted it (记账凭证); null while held.' })
  ledgerEntry(@Root() expense: RepairExpense, @Ctx() ctx: FinanceContext) {
    return expense.ledgerEntryId ? ctx.ledger.entryReader.byId(expense.ledgerEntryId) : null;
  }

  @FieldResolver(() => School, { description: 'The school whose repair it was.' })
  school(@Root() expense: RepairExpense) {
    return schoolRef(expense.schoolId);
  }
}
