import { Fund, LedgerAccount } from './ledger.entity';
import { todayIn } from '@houqin/common';
import {
  checkBalanced,
  checkDateRange,
  checkEntryDate,
  checkManualEntry,
  costAccountFor,
  deliveryEntryDate,
  deliveryLines,
  otherFund,
  paymentOf,
  periodOf,
  refundableCharges,
  refundLines,
  reversalOf,
  spendingByCategory,
  transferLines,
  yearOf,
} from './ledger.rules';
import type { PostingLine } from './ledger.rules';
import { fieldOf } from '../../test/thrown';

const { BANK, EXPENSE, FOOD_COST, MEAL_FEE_INCOME, OTHER_INCOME, APPROPRIATION_INCOME, INTERNAL_TRANSFER } = LedgerAccount;
const dr = (account: LedgerAccount, fen: number, categoryId?: string): PostingLine => ({
  account,
  debitFen: fen,
  creditFen: 0,
  categoryId,
});
const cr = (account: LedgerAccount, fen: number, categoryId?: string): PostingLine => ({
  account,
  debitFen: 0,
  creditFen: fen,
  categoryId,
});

describe('ledger rules', () => {
  it("an entry's month and year come from its date", () => {
    expect(periodOf('2026-03-31')).toBe('2026-03');
    expect(yearOf('2026-03-31')).toBe(2026);
  });

  it("a payment's cost is food cost in the canteen account, expense otherwise", () => {
    expect(costAccountFor(Fund.CANTEEN)).toBe(FOOD_COST);
    expect(costAccountFor(Fund.SCHOOL)).toBe(EXPENSE);
  });

  describe('double entry (记账凭证)', () => {
    it('accepts two or more one-sided lines whose debits equal their credits', () => {
      expect(fieldOf(() => checkBalanced(Fund.CANTEEN, [dr(BANK, 100), cr(MEAL_FEE_INCOME, 60), cr(OTHER_INCOME, 40)]))).toBe('none');
    });

    it('names what is wrong: too few lines, a two-sided or empty line, an account of the other fund, unequal sides', () => {
      expect(fieldOf(() => checkBalanced(Fund.SCHOOL, [dr(BANK, 100)]))).toBe('lines');
      expect(fieldOf(() => checkBalanced(Fund.SCHOOL, [{ account: BANK, debitFen: 100, creditFen: 100 }, cr(OTHER_INCOME, 0)]))).toBe(
        'lines.0',
      );
      expect(fieldOf(() => checkBalanced(Fund.SCHOOL, [dr(BANK, 100), cr(OTHER_INCOME, 0), cr(OTHER_INCOME, 100)]))).toBe('lines.1');
      expect(fieldOf(() => checkBalanced(Fund.SCHOOL, [dr(BANK, 100), cr(MEAL_FEE_INCOME, 100)]))).toBe('lines.1.account');
      expect(fieldOf(() => checkBalanced(Fund.SCHOOL, [dr(FOOD_COST, 100), cr(BANK, 100)]))).toBe('lines.0.account');
      expect(fieldOf(() => checkBalanced(Fund.SCHOOL, [dr(BANK, 100), cr(OTHER_INCOME, 99)]))).toBe('lines');
    });
  });

  it('a reversal swaps every debit and credit (红字冲销)', () => {
    expect(reversalOf([dr(EXPENSE, 100, 'office'), cr(BANK, 100)])).toEqual([
      { account: EXPENSE, debitFen: 0, creditFen: 100, categoryId: 'office', supplierId: undefined },
      { account: BANK, debitFen: 100, creditFen: 0, categoryId: undefined, supplierId: undefined },
    ]);
  });

  it('spending per category is the net of the cost lines, leaving out what nets to zero', () => {
    const lines = [
      dr(EXPENSE, 300, 'office'),
      cr(EXPENSE, 100, 'office'),
      dr(FOOD_COST, 50, 'food'),
      cr(FOOD_COST, 50, 'food'),
      dr(BANK, 70, 'office'),
      cr(BANK, 250),
    ];
    expect([...spendingByCategory(lines)]).toEqual([['office', 200]]);
  });

  describe('a payment (付款)', () => {
    it('is a posting that takes money out of the bank account, by its net BANK credit, naming the supplier on it', () => {
      const paid = { ...cr(BANK, 8000), supplierId: 'supplier-1' };
      expect(paymentOf('PURCHASE_REQUEST', [dr(FOOD_COST, 8000, 'food'), paid])).toEqual({
        sourceType: 'PURCHASE_REQUEST',
        amountFen: 8000,
        supplierId: 'supplier-1',
      });
      expect(paymentOf('MANUAL', [dr(EXPENSE, 500), cr(BANK, 700), dr(BANK, 200)])).toEqual({
        sourceType: 'MANUAL',
        amountFen: 500,
        supplierId: null,
      });
    });

    it('is not income, a posting that leaves the bank untouched, nor a reversal whichever way its money goes', () => {
      expect(paymentOf('MANUAL', [dr(BANK, 100), cr(MEAL_FEE_INCOME, 100)])).toBeNull();
      expect(paymentOf('MANUAL', [dr(EXPENSE, 100), cr(OTHER_INCOME, 100)])).toBeNull();
      expect(paymentOf('MANUAL', [dr(BANK, 100), cr(BANK, 100)])).toBeNull();
      expect(paymentOf('REVERSAL', reversalOf([dr(BANK, 100), cr(MEAL_FEE_INCOME, 100)]))).toBeNull();
    });
  });

  describe('a manual entry (postJournalEntry)', () => {
    it('may pay from the bank, receive income into it, or charge a cost against income without the bank', () => {
      expect(fieldOf(() => checkManualEntry([dr(EXPENSE, 100, 'office'), cr(BANK, 100)]))).toBe('none');
      expect(fieldOf(() => checkManualEntry([dr(BANK, 100), cr(MEAL_FEE_INCOME, 60), cr(OTHER_INCOME, 40)]))).toBe('none');
      expect(fieldOf(() => checkManualEntry([dr(BANK, 100), dr(EXPENSE, 10), cr(APPROPRIATION_INCOME, 110)]))).toBe('none');
      expect(fieldOf(() => checkManualEntry([dr(EXPENSE, 100), cr(OTHER_INCOME, 100)]))).toBe('none');
      expect(fieldOf(() => checkManualEntry([dr(MEAL_FEE_INCOME, 100), cr(BANK, 100)]))).toBe('none');
    });

    it('never credits a cost (spending comes back only by reversal or refund), wherever the money goes', () => {
      expect(fieldOf(() => checkManualEntry([dr(BANK, 100), cr(EXPENSE, 100, 'office')]))).toBe('lines.1');
      expect(fieldOf(() => checkManualEntry([dr(BANK, 100), cr(FOOD_COST, 100)]))).toBe('lines.1');
      expect(fieldOf(() => checkManualEntry([dr(EXPENSE, 100, 'training'), cr(EXPENSE, 100, 'office')]))).toBe('lines.1');
    });

    it('debits the bank only in a receipt (all credits income), and leaves INTERNAL_TRANSFER to transfers', () => {
      expect(fieldOf(() => checkManualEntry([dr(BANK, 100), cr(BANK, 100)]))).toBe('lines.0');
      expect(fieldOf(() => checkManualEntry([cr(OTHER_INCOME, 50), dr(BANK, 100), cr(BANK, 50)]))).toBe('lines.1');
      expect(fieldOf(() => checkManualEntry([dr(BANK, 100), cr(INTERNAL_TRANSFER, 100)]))).toBe('lines.1.account');
      expect(fieldOf(() => checkManualEntry([dr(INTERNAL_TRANSFER, 100), cr(BANK, 100)]))).toBe('lines.0.account');
    });
  });

  describe('a refund (退款)', () => {
    const payment = [dr(EXPENSE, 6000, 'office'), dr(EXPENSE, 4000, 'repairs'), { ...cr(BANK, 10000), supplierId: 'supplier-1' }];

    it('is left per category: what the payment charged less the refunds so far', () => {
      expect(refundableCharges(payment, [dr(BANK, 1000), cr(EXPENSE, 1000, 'office')])).toEqual([
        { account: EXPENSE, categoryId: 'office', fen: 5000 },
        { account: EXPENSE, categoryId: 'repairs', fen: 4000 },
      ]);
    });

    it('debits the bank naming the supplier and credits the charge, never more than is left of it', () => {
      const charges = refundableCharges(payment, [cr(EXPENSE, 1000, 'office')]);
      expect(refundLines(charges, 'office', 5000, 'supplier-1')).toEqual([
        { account: BANK, debitFen: 5000, creditFen: 0, supplierId: 'supplier-1' },
        { account: EXPENSE, debitFen: 0, creditFen: 5000, categoryId: 'office' },
      ]);
      expect(fieldOf(() => refundLines(charges, 'office', 5001, null))).toBe('amount');
      expect(fieldOf(() => refundLines(charges, 'office', 0, null))).toBe('amount');
    });

    it('names the category when the payment charged several, and only one it charged', () => {
      const charges = refundableCharges(payment, []);
      expect(fieldOf(() => refundLines(charges, null, 100, null))).toBe('categoryId');
      expect(fieldOf(() => refundLines(charges, 'food', 100, null))).toBe('categoryId');
      expect(refundLines(refundableCharges([dr(FOOD_COST, 300, 'food'), cr(BANK, 300)], []), null, 300, null)[1]).toMatchObject({
        account: FOOD_COST,
        categoryId: 'food',
      });
    });
  });

  it("a transfer (内部转账) leaves one account's bank and reaches the other's through INTERNAL_TRANSFER", () => {
    const { from, to } = transferLines(500);
    expect(from).toEqual([dr(INTERNAL_TRANSFER, 500), cr(BANK, 500)].map(({ categoryId: _, ...l }) => l));
    expect(to).toEqual([dr(BANK, 500), cr(INTERNAL_TRANSFER, 500)].map(({ categoryId: _, ...l }) => l));
    expect(fieldOf(() => checkBalanced(Fund.SCHOOL, from))).toBe('none');
    expect(fieldOf(() => checkBalanced(Fund.CANTEEN, to))).toBe('none');
    expect(fieldOf(() => transferLines(0))).toBe('amount');
    expect(otherFund(Fund.SCHOOL)).toBe(Fund.CANTEEN);
    expect(otherFund(Fund.CANTEEN)).toBe(Fund.SCHOOL);
  });

  it('refunds and transfers are not payments: money comes back, or stays in the school', () => {
    expect(paymentOf('REFUND', [dr(BANK, 100), cr(EXPENSE, 100, 'office')])).toBeNull();
    expect(paymentOf('TRANSFER', transferLines(100).from)).toBeNull();
  });

  describe('the date of a posting', () => {
    const check = (date: string, today: string, lastClosed: string | null = null) =>
      fieldOf(() => checkEntryDate(date, today, lastClosed, Fund.SCHOOL, 'paidOn'));

    it('is inside the open fiscal year (the calendar year of today), from its first day to today', () => {
      expect(check('2026-01-01', '2026-12-15')).toBe('none');
      expect(check('2026-12-15', '2026-12-15')).toBe('none');
      expect(check('2025-12-31', '2026-12-15')).toBe('paidOn');
      expect(check('2023-06-01', '2026-12-15')).toBe('paidOn');
      // On New Year's Day the old year is closed to new postings.
      expect(check('2025-12-31', '2026-01-01')).toBe('paidOn');
      expect(check('2026-01-01', '2026-01-01')).toBe('none');
    });

    it('is never after today', () => {
      expect(check('2026-12-16', '2026-12-15')).toBe('paidOn');
      expect(check('2027-01-01', '2026-12-31')).toBe('paidOn');
    });

    it('is after the last closed month of the fund, even in a month left open before it', () => {
      expect(check('2026-10-01', '2026-12-15', '2026-09')).toBe('none');
      expect(check('2026-09-30', '2026-12-15', '2026-09')).toBe('paidOn');
      expect(check('2026-08-31', '2026-12-15', '2026-09')).toBe('paidOn');
    });

    it("takes today in the school's time zone: just after midnight in Shanghai is already the next day", () => {
      // 16:30 UTC on 31 December is 00:30 on 1 January in Shanghai: a new fiscal year there.
      const now = new Date('2026-12-31T16:30:00Z');
      const shanghai = todayIn('Asia/Shanghai', now);
      expect(shanghai).toBe('2027-01-01');
      expect(check('2027-01-01', shanghai)).toBe('none');
      expect(check('2026-12-31', shanghai)).toBe('paidOn');
      // In Urumqi (UTC+6) it is still 22:30 on 31 December.
      const urumqi = todayIn('Asia/Urumqi', now);
      expect(urumqi).toBe('2026-12-31');
      expect(check('2027-01-01', urumqi)).toBe('paidOn');
      expect(check('2026-12-31', urumqi)).toBe('none');
    });
  });

  it('a filter by dates may be open at either end, but does not end before it starts', () => {
    expect(fieldOf(() => checkDateRange(undefined, undefined))).toBe('none');
    expect(fieldOf(() => checkDateRange('2026-04-01', null))).toBe('none');
    expect(fieldOf(() => checkDateRange(null, '2026-04-30'))).toBe('none');
    expect(fieldOf(() => checkDateRange('2026-04-30', '2026-04-30'))).toBe('none');
    expect(fieldOf(() => checkDateRange('2026-04-30', '2026-04-29'))).toBe('toDate');
  });
});

