import { registerEnumType } from 'type-graphql';
import type { Viewer } from '@houqin/auth';
import { WorkflowAction } from '../approval/approval.entity';
import { decidesAwaitedLevel } from '../approval/approval.rules';
import { type PurchaseRequest, PurchaseStatus } from './purchase.entity';
import { purchaseFlow } from './purchase.flow';

/** A workflow mutation of a purchase request, as its viewerActions name it. */
export enum PurchaseAction {
  SUBMIT_DRAFT = 'SUBMIT_DRAFT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ORDER = 'ORDER',
  RECEIVE = 'RECEIVE',
  PAY = 'PAY',
}

registerEnumType(PurchaseAction, {
  name: 'PurchaseAction',
  description: 'A step of a purchase request you could take now, by its mutation.',
  valuesConfig: {
    SUBMIT_DRAFT: { description: 'submitDraftPurchaseRequest (草稿提交): your own draft.' },
    APPROVE: { description: 'approvePurchaseRequest (审批): at the level it waits for, a re-approval included.' },
    REJECT: { description: 'rejectPurchaseRequest: at the level it waits for.' },
    ORDER: { description: 'orderPurchase (采购).' },
    RECEIVE: { description: 'receivePurchase (验收).' },
    PAY: { description: 'payPurchase (付款).' },
  },
});

/** The flow transition approvePurchaseRequest takes: a re-approval when an order went over its estimate, else an approval. */
export const approvalTransition = (status: PurchaseStatus) =>
  status === PurchaseStatus.PENDING_REAPPROVAL ? ('REAPPROVED' as const) : WorkflowAction.APPROVED;

/**
 * The steps the viewer could take on the request now, by the rules its mutations check: the
 * flow's (role at the school, status, never the requester's own: purchaseFlow.allows) and, to
 * approve or reject, the approval level it waits for (decidesAwaitedLevel). Input the mutation
 * still validates (prices, quantities, a supplier) is not part of it.
 */
export function purchaseActions(viewer: Viewer | null | undefined, request: PurchaseRequest): PurchaseAction[] {
  if (!viewer) return [];
  const flowAllows = (action: Parameters<typeof purchaseFlow.allows>[1]) => purchaseFlow.allows(viewer, action, request);
  const decides = decidesAwaitedLevel(viewer, request);
  const allowed: Record<PurchaseAction, boolean> = {
    [PurchaseAction.SUBMIT_DRAFT]: viewer.accountId === request.requesterAccountId && flowAllows('SUBMITTED_DRAFT'),
    [PurchaseAction.APPROVE]: decides && flowAllows(approvalTransition(request.status)),
    [PurchaseAction.REJECT]: decides && flowAllows(WorkflowAction.REJECTED),
    [PurchaseAction.ORDER]: flowAllows(WorkflowAction.ORDERED),
    [PurchaseAction.RECEIVE]: flowAllows(WorkflowAction.RECEIVED),
    [PurchaseAction.PAY]: flowAllows(WorkflowAction.PAID),
  };
  return Object.values(PurchaseAction).filter((action) => allowed[action]);
}
