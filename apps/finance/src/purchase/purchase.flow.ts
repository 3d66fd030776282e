import { defineFlow } from '@houqin/workflow';
import { WorkflowAction, WorkflowStep, WorkflowSubject } from '../approval/approval.entity';
import { P } from '../permissions';
import { PurchaseRequest, PurchaseStatus } from './purchase.entity';

const { DRAFT, PENDING_APPROVAL, APPROVED, PENDING_REAPPROVAL, REJECTED, ORDERED, PARTIALLY_RECEIVED, RECEIVED, PAID, PAYMENT_REVERSED } =
  PurchaseStatus;
/** Separation of duties (阳光工程): whoever filed a request never approves, rejects or pays it. */
const notTheRequester = (doing: string) => ({ who: (r: PurchaseRequest) => r.requesterAccountId, reason: 'You filed this', doing });

/**
 * A purchase request's workflow (物品申报 → 审批 → 采购 → 验收 → 付款): each action, the states it
 * moves between, who may take it and what it records. Approval stays PENDING_APPROVAL while further
 * levels must approve; receipt stays PARTIALLY_RECEIVED until every unit has arrived. An order at
 * actual prices above the approved estimate by more than the district's tolerance waits in
 * PENDING_REAPPROVAL for the levels its new amount needs (REAPPROVED records APPROVED steps), and is
 * ORDERED once the last approves. A reversed payment (the ledger's reversal) leaves it
 * PAYMENT_REVERSED, to be paid again.
 */
export const purchaseFlow = defineFlow({
  name: 'PurchaseRequest',
  subjectType: WorkflowSubject.PURCHASE_REQUEST,
  noun: 'request',
  auditPrefix: 'purchaseRequest',
  states: Object.values(PurchaseStatus),
  entity: PurchaseRequest,
  stepEntity: WorkflowStep,
  transitions: {
    [WorkflowAction.SUBMITTED]: { from: [], to: [PENDING_APPROVAL], permission: P.submitPurchaseRequest, audit: 'submit' },
    // A draft another service's event created (no step: no one acted in finance) is filed by its requester (the service checks who).
    SUBMITTED_DRAFT: {
      from: [DRAFT],
      to: [PENDING_APPROVAL],
      permission: P.submitDraftPurchaseRequest,
      records: WorkflowAction.SUBMITTED,
      audit: 'submitDraft',
    },
    [WorkflowAction.APPROVED]: {
      from: [PENDING_APPROVAL],
      to: [PENDING_APPROVAL, APPROVED],
      permission: P.approvePurchaseRequest,
      separate: notTheRequester('approve'),
      audit: 'approve',
    },
    REAPPROVED: {
      from: [PENDING_REAPPROVAL],
      to: [PENDING_REAPPROVAL, ORDERED],
      permission: P.approvePurchaseRequest,
      separate: notTheRequester('approve'),
      records: WorkflowAction.APPROVED,
      audit: 'approve',
    },
    [WorkflowAction.REJECTED]: {
      from: [PENDING_APPROVAL, PENDING_REAPPROVAL],
      to: [REJECTED],
      permission: P.rejectPurchaseRequest,
      separate: notTheRequester('reject'),
      audit: 'reject',
    },
    [WorkflowAction.ORDERED]: { from: [APPROVED], to: [ORDERED, PENDING_REAPPROVAL], permission: P.orderPurchase, audit: 'order' },
    [WorkflowAction.RECEIVED]: {
      from: [ORDERED, PARTIALLY_RECEIVED],
      to: [PARTIALLY_RECEIVED, RECEIVED],
      permission: P.receivePurchase,
      audit: 'receive',
    },
    [WorkflowAction.PAID]: {
      from: [RECEIVED, PAYMENT_REVERSED],
      to: [PAID],
      permission: P.payPurchase,
      separate: notTheRequester('pay'),
      audit: 'pay',
    },
    // Taken by the ledger's reversal of the payment entry, in its transaction.
    [WorkflowAction.PAYMENT_REVERSED]: { from: [PAID], to: [PAYMENT_REVERSED], permission: P.reverseJournalEntry, audit: 'reversePayment' },
  },
});
