import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { BudgetCategory } from '../budget/budget.entity';
import { financeStaff } from '../visibility';
import { REPAIRS_CATEGORY_CODE, RepairExpense, type RepairExpenseStatus } from './repair-expense.entity';

/** Repair expenses of the books the viewer reads (finance staff of the school, district roles), as write-offs. */
export const repairExpenseReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, RepairExpense, 'RepairExpense', 're', { visibility: financeStaff });

/** The repair expenses' hand-written SQL (printed to apps/finance/sql/repairExpense.sql). */
export const repairExpenseSql = defineSqlStore(
  'repairExpense',
  {
    /** Repair expenses in the viewer's scope, narrowed to a school and a status. */
    list: (m, expenses: ScopedReader<RepairExpense>, filter: { schoolId: string | null; status: RepairExpenseStatus | null }) => {
      const qb = expenses.query(m);
      if (filter.schoolId) qb.andWhere('re.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('re.status = :status', { status: filter.status });
      return qb;
    },
    /**
     * The district's REPAIRS budget category (预算科目), retired or not (the caller decides): read by the
     * event's district, not the viewer's scope, because the consumer posts with no viewer.
     */
    repairsCategory: (m, districtId: string) =>
      m
        .getRepository(BudgetCategory)
        .createQueryBuilder('c')
        .where('c.districtId = :districtId AND c.code = :code', { districtId, code: REPAIRS_CATEGORY_CODE }),
  },
  {
    list: [repairExpenseReader(exampleRequest(Role.ACCOUNTANT)), { schoolId: 'school-1', status: 'HELD' as RepairExpenseStatus }],
    repairsCategory: ['district-1'],
  },
);
