import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { BudgetService } from './budget/budget.service';
import type { ClaimService } from './claim/claim.service';
import type { LedgerService } from './ledger/ledger.service';
import type { PurchaseService } from './purchase/purchase.service';
import type { ReportService } from './report/report.service';
import type { SupplierService } from './supplier/supplier.service';
import type { WriteOffService } from './writeoff/writeoff.service';
import type { RepairExpenseService } from './repair-expense/repair-expense.service';

/** Per-request context of the finance subgraph: one instance of each service. */
export interface FinanceContext extends SubgraphContext {
  budgets: BudgetService;
  ledger: LedgerService;
  suppliers: SupplierService;
  purchases: PurchaseService;
  claims: ClaimService;
  reports: ReportService;
  /** Fixed assets written off from facilities' approved disposals (资产核销). */
  writeOffs: WriteOffService;
  /** Repairs' final accounts charged to the REPAIRS budget lines (维修支出). */
  repairExpenses: RepairExpenseService;
}
