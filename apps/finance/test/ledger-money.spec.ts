import { type TestSubgraph } from '@houqin/testing';
import { budgetSql } from '../src/budget/budget.store';
import { ENTRY_FIELDS, expectBadInput, expectCode, expectNoWrites, Finance, FY, ok, SCHOOL_A, startFinance, V } from './support';
import type { EntryOut } from './support';

/**
 * Money cannot be invented or moved out of control (issue 8): a manual entry obeys the budget like a
 * payment and never credits spending or debits the bank from nowhere; spending comes back only by a
 * reversal or a refund of a real payment; money moves between the two accounts only by a transfer;
 * and nothing is dated outside the open fiscal year, before the last closed month or after today.
 * The subgraph's today is pinned to FY-12-15 (support.ts), so the dates below never depend on the real date.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string;
let warn: string;
let food: string;
let supplier: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  warn = await f.category('TRAINING', { overrunPolicy: 'WARN' });
  food = await f.category('CANTEEN_FOOD', { fund: 'CANTEEN' });
  await f.budget(SCHOOL_A, office, '1000.00');
  await f.budget(SCHOOL_A, food, '5000.00');
  supplier = await f.supplier();
}, 60000);
afterAll(() => sub?.stop());

const manual = (lines: Record<string, unknown>[], entryDate = `${FY}-06-10`, fund = 'SCHOOL') => ({
  schoolId: SCHOOL_A,
  fund,
  entryDate,
  memo: 'Manual entry (手工凭证)',
  lines,
});
const REFUND = `mutation($input: PostRefundInput!) { postRefund(input: $input) { ${ENTRY_FIELDS} } }`;
const TRANSFER = `mutation($input: TransferBetweenFundsInput!) { transferBetweenFunds(input: $input) { from { ${ENTRY_FIELDS} } to { ${ENTRY_FIELDS} } } }`;
const REVERSE = `mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const CLOSE = 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id } }';
const BALANCES = `query($id: ID!) { _entities(representations: [{ __typename: "School", id: $id }]) { ... on School { accountBalances { school { fen } canteen { fen } } } } }`;

async function balances(): Promise<Record<string, number>> {
  const data = ok<{ _entities: { accountBalances: { school: { fen: number }; canteen: { fen: number } } }[] }>(
    await f.request(V.accountant, BALANCES, { id: SCHOOL_A }),
  );
  const { school, canteen } = data._entities[0].accountBalances;
  return { SCHOOL: school.fen, CANTEEN: canteen.fen };
}

const refund = (input: Record<string, unknown>, as = V.accountant) => f.request(as, REFUND, { input });
const transfer = (input: Record<string, unknown>, as = V.accountant) => f.request(as, TRANSFER, { input });

describe('a manual entry cannot invent money or lift a budget line', () => {
  it('refuses a credit to an expense category (Dr BANK / Cr EXPENSE): spent, remaining and the bank stay as they were', async () => {
    await f.paidPurchase(SCHOOL_A, office, supplier, [{ quantity: 1, price: '900.00' }], `${FY}-05-02`);
    const line = await f.budgetLine(SCHOOL_A, office);
    const bank = await balances();
    await expectNoWrites(sub, async () => {
      // The probe of issue 8: bank money from nowhere, the blocking line lifted past its allocation.
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'BANK', debit: '5000.00' },
            { account: 'EXPENSE', credit: '5000.00', categoryId: office },
          ]),
        ),
        'lines.1',
      );
      // Without a category, or against another cost, a credit to spending is refused the same way.
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'BANK', debit: '10.00' },
            { account: 'EXPENSE', credit: '10.00' },
          ]),
        ),
        'lines.1',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'EXPENSE', debit: '10.00', categoryId: warn },
            { account: 'EXPENSE', credit: '10.00', categoryId: office },
          ]),
        ),
        'lines.1',
      );
    });
    expect(await f.budgetLine(SCHOOL_A, office)).toEqual(line);
    expect(line.remaining).toBeLessThanOrEqual(line.allocated);
    expect(await balances()).toEqual(bank);
  });

  it('refuses bank money that no receipt produced: a debit to BANK is a receipt from income, never against the bank or a cost', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'BANK', debit: '10.00' },
            { account: 'BANK', credit: '10.00' },
          ]),
        ),
        'lines.0',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'BANK', debit: '10.00' },
            { account: 'OTHER_INCOME', credit: '5.00' },
            { account: 'BANK', credit: '5.00' },
          ]),
        ),
        'lines.0',
      );
    });
    // A receipt is fine: appropriation income into the school account.
    const before = await balances();
    ok(
      await f.postEntry(
        V.accountant,
        manual([
          { account: 'BANK', debit: '20000.00' },
          { account: 'APPROPRIATION_INCOME', credit: '20000.00' },
        ]),
      ),
    );
    expect((await balances()).SCHOOL).toBe(before.SCHOOL + 2_000_000);
  });

  it('still obeys a BLOCK line when it charges one, as a payment does', async () => {
    const line = await f.budgetLine(SCHOOL_A, office);
    await expectNoWrites(sub, async () =>
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'EXPENSE', debit: yuan(line.remaining + 1), categoryId: office },
            { account: 'BANK', credit: yuan(line.remaining + 1) },
          ]),
        ),
        'lines',
      ),
    );
  });
});

describe('spent never goes below zero', () => {
  it('the conditional UPDATE of a budget line refuses to give back more than was spent, BLOCK or WARN', async () => {
    const line = await f.budgetLine(SCHOOL_A, office);
    for (const [categoryId, block] of [
      [office, true],
      [warn, false],
    ] as const) {
      const spent = (await f.budgetLine(SCHOOL_A, categoryId)).spent;
      const key = { schoolId: SCHOOL_A, fiscalYear: FY, categoryId };
      const result = await budgetSql.settle(sub.dataSource.manager, key, 0, -(spent + 1), block).execute();
      expect(result.affected ?? 0).toBe(0);
    }
    expect(await f.budgetLine(SCHOOL_A, office)).toEqual(line);
  });
});

describe('a refund (退款) of a real payment', () => {
  let payment: EntryOut;

  beforeAll(async () => {
    const paid = await f.paidPurchase(SCHOOL_A, office, supplier, [{ quantity: 1, price: '60.00' }], `${FY}-07-01`);
    [payment] = await f.entriesOf(paid.id);
  });

  it('debits the bank, credits the category the payment charged, gives the budget back, and names the payment', async () => {
    const line = await f.budgetLine(SCHOOL_A, office);
    const bank = await balances();
    const entry = ok<{ postRefund: EntryOut }>(
      await refund({ paymentEntryId: payment.id, amount: '25.00', entryDate: `${FY}-07-20`, reason: 'Two boxes returned (退货)' }),
    ).postRefund;
    expect(entry).toMatchObject({ sourceType: 'REFUND', sourceId: payment.id, fund: 'SCHOOL', entryDate: `${FY}-07-20` });
    expect(entry.lines.map((l) => [l.account, l.categoryId, l.supplierId, l.debit.fen, l.credit.fen])).toEqual([
      ['BANK', null, supplier, 2500, 0],
      ['EXPENSE', office, null, 0, 2500],
    ]);
    expect((await f.budgetLine(SCHOOL_A, office)).spent).toBe(line.spent - 2500);
    expect((await balances()).SCHOOL).toBe(bank.SCHOOL + 2500);
  });

  it('never exceeds what the payment charged, net of earlier refunds, and names a payment that stands', async () => {
    const bankCharge = ok<{ postJournalEntry: EntryOut }>(
      await f.postEntry(
        V.accountant,
        manual([
          { account: 'EXPENSE', debit: '3.00', categoryId: warn },
          { account: 'BANK', credit: '3.00' },
        ]),
      ),
    ).postJournalEntry;
    ok(await f.request(V.accountant, REVERSE, { input: { entryId: bankCharge.id, reason: 'Charged by mistake' } }));
    const income = ok<{ postJournalEntry: EntryOut }>(
      await f.postEntry(
        V.accountant,
        manual([
          { account: 'BANK', debit: '5.00' },
          { account: 'OTHER_INCOME', credit: '5.00' },
        ]),
      ),
    ).postJournalEntry;
    await expectNoWrites(sub, async () => {
      // 60 paid, 25 refunded: 35.01 is too much.
      expectBadInput(await refund({ paymentEntryId: payment.id, amount: '35.01', reason: 'Too much' }), 'amount');
      expectBadInput(await refund({ paymentEntryId: payment.id, amount: '1.00', categoryId: warn, reason: 'Other line' }), 'categoryId');
      expectBadInput(await refund({ paymentEntryId: income.id, amount: '1.00', reason: 'Not a payment' }), 'paymentEntryId');
      expectBadInput(await refund({ paymentEntryId: bankCharge.id, amount: '1.00', reason: 'Reversed already' }), 'paymentEntryId');
      expectBadInput(await refund({ paymentEntryId: payment.id, amount: '-1.00', reason: 'Negative' }), 'amount');
      expectBadInput(await refund({ paymentEntryId: payment.id, amount: '1.00', reason: '   ' }), 'reason');
      expectBadInput(await refund({ paymentEntryId: payment.id, amount: '1.00', reason: 'Later', entryDate: `${FY}-12-16` }), 'entryDate');
      // Nobody but the school's accountant: FORBIDDEN before the payment is even read.
      for (const who of [V.auditor, V.principal, V.director, V.storekeeper, V.admin])
        expectCode(await refund({ paymentEntryId: payment.id, amount: '1.00', reason: 'Returned' }, who), 'FORBIDDEN');
    });
    ok(await refund({ paymentEntryId: payment.id, amount: '35.00', reason: 'The rest came back' }));
    await expectNoWrites(sub, async () =>
      expectBadInput(await refund({ paymentEntryId: payment.id, amount: '0.01', reason: 'Nothing left' }), 'amount'),
    );
  });

  it('a refunded payment is not reversed (reverse the refunds first); a refund is reversed like any entry', async () => {
    const mine = (await f.entriesOf(payment.id)).filter((e) => e.sourceType === 'REFUND');
    expect(mine.map((e) => e.lines[0].debit.fen)).toEqual([2500, 3500]);
    await expectNoWrites(sub, async () =>
      expectCode(await f.request(V.accountant, REVERSE, { input: { entryId: payment.id, reason: 'Wrong' } }), 'CONFLICT'),
    );
    const spent = (await f.budgetLine(SCHOOL_A, office)).spent;
    ok(await f.request(V.accountant, REVERSE, { input: { entryId: mine[1].id, reason: 'Refund bounced (退款退回)' } }));
    expect((await f.budgetLine(SCHOOL_A, office)).spent).toBe(spent + 3500);
  });
});

describe('a transfer between the school and canteen accounts', () => {
  it('posts one entry in each account through the internal-transfer account: money leaves one bank and reaches the other', async () => {
    const before = await balances();
    const moved = ok<{ transferBetweenFunds: { from: EntryOut; to: EntryOut } }>(
      await transfer({
        schoolId: SCHOOL_A,
        from: 'SCHOOL',
        amount: '300.00',
        entryDate: `${FY}-08-03`,
        memo: 'Canteen subsidy (食堂补贴)',
      }),
    ).transferBetweenFunds;
    expect(moved.from).toMatchObject({ fund: 'SCHOOL', sourceType: 'TRANSFER' });
    expect(moved.to).toMatchObject({ fund: 'CANTEEN', sourceType: 'TRANSFER', sourceId: moved.from.sourceId });
    expect(moved.from.lines.map((l) => [l.account, l.debit.fen, l.credit.fen])).toEqual([
      ['INTERNAL_TRANSFER', 30000, 0],
      ['BANK', 0, 30000],
    ]);
    expect(moved.to.lines.map((l) => [l.account, l.debit.fen, l.credit.fen])).toEqual([
      ['BANK', 30000, 0],
      ['INTERNAL_TRANSFER', 0, 30000],
    ]);
    const after = await balances();
    expect(after.SCHOOL).toBe(before.SCHOOL - 30000);
    expect(after.CANTEEN).toBe(before.CANTEEN + 30000);

    // Reversing one half reverses both: the money goes back, the transfer account nets to zero.
    ok(await f.request(V.accountant, REVERSE, { input: { entryId: moved.to.id, reason: 'Wrong account' } }));
    expect(await balances()).toEqual(before);
  });

  it('is refused without the role (before any check), for a non-positive amount, or by hand through INTERNAL_TRANSFER', async () => {
    await expectNoWrites(sub, async () => {
      for (const who of [V.auditor, V.admin, V.director, V.canteen, V.accountant2])
        expectCode(await transfer({ schoolId: SCHOOL_A, from: 'SCHOOL', amount: '1.00', memo: 'Subsidy' }, who), 'FORBIDDEN');
      expectBadInput(await transfer({ schoolId: SCHOOL_A, from: 'SCHOOL', amount: '0.00', memo: 'Nothing' }), 'amount');
      expectBadInput(await transfer({ schoolId: SCHOOL_A, from: 'SCHOOL', amount: '1.00', memo: '  ' }), 'memo');
      expectBadInput(
        await transfer({ schoolId: SCHOOL_A, from: 'CANTEEN', amount: '1.00', memo: 'Back-dated', entryDate: `${FY - 1}-12-31` }),
        'entryDate',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          manual([
            { account: 'BANK', debit: '10.00' },
            { account: 'INTERNAL_TRANSFER', credit: '10.00' },
          ]),
        ),
        'lines.1.account',
      );
    });
  });
});

describe('no back-dating (and no post-dating)', () => {
  it('a payment, receipt or reversal dates inside the open fiscal year and not after today, else BAD_USER_INPUT on its date', async () => {
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: warn, amount: '10.00' }]);
    await f.approveClaimFully(claim);
    const receipt = (date: string) =>
      f.postEntry(
        V.accountant,
        manual(
          [
            { account: 'BANK', debit: '1.00' },
            { account: 'OTHER_INCOME', credit: '1.00' },
          ],
          date,
        ),
      );
    await expectNoWrites(sub, async () => {
      for (const date of [`${FY - 3}-06-01`, `${FY - 1}-12-31`, `${FY}-12-16`, `${FY + 1}-01-01`]) {
        expectBadInput(await f.payClaim(V.accountant, claim.id, date), 'paidOn');
        expectBadInput(await receipt(date), 'entryDate');
      }
    });
    expect(ok(await receipt(`${FY}-01-01`)).postJournalEntry.entryDate).toBe(`${FY}-01-01`);
    expect(ok(await f.payClaim(V.accountant, claim.id, `${FY}-12-15`)).payExpenseClaim.status).toBe('PAID');
  });

  it('nothing dates before the last closed month of that account, even in a month left open before it', async () => {
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: warn, amount: '10.00' }]);
    await f.approveClaimFully(claim);
    // September of the school account is closed; August was never closed, but it is before.
    ok(await f.request(V.accountant, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'SCHOOL', period: `${FY}-09` } }));
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.payClaim(V.accountant, claim.id, `${FY}-08-31`), 'paidOn');
      expectBadInput(await f.payClaim(V.accountant, claim.id, `${FY}-09-30`), 'paidOn');
      expectBadInput(
        await transfer({ schoolId: SCHOOL_A, from: 'CANTEEN', amount: '1.00', memo: 'Before the close', entryDate: `${FY}-08-31` }),
        'entryDate',
      );
    });
    // The canteen account closed nothing: its August is still open.
    await f.mealFees(SCHOOL_A, '1.00', `${FY}-08-31`);
    expect(ok(await f.payClaim(V.accountant, claim.id, `${FY}-10-01`)).payExpenseClaim.status).toBe('PAID');
  });
});

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}
