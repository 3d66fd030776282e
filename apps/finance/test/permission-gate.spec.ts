/**
 * Who may not take a mutation learns nothing from its input: every finance mutation, sent a
 * malformed input, answers FORBIDDEN (UNAUTHENTICATED without a viewer) to whoever holds none of the
 * roles its rule allows at any school or district-wide, and BAD_USER_INPUT only to who could take it
 * somewhere. The approval mutations count every role that approves at some level, and the claim steps
 * the accountant's stand-in and the rejection at review (the rules their service checks, `alsoUnder`).
 */
import { mayAnywhere, Viewer, type ViewerClaims } from '@houqin/auth';
import { demoViewer, expectNoWrites, mutationNames, type TestSubgraph } from '@houqin/testing';
import { join } from 'node:path';
import { P } from '../src/permissions';
import { startFinance, V } from './support';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFinance();
});
afterAll(() => sub?.stop());

const NOPE = 'not-an-id';
/** A malformed input per mutation (types right, values wrong), and the GraphQL input type. */
const MALFORMED: Record<string, [string, Record<string, unknown>]> = {
  createBudgetCategory: ['CreateBudgetCategoryInput', { code: '', name: ' ', fund: 'SCHOOL', overrunPolicy: 'BLOCK' }],
  updateBudgetCategory: ['UpdateBudgetCategoryInput', { id: NOPE, version: 1 }],
  setApprovalPolicy: ['SetApprovalPolicyInput', { directorLimit: 'abc', principalLimit: '-1' }],
  setBudget: ['SetBudgetInput', { schoolId: NOPE, categoryId: NOPE, fiscalYear: 2026, allocated: 'x' }],
  importBudgets: ['ImportBudgetsInput', { rows: [{ schoolId: NOPE, categoryCode: 'x', fiscalYear: 2026, allocated: 'x' }] }],
  postJournalEntry: ['PostJournalEntryInput', { schoolId: NOPE, fund: 'SCHOOL', entryDate: 'x', memo: '', lines: [] }],
  reverseJournalEntry: ['ReverseJournalEntryInput', { entryId: NOPE, reason: '' }],
  postRefund: ['PostRefundInput', { paymentEntryId: NOPE, amount: 'x', reason: '' }],
  transferBetweenFunds: ['TransferBetweenFundsInput', { schoolId: NOPE, from: 'SCHOOL', amount: 'x', memo: '' }],
  closePeriod: ['ClosePeriodInput', { schoolId: NOPE, fund: 'SCHOOL', period: 'x' }],
  postRepairExpense: ['PostRepairExpenseInput', { id: NOPE, version: 1 }],
  createSupplier: ['CreateSupplierInput', { name: '', creditCode: 'x' }],
  importSuppliers: ['ImportSuppliersInput', { rows: [{ name: '', creditCode: 'x' }] }],
  updateSupplier: ['UpdateSupplierInput', { id: NOPE, version: 1 }],
  submitPurchaseRequest: ['SubmitPurchaseRequestInput', { schoolId: NOPE, categoryId: NOPE, reason: '', lines: [] }],
  submitDraftPurchaseRequest: ['SubmitDraftPurchaseRequestInput', { id: NOPE, categoryId: NOPE, fiscalYear: 1 }],
  approvePurchaseRequest: ['ApproveInput', { id: NOPE }],
  rejectPurchaseRequest: ['RejectInput', { id: NOPE, reason: '' }],
  orderPurchase: ['OrderPurchaseInput', { id: NOPE, supplierId: NOPE, lines: [] }],
  receivePurchase: ['ReceivePurchaseInput', { id: NOPE, lines: [] }],
  payPurchase: ['PayInput', { id: NOPE }],
  submitExpenseClaim: ['SubmitExpenseClaimInput', { schoolId: NOPE, title: '', lines: [] }],
  reviewExpenseClaim: ['ReviewClaimInput', { id: NOPE }],
  approveExpenseClaim: ['ApproveInput', { id: NOPE }],
  rejectExpenseClaim: ['RejectInput', { id: NOPE, reason: '' }],
  payExpenseClaim: ['PayInput', { id: NOPE }],
};

function call(as: ViewerClaims | null, mutation: string) {
  if (mutation === 'replayFinanceDeadLetter')
    return sub.as(as).request('mutation($id: ID!) { replayFinanceDeadLetter(id: $id) { __typename } }', { id: NOPE });
  const [type, input] = MALFORMED[mutation];
  return sub.as(as).request(`mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input });
}
const codeOf = async (as: ViewerClaims | null, mutation: string) => (await call(as, mutation)).errors?.[0]?.extensions?.code;

const MUTATIONS = mutationNames(join(__dirname, '..', 'schema.graphql'));
const PEOPLE = { ...V, canteen: demoViewer('canteen') };

describe('the permission gate of finance', () => {
  it('has a malformed input for every mutation of the schema', () => {
    expect(MUTATIONS.filter((m) => m !== 'replayFinanceDeadLetter' && !MALFORMED[m])).toEqual([]);
  });

  it('answers FORBIDDEN before any validation to who holds none of the roles anywhere, and writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      for (const mutation of MUTATIONS) {
        expect({ mutation, code: await codeOf(null, mutation) }).toEqual({ mutation, code: 'UNAUTHENTICATED' });
        for (const [name, who] of Object.entries(PEOPLE)) {
          const could = mayAnywhere(new Viewer(who), P[mutation as keyof typeof P], P);
          const want = could ? 'BAD_USER_INPUT' : 'FORBIDDEN';
          expect({ mutation, name, code: await codeOf(who, mutation) }).toEqual({ mutation, name, code: want });
        }
      }
    });
  });

  it('as the issue tried it: the auditor and a teacher are refused before their input is read', async () => {
    for (const mutation of MUTATIONS)
      expect({ mutation, code: await codeOf(V.auditor, mutation) }).toEqual({ mutation, code: 'FORBIDDEN' });
    for (const mutation of ['approvePurchaseRequest', 'rejectPurchaseRequest', 'payPurchase', 'orderPurchase', 'reviewExpenseClaim'])
      expect({ mutation, code: await codeOf(V.teacher, mutation) }).toEqual({ mutation, code: 'FORBIDDEN' });
    expect(await codeOf(V.storekeeper, 'payPurchase')).toBe('FORBIDDEN');
    expect(await codeOf(V.admin, 'submitPurchaseRequest')).toBe('FORBIDDEN');
  });

  it('lets through whoever may take the mutation through any rule its service checks', async () => {
    // Approving at some level: the director, the principal, the district administrator.
    for (const who of [V.director, V.principal, V.admin, V.directorB])
      expect(await codeOf(who, 'approvePurchaseRequest')).toBe('BAD_USER_INPUT');
    // Rejecting a claim at review is the accountant's, through the same mutation as the approvers' rejection.
    expect(await codeOf(V.accountant, 'rejectExpenseClaim')).toBe('BAD_USER_INPUT');
    // The director reviews and pays the claim of a school's only accountant.
    expect(await codeOf(V.director, 'reviewExpenseClaim')).toBe('BAD_USER_INPUT');
    expect(await codeOf(V.director, 'payExpenseClaim')).toBe('BAD_USER_INPUT');
    expect(await codeOf(V.principal, 'reviewExpenseClaim')).toBe('FORBIDDEN');
  });
});
