import { join } from 'node:path';
import { may, mayAnywhere, type Permission, Viewer } from '@houqin/auth';
import { mutationNames, mutationsWithoutPermission } from '@houqin/testing';
import { P } from '../src/permissions';
import { SCHOOL_A, V } from './support';

/**
 * Finance's permission table (src/permissions.ts) against the checked-in schema, so adding a
 * mutation without deciding who may call it fails the suite, and "who may do what" stays in one file.
 */
const SCHEMA = join(__dirname, '..', 'schema.graphql');
const as = (who: keyof typeof V) => new Viewer(V[who]);

describe('the finance permission table', () => {
  it('has a rule for every mutation of the checked-in schema', () => {
    expect(mutationsWithoutPermission(SCHEMA, P)).toEqual([]);
  });

  it('names nothing beyond the mutations but its read rules and the checks made on the way', () => {
    const mutations = new Set(mutationNames(SCHEMA));
    expect(Object.keys(P).filter((action) => !mutations.has(action))).toEqual([
      'readBooks',
      'readRequests',
      'compareSchools',
      'readCanteenStatement',
      'suspendSupplier',
      'rejectExpenseClaimAtReview',
      'reviewClaimOfSoleAccountant',
      'payClaimOfSoleAccountant',
      'approveAtDirectorLevel',
      'approveAtPrincipalLevel',
      'approveAtDistrictLevel',
      'readDeadLetters',
    ]);
  });

  it('keeps the district auditor to reading: no mutation allows them anywhere', () => {
    const auditor = as('auditor');
    expect(mutationNames(SCHEMA).filter((action) => may(auditor, P[action as keyof typeof P], SCHOOL_A))).toEqual([]);
    expect(may(auditor, P.readBooks, SCHOOL_A)).toBe(true);
  });

  it('lets district roles read its dead letters, and only the district administrator replay them', () => {
    const everyone: (keyof typeof V)[] = ['admin', 'auditor', 'principal', 'accountant', 'director'];
    expect(everyone.filter((name) => may(as(name), P.readDeadLetters))).toEqual(['admin', 'auditor']);
    expect(everyone.filter((name) => may(as(name), P.replayFinanceDeadLetter))).toEqual(['admin']);
  });

  it("lets through the mutation gate whoever may take a step under any rule the mutation's service checks", () => {
    const levels = [P.approveAtDirectorLevel, P.approveAtPrincipalLevel, P.approveAtDistrictLevel];
    const people = Object.values(V).map((who) => new Viewer(who));
    for (const mutation of [P.approvePurchaseRequest, P.rejectPurchaseRequest, P.approveExpenseClaim, P.rejectExpenseClaim])
      for (const who of people.filter((v) => levels.some((level) => may(v, level))))
        expect({ mutation: mutation.action, who: who.username, through: mayAnywhere(who, mutation, P) }).toMatchObject({ through: true });
    const stepsUnder: [Permission, Permission][] = [
      [P.rejectExpenseClaim, P.rejectExpenseClaimAtReview],
      [P.reviewExpenseClaim, P.reviewClaimOfSoleAccountant],
      [P.payExpenseClaim, P.payClaimOfSoleAccountant],
    ];
    for (const [mutation, step] of stepsUnder)
      for (const who of people.filter((v) => may(v, step)))
        expect({ mutation: mutation.action, who: who.username, through: mayAnywhere(who, mutation, P) }).toMatchObject({ through: true });
  });

  it('lets each approval level be taken by one role: director and principal at their school, the administrator for the district', () => {
    const levels = [P.approveAtDirectorLevel, P.approveAtPrincipalLevel, P.approveAtDistrictLevel];
    const who = (...names: (keyof typeof V)[]) => levels.map((rule) => names.filter((name) => may(as(name), rule, SCHOOL_A)));
    expect(who('director', 'principal', 'admin', 'accountant', 'directorB', 'principalB')).toEqual([
      ['director'],
      ['principal'],
      ['admin'],
    ]);
  });
});
