import { definePermissions, Role, SCHOOL_ROLES, SCHOOL_STAFF_ROLES } from '@houqin/auth';
import { deadLetterPermissions } from '@houqin/events';

/**
 * Who may do what in finance: THE one table. Every Mutation has its key (named like the
 * mutation); the other keys are read rules and the checks a mutation makes on the way (the
 * approval levels, suspending a supplier). School roles count at the school where they are held;
 * district roles only where a rule names them. The role tests read this table, and a test fails
 * when a Mutation of schema.graphql has no key here.
 */
const { DISTRICT_ADMIN, DISTRICT_AUDITOR, PRINCIPAL, GENERAL_AFFAIRS_DIRECTOR, ACCOUNTANT, STOREKEEPER } = Role;

const DISTRICT_ROLES = [DISTRICT_ADMIN, DISTRICT_AUDITOR];
/** School roles that read a school's books (journal, balances, budget execution, supplier spending) and every claim of it. */
const FINANCE_READERS = [ACCOUNTANT, GENERAL_AFFAIRS_DIRECTOR, PRINCIPAL];
/**
 * Whoever approves at some level (审批): which level they may take is the approveAt… rules below,
 * named in alsoUnder so the mutation gate lets through anyone who approves at some level.
 */
const APPROVERS = {
  school: [GENERAL_AFFAIRS_DIRECTOR, PRINCIPAL],
  district: [DISTRICT_ADMIN],
  alsoUnder: ['approveAtDirectorLevel', 'approveAtPrincipalLevel', 'approveAtDistrictLevel'],
};

export const P = definePermissions({
  // Reading
  readBooks: { doing: "Reading a school's books and claims", school: FINANCE_READERS, district: DISTRICT_ROLES },
  // The storekeeper receives the goods, so reads the school's requests; not its books or its staff's claims
  readRequests: { doing: "Reading a school's purchase requests", school: [...FINANCE_READERS, STOREKEEPER], district: DISTRICT_ROLES },
  compareSchools: { doing: 'The district comparison', district: DISTRICT_ROLES },
  readCanteenStatement: { doing: "Reading a school's canteen statement (公示)", school: SCHOOL_ROLES, district: DISTRICT_ROLES },

  // Budgets and thresholds
  createBudgetCategory: { doing: 'Creating a budget category', district: [DISTRICT_ADMIN] },
  updateBudgetCategory: { doing: 'Changing a budget category', district: [DISTRICT_ADMIN] },
  setApprovalPolicy: { doing: 'Setting the approval thresholds', district: [DISTRICT_ADMIN] },
  setBudget: { doing: 'Allocating budgets', district: [DISTRICT_ADMIN] },
  // A spreadsheet of setBudget rows: whoever allocates, checked at the school of every row
  importBudgets: { doing: 'Importing budgets', district: [DISTRICT_ADMIN] },

  // The ledgers
  postJournalEntry: { doing: 'Posting an entry', school: [ACCOUNTANT] },
  reverseJournalEntry: { doing: 'Reversing an entry', school: [ACCOUNTANT] },
  postRefund: { doing: 'Posting a refund', school: [ACCOUNTANT] },
  transferBetweenFunds: { doing: 'Moving money between the two accounts', school: [ACCOUNTANT] },
  closePeriod: { doing: 'Closing a month', school: [ACCOUNTANT, PRINCIPAL] },
  // A repair's final account held for want of budget (维修支出暂挂): the accountant posts it once the line has room
  postRepairExpense: { doing: 'Posting a held repair expense', school: [ACCOUNTANT] },

  // Suppliers: registered from any school of the district, suspended only by the district
  createSupplier: { doing: 'Registering a supplier', school: [ACCOUNTANT, GENERAL_AFFAIRS_DIRECTOR], district: [DISTRICT_ADMIN] },
  importSuppliers: { doing: 'Importing suppliers', school: [ACCOUNTANT, GENERAL_AFFAIRS_DIRECTOR], district: [DISTRICT_ADMIN] },
  updateSupplier: { doing: 'Changing a supplier', school: [ACCOUNTANT, GENERAL_AFFAIRS_DIRECTOR], district: [DISTRICT_ADMIN] },
  suspendSupplier: { doing: "Changing a supplier's status", district: [DISTRICT_ADMIN] },

  // Purchase requests
  submitPurchaseRequest: { doing: 'Filing a purchase request', school: SCHOOL_STAFF_ROLES },
  /** A draft from another service's event (a storeroom's reorder list): only its requester files it (the service checks who). */
  submitDraftPurchaseRequest: { doing: 'Submitting a draft purchase request', school: SCHOOL_STAFF_ROLES },
  approvePurchaseRequest: { doing: 'Approving a request', ...APPROVERS },
  rejectPurchaseRequest: { doing: 'Rejecting a request', ...APPROVERS },
  orderPurchase: { doing: 'Ordering', school: [ACCOUNTANT, GENERAL_AFFAIRS_DIRECTOR] },
  receivePurchase: { doing: 'Receiving goods', school: [STOREKEEPER, GENERAL_AFFAIRS_DIRECTOR] },
  payPurchase: { doing: 'Paying', school: [ACCOUNTANT] },

  // Expense claims
  submitExpenseClaim: { doing: 'Filing an expense claim', school: SCHOOL_STAFF_ROLES },
  reviewExpenseClaim: { doing: 'Reviewing a claim', school: [ACCOUNTANT], alsoUnder: ['reviewClaimOfSoleAccountant'] },
  approveExpenseClaim: { doing: 'Approving a claim', ...APPROVERS },
  rejectExpenseClaimAtReview: { doing: 'Rejecting a claim at review', school: [ACCOUNTANT] },
  // The same mutation rejects at review (the accountant) or at the awaited level (its approver)
  rejectExpenseClaim: { doing: 'Rejecting a claim', ...APPROVERS, alsoUnder: [...APPROVERS.alsoUnder, 'rejectExpenseClaimAtReview'] },
  payExpenseClaim: { doing: 'Paying a claim', school: [ACCOUNTANT], alsoUnder: ['payClaimOfSoleAccountant'] },
  // Separation of duties' way out: the director stands in when the claimant is the school's only accountant (finance's directory copy)
  reviewClaimOfSoleAccountant: { doing: "Reviewing the claim of the school's only accountant", school: [GENERAL_AFFAIRS_DIRECTOR] },
  payClaimOfSoleAccountant: { doing: "Paying the claim of the school's only accountant", school: [GENERAL_AFFAIRS_DIRECTOR] },

  // The approval levels (审批权限): who approves at each, at the record's school
  approveAtDirectorLevel: { doing: 'Approving at the DIRECTOR level', school: [GENERAL_AFFAIRS_DIRECTOR] },
  approveAtPrincipalLevel: { doing: 'Approving at the PRINCIPAL level', school: [PRINCIPAL] },
  approveAtDistrictLevel: { doing: 'Approving at the DISTRICT level', district: [DISTRICT_ADMIN] },

  // Events finance could not apply: read by district roles, replayed by district admins
  ...deadLetterPermissions('finance'),
});
