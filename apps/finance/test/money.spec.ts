import { AuditEntry } from '@houqin/persistence';
import { type GraphQLResponse, type TestSubgraph } from '@houqin/testing';
import { expectBadInput, expectNoWrites, Finance, FY, invoice, ok, SCHOOL_A, SET_BUDGET, startFinance, V } from './support';
import type { ClaimLineOut, EntryLineOut } from './support';

/**
 * Money is exact (brief §4): every amount comes in as a yuan string with at most two places. A
 * negative amount, a fraction of a fen or anything that is not an amount is BAD_USER_INPUT naming
 * the field — on every input that takes money — and nothing at all is written.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string;
let approvedRequest: string;

/** Refused everywhere with the field named. */
const BAD = [
  '-1.00',
  '-0.01',
  '1.005',
  '0.001',
  'abc',
  '1e3',
  '12,50',
  '¥10',
  '0x10',
  'NaN',
  'Infinity',
  '1.2.3',
  '.5',
  '99999999999.00',
  '1'.repeat(21),
];

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  await f.budget(SCHOOL_A, office, '10000.00');
  const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [
    { quantity: 2, price: '10.00' },
    { quantity: 1, price: '5.00' },
  ]);
  await f.approvePurchaseFully(request);
  approvedRequest = request.id;
  await f.supplier();
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

async function refusedEverywhere(field: string, act: (amount: string) => Promise<GraphQLResponse>, values = BAD): Promise<void> {
  const audits = await sub.dataSource.getRepository(AuditEntry).count();
  await expectNoWrites(sub, async () => {
    for (const value of values) {
      const response = await act(value);
      try {
        expectBadInput(response, field);
      } catch (error) {
        throw new Error(`${JSON.stringify(value)} on ${field}: ${JSON.stringify(response.errors)}\n${error}`);
      }
    }
  });
  expect(await sub.dataSource.getRepository(AuditEntry).count()).toBe(audits);
}

describe('bad amounts are refused on every money input', () => {
  it('approval thresholds', async () => {
    await refusedEverywhere('directorLimit', async (v) =>
      f.request(V.admin, 'mutation($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { directorLimit { fen } } }', {
        input: { directorLimit: v, principalLimit: '100.00' },
      }),
    );
    await refusedEverywhere('principalLimit', async (v) =>
      f.request(V.admin, 'mutation($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) { directorLimit { fen } } }', {
        input: { directorLimit: '1.00', principalLimit: v },
      }),
    );
  });

  it('budget allocations', async () => {
    await refusedEverywhere(
      'allocated',
      async (v) => f.request(V.admin, SET_BUDGET, { input: { schoolId: SCHOOL_A, categoryId: office, fiscalYear: FY, allocated: v } }),
      [...BAD, ''],
    );
  });

  it('manual journal lines', async () => {
    const post = (debit: string, credit: string) =>
      f.postEntry(V.accountant, {
        schoolId: SCHOOL_A,
        fund: 'SCHOOL',
        entryDate: '2026-03-01',
        memo: 'x',
        lines: [
          { account: 'BANK', debit },
          { account: 'OTHER_INCOME', credit },
        ],
      });
    await refusedEverywhere('lines.0.debit', (v) => post(v, '1.00'));
    await refusedEverywhere('lines.1.credit', (v) => post('1.00', v));
  });

  it('estimated prices of a purchase request', async () => {
    const submit = (a: string, b: string) =>
      f.submitPurchaseRaw(V.teacher, {
        schoolId: SCHOOL_A,
        categoryId: office,
        fiscalYear: FY,
        reason: 'x',
        lines: [
          { description: 'a', quantity: 1, unit: 'box', estimatedUnitPrice: a },
          { description: 'b', quantity: 1, unit: 'box', estimatedUnitPrice: b },
        ],
      });
    await refusedEverywhere('lines.0.estimatedUnitPrice', (v) => submit(v, '1.00'), [...BAD, '']);
    await refusedEverywhere('lines.1.estimatedUnitPrice', (v) => submit('1.00', v));
  });

  it('actual prices of an order', async () => {
    const supplier = ok(await f.request(V.accountant, '{ suppliers { nodes { id } } }')).suppliers.nodes[0].id;
    const order = (a: string, b: string) => f.orderPurchase(V.accountant, approvedRequest, supplier, [a, b]);
    await refusedEverywhere('lines.0.actualUnitPrice', (v) => order(v, '1.00'), [...BAD, '']);
    await refusedEverywhere('lines.1.actualUnitPrice', (v) => order('1.00', v));
  });

  it('claimed amounts', async () => {
    const claim = (a: string, b: string, c: string) =>
      f.submitClaimRaw(V.teacher, {
        schoolId: SCHOOL_A,
        title: 'x',
        fiscalYear: FY,
        lines: [
          { categoryId: office, amount: a, invoiceNumber: invoice() },
          { categoryId: office, amount: b, invoiceNumber: invoice() },
          { categoryId: office, amount: c, invoiceNumber: invoice() },
        ],
      });
    await refusedEverywhere('lines.0.amount', (v) => claim(v, '1.00', '1.00'), [...BAD, '', '0', '0.00']);
    await refusedEverywhere('lines.2.amount', (v) => claim('1.00', '1.00', v), [...BAD, '0']);
  });
});

describe('good amounts are read exactly', () => {
  it('whole yuan, one or two places, surrounding spaces, and the largest amount accepted', async () => {
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [
      { categoryId: office, amount: '12' },
      { categoryId: office, amount: '0.5' },
      { categoryId: office, amount: ' 7.10 ' },
      { categoryId: office, amount: '0.01' },
      { categoryId: office, amount: '000.10' },
    ]);
    expect(claim.lines.map((l: ClaimLineOut) => [l.amount.yuan, l.amount.fen])).toEqual([
      ['12.00', 1200],
      ['0.50', 50],
      ['7.10', 710],
      ['0.01', 1],
      ['0.10', 10],
    ]);
    expect(claim.total).toEqual({ yuan: '19.71', fen: 1971 });

    // BIGINT all the way: ten billion yuan less a fen survives the database exactly.
    const line = await f.budget(SCHOOL_A, office, '9999999999.99');
    expect(line.allocated).toEqual({ yuan: '9999999999.99', fen: 999999999999 });
    expect((await f.budgetLine(SCHOOL_A, office)).allocated).toBe(999999999999);
    // 0.1 + 0.2 is 0.30 here.
    const sum = ok(
      await f.postEntry(V.accountant, {
        schoolId: SCHOOL_A,
        fund: 'SCHOOL',
        entryDate: '2026-03-01',
        memo: 'x',
        lines: [
          { account: 'BANK', debit: '0.30' },
          { account: 'OTHER_INCOME', credit: '0.1' },
          { account: 'OTHER_INCOME', credit: '0.20' },
        ],
      }),
    ).postJournalEntry;
    expect(sum.lines.map((l: EntryLineOut) => l.debit.fen + l.credit.fen)).toEqual([30, 10, 20]);
  });

  it('a request line total is quantity × unit price, exactly', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [
      { quantity: 3, price: '0.10' },
      { quantity: 7, price: '33.33' },
    ]);
    expect(request.estimatedTotal).toEqual({ yuan: '233.61', fen: 23361 });
  });
});
