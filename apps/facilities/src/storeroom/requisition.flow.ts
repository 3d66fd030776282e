import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { FacilitiesStep } from '../workflow-step.entity';
import { Requisition, RequisitionStatus } from './storeroom.entity';

const { REQUESTED, APPROVED, ISSUED, RECEIVED, REJECTED } = RequisitionStatus;

/** The steps of a requisition, as recorded in its history. */
export enum RequisitionAction {
  /** Requested by a staff member (申请): waiting for approval above the district's value, else approved at once. */
  REQUESTED = 'REQUESTED',
  /** Approved by the general-affairs director (审批通过), never the requester. */
  APPROVED = 'APPROVED',
  /** Rejected with a reason (驳回), by the director or the storekeeper, before it is issued. */
  REJECTED = 'REJECTED',
  /** Issued from a storeroom by the storekeeper (发放): the stock goes down. */
  ISSUED = 'ISSUED',
  /** The requester confirmed receipt (签收). */
  RECEIVED = 'RECEIVED',
}

/**
 * A requisition (领用): any staff member requests consumables for a room or a department; when its
 * estimated value is above the district's limit (StoreroomSettings) the general-affairs director
 * approves it (separation of duties: not their own); the storekeeper issues it from a storeroom, all
 * or nothing; the requester confirms receipt (checked by the service: only the requester).
 */
export const requisitionFlow = defineFlow({
  name: 'Requisition',
  subjectType: 'REQUISITION',
  noun: 'requisition',
  auditPrefix: 'requisition',
  states: Object.values(RequisitionStatus),
  entity: Requisition,
  stepEntity: FacilitiesStep,
  transitions: {
    [RequisitionAction.REQUESTED]: { from: [], to: [REQUESTED, APPROVED], permission: P.requestRequisition, audit: 'request' },
    [RequisitionAction.APPROVED]: {
      from: [REQUESTED],
      to: [APPROVED],
      permission: P.approveRequisition,
      separate: { who: (r: Requisition) => r.requesterAccountId, reason: 'You requested this', doing: 'approve' },
      audit: 'approve',
    },
    [RequisitionAction.REJECTED]: { from: [REQUESTED, APPROVED], to: [REJECTED], permission: P.rejectRequisition, audit: 'reject' },
    [RequisitionAction.ISSUED]: { from: [APPROVED], to: [ISSUED], permission: P.issueRequisition, audit: 'issue' },
    [RequisitionAction.RECEIVED]: { from: [ISSUED], to: [RECEIVED], permission: P.confirmRequisitionReceipt, audit: 'confirmReceipt' },
  },
});
