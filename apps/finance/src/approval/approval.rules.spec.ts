import { Role, Viewer } from '@houqin/auth';
import { ApprovalLevel } from './approval.entity';
import {
  approvalPath,
  awaitingApprovalBy,
  bankReturned,
  canApproveAt,
  DEFAULT_POLICY,
  levelAfter,
  needsReapproval,
  requireAwaitedLevel,
  requiredLevelFor,
} from './approval.rules';
import { codeOf } from '../../test/thrown';

const { DIRECTOR, PRINCIPAL, DISTRICT } = ApprovalLevel;
const person = (...grants: [Role, string | null][]) =>
  new Viewer({
    accountId: 'me',
    username: 'me',
    staffId: null,
    districtId: 'd1',
    grants: grants.map(([role, schoolId]) => ({ role, schoolId })),
  });
const teacher = person([Role.STAFF, 'A']);
const director = person([Role.GENERAL_AFFAIRS_DIRECTOR, 'A']);
const principal = person([Role.PRINCIPAL, 'A']);
const admin = person([Role.DISTRICT_ADMIN, null]);

describe('the level an amount needs (审批权限)', () => {
  const policy = { directorLimitFen: 500_000, principalLimitFen: 5_000_000 };

  it('is the director up to the director limit, the principal up to the principal limit, the district above', () => {
    expect([1, 500_000, 500_001, 5_000_000, 5_000_001].map((fen) => requiredLevelFor(fen, policy))).toEqual([
      DIRECTOR,
      DIRECTOR,
      PRINCIPAL,
      PRINCIPAL,
      DISTRICT,
    ]);
  });
});

describe('an order above its approved estimate (the district tolerance, whole percent)', () => {
  it('is approved again only when more than the tolerance above, in integers', () => {
    expect(needsReapproval(110_000, 100_000, DEFAULT_POLICY)).toBe(false);
    expect(needsReapproval(110_001, 100_000, DEFAULT_POLICY)).toBe(true);
    expect(needsReapproval(50_000, 100_000, DEFAULT_POLICY)).toBe(false);
    expect(needsReapproval(100_001, 100_000, { ...DEFAULT_POLICY, orderTolerancePercent: 0 })).toBe(true);
    expect(needsReapproval(100_000, 100_000, { ...DEFAULT_POLICY, orderTolerancePercent: 0 })).toBe(false);
  });

  it("a payment's reversal returns its bank credits", () => {
    const lines = [
      { account: 'BANK', debitFen: 30_000, creditFen: 0 },
      { account: 'EXPENSE', debitFen: 0, creditFen: 30_000 },
    ];
    expect(bankReturned(lines)).toBe(30_000);
  });
});

describe('the approval path of a filing', () => {
  it('starts at the director and ends at the level the amount needs', () => {
    expect(approvalPath(teacher, 'A', PRINCIPAL)).toEqual({ first: DIRECTOR, required: PRINCIPAL });
    expect(approvalPath(teacher, 'A', DIRECTOR)).toEqual({ first: DIRECTOR, required: DIRECTOR });
  });

  it('skips the levels the filer holds at that school, so nobody approves their own', () => {
    expect(approvalPath(director, 'A', DIRECTOR)).toEqual({ first: PRINCIPAL, required: PRINCIPAL });
    expect(approvalPath(person([Role.GENERAL_AFFAIRS_DIRECTOR, 'A'], [Role.PRINCIPAL, 'A']), 'A', DIRECTOR)).toEqual({
      first: DISTRICT,
      required: DISTRICT,
    });
    // A principal is not a director: their small request is still the director's.
    expect(approvalPath(principal, 'A', DIRECTOR)).toEqual({ first: DIRECTOR, required: DIRECTOR });
    // Levels held at another school do not count.
    expect(approvalPath(director, 'B', DIRECTOR)).toEqual({ first: DIRECTOR, required: DIRECTOR });
  });

  it('moves up one level at a time, and ends at the required one', () => {
    expect(levelAfter(DIRECTOR, DISTRICT)).toBe(PRINCIPAL);
    expect(levelAfter(PRINCIPAL, DISTRICT)).toBe(DISTRICT);
    expect(levelAfter(PRINCIPAL, PRINCIPAL)).toBeNull();
  });
});

describe('who approves at a level', () => {
  it('is the director or principal of the school, and the district administrator anywhere', () => {
    expect(canApproveAt(director, DIRECTOR, 'A')).toBe(true);
    expect(canApproveAt(director, DIRECTOR, 'B')).toBe(false);
    expect(canApproveAt(director, PRINCIPAL, 'A')).toBe(false);
    expect(canApproveAt(admin, DISTRICT, 'B')).toBe(true);
    expect(canApproveAt(admin, DIRECTOR, 'A')).toBe(false);
  });

  it('refuses anyone but the awaited level with FORBIDDEN', () => {
    const request = { schoolId: 'A', nextApprovalLevel: PRINCIPAL };
    expect(codeOf(() => requireAwaitedLevel(director, request, 'request'))).toBe('FORBIDDEN');
    expect(requireAwaitedLevel(principal, request, 'request')).toBe(PRINCIPAL);
  });
});

describe('awaiting my approval', () => {
  it('is nothing for someone who approves at no level', () => {
    expect(awaitingApprovalBy('r', teacher).sql).toBe('r.requesterAccountId <> :awaitingMe AND (1 = 0)');
  });

  it('is each level the viewer takes, at the schools where they take it, never their own filings', () => {
    const { sql, params } = awaitingApprovalBy('r', person([Role.GENERAL_AFFAIRS_DIRECTOR, 'A'], [Role.PRINCIPAL, 'B']));
    expect(sql).toBe(
      'r.requesterAccountId <> :awaitingMe AND ((r.nextApprovalLevel = :awaitDIRECTOR AND r.schoolId IN (:...awaitDIRECTORSchools))' +
        ' OR (r.nextApprovalLevel = :awaitPRINCIPAL AND r.schoolId IN (:...awaitPRINCIPALSchools)))',
    );
    expect(params).toEqual({
      awaitingMe: 'me',
      awaitDIRECTOR: DIRECTOR,
      awaitDIRECTORSchools: ['A'],
      awaitPRINCIPAL: PRINCIPAL,
      awaitPRINCIPALSchools: ['B'],
    });
    expect(awaitingApprovalBy('r', admin).sql).toBe('r.requesterAccountId <> :awaitingMe AND (r.nextApprovalLevel = :awaitDISTRICT)');
  });
});
