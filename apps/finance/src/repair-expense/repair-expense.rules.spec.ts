import { OverrunPolicy } from '../budget/budget.entity';
import { Fund, LedgerAccount } from '../ledger/ledger.entity';
import { checkBalanced, paymentOf, spendingByCategory } from '../ledger/ledger.rules';
import { checkRepairAmounts, repairDecision, repairLines } from './repair-expense.rules';

const CATEGORY = 'category-repairs';
const CONTRACTOR = 'supplier-roofer';
const inHouse = { labourFen: 15_000, materialsFen: 23_000, contractorFen: 0, totalFen: 38_000, contractorSupplierId: null };
const contracted = { labourFen: 0, materialsFen: 200_000, contractorFen: 4_600_000, totalFen: 4_800_000, contractorSupplierId: CONTRACTOR };

describe('the journal entry of a repair’s final account (维修决算)', () => {
  it('an in-house repair: Dr EXPENSE (REPAIRS) / Cr BANK, balanced, charged to the category', () => {
    const lines = repairLines(inHouse, CATEGORY);
    expect(lines).toEqual([
      { account: LedgerAccount.EXPENSE, debitFen: 38_000, creditFen: 0, categoryId: CATEGORY },
      { account: LedgerAccount.BANK, debitFen: 0, creditFen: 38_000 },
    ]);
    expect(() => checkBalanced(Fund.SCHOOL, lines)).not.toThrow();
    expect(spendingByCategory(lines)).toEqual(new Map([[CATEGORY, 38_000]]));
    // Posted by the system from facilities' event: not announced as a payment (see NOT_PAYMENTS).
    expect(paymentOf('REPAIR_EXPENSE', lines)).toBeNull();
  });

  it('a contractor’s repair: the contractor’s part is owed to it (ACCOUNTS_PAYABLE naming it), the school’s own materials paid from the bank', () => {
    const lines = repairLines(contracted, CATEGORY);
    expect(lines).toEqual([
      { account: LedgerAccount.EXPENSE, debitFen: 4_800_000, creditFen: 0, categoryId: CATEGORY },
      { account: LedgerAccount.ACCOUNTS_PAYABLE, debitFen: 0, creditFen: 4_600_000, supplierId: CONTRACTOR },
      { account: LedgerAccount.BANK, debitFen: 0, creditFen: 200_000 },
    ]);
    // The school account owes its contractors.
    expect(() => checkBalanced(Fund.SCHOOL, lines)).not.toThrow();
    expect(repairLines({ ...contracted, materialsFen: 0, totalFen: 4_600_000 }, CATEGORY)).toHaveLength(2);
  });

  it('refuses amounts that do not add up, negative ones, and a contractor paid but not named', () => {
    expect(() => checkRepairAmounts(inHouse)).not.toThrow();
    expect(() => checkRepairAmounts(contracted)).not.toThrow();
    expect(() => checkRepairAmounts({ ...inHouse, totalFen: 38_001 })).toThrow(/Total 38001/);
    expect(() => checkRepairAmounts({ ...inHouse, labourFen: -1, materialsFen: 23_001 })).toThrow(/negative/);
    expect(() => checkRepairAmounts({ ...contracted, contractorSupplierId: null })).toThrow(/none is named/);
  });
});

describe('whether it is posted or held: the REPAIRS category’s overrun policy', () => {
  const block = { name: 'Repairs (维修)', overrunPolicy: OverrunPolicy.BLOCK, active: true };
  const warn = { ...block, overrunPolicy: OverrunPolicy.WARN };
  const line = { allocatedFen: 1_000_000, committedFen: 200_000, spentFen: 300_000 };

  it('within what is left of the line: posted, no warning, whatever the policy', () => {
    expect(repairDecision(block, line, 500_000, 2026)).toEqual({ post: true, warning: null });
    expect(repairDecision(warn, line, 500_000, 2026)).toEqual({ post: true, warning: null });
  });

  it('beyond it: held under BLOCK with the reason, posted with the warning under WARN', () => {
    expect(repairDecision(block, line, 500_001, 2026)).toEqual({
      post: false,
      reason: 'Over budget: Repairs (维修) has 5000.00 yuan left in 2026; this needs 5000.01.',
    });
    expect(repairDecision(warn, line, 500_001, 2026)).toEqual({
      post: true,
      warning: "Over budget (allowed by the category's WARN policy): Repairs (维修) has 5000.00 yuan left in 2026; this needs 5000.01.",
    });
  });

  it('no line for the year, no REPAIRS category or a retired one: held, whatever the policy', () => {
    expect(repairDecision(warn, null, 100, 2026)).toEqual({
      post: false,
      reason: expect.stringMatching(/No Repairs \(维修\) budget line .* 2026/),
    });
    expect(repairDecision(null, line, 100, 2026)).toEqual({ post: false, reason: expect.stringMatching(/no active REPAIRS/) });
    expect(repairDecision({ ...block, active: false }, line, 100, 2026)).toMatchObject({ post: false });
  });
});
