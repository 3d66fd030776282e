import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { BudgetService } from './budget/budget.service';
import type { ClaimService } from './claim/claim.service';
import type { LedgerService } from './ledger/ledger.service';
import type { PurchaseService } from './purchase/purchase.service';
import type { ReportService } from './report/report.service';
import type { SupplierService } from './supplier/supplier.service';

/** Per-request context of the finance subgraph: one instance of each service. */
export interface FinanceContext extends SubgraphContext {
  budgets: BudgetService;
  ledger: LedgerService;
  suppliers: SupplierService;
  purchases: PurchaseService;
  claims: ClaimService;
  reports: ReportService;
}
