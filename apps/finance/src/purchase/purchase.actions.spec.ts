import { Role, Viewer } from '@houqin/auth';
import { ApprovalLevel } from '../approval/approval.entity';
import { PurchaseAction, purchaseActions } from './purchase.actions';
import { PurchaseRequest, PurchaseStatus } from './purchase.entity';

const { APPROVE, REJECT, ORDER, RECEIVE, PAY } = PurchaseAction;
const person = (accountId: string, ...grants: [Role, string | null][]) =>
  new Viewer({
    accountId,
    username: accountId,
    staffId: null,
    districtId: 'd1',
    grants: grants.map(([role, schoolId]) => ({ role, schoolId })),
  });
const teacher = person('teacher', [Role.STAFF, 'A']);
const director = person('director', [Role.GENERAL_AFFAIRS_DIRECTOR, 'A']);
const principal = person('principal', [Role.PRINCIPAL, 'A']);
const accountant = person('accountant', [Role.ACCOUNTANT, 'A']);
const storekeeper = person('storekeeper', [Role.STOREKEEPER, 'A']);
const admin = person('admin', [Role.DISTRICT_ADMIN, null]);
const otherDirector = person('other-director', [Role.GENERAL_AFFAIRS_DIRECTOR, 'B']);

const request = (status: PurchaseStatus, nextApprovalLevel: ApprovalLevel | null = null, requester = 'teacher') =>
  Object.assign(new PurchaseRequest(), {
    id: 'r1',
    districtId: 'd1',
    schoolId: 'A',
    status,
    nextApprovalLevel,
    requiredLevel: ApprovalLevel.PRINCIPAL,
    requesterAccountId: requester,
    version: 1,
  });

describe('the steps a viewer is offered on a purchase request (viewerActions)', () => {
  it('offers approval and rejection only to whoever approves at the awaited level, at the school', () => {
    const awaitingDirector = request(PurchaseStatus.PENDING_APPROVAL, ApprovalLevel.DIRECTOR);
    expect(purchaseActions(director, awaitingDirector)).toEqual([APPROVE, REJECT]);
    expect(purchaseActions(principal, awaitingDirector)).toEqual([]);
    expect(purchaseActions(otherDirector, awaitingDirector)).toEqual([]);
    expect(purchaseActions(teacher, awaitingDirector)).toEqual([]);
    const awaitingPrincipal = request(PurchaseStatus.PENDING_APPROVAL, ApprovalLevel.PRINCIPAL);
    expect(purchaseActions(principal, awaitingPrincipal)).toEqual([APPROVE, REJECT]);
    expect(purchaseActions(director, awaitingPrincipal)).toEqual([]);
    expect(purchaseActions(admin, request(PurchaseStatus.PENDING_APPROVAL, ApprovalLevel.DISTRICT))).toEqual([APPROVE, REJECT]);
    // A re-approval (an order over its estimate) is approved through the same mutation.
    expect(purchaseActions(principal, request(PurchaseStatus.PENDING_REAPPROVAL, ApprovalLevel.PRINCIPAL))).toEqual([APPROVE, REJECT]);
  });

  it('never offers the requester a decision on their own request (separation of duties)', () => {
    const own = request(PurchaseStatus.PENDING_APPROVAL, ApprovalLevel.DIRECTOR, 'director');
    expect(purchaseActions(director, own)).toEqual([]);
    expect(purchaseActions(accountant, request(PurchaseStatus.RECEIVED, null, 'accountant'))).toEqual([]);
    expect(purchaseActions(accountant, request(PurchaseStatus.RECEIVED))).toEqual([PAY]);
  });

  it('offers each later step to its roles in the status that allows it, and nothing once done', () => {
    expect(purchaseActions(accountant, request(PurchaseStatus.APPROVED))).toEqual([ORDER]);
    expect(purchaseActions(director, request(PurchaseStatus.APPROVED))).toEqual([ORDER]);
    expect(purchaseActions(storekeeper, request(PurchaseStatus.ORDERED))).toEqual([RECEIVE]);
    expect(purchaseActions(director, request(PurchaseStatus.PARTIALLY_RECEIVED))).toEqual([RECEIVE]);
    expect(purchaseActions(accountant, request(PurchaseStatus.PAYMENT_REVERSED))).toEqual([PAY]);
    for (const status of [PurchaseStatus.PAID, PurchaseStatus.REJECTED]) {
      for (const viewer of [teacher, director, principal, accountant, storekeeper, admin])
        expect(purchaseActions(viewer, request(status))).toEqual([]);
    }
    expect(purchaseActions(null, request(PurchaseStatus.APPROVED))).toEqual([]);
  });
});
