import { type TestSubgraph } from '@houqin/testing';
import { Finance, FY, SCHOOL_A, V, expectBadInput, expectCode, expectNoWrites, ok, invoice, startFinance } from './support';

/**
 * A budget line always agrees with the ledger: spending posted outside the request and claim
 * workflows (a manual entry, a reversal) moves the line too, and a rejected claim gives its
 * invoices back.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string;
let canteen: string;
let supplier: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  canteen = await f.category('CANTEEN_FOOD', { fund: 'CANTEEN' });
  await f.budget(SCHOOL_A, office, '1000.00');
  await f.budget(SCHOOL_A, canteen, '5000.00');
  supplier = await f.supplier();
});
afterAll(() => sub?.stop());

const entry = (lines: Record<string, unknown>[], fund = 'SCHOOL', entryDate = '2026-06-10') => ({
  schoolId: SCHOOL_A,
  fund,
  entryDate,
  memo: 'Bank charge for the printer lease',
  lines,
});

describe('a manual entry with a budget category', () => {
  it('moves the budget line by its cost, so the line and the ledger agree', async () => {
    ok(
      await f.postEntry(
        V.accountant,
        entry([
          { account: 'EXPENSE', debit: '120.00', categoryId: office },
          { account: 'BANK', credit: '120.00' },
        ]),
      ),
    );
    const line = await f.budgetLine(SCHOOL_A, office);
    expect(line.spent).toBe(12000);
    expect(line.spentByMonth[5]).toBe(12000);
  });

  it('is refused over a BLOCK budget, on a non-cost line, in the wrong fund or with an unknown category', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry([
            { account: 'EXPENSE', debit: '5000.00', categoryId: office },
            { account: 'BANK', credit: '5000.00' },
          ]),
        ),
        'lines',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry([
            { account: 'EXPENSE', debit: '1.00' },
            { account: 'BANK', credit: '1.00', categoryId: office },
          ]),
        ),
        'lines.1.categoryId',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry([
            { account: 'EXPENSE', debit: '1.00', categoryId: canteen },
            { account: 'BANK', credit: '1.00' },
          ]),
        ),
        'lines.0.categoryId',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry([
            { account: 'EXPENSE', debit: '1.00', categoryId: '01900000-0000-7000-8000-999999999999' },
            { account: 'BANK', credit: '1.00' },
          ]),
        ),
        'lines.0.categoryId',
      );
    });
  });
});

describe('reversing a payment', () => {
  it('gives the budget back to the year it was charged to, and is not counted as another payment', async () => {
    const before = await f.budgetLine(SCHOOL_A, office);
    const paid = await f.paidPurchase(SCHOOL_A, office, supplier, [{ quantity: 2, price: '50.00' }], '2026-07-01');
    expect((await f.budgetLine(SCHOOL_A, office)).spent).toBe(before.spent + 10000);
    const [payment] = await f.entriesOf(paid.id);
    ok(
      await f.sub.as(V.accountant).request('mutation($i: ReverseJournalEntryInput!) { reverseJournalEntry(input: $i) { id } }', {
        i: { entryId: payment.id, reason: 'Paid twice by the bank', entryDate: '2026-07-02' },
      }),
    );
    expect((await f.budgetLine(SCHOOL_A, office)).spent).toBe(before.spent);
    const top = ok(await f.sub.as(V.accountant).request(`{ topSuppliers(fiscalYear: ${FY}) { paid { fen } payments } }`)).topSuppliers;
    expect(top).toEqual([{ paid: { fen: 0 }, payments: 1 }]);
  });
});

describe('a rejected claim', () => {
  it('releases its invoice numbers for a corrected claim, while a live claim keeps them', async () => {
    const number = invoice();
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '30.00', invoiceNumber: number }]);
    await expectNoWrites(sub, async () =>
      expectBadInput(
        await f.submitClaimRaw(V.teacher, {
          schoolId: SCHOOL_A,
          title: 'Again',
          lines: [{ categoryId: office, amount: '30.00', invoiceNumber: number }],
        }),
        'lines.0.invoiceNumber',
      ),
    );
    ok(await f.rejectClaim(V.accountant, claim.id, 'Wrong amount on the form'));
    const refiled = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '25.00', invoiceNumber: number }]);
    expect(refiled.claim.status).toBe('SUBMITTED');
  });
});

describe("approval never waits at the filer's own level", () => {
  it("skips only the levels the filer holds: a principal's small request is still the director's to approve", async () => {
    const request = await f.submitPurchase(V.principal, SCHOOL_A, office, [{ quantity: 1, price: '10.00' }]);
    expect(request).toMatchObject({ nextApprovalLevel: 'DIRECTOR', requiredLevel: 'DIRECTOR' });
    // The principal is not a director, so the director approves as usual; only levels the filer holds are skipped.
    expect(ok(await f.approvePurchase(V.director, request.id)).approvePurchaseRequest.status).toBe('APPROVED');
    expectCode(await f.approvePurchase(V.principal, request.id), 'CONFLICT');
  });
});
