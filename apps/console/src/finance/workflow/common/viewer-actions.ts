/**
 * The viewer and a workflow record as the finance pages pass them around. Which steps a viewer may
 * take is never decided here: a record's `viewerActions` and the viewer's permissions
 * (`useAccess().can`) come from the rules the finance service enforces.
 */
export interface ViewerRoles {
  accountId: string;
  roles: readonly { role: string; schoolId?: string | null }[];
}

export interface WorkflowRecord {
  status: string;
  schoolId: string;
  requesterAccountId: string;
  nextApprovalLevel?: string | null;
}

export type PurchaseActionName = 'APPROVE' | 'REJECT' | 'ORDER' | 'RECEIVE' | 'PAY';
export type ClaimActionName = 'REVIEW' | 'APPROVE' | 'REJECT' | 'PAY';
