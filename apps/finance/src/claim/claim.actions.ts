import { registerEnumType } from 'type-graphql';
import { may, type Viewer } from '@houqin/auth';
import { WorkflowAction } from '../approval/approval.entity';
import { decidesAwaitedLevel } from '../approval/approval.rules';
import type { ClaimStatus, ExpenseClaim } from './claim.entity';
import { claimFlow } from './claim.flow';

/** A transition of the claim flow. */
export type ClaimTransition = Parameters<typeof claimFlow.check>[1];

/** A workflow mutation of an expense claim, as its viewerActions name it. */
export enum ClaimAction {
  REVIEW = 'REVIEW',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  PAY = 'PAY',
}

registerEnumType(ClaimAction, {
  name: 'ClaimAction',
  description: 'A step of an expense claim you could take now, by its mutation.',
  valuesConfig: {
    REVIEW: { description: 'reviewExpenseClaim (审核).' },
    APPROVE: { description: 'approveExpenseClaim (审批): at the level it waits for.' },
    REJECT: { description: 'rejectExpenseClaim: at review, or at the level it waits for.' },
    PAY: { description: 'payExpenseClaim (付款).' },
  },
});

/** The flow transition rejectExpenseClaim takes: by the approver once reviewed, by the accountant before that. */
export const rejectionTransition = (status: ClaimStatus): ClaimTransition =>
  claimFlow.transitions.REJECTED.from.includes(status) ? WorkflowAction.REJECTED : 'REJECTED_AT_REVIEW';

/** The accountants' own transition of a step only they take (review, payment), and the director's stand-in for it. */
export const ACCOUNTANT_STEPS = {
  review: { own: WorkflowAction.REVIEWED, standIn: 'REVIEWED_BY_STAND_IN' },
  pay: { own: WorkflowAction.PAID, standIn: 'PAID_BY_STAND_IN' },
} as const satisfies Record<string, { own: ClaimTransition; standIn: ClaimTransition }>;
type AccountantStep = (typeof ACCOUNTANT_STEPS)[keyof typeof ACCOUNTANT_STEPS];

/**
 * Which transition the viewer takes for a step only accountants take: the accountants' own, or,
 * for whoever holds only the stand-in's role at the claim's school (the general-affairs director),
 * the stand-in, which also needs the claimant to be the school's only accountant (`isSoleAccountant`).
 */
export function accountantTransition(viewer: Viewer | null | undefined, claim: ExpenseClaim, step: AccountantStep): ClaimTransition {
  const { own, standIn } = step;
  if (!viewer || may(viewer, claimFlow.transitions[own].permission, claim.schoolId)) return own;
  return may(viewer, claimFlow.transitions[standIn].permission, claim.schoolId) ? standIn : own;
}

/** Whether the stand-in rule applies: the claimant is the one active account holding ACCOUNTANT at the school. */
export const isSoleAccountant = (accountantIds: readonly string[], claim: ExpenseClaim): boolean =>
  accountantIds.length === 1 && accountantIds[0] === claim.requesterAccountId;

const isStandIn = (transition: ClaimTransition) => Object.values(ACCOUNTANT_STEPS).some((s) => s.standIn === transition);

/**
 * Whether what the viewer may do with the claim depends on who the school's accountants are: the
 * flow would let them take a stand-in step now. Only then is finance's directory copy read.
 */
export function needsAccountantsOf(viewer: Viewer | null | undefined, claim: ExpenseClaim): boolean {
  return Object.values(ACCOUNTANT_STEPS).some((step) => {
    const transition = accountantTransition(viewer, claim, step);
    return isStandIn(transition) && claimFlow.allows(viewer, transition, claim);
  });
}

/**
 * The steps the viewer could take on the claim now, by the rules its mutations check: the flow's
 * (role at the school, status, never the claimant's own: claimFlow.allows), to approve or reject
 * once reviewed the awaited level (decidesAwaitedLevel), and for a stand-in step that the claimant
 * is the school's only accountant (`soleAccountant`, which the caller reads only when
 * `needsAccountantsOf` says so).
 */
export function claimActions(viewer: Viewer | null | undefined, claim: ExpenseClaim, soleAccountant: boolean): ClaimAction[] {
  if (!viewer) return [];
  const takes = (transition: ClaimTransition) => claimFlow.allows(viewer, transition, claim) && (!isStandIn(transition) || soleAccountant);
  const rejection = rejectionTransition(claim.status);
  const allowed: Record<ClaimAction, boolean> = {
    [ClaimAction.REVIEW]: takes(accountantTransition(viewer, claim, ACCOUNTANT_STEPS.review)),
    [ClaimAction.APPROVE]: takes(WorkflowAction.APPROVED) && decidesAwaitedLevel(viewer, claim),
    [ClaimAction.REJECT]: takes(rejection) && (rejection !== WorkflowAction.REJECTED || decidesAwaitedLevel(viewer, claim)),
    [ClaimAction.PAY]: takes(accountantTransition(viewer, claim, ACCOUNTANT_STEPS.pay)),
  };
  return Object.values(ClaimAction).filter((action) => allowed[action]);
}
