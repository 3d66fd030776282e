import { eventEntities, eventsExtension } from '@houqin/events';
import { schedulerEntities, schedulerExtension } from '@houqin/scheduler';
import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import { ApprovalPolicy, BudgetCategory, BudgetLine } from './budget/budget.entity';
import { ClosedPeriod, JournalEntry, JournalLine } from './ledger/ledger.entity';
import { Supplier } from './supplier/supplier.entity';
import { DistrictSupplierMonth, SupplierMonth } from './report/supplier-spending.entity';
import { SupplierLicenceAnnouncement } from './supplier/licence-announcement.entity';
import { licenceExpiryJob } from './supplier/licence-expiry.job';
import { licenceExpirySql } from './supplier/licence-expiry.store';
import { WorkflowStep } from './approval/approval.entity';
import { PurchaseRequest, PurchaseRequestLine } from './purchase/purchase.entity';
import { ClaimedInvoice, ExpenseClaim, ExpenseClaimLine } from './claim/claim.entity';
import { KnownAccount, KnownCampus, KnownRoleGrant, KnownSchool, KnownStaff } from './directory-copy/directory-copy.entity';
import { directoryCopySql } from './directory-copy/directory-copy.store';
import { createFinanceConsumer } from './events/finance.consumer';
import { AssetWriteOff } from './writeoff/writeoff.entity';
import { AssetWriteOffResolver } from './writeoff/writeoff.resolver';
import { WriteOffService } from './writeoff/writeoff.service';
import { writeOffSql } from './writeoff/writeoff.store';
import { RepairExpense } from './repair-expense/repair-expense.entity';
import { RepairExpenseService } from './repair-expense/repair-expense.service';
import { repairExpenseSql } from './repair-expense/repair-expense.store';
// Resolvers in this order: type-graphql lists Query and Mutation fields in the order their modules load.
import { BudgetResolver } from './budget/budget.resolver';
import { ReportResolver, SchoolBudgetSummaryResolver } from './report/report.resolver';
import { LedgerResolver } from './ledger/ledger.resolver';
import { SupplierResolver } from './supplier/supplier.resolver';
import { PurchaseRequestResolver } from './purchase/purchase.resolver';
import { ExpenseClaimLineResolver, ExpenseClaimResolver } from './claim/claim.resolver';
import { RepairExpenseResolver } from './repair-expense/repair-expense.resolver';
import { School, SchoolFinanceResolver } from './federation/school';
import { Staff, StaffFinanceResolver } from './federation/staff';
import { UserAccount, UserAccountFinanceResolver } from './federation/user-account';
import { FinanceDeadLetterResolver } from './events/dead-letters';
import { BudgetService } from './budget/budget.service';
import { ClaimService } from './claim/claim.service';
import { LedgerService } from './ledger/ledger.service';
import { P } from './permissions';
import { PurchaseService } from './purchase/purchase.service';
import { ReportService } from './report/report.service';
import { SupplierService } from './supplier/supplier.service';
import { budgetSql } from './budget/budget.store';
import { claimSql } from './claim/claim.store';
import { ledgerSql } from './ledger/ledger.store';
import { purchaseSql } from './purchase/purchase.store';
import { reportSql } from './report/report.store';
import { supplierSql } from './supplier/supplier.store';
import { seedFinanceDemo } from './demo/seed';
import { financeMigrations } from './migrations';
import { FINANCE_PORT } from './config';
import type { FinanceContext } from './context';

export { financeEnvSpec, loadFinanceConfig } from './config';
export type { FinanceContext } from './context';
// What the benchmark (tools/bench) uses: the report statements it explains, and the demo district's lists and rules it generates data by.
export { reportSql } from './report/report.store';
export { SUPPLIER_SPENDING_BACKFILL } from './report/supplier-spending';
export { requiredLevelFor } from './approval/approval.rules';
export { OverrunPolicy } from './budget/budget.entity';
export { Fund, LedgerAccount } from './ledger/ledger.entity';
export { DEMO_APPROVAL_POLICY, DEMO_BUDGET_CATEGORIES, demoCreditCode } from './demo/seed';
export { demoDirectoryEvents } from './directory-copy/demo-directory';

