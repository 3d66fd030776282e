import { registerEnumType } from 'type-graphql';
import type { Viewer } from '@houqin/auth';
import type { Requisition } from './storeroom.entity';
import { RequisitionAction, requisitionFlow } from './requisition.flow';

/** A workflow mutation of a requisition, as its viewerActions name it. */
export enum RequisitionViewerAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ISSUE = 'ISSUE',
  CONFIRM_RECEIPT = 'CONFIRM_RECEIPT',
}

registerEnumType(RequisitionViewerAction, {
  name: 'RequisitionViewerAction',
  description: 'A step of a requisition you could take now, by its mutation.',
  valuesConfig: {
    APPROVE: { description: 'approveRequisition (审批通过).' },
    REJECT: { description: 'rejectRequisition with a reason (驳回).' },
    ISSUE: { description: 'issueRequisition from a storeroom (发放).' },
    CONFIRM_RECEIPT: { description: 'confirmRequisitionReceipt (签收): the requester only.' },
  },
});

/** The steps the viewer could take on the requisition now, by the rules the mutations check. No statement. */
export function requisitionActions(viewer: Viewer | null | undefined, requisition: Requisition): RequisitionViewerAction[] {
  if (!viewer) return [];
  const allowed: Record<RequisitionViewerAction, boolean> = {
    [RequisitionViewerAction.APPROVE]: requisitionFlow.allows(viewer, RequisitionAction.APPROVED, requisition),
    [RequisitionViewerAction.REJECT]: requisitionFlow.allows(viewer, RequisitionAction.REJECTED, requisition),
    [RequisitionViewerAction.ISSUE]: requisitionFlow.allows(viewer, RequisitionAction.ISSUED, requisition),
    [RequisitionViewerAction.CONFIRM_RECEIPT]:
      requisitionFlow.allows(viewer, RequisitionAction.RECEIVED, requisition) && viewer.accountId === requisition.requesterAccountId,
  };
  return Object.values(RequisitionViewerAction).filter((action) => allowed[action]);
}
