import { registerEnumType } from 'type-graphql';
import { may, type Viewer } from '@houqin/auth';
import { P } from '../permissions';
import { AssetDisposalApproverRole, type AssetDisposal } from './disposal.entity';
import { AssetDisposalAction, assetDisposalFlow } from './disposal.flow';

/** A step of a disposal request the viewer could take now, by its mutation. */
export enum AssetDisposalViewerAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  CANCEL = 'CANCEL',
}
registerEnumType(AssetDisposalViewerAction, {
  name: 'AssetDisposalViewerAction',
  description: 'A step of a disposal request you could take now, by its mutation.',
  valuesConfig: {
    APPROVE: { description: 'approveAssetDisposal (审批), at the level it waits for.' },
    REJECT: { description: 'rejectAssetDisposal (驳回), at the level it waits for.' },
    CANCEL: { description: 'cancelAssetDisposal (撤回): your own request, while it waits.' },
  },
});

/** Who decides at each level: rules of the permission table. */
export const DECIDE_AT = {
  [AssetDisposalApproverRole.GENERAL_AFFAIRS_DIRECTOR]: P.approveAssetDisposalAsDirector,
  [AssetDisposalApproverRole.PRINCIPAL]: P.approveAssetDisposalAsPrincipal,
  [AssetDisposalApproverRole.DISTRICT_ADMIN]: P.approveAssetDisposalAsDistrict,
};

/** Whether the viewer holds a level's role at a school (a district administrator anywhere in the district). */
export const holdsLevel = (viewer: Viewer | null | undefined, role: AssetDisposalApproverRole, schoolId: string): boolean =>
  may(viewer, DECIDE_AT[role], schoolId);

/** Whether the viewer decides (approves or rejects) at the level the request waits for; false when it waits for none. */
export const decidesAwaitedLevel = (viewer: Viewer | null | undefined, disposal: AssetDisposal): boolean =>
  !!disposal.nextApprovalRole && holdsLevel(viewer, disposal.nextApprovalRole, disposal.schoolId);

/** Whether the viewer filed the request (only they withdraw it). */
export const isRequester = (viewer: Viewer | null | undefined, disposal: AssetDisposal): boolean =>
  !!viewer && viewer.accountId === disposal.requesterAccountId;

/** The steps the viewer could take on the request now, by the rules its mutations check (role, level, state, separation of duties). No statement. */
export function disposalActions(viewer: Viewer | null | undefined, disposal: AssetDisposal): AssetDisposalViewerAction[] {
  const flowAllows = (action: AssetDisposalAction) => assetDisposalFlow.allows(viewer, action, disposal);
  const decides = decidesAwaitedLevel(viewer, disposal);
  const allowed: Record<AssetDisposalViewerAction, boolean> = {
    APPROVE: decides && flowAllows(AssetDisposalAction.APPROVED),
    REJECT: decides && flowAllows(AssetDisposalAction.REJECTED),
    CANCEL: isRequester(viewer, disposal) && flowAllows(AssetDisposalAction.CANCELLED),
  };
  return Object.values(AssetDisposalViewerAction).filter((action) => allowed[action]);
}
