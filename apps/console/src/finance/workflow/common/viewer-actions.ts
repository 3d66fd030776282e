/**
 * The steps a viewer could take on a record when the graph does not answer `viewerActions` (a
 * gateway started before it was added): the same rules the finance service checks — status, the
 * approval level awaited, the viewer's role at the record's school, never a step on one's own
 * record (阳光工程) — read from the roles the viewer query gives. The graph still refuses what it
 * forbids; the director's stand-in for a school's only accountant is left to viewerActions.
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

/** The role that approves at each level (审批权限): school roles at the record's school, the district's administrator. */
const APPROVER_OF_LEVEL: Record<string, { role: string; district: boolean }> = {
  DIRECTOR: { role: 'GENERAL_AFFAIRS_DIRECTOR', district: false },
  PRINCIPAL: { role: 'PRINCIPAL', district: false },
  DISTRICT: { role: 'DISTRICT_ADMIN', district: true },
};

function holds(viewer: ViewerRoles, schoolId: string, ...roles: string[]): boolean {
  return viewer.roles.some((r) => roles.includes(r.role) && r.schoolId === schoolId);
}

function decidesAwaitedLevel(viewer: ViewerRoles, record: WorkflowRecord): boolean {
  const approver = record.nextApprovalLevel ? APPROVER_OF_LEVEL[record.nextApprovalLevel] : undefined;
  if (!approver) return false;
  return approver.district
    ? viewer.roles.some((r) => r.role === approver.role && !r.schoolId)
    : holds(viewer, record.schoolId, approver.role);
}

export function fallbackPurchaseActions(viewer: ViewerRoles, request: WorkflowRecord): PurchaseActionName[] {
  const own = request.requesterAccountId === viewer.accountId;
  const at = (...roles: string[]) => holds(viewer, request.schoolId, ...roles);
  const awaiting = ['PENDING_APPROVAL', 'PENDING_REAPPROVAL'].includes(request.status) && !own && decidesAwaitedLevel(viewer, request);
  const allowed: Record<PurchaseActionName, boolean> = {
    APPROVE: awaiting,
    REJECT: awaiting,
    ORDER: request.status === 'APPROVED' && at('ACCOUNTANT', 'GENERAL_AFFAIRS_DIRECTOR'),
    RECEIVE: ['ORDERED', 'PARTIALLY_RECEIVED'].includes(request.status) && at('STOREKEEPER', 'GENERAL_AFFAIRS_DIRECTOR'),
    PAY: ['RECEIVED', 'PAYMENT_REVERSED'].includes(request.status) && !own && at('ACCOUNTANT'),
  };
  return (Object.keys(allowed) as PurchaseActionName[]).filter((action) => allowed[action]);
}

export function fallbackClaimActions(viewer: ViewerRoles, claim: WorkflowRecord): ClaimActionName[] {
  if (claim.requesterAccountId === viewer.accountId) return [];
  const accountant = holds(viewer, claim.schoolId, 'ACCOUNTANT');
  const awaiting = claim.status === 'REVIEWED' && decidesAwaitedLevel(viewer, claim);
  const allowed: Record<ClaimActionName, boolean> = {
    REVIEW: claim.status === 'SUBMITTED' && accountant,
    APPROVE: awaiting,
    REJECT: (claim.status === 'SUBMITTED' && accountant) || awaiting,
    PAY: ['APPROVED', 'PAYMENT_REVERSED'].includes(claim.status) && accountant,
  };
  return (Object.keys(allowed) as ClaimActionName[]).filter((action) => allowed[action]);
}

/** School roles that read a school's books, budget execution included (finance's readBooks rule). */
const BOOK_READERS = ['ACCOUNTANT', 'GENERAL_AFFAIRS_DIRECTOR', 'PRINCIPAL'];

/**
 * Whether the viewer reads the school's budget execution (finance's readBooks): its accountant,
 * director or principal, or a district role. Others are not asked for it (the graph would refuse).
 */
export function readsBooksAt(viewer: ViewerRoles, schoolId: string | null | undefined): boolean {
  if (!schoolId) return false;
  return viewer.roles.some(
    (r) => (r.role.startsWith('DISTRICT_') && !r.schoolId) || (BOOK_READERS.includes(r.role) && r.schoolId === schoolId),
  );
}

/** The schools where the viewer may file a request or claim: every school where they hold a school role. */
export function filingSchoolIds(viewer: ViewerRoles): string[] {
  return [...new Set(viewer.roles.flatMap((r) => (r.schoolId && !r.role.startsWith('DISTRICT_') ? [r.schoolId] : [])))];
}

/**
 * The steps to offer on a record: the graph's `viewerActions` once answered; the console's own
 * gating (`fallback`) only when the graph could not answer them (a gateway older than the field);
 * nothing while the answer is on its way.
 */
export function offeredActions<A extends string>(
  answered: { viewerActions: readonly A[] } | null | undefined,
  failed: boolean,
  fallback: () => A[],
): A[] {
  if (answered) return [...answered.viewerActions];
  return failed ? fallback() : [];
}
