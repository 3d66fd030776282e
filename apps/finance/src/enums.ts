import { registerEnumType } from 'type-graphql';

/** 账户: each school keeps its school account and a separate canteen account (食堂单独核算). */
export enum Fund {
  SCHOOL = 'SCHOOL',
  CANTEEN = 'CANTEEN',
}
registerEnumType(Fund, {
  name: 'Fund',
  description: 'Which of a school\'s two accounts (账户): the school account or the separately kept canteen account (食堂单独核算).',
  valuesConfig: { SCHOOL: { description: 'School account (学校账户).' }, CANTEEN: { description: 'Canteen account (食堂账户), kept separately and posted publicly.' } },
});

/** 会计科目: the small chart of accounts every school uses. */
export enum LedgerAccount {
  BANK = 'BANK',
  EXPENSE = 'EXPENSE',
  FOOD_COST = 'FOOD_COST',
  MEAL_FEE_INCOME = 'MEAL_FEE_INCOME',
  APPROPRIATION_INCOME = 'APPROPRIATION_INCOME',
  OTHER_INCOME = 'OTHER_INCOME',
}
registerEnumType(LedgerAccount, {
  name: 'LedgerAccount',
  description: 'An account of the chart of accounts (会计科目).',
  valuesConfig: {
    BANK: { description: 'Bank deposit (银行存款); its balance is the fund\'s money.' },
    EXPENSE: { description: 'Expenditure (支出) by budget category.' },
    FOOD_COST: { description: 'Canteen food cost (食材成本).' },
    MEAL_FEE_INCOME: { description: 'Meal-fee income (伙食费收入), canteen account only.' },
    APPROPRIATION_INCOME: { description: 'Funds allocated by the district (财政拨款收入).' },
    OTHER_INCOME: { description: 'Other income (其他收入).' },
  },
});

/** Accounts whose balance grows with debits (assets and costs); the others grow with credits. */
export const DEBIT_NORMAL = new Set([LedgerAccount.BANK, LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST]);
export const INCOME_ACCOUNTS = [LedgerAccount.MEAL_FEE_INCOME, LedgerAccount.APPROPRIATION_INCOME, LedgerAccount.OTHER_INCOME];

/** What a budget category's policy does when a request or claim would exceed the remainder. */
export enum OverrunPolicy {
  BLOCK = 'BLOCK',
  WARN = 'WARN',
}
registerEnumType(OverrunPolicy, {
  name: 'OverrunPolicy',
  description: 'What happens when a request or claim would exceed what is left of its budget line (超预算).',
  valuesConfig: { BLOCK: { description: 'Refused.' }, WARN: { description: 'Accepted with a warning.' } },
});

/** Who approves at each step of the amount thresholds (审批权限). */
export enum ApprovalLevel {
  DIRECTOR = 'DIRECTOR',
  PRINCIPAL = 'PRINCIPAL',
  DISTRICT = 'DISTRICT',
}
registerEnumType(ApprovalLevel, {
  name: 'ApprovalLevel',
  description: 'An approval step: the general-affairs director, then the principal, then the district, by amount.',
  valuesConfig: {
    DIRECTOR: { description: 'General-affairs director (总务主任).' },
    PRINCIPAL: { description: 'Principal (校长).' },
    DISTRICT: { description: 'District administrator (区教育局).' },
  },
});
export const APPROVAL_ORDER = [ApprovalLevel.DIRECTOR, ApprovalLevel.PRINCIPAL, ApprovalLevel.DISTRICT];

export enum SupplierStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(SupplierStatus, {
  name: 'SupplierStatus',
  description: 'Whether a supplier (供应商) may be ordered from.',
  valuesConfig: { ACTIVE: { description: 'May be ordered from.' }, SUSPENDED: { description: 'Suspended (暂停): no new orders.' } },
});

/** 物品申报 → 审批 → 采购 → 验收 → 付款 */
export enum PurchaseStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ORDERED = 'ORDERED',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  PAID = 'PAID',
}
registerEnumType(PurchaseStatus, {
  name: 'PurchaseStatus',
  description: 'Where a purchase request is in request → approval → purchase → receipt → payment (申报—审批—采购—验收—付款).',
  valuesConfig: {
    PENDING_APPROVAL: { description: 'Waiting for the next approver.' },
    APPROVED: { description: 'Approved; the budget is committed; waiting to be ordered.' },
    REJECTED: { description: 'Rejected, with the reason in its steps.' },
    ORDERED: { description: 'Ordered from a supplier at actual prices.' },
    PARTIALLY_RECEIVED: { description: 'Some of the goods were received.' },
    RECEIVED: { description: 'All goods received; waiting for payment.' },
    PAID: { description: 'Paid; posted to the ledger and spent from the budget.' },
  },
});

/** 报账 */
export enum ClaimStatus {
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}
registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'Where an expense claim (报账) is: submitted → reviewed by the accountant → approved → paid.',
  valuesConfig: {
    SUBMITTED: { description: 'Filed; waiting for the accountant\'s review.' },
    REVIEWED: { description: 'Reviewed; waiting for the next approver.' },
    APPROVED: { description: 'Approved; the budget is committed; waiting for payment.' },
    REJECTED: { description: 'Rejected, with the reason in its steps.' },
    PAID: { description: 'Paid; posted to the ledger.' },
  },
});

export enum WorkflowAction {
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ORDERED = 'ORDERED',
  RECEIVED = 'RECEIVED',
  PAID = 'PAID',
}
registerEnumType(WorkflowAction, {
  name: 'WorkflowAction',
  description: 'What a recorded workflow step did (流程记录).',
  valuesConfig: {
    SUBMITTED: { description: 'Filed (申报).' },
    REVIEWED: { description: 'Reviewed by the accountant (审核).' },
    APPROVED: { description: 'Approved at a level (审批).' },
    REJECTED: { description: 'Rejected, with a reason.' },
    ORDERED: { description: 'Ordered from a supplier (采购).' },
    RECEIVED: { description: 'Goods received (验收).' },
    PAID: { description: 'Paid (付款).' },
  },
});

export enum WorkflowSubject {
  PURCHASE_REQUEST = 'PURCHASE_REQUEST',
  EXPENSE_CLAIM = 'EXPENSE_CLAIM',
}

export const LIMITS = { name: 120, text: 500, code: 32, invoice: 32, unit: 16, attachment: 200 } as const;
