export * from './budget';
export * from './ledger';
export * from './supplier';
export * from './workflow';

import { ApprovalPolicy, BudgetCategory, BudgetLine } from './budget';
import { ClosedPeriod, JournalEntry, JournalLine } from './ledger';
import { Supplier } from './supplier';
import { ClaimedInvoice, ExpenseClaim, ExpenseClaimLine, PurchaseRequest, PurchaseRequestLine, WorkflowStep } from './workflow';

export const financeEntities = [
  BudgetCategory, ApprovalPolicy, BudgetLine, JournalEntry, JournalLine, ClosedPeriod, Supplier,
  WorkflowStep, PurchaseRequest, PurchaseRequestLine, ExpenseClaim, ExpenseClaimLine, ClaimedInvoice,
];
