import { Fund, LedgerAccount } from './ledger.entity';
import { checkBalanced, costAccountFor, paymentOf, periodOf, reversalOf, spendingByCategory, yearOf } from './ledger.rules';
import type { PostingLine } from './ledger.rules';
import { fieldOf } from '../../test/thrown';

const { BANK, EXPENSE, FOOD_COST, MEAL_FEE_INCOME, OTHER_INCOME } = LedgerAccount;
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
});
