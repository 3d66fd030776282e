import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import { FINANCE_PORT } from './config';
import type { FinanceContext } from './context';
import { financeEntities } from './entities';
import { financeMigrations } from './migrations';
import { BudgetResolver } from './resolvers/budget.resolver';
import { SchoolFinanceResolver, StaffFinanceResolver } from './resolvers/extensions.resolver';
import { JournalLineResolver, LedgerResolver } from './resolvers/ledger.resolver';
import { SupplierResolver } from './resolvers/supplier.resolver';
import { School, Staff } from './resolvers/types';
import { ExpenseClaimLineResolver, ExpenseClaimResolver, PurchaseRequestLineResolver, PurchaseRequestResolver } from './resolvers/workflow.resolver';
import { seedFinanceDemo } from './seed/demo';
import { BudgetService } from './services/budget.service';
import { ClaimService } from './services/claim.service';
import { LedgerService } from './services/ledger.service';
import { PurchaseService } from './services/purchase.service';
import { ReportService } from './services/report.service';
import { SupplierService } from './services/supplier.service';

export { financeEnvSpec, loadFinanceConfig } from './config';
export type { FinanceContext } from './context';

/**
 * The finance subgraph: budgets, the school and canteen ledgers, suppliers, purchase requests,
 * expense claims and reports. Extends the directory's `School` and `Staff`.
 */
export function createFinanceSubgraph(): SubgraphDefinition<FinanceContext> {
  return {
    name: 'finance',
    defaultPort: FINANCE_PORT,
    resolvers: [
      BudgetResolver, LedgerResolver, JournalLineResolver, SupplierResolver, PurchaseRequestResolver, PurchaseRequestLineResolver,
      ExpenseClaimResolver, ExpenseClaimLineResolver, SchoolFinanceResolver, StaffFinanceResolver,
    ],
    orphanedTypes: [School, Staff],
    entities: financeEntities,
    migrations: financeMigrations,
    createContext(base) {
      const budgets = new BudgetService(base);
      const ledger = new LedgerService(base, budgets);
      const suppliers = new SupplierService(base);
      return {
        ...base,
        budgets,
        ledger,
        suppliers,
        purchases: new PurchaseService(base, budgets, ledger, suppliers),
        claims: new ClaimService(base, budgets, ledger),
        reports: new ReportService(base),
      };
    },
    seedDemo: seedFinanceDemo,
  };
}
