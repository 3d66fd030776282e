import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

/**
 * Events finance publishes. Purchase requests (物品申报) and expense claims (报账) tell the people
 * involved where their paper is; suppliers tell canteen receiving and the district what changed.
 * Statuses and levels repeat finance's enums (a lib cannot import an app); part 2 checks they agree.
 */

const approvalLevel = z.enum(['DIRECTOR', 'PRINCIPAL', 'DISTRICT']);
const purchaseStatus = z.enum([
  'DRAFT',
  'PENDING_APPROVAL',
  'APPROVED',
  'PENDING_REAPPROVAL',
  'REJECTED',
  'ORDERED',
  'PARTIALLY_RECEIVED',
  'RECEIVED',
  'PAID',
  'PAYMENT_REVERSED',
]);
const claimStatus = z.enum(['SUBMITTED', 'REVIEWED', 'APPROVED', 'REJECTED', 'PAID', 'PAYMENT_REVERSED']);
const fund = z.enum(['SCHOOL', 'CANTEEN']);
const accountingMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('An accounting month (会计期间), YYYY-MM.');

const filer = {
  requesterAccountId: field.id().describe("The filer's account, who is told the outcome."),
  requesterStaffId: field.id().nullable().describe("The filer's staff record; null for an account without one."),
};
const status = 'Its status after the change.';
const nextLevel = 'The level whose approval is awaited next (its holders at the school are told); null when none is.';

/** What every purchase-request event says about the request. */
const purchaseRequest = {
  purchaseRequestId: field.id().describe('The purchase request (物品申报).'),
  ...filer,
  categoryId: field.id().describe('The budget category (预算科目) it is charged to.'),
  fiscalYear: z.int().describe('The fiscal year whose budget it is charged to.'),
  estimatedTotalFen: field.fen().describe('Estimated total in fen (分).'),
  status: purchaseStatus.describe(status),
  nextApprovalLevel: approvalLevel.nullable().describe(nextLevel),
};

/** What every expense-claim event says about the claim. */
const expenseClaim = {
  expenseClaimId: field.id().describe('The expense claim (报账).'),
  ...filer,
  fiscalYear: z.int().describe('The fiscal year whose budget it is charged to.'),
  fund: fund.describe("The bank account it is paid from: the school's or the canteen's."),
  totalFen: field.fen().describe('Claimed total in fen (分).'),
  status: claimStatus.describe(status),
  nextApprovalLevel: approvalLevel.nullable().describe(nextLevel),
};

const decided = {
  level: approvalLevel.describe('The level that approved or rejected.'),
  deciderAccountId: field.id().describe('The account that decided.'),
  comment: field.text().nullable().describe("The decider's comment (the reason, when rejected)."),
};

const paid = {
  amountFen: field.fen().describe('Amount paid in fen (分).'),
  paidOn: field.date().describe("Payment date in the school's time zone."),
  ledgerEntryId: field.id().describe('The journal entry (凭证) that posted the payment.'),
};

const reversed = {
  amountFen: field.fen().describe('Amount of the reversed payment in fen (分).'),
  ledgerEntryId: field.id().describe('The payment entry (凭证) that was reversed.'),
  reversalEntryId: field.id().describe('The reversing entry.'),
  reversedOn: field.date().describe("The reversal's accounting date."),
  reason: field.text().describe('Why it was reversed.'),
};

