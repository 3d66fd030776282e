import { LedgerAccount } from '../ledger/ledger.entity';
import {
  byMonth,
  canteenFigures,
  categoryTotalsBySchool,
  monthsOf,
  perStudent,
  requireMonth,
  requireTopSuppliersFirst,
} from './report.rules';
import { fieldOf } from '../../test/thrown';

const { BANK, EXPENSE, FOOD_COST, MEAL_FEE_INCOME, OTHER_INCOME } = LedgerAccount;

describe('report rules', () => {
  it('a fiscal year is the months January to December', () => {
    expect(monthsOf(2026)).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('spending falls in the month it was posted; the aggregates come back as strings', () => {
    expect(
      byMonth([
        { period: '2026-03', net: '300' },
        { period: '2026-12', net: 5 },
        { period: '2026-03', net: null },
      ]),
    ).toEqual([0, 0, 300, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
  });

  it('spending per student is rounded to the fen, and none without students', () => {
    expect(perStudent(313_000, 1000)).toBe(313);
    expect(perStudent(1_000, 3)).toBe(333);
    expect(perStudent(1_000, 0)).toBeNull();
  });

  it('asks for 1 to 50 suppliers and a month YYYY-MM', () => {
    expect([0, 1, 50, 51, 1.5].map((first) => fieldOf(() => requireTopSuppliersFirst(first)))).toEqual([
      'first',
      'none',
      'none',
      'first',
      'first',
    ]);
    expect(['2026-04', '2026-4', '2026-13', '2026-04-01'].map((period) => fieldOf(() => requireMonth(period, 'period')))).toEqual([
      'none',
      'period',
      'period',
      'period',
    ]);
  });

  it('the canteen statement opens at the bank balance before the month and closes at opening + income − costs', () => {
    const before = (account: LedgerAccount, debit: number, credit: number) => ({
      earlierPeriod: '1',
      account,
      debit: String(debit),
      credit: String(credit),
    });
    const during = (account: LedgerAccount, debit: number, credit: number) => ({ earlierPeriod: 0, account, debit, credit });
    const figures = canteenFigures([
      before(BANK, 500_000, 40_000),
      before(MEAL_FEE_INCOME, 0, 500_000),
      during(BANK, 605_000, 93_000),
      during(MEAL_FEE_INCOME, 0, 600_000),
      during(OTHER_INCOME, 0, 5_000),
      during(FOOD_COST, 90_000, 0),
      during(EXPENSE, 3_000, 0),
    ]);
    expect(figures).toEqual({
      openingBalanceFen: 460_000,
      mealFeeIncomeFen: 600_000,
      otherIncomeFen: 5_000,
      foodCostFen: 90_000,
      otherExpenseFen: 3_000,
      closingBalanceFen: 972_000,
      accountsPayableFen: 0,
    });
  });

  it('food received on credit is cost when it comes and owed until paid (应付账款), the bank moving only with the payment', () => {
    const { ACCOUNTS_PAYABLE } = LedgerAccount;
    const figures = canteenFigures([
      { earlierPeriod: 1, account: BANK, debit: '100000', credit: '0' },
      // Last month: 300 yuan of rice received, 100 yuan of it paid.
      { earlierPeriod: 1, account: FOOD_COST, debit: '30000', credit: '0' },
      { earlierPeriod: 1, account: ACCOUNTS_PAYABLE, debit: '10000', credit: '30000' },
      { earlierPeriod: 1, account: BANK, debit: '0', credit: '10000' },
      // This month: 50 yuan of eggs received, the rest of the rice paid.
      { earlierPeriod: 0, account: FOOD_COST, debit: 5_000, credit: 0 },
      { earlierPeriod: 0, account: ACCOUNTS_PAYABLE, debit: 20_000, credit: 5_000 },
      { earlierPeriod: 0, account: BANK, debit: 0, credit: 20_000 },
    ]);
    expect(figures).toMatchObject({ openingBalanceFen: 90_000, foodCostFen: 5_000, closingBalanceFen: 70_000, accountsPayableFen: 5_000 });
  });
});

describe('budget by category of a page of schools', () => {
  const category = (id: string, code: string, active: boolean) => ({
    id,
    code,
    name: code,
    fund: 'SCHOOL',
    overrunPolicy: 'BLOCK',
    active: active ? 1 : 0,
    districtId: 'd',
    version: '1',
  });
  const fen = (allocated: number, committed: number, spent: number) => ({
    allocatedFen: String(allocated),
    committedFen: String(committed),
    spentFen: String(spent),
  });

  it('every active category for every school (zero without a line), a retired one only where the school has a line', () => {
    const rows = [
      { ...category('c1', 'A_ACTIVE', true), schoolId: 's1', ...fen(100, 10, 20) },
      { ...category('c1', 'A_ACTIVE', true), schoolId: 's2', ...fen(50, 0, 5) },
      { ...category('c2', 'B_UNUSED', true), schoolId: null, ...fen(0, 0, 0) },
      { ...category('c3', 'C_RETIRED', false), schoolId: 's2', ...fen(7, 0, 7) },
    ];
    const bySchool = categoryTotalsBySchool(rows, ['s1', 's2', 's3']);
    const of = (schoolId: string) =>
      bySchool.get(schoolId)!.map((t) => [t.category.code, t.category.active, t.fen.allocatedFen, t.fen.committedFen, t.fen.spentFen]);
    expect(of('s1')).toEqual([
      ['A_ACTIVE', true, 100, 10, 20],
      ['B_UNUSED', true, 0, 0, 0],
    ]);
    expect(of('s2')).toEqual([
      ['A_ACTIVE', true, 50, 0, 5],
      ['B_UNUSED', true, 0, 0, 0],
      ['C_RETIRED', false, 7, 0, 7],
    ]);
    expect(of('s3')).toEqual([
      ['A_ACTIVE', true, 0, 0, 0],
      ['B_UNUSED', true, 0, 0, 0],
    ]);
  });
});