/** Every table of the finance database. */
export const financeEntities = [
  BudgetCategory,
  ApprovalPolicy,
  BudgetLine,
  JournalEntry,
  JournalLine,
  ClosedPeriod,
  Supplier,
  // Supplier totals per month, kept at posting time for topSuppliers.
  SupplierMonth,
  DistrictSupplierMonth,
  WorkflowStep,
  PurchaseRequest,
  PurchaseRequestLine,
  ExpenseClaim,
  ExpenseClaimLine,
  ClaimedInvoice,
  // Fixed assets written off from facilities' approved disposals (资产核销).
  AssetWriteOff,
  // Repairs' final accounts charged to the REPAIRS budget lines (维修支出).
  RepairExpense,
  // Its copy of the directory's facts, kept from the directory's events.
  KnownSchool,
  KnownCampus,
  KnownStaff,
  KnownAccount,
  KnownRoleGrant,
  // The outbox it publishes from (and the inbox tables, for when it consumes).
  ...eventEntities,
  // Its scheduled jobs' leases, and what the licence-expiry job announced.
  ...schedulerEntities,
  SupplierLicenceAnnouncement,
];

/** Finance's scheduled jobs (docs/scheduler.md). */
export const financeJobs = [licenceExpiryJob];

export interface FinanceOptions {
  /** The clock the ledger reads "today" from (a school's date decides which postings are allowed); the real one by default. */
  now?: () => Date;
}

/**
 * The finance subgraph: budgets, the school and canteen ledgers, suppliers, purchase requests,
 * expense claims and reports. Extends the directory's `School`, `Staff` and `UserAccount`.
 */
export function createFinanceSubgraph(options: FinanceOptions = {}): SubgraphDefinition<FinanceContext> {
  return {
    name: 'finance',
    defaultPort: FINANCE_PORT,
    resolvers: [
      BudgetResolver,
      ReportResolver,
      SchoolBudgetSummaryResolver,
      LedgerResolver,
      SupplierResolver,
      PurchaseRequestResolver,
      ExpenseClaimResolver,
      ExpenseClaimLineResolver,
      AssetWriteOffResolver,
      RepairExpenseResolver,
      SchoolFinanceResolver,
      StaffFinanceResolver,
      UserAccountFinanceResolver,
      FinanceDeadLetterResolver,
    ],
    orphanedTypes: [School, Staff, UserAccount],
    entities: financeEntities,
    migrations: financeMigrations,
    sqlStores: [
      budgetSql,
      ledgerSql,
      supplierSql,
      purchaseSql,
      claimSql,
      reportSql,
      directoryCopySql,
      licenceExpirySql,
      writeOffSql,
      repairExpenseSql,
    ],
    permissions: P,
    createContext(base) {
      const budgets = new BudgetService(base);
      const ledger = new LedgerService(base, budgets, options.now);
      const suppliers = new SupplierService(base);
      return {
        ...base,
        budgets,
        ledger,
        suppliers,
        purchases: new PurchaseService(base, budgets, ledger, suppliers),
        claims: new ClaimService(base, budgets, ledger),
        reports: new ReportService(base, suppliers),
        writeOffs: new WriteOffService(base),
        repairExpenses: new RepairExpenseService(base, budgets, ledger),
      };
    },
    // A supplier of the district, as supplier(id) reads it (the canteen extends Supplier).
    referenceResolvers: { Supplier: (ref, ctx) => ctx.suppliers.reader.byId(ref.id) },
    seedDemo: seedFinanceDemo,
    // The relay delivers finance's outbox; the consumer keeps its copy of the directory's facts and posts accepted canteen deliveries.
    extensions: [
      eventsExtension({ consumer: createFinanceConsumer(options.now) }),
      // Its scheduled jobs (the daily licence-expiry announcement), each tick once across replicas.
      schedulerExtension({ jobs: financeJobs }),
    ],
  };
}
