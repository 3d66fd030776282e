// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fallbackClaimActions, fallbackPurchaseActions, filingSchoolIds, offeredActions, readsBooksAt } from './viewer-actions';

const SCHOOL = 'school-1';
const OTHER = 'school-2';
const as = (accountId: string, role: string, schoolId: string | null = SCHOOL) => ({ accountId, roles: [{ role, schoolId }] });
const director = as('director', 'GENERAL_AFFAIRS_DIRECTOR');
const principal = as('principal', 'PRINCIPAL');
const accountant = as('accountant', 'ACCOUNTANT');
const storekeeper = as('storekeeper', 'STOREKEEPER');
const admin = as('admin', 'DISTRICT_ADMIN', null);
const teacher = as('teacher', 'STAFF');
const request = (status: string, nextApprovalLevel: string | null = null, requesterAccountId = 'teacher') => ({
  status,
  nextApprovalLevel,
  requesterAccountId,
  schoolId: SCHOOL,
});

describe('purchase request steps without viewerActions', () => {
  it('offers approval only to whoever decides the awaited level, at the school, never on their own', () => {
    expect(fallbackPurchaseActions(director, request('PENDING_APPROVAL', 'DIRECTOR'))).toEqual(['APPROVE', 'REJECT']);
    expect(fallbackPurchaseActions(principal, request('PENDING_APPROVAL', 'DIRECTOR'))).toEqual([]);
    expect(fallbackPurchaseActions(principal, request('PENDING_REAPPROVAL', 'PRINCIPAL'))).toEqual(['APPROVE', 'REJECT']);
    expect(fallbackPurchaseActions(admin, request('PENDING_APPROVAL', 'DISTRICT'))).toEqual(['APPROVE', 'REJECT']);
    expect(fallbackPurchaseActions(director, request('PENDING_APPROVAL', 'DIRECTOR', 'director'))).toEqual([]);
    expect(fallbackPurchaseActions(as('director', 'GENERAL_AFFAIRS_DIRECTOR', OTHER), request('PENDING_APPROVAL', 'DIRECTOR'))).toEqual([]);
    expect(fallbackPurchaseActions(teacher, request('PENDING_APPROVAL', 'DIRECTOR'))).toEqual([]);
  });

  it('offers order, receipt and payment to their roles in their states', () => {
    expect(fallbackPurchaseActions(accountant, request('APPROVED'))).toEqual(['ORDER']);
    expect(fallbackPurchaseActions(director, request('APPROVED'))).toEqual(['ORDER']);
    expect(fallbackPurchaseActions(storekeeper, request('ORDERED'))).toEqual(['RECEIVE']);
    expect(fallbackPurchaseActions(director, request('PARTIALLY_RECEIVED'))).toEqual(['RECEIVE']);
    expect(fallbackPurchaseActions(accountant, request('RECEIVED'))).toEqual(['PAY']);
    expect(fallbackPurchaseActions(accountant, request('PAYMENT_REVERSED'))).toEqual(['PAY']);
    expect(fallbackPurchaseActions(accountant, request('RECEIVED', null, 'accountant'))).toEqual([]);
    expect(fallbackPurchaseActions(accountant, request('PAID'))).toEqual([]);
    expect(fallbackPurchaseActions(storekeeper, request('REJECTED'))).toEqual([]);
  });
});

describe('expense claim steps without viewerActions', () => {
  it("lets the school's accountant review or reject a filed claim, not their own", () => {
    expect(fallbackClaimActions(accountant, request('SUBMITTED'))).toEqual(['REVIEW', 'REJECT']);
    expect(fallbackClaimActions(accountant, request('SUBMITTED', null, 'accountant'))).toEqual([]);
    expect(fallbackClaimActions(director, request('SUBMITTED', 'DIRECTOR'))).toEqual([]);
  });

  it('lets the awaited level approve or reject a reviewed claim, and the accountant pay an approved one', () => {
    expect(fallbackClaimActions(director, request('REVIEWED', 'DIRECTOR'))).toEqual(['APPROVE', 'REJECT']);
    expect(fallbackClaimActions(principal, request('REVIEWED', 'DIRECTOR'))).toEqual([]);
    expect(fallbackClaimActions(accountant, request('REVIEWED', 'DIRECTOR'))).toEqual([]);
    expect(fallbackClaimActions(accountant, request('APPROVED'))).toEqual(['PAY']);
    expect(fallbackClaimActions(as('accountant', 'ACCOUNTANT', OTHER), request('APPROVED'))).toEqual([]);
    expect(fallbackClaimActions(teacher, request('APPROVED'))).toEqual([]);
  });
});

describe('what a filing form may ask for', () => {
  it("reads budget execution only where the viewer reads the school's books", () => {
    expect(readsBooksAt(director, SCHOOL)).toBe(true);
    expect(readsBooksAt(accountant, OTHER)).toBe(false);
    expect(readsBooksAt(teacher, SCHOOL)).toBe(false);
    expect(readsBooksAt(storekeeper, SCHOOL)).toBe(false);
    expect(readsBooksAt(as('auditor', 'DISTRICT_AUDITOR', null), OTHER)).toBe(true);
    expect(readsBooksAt(director, null)).toBe(false);
  });

  it('offers the schools where the viewer holds a school role', () => {
    expect(
      filingSchoolIds({
        accountId: 'x',
        roles: [...director.roles, { role: 'STAFF', schoolId: OTHER }, { role: 'ACCOUNTANT', schoolId: SCHOOL }],
      }),
    ).toEqual([SCHOOL, OTHER]);
    expect(filingSchoolIds(admin)).toEqual([]);
  });
});

describe('which steps a detail page offers', () => {
  it("takes the graph's viewerActions, falls back to the console's gating only when the graph could not answer", () => {
    const fallback = () => ['PAY'];
    expect(offeredActions({ viewerActions: ['APPROVE'] }, false, fallback)).toEqual(['APPROVE']);
    expect(offeredActions({ viewerActions: [] }, false, fallback)).toEqual([]);
    expect(offeredActions(undefined, true, fallback)).toEqual(['PAY']);
    expect(offeredActions(undefined, false, fallback)).toEqual([]);
  });
});
