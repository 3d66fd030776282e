import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { FacilitiesStep } from '../workflow-step.entity';
import { AssetDisposal, AssetDisposalStatus } from './disposal.entity';

/** workflow_step.subjectType of disposal requests. */
export const ASSET_DISPOSAL_SUBJECT = 'ASSET_DISPOSAL';

const { PENDING_APPROVAL, APPROVED, REJECTED, CANCELLED } = AssetDisposalStatus;

/** The actions of a disposal request, as recorded in its steps. */
export enum AssetDisposalAction {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** Separation of duties (阳光工程): whoever filed a disposal never approves or rejects it. */
const notTheRequester = (doing: string) => ({ who: (d: AssetDisposal) => d.requesterAccountId, reason: 'You filed this', doing });

/**
 * A disposal request (资产处置申请): filed by the general-affairs director or the storekeeper (or by an
 * approved stocktake for an asset it did not find), it waits in PENDING_APPROVAL while its levels
 * approve one after the other (the service checks the level it waits for), is APPROVED at the last
 * (the asset becomes DISPOSED, finance is told), REJECTED at any level with a reason, or CANCELLED by
 * its requester while it waits. Nobody approves or rejects their own request.
 */
export const assetDisposalFlow = defineFlow({
  name: 'AssetDisposal',
  subjectType: ASSET_DISPOSAL_SUBJECT,
  noun: 'disposal request',
  auditPrefix: 'assetDisposal',
  states: Object.values(AssetDisposalStatus),
  entity: AssetDisposal,
  stepEntity: FacilitiesStep,
  transitions: {
    [AssetDisposalAction.REQUESTED]: { from: [], to: [PENDING_APPROVAL], permission: P.requestAssetDisposal, audit: 'request' },
    [AssetDisposalAction.APPROVED]: {
      from: [PENDING_APPROVAL],
      to: [PENDING_APPROVAL, APPROVED],
      permission: P.approveAssetDisposal,
      separate: notTheRequester('approve'),
      audit: 'approve',
    },
    [AssetDisposalAction.REJECTED]: {
      from: [PENDING_APPROVAL],
      to: [REJECTED],
      permission: P.rejectAssetDisposal,
      separate: notTheRequester('reject'),
      audit: 'reject',
    },
    [AssetDisposalAction.CANCELLED]: { from: [PENDING_APPROVAL], to: [CANCELLED], permission: P.cancelAssetDisposal, audit: 'cancel' },
  },
});