describe('payables (应付账款): a delivery the canteen accepted, and paying the supplier', () => {
  const { ACCOUNTS_PAYABLE } = LedgerAccount;
  const SUPPLIER = 'supplier-1';

  it('a delivery posts its food cost owed to the supplier, balanced, in the canteen account only, and is no payment', () => {
    const lines = deliveryLines(123_456, SUPPLIER);
    expect(lines).toEqual([
      { account: FOOD_COST, debitFen: 123_456, creditFen: 0 },
      { account: ACCOUNTS_PAYABLE, debitFen: 0, creditFen: 123_456, supplierId: SUPPLIER },
    ]);
    expect(() => checkBalanced(Fund.CANTEEN, lines)).not.toThrow();
    expect(fieldOf(() => checkBalanced(Fund.SCHOOL, lines))).toBe('lines.0.account');
    expect(paymentOf('CANTEEN_DELIVERY', lines)).toBeNull();
    // Reversing it is a correction: no payment either way.
    expect(paymentOf('REVERSAL', reversalOf(lines))).toBeNull();
    // No budget category: the food cost moves no budget line.
    expect(spendingByCategory(lines).size).toBe(0);
  });

  it('paying the supplier (Dr ACCOUNTS_PAYABLE / Cr BANK) is a payment naming the supplier, and no cost', () => {
    const pay = [
      { account: ACCOUNTS_PAYABLE, debitFen: 50_000, creditFen: 0, supplierId: SUPPLIER },
      { account: BANK, debitFen: 0, creditFen: 50_000, supplierId: SUPPLIER },
    ];
    expect(() => checkManualEntry(pay)).not.toThrow();
    expect(paymentOf('MANUAL', pay)).toEqual({ sourceType: 'MANUAL', amountFen: 50_000, supplierId: SUPPLIER });
    expect(spendingByCategory(pay).size).toBe(0);
  });

  it('a manual entry never credits ACCOUNTS_PAYABLE, names the supplier on it, and names suppliers on BANK and payable lines only', () => {
    expect(fieldOf(() => checkManualEntry([dr(FOOD_COST, 100), { ...cr(ACCOUNTS_PAYABLE, 100), supplierId: SUPPLIER }]))).toBe('lines.1');
    expect(fieldOf(() => checkManualEntry([dr(ACCOUNTS_PAYABLE, 100), cr(BANK, 100)]))).toBe('lines.0.supplierId');
    expect(fieldOf(() => checkManualEntry([{ ...dr(EXPENSE, 100), supplierId: SUPPLIER }, cr(BANK, 100)]))).toBe('lines.0.supplierId');
    // Money into the bank from a payable is no receipt.
    expect(fieldOf(() => checkManualEntry([dr(BANK, 100), { ...cr(ACCOUNTS_PAYABLE, 100), supplierId: SUPPLIER }]))).toBe('lines.1');
  });

  it('is dated the delivery day; in a closed month or a past year, the first open day; never after today', () => {
    expect(deliveryEntryDate('2026-11-20', '2026-12-02', null)).toBe('2026-11-20');
    expect(deliveryEntryDate('2026-11-20', '2026-12-02', '2026-10')).toBe('2026-11-20');
    // November closed: posted on 1 December.
    expect(deliveryEntryDate('2026-11-20', '2026-12-02', '2026-11')).toBe('2026-12-01');
    // A delivery of the last days of the old year arriving after New Year: 1 January.
    expect(deliveryEntryDate('2025-12-30', '2026-01-03', null)).toBe('2026-01-01');
    expect(deliveryEntryDate('2025-12-30', '2026-01-03', '2025-12')).toBe('2026-01-01');
    // A clock ahead of the school's today: today.
    expect(deliveryEntryDate('2026-12-03', '2026-12-02', null)).toBe('2026-12-02');
    // Everything up to this month closed: today, which the date rule then refuses (the event waits as a dead letter).
    expect(deliveryEntryDate('2026-11-20', '2026-12-02', '2026-12')).toBe('2026-12-02');
    expect(fieldOf(() => checkEntryDate('2026-12-02', '2026-12-02', '2026-12', Fund.CANTEEN, 'deliveredOn'))).toBe('deliveredOn');
  });
});