export const financeEvents = {
  purchaseRequestSubmitted: defineEvent({
    type: 'finance.purchaseRequest.submitted',
    version: 1,
    publisher: 'finance',
    description: 'A staff member filed a purchase request; the holders of its next approval level are told it awaits them.',
    payload: z.object({ ...purchaseRequest, requiredLevel: approvalLevel }),
  }),
  purchaseRequestApproved: defineEvent({
    type: 'finance.purchaseRequest.approved',
    version: 1,
    publisher: 'finance',
    description:
      'An approver approved a purchase request at their level: either it moves on to the next level, or (status APPROVED) it is fully approved and the filer is told.',
    payload: z.object({ ...purchaseRequest, ...decided }),
  }),
  purchaseRequestRejected: defineEvent({
    type: 'finance.purchaseRequest.rejected',
    version: 1,
    publisher: 'finance',
    description: 'An approver rejected a purchase request, with the reason in `comment`; the filer is told.',
    payload: z.object({ ...purchaseRequest, ...decided }),
  }),
  purchaseRequestPaid: defineEvent({
    type: 'finance.purchaseRequest.paid',
    version: 1,
    publisher: 'finance',
    description: 'The supplier of a received purchase was paid and the payment posted to the ledger.',
    payload: z.object({ ...purchaseRequest, ...paid, supplierId: field.id().nullable() }),
  }),
  purchaseRequestPaymentReversed: defineEvent({
    type: 'finance.purchaseRequest.paymentReversed',
    version: 1,
    publisher: 'finance',
    description:
      'The payment of a purchase request was reversed in the ledger (红字冲销): the request is PAYMENT_REVERSED, its amount committed again, to be paid again; the filer is told.',
    payload: z.object({ ...purchaseRequest, ...reversed, supplierId: field.id().nullable() }),
  }),
  purchaseRequestReceived: defineEvent({
    type: 'finance.purchaseRequest.received',
    version: 1,
    publisher: 'finance',
    description:
      'Goods of a purchase request were received (验收), all or part: published on every receipt with the units received this time; facilities puts the lines that came from its reorder list (sourceItemId) into the storeroom, once.',
    payload: z.object({
      ...purchaseRequest,
      receivedByAccountId: field.id().describe('The account that recorded the receipt.'),
      sourceService: field
        .text(40)
        .nullable()
        .describe('The service whose event created the request as a draft (e.g. facilities); null for one filed in finance.'),
      sourceRef: field.text(100).nullable().describe("That service's reference (facilities: the reorder request's id); null when none."),
      lines: z
        .array(
          z.object({
            lineId: field.id().describe('The purchase request line.'),
            description: field.text().describe('What was bought.'),
            unit: field.text(20).describe('Its unit.'),
            quantity: z.int().positive().describe('Units received this time (not the running total).'),
            unitPriceFen: field.fen().describe('Price of one unit in fen: the ordered (actual) price.'),
            sourceItemId: field
              .id()
              .nullable()
              .describe("The other service's item the line was drafted from (facilities: a ConsumableItem); null otherwise."),
          }),
        )
        .min(1)
        .describe('The lines received this time, with the units received now.'),
    }),
  }),
  expenseClaimSubmitted: defineEvent({
    type: 'finance.expenseClaim.submitted',
    version: 1,
    publisher: 'finance',
    description: 'A staff member filed an expense claim; the accountant reviews it, then its approval levels decide.',
    payload: z.object({ ...expenseClaim, requiredLevel: approvalLevel }),
  }),
  expenseClaimReviewed: defineEvent({
    type: 'finance.expenseClaim.reviewed',
    version: 1,
    publisher: 'finance',
    description:
      'The accountant reviewed (审核) an expense claim and passed it on: the holders of `nextApprovalLevel` at the school are told it awaits them.',
    payload: z.object({ ...expenseClaim, reviewerAccountId: field.id(), comment: field.text().nullable() }),
  }),
  expenseClaimApproved: defineEvent({
    type: 'finance.expenseClaim.approved',
    version: 1,
    publisher: 'finance',
    description: 'An approver approved an expense claim at their level: on to the next level, or (status APPROVED) fully approved.',
    payload: z.object({ ...expenseClaim, ...decided }),
  }),
  expenseClaimRejected: defineEvent({
    type: 'finance.expenseClaim.rejected',
    version: 1,
    publisher: 'finance',
    description:
      'The accountant (at review, `level` null) or an approver rejected an expense claim, with the reason in `comment`; the filer is told.',
    payload: z.object({ ...expenseClaim, ...decided, level: approvalLevel.nullable() }),
  }),
  expenseClaimPaid: defineEvent({
    type: 'finance.expenseClaim.paid',
    version: 1,
    publisher: 'finance',
    description: 'An approved expense claim was paid back to its filer and posted to the ledger.',
    payload: z.object({ ...expenseClaim, ...paid }),
  }),
  expenseClaimPaymentReversed: defineEvent({
    type: 'finance.expenseClaim.paymentReversed',
    version: 1,
    publisher: 'finance',
    description:
      'The payment of an expense claim was reversed in the ledger (红字冲销): the claim is PAYMENT_REVERSED, its amount committed again, to be paid again; the filer is told.',
    payload: z.object({ ...expenseClaim, ...reversed }),
  }),
  supplierSuspended: defineEvent({
    type: 'finance.supplier.suspended',
    version: 1,
    publisher: 'finance',
    description:
      'A district admin suspended a supplier (a district-wide fact: schoolId is null); nothing may be ordered or received from it.',
    payload: z.object({ supplierId: field.id(), name: field.text(120), foodSupplier: z.boolean(), reason: field.text().nullable() }),
  }),
  supplierChanged: defineEvent({
    type: 'finance.supplier.changed',
    version: 1,
    publisher: 'finance',
    description:
      "A supplier (供应商) was registered (one at a time or by import), edited, suspended or reactivated: the whole supplier as it now stands, so another service (canteen receiving) keeps its own copy; a district-wide fact (schoolId null). Published in the change's transaction, once per change; `supplierVersion` orders the snapshots of one supplier (keep the highest).",
    payload: z.object({
      supplierId: field.id(),
      districtId: field.id().describe('The district whose schools use the supplier.'),
      /** The supplier's row version after the change: a later change has a higher one. */
      supplierVersion: z.int().positive().describe("The supplier's row version after the change; a later change has a higher one."),
      change: z
        .enum(['CREATED', 'UPDATED', 'SUSPENDED', 'REACTIVATED'])
        .describe('What the change was: registered (createSupplier or an import row), edited, suspended or reactivated.'),
      name: field.text(120),
      creditCode: field.text(18).describe('Unified social credit code (统一社会信用代码).'),
      status: z.enum(['ACTIVE', 'SUSPENDED']).describe('ACTIVE (may be ordered from and received from) or SUSPENDED (暂停).'),
      foodSupplier: z.boolean().describe('True for a food supplier, who needs a valid food-business licence (食品经营许可证).'),
      foodLicenceNumber: field.text(32).nullable().describe('Food-business licence number (食品经营许可证编号); null when none.'),
      foodLicenceExpiresOn: field.date().nullable().describe('Last day the food-business licence is valid; null when none.'),
    }),
  }),
  supplierLicenceExpiring: defineEvent({
    type: 'finance.supplier.licenceExpiring',
    version: 1,
    publisher: 'finance',
    description:
      "A food supplier's licence (食品经营许可证) expires within 30 days (EXPIRING) or has expired (EXPIRED); published by the daily job, once per supplier, licence and state.",
    payload: z.object({
      supplierId: field.id(),
      name: field.text(120),
      foodLicenceNumber: field.text(32).nullable(),
      expiresOn: field.date(),
      state: z.enum(['EXPIRING', 'EXPIRED']),
      /** Days from the announcement to the last valid day; negative once expired. */
      daysLeft: z.int(),
    }),
  }),
  paymentPosted: defineEvent({
    type: 'finance.payment.posted',
    version: 1,
    publisher: 'finance',
    description:
      "A payment (付款) was posted to a school's books: a journal entry taking money out of a fund's bank account (more credited to BANK than debited): a purchase paid to its supplier, a claim paid back to its filer (each also has its own `paid` event), or a manual entry such as a bank charge. Reversals are corrections, not payments, and publish none; nor do refunds (money coming back into the bank, spending given back) or transfers between a school's two accounts (the money stays in the school).",
    payload: z.object({
      ledgerEntryId: field.id(),
      fund,
      /** The payment's accounting date. */
      entryDate: field.date(),
      period: accountingMonth,
      /** What left the bank account: BANK credits less BANK debits. */
      amountFen: field.fen(),
      sourceType: z.enum(['MANUAL', 'PURCHASE_REQUEST', 'EXPENSE_CLAIM']).describe('What produced the entry.'),
      sourceId: field.id().nullable().describe('The purchase request or expense claim paid; null for a manual entry.'),
      supplierId: field.id().nullable().describe('The supplier paid, when the entry names one.'),
      payeeAccountId: field.id().nullable().describe('The account paid, for a claim paid back to its filer; else null.'),
      postedByAccountId: field.id().nullable().describe('The account that posted it (the accountant).'),
      memo: field.text().describe('What the entry records (摘要).'),
    }),
  }),
  monthClosed: defineEvent({
    type: 'finance.month.closed',
    version: 1,
    publisher: 'finance',
    description:
      "A school's accountant closed a month of one fund (月结): nothing posts into it any more, so its statement (the canteen account's is posted publicly) is final.",
    payload: z.object({
      closedPeriodId: field.id(),
      fund,
      period: accountingMonth,
      closedByAccountId: field.id().describe('The account that closed it.'),
    }),
  }),
};
