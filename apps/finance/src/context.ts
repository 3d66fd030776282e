import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { BudgetService } from './services/budget.service';
import type { ClaimService } from './services/claim.service';
import type { LedgerService } from './services/ledger.service';
import type { PurchaseService } from './services/purchase.service';
import type { ReportService } from './services/report.service';
import type { SupplierService } from './services/supplier.service';

/** Per-request context of the finance subgraph: one instance of each service. */
export interface FinanceContext extends SubgraphContext {
  budgets: BudgetService;
  ledger: LedgerService;
  suppliers: SupplierService;
  purchases: PurchaseService;
  claims: ClaimService;
  reports: ReportService;
}
