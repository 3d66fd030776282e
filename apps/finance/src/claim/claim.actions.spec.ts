import { Role, Viewer } from '@houqin/auth';
import { ApprovalLevel } from '../approval/approval.entity';
import { ClaimAction, claimActions, isSoleAccountant, needsAccountantsOf } from './claim.actions';
import { ClaimStatus, ExpenseClaim } from './claim.entity';

const { REVIEW, APPROVE, REJECT, PAY } = ClaimAction;
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

const claim = (status: ClaimStatus, nextApprovalLevel: ApprovalLevel | null = null, requester = 'teacher') =>
  Object.assign(new ExpenseClaim(), {
    id: 'c1',
    districtId: 'd1',
    schoolId: 'A',
    status,
    nextApprovalLevel,
    requiredLevel: ApprovalLevel.PRINCIPAL,
    requesterAccountId: requester,
    version: 1,
  });

describe('the steps a viewer is offered on an expense claim (viewerActions)', () => {
  it('offers review and rejection at review to the accountant, approval to the awaited level, payment to the accountant', () => {
    const submitted = claim(ClaimStatus.SUBMITTED, ApprovalLevel.DIRECTOR);
    expect(claimActions(accountant, submitted, false)).toEqual([REVIEW, REJECT]);
    expect(claimActions(director, submitted, false)).toEqual([]);
    const reviewed = claim(ClaimStatus.REVIEWED, ApprovalLevel.DIRECTOR);
    expect(claimActions(director, reviewed, false)).toEqual([APPROVE, REJECT]);
    expect(claimActions(principal, reviewed, false)).toEqual([]);
    expect(claimActions(accountant, reviewed, false)).toEqual([]);
    expect(claimActions(accountant, claim(ClaimStatus.APPROVED), false)).toEqual([PAY]);
    expect(claimActions(teacher, claim(ClaimStatus.APPROVED), false)).toEqual([]);
    expect(claimActions(accountant, claim(ClaimStatus.PAID), false)).toEqual([]);
    expect(claimActions(null, submitted, false)).toEqual([]);
  });

  it("never offers the claimant a step on their own claim, and the director stands in only for the sole accountant's claim", () => {
    const own = claim(ClaimStatus.SUBMITTED, ApprovalLevel.DIRECTOR, 'accountant');
    expect(claimActions(accountant, own, true)).toEqual([]);
    expect(needsAccountantsOf(director, own)).toBe(true);
    expect(claimActions(director, own, true)).toEqual([REVIEW]);
    expect(claimActions(director, own, false)).toEqual([]);
    const approved = claim(ClaimStatus.APPROVED, null, 'accountant');
    expect(claimActions(director, approved, true)).toEqual([PAY]);
    // Nothing to stand in for: the directory copy is not read.
    expect(needsAccountantsOf(director, claim(ClaimStatus.REVIEWED, ApprovalLevel.DIRECTOR, 'accountant'))).toBe(false);
    expect(needsAccountantsOf(accountant, claim(ClaimStatus.SUBMITTED))).toBe(false);
    expect(needsAccountantsOf(teacher, own)).toBe(false);
  });

  it('takes the claimant as the sole accountant only when they are the one account holding ACCOUNTANT there', () => {
    const own = claim(ClaimStatus.SUBMITTED, null, 'accountant');
    expect(isSoleAccountant(['accountant'], own)).toBe(true);
    expect(isSoleAccountant(['accountant', 'second'], own)).toBe(false);
    expect(isSoleAccountant(['someone-else'], own)).toBe(false);
    expect(isSoleAccountant([], own)).toBe(false);
  });
});
