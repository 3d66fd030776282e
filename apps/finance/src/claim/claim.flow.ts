import { defineFlow } from '@houqin/workflow';
import { WorkflowAction, WorkflowStep, WorkflowSubject } from '../approval/approval.entity';
import { P } from '../permissions';
import { ClaimStatus, ExpenseClaim } from './claim.entity';

const { SUBMITTED, REVIEWED, APPROVED, REJECTED, PAID, PAYMENT_REVERSED } = ClaimStatus;
/** Separation of duties (阳光工程): whoever filed a claim never reviews, approves, rejects or pays it. */
const notTheClaimant = (doing: string) => ({ who: (c: ExpenseClaim) => c.requesterAccountId, reason: 'You filed this', doing });

/**
 * An expense claim's workflow (报账): filed, reviewed by the accountant (审核), approved by amount,
 * paid. It is rejected either at review, by the accountant, or at the awaited approval level, by
 * the approver: two transitions that record the same REJECTED step. When no one but the claimant
 * holds ACCOUNTANT at the school, the general-affairs director reviews and pays instead
 * (…_BY_STAND_IN, recording the same steps; the service decides from finance's directory copy). A
 * reversed payment (the ledger's reversal) leaves it PAYMENT_REVERSED, to be paid again.
 */
export const claimFlow = defineFlow({
  name: 'ExpenseClaim',
  subjectType: WorkflowSubject.EXPENSE_CLAIM,
  noun: 'claim',
  auditPrefix: 'expenseClaim',
  states: Object.values(ClaimStatus),
  entity: ExpenseClaim,
  stepEntity: WorkflowStep,
  transitions: {
    [WorkflowAction.SUBMITTED]: { from: [], to: [SUBMITTED], permission: P.submitExpenseClaim, audit: 'submit' },
    [WorkflowAction.REVIEWED]: {
      from: [SUBMITTED],
      to: [REVIEWED],
      permission: P.reviewExpenseClaim,
      separate: notTheClaimant('review'),
      audit: 'review',
    },
    REVIEWED_BY_STAND_IN: {
      from: [SUBMITTED],
      to: [REVIEWED],
      permission: P.reviewClaimOfSoleAccountant,
      separate: notTheClaimant('review'),
      records: WorkflowAction.REVIEWED,
      audit: 'review',
    },
    REJECTED_AT_REVIEW: {
      from: [SUBMITTED],
      to: [REJECTED],
      permission: P.rejectExpenseClaimAtReview,
      separate: notTheClaimant('reject'),
      records: WorkflowAction.REJECTED,
      audit: 'reject',
    },
    [WorkflowAction.APPROVED]: {
      from: [REVIEWED],
      to: [REVIEWED, APPROVED],
      permission: P.approveExpenseClaim,
      separate: notTheClaimant('approve'),
      audit: 'approve',
    },
    [WorkflowAction.REJECTED]: {
      from: [REVIEWED],
      to: [REJECTED],
      permission: P.rejectExpenseClaim,
      separate: notTheClaimant('reject'),
      audit: 'reject',
    },
    [WorkflowAction.PAID]: {
      from: [APPROVED, PAYMENT_REVERSED],
      to: [PAID],
      permission: P.payExpenseClaim,
      separate: notTheClaimant('pay'),
      audit: 'pay',
    },
    PAID_BY_STAND_IN: {
      from: [APPROVED, PAYMENT_REVERSED],
      to: [PAID],
      permission: P.payClaimOfSoleAccountant,
      separate: notTheClaimant('pay'),
      records: WorkflowAction.PAID,
      audit: 'pay',
    },
    // Taken by the ledger's reversal of the payment entry, in its transaction.
    [WorkflowAction.PAYMENT_REVERSED]: { from: [PAID], to: [PAYMENT_REVERSED], permission: P.reverseJournalEntry, audit: 'reversePayment' },
  },
});
