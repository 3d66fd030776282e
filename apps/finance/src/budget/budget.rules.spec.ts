import { OverrunPolicy } from './budget.entity';
import { checkReallocation, checkThresholds, currentFiscalYear, overrunWarning, remainingOf } from './budget.rules';
import { fieldOf } from '../../test/thrown';

describe('budget rules', () => {
  it('the fiscal year is the calendar year of the day', () => {
    expect(currentFiscalYear('2026-12-31')).toBe(2026);
  });

  it('what is left of a line is allocated − committed − spent, and nothing without a line', () => {
    expect(remainingOf({ allocatedFen: 10_000, committedFen: 2_500, spentFen: 1_000 })).toBe(6_500);
    expect(remainingOf(null)).toBe(0);
  });

  describe('an amount beyond what is left', () => {
    const office = { name: 'Office', overrunPolicy: OverrunPolicy.BLOCK };
    const repairs = { name: 'Repairs', overrunPolicy: OverrunPolicy.WARN };

    it('passes silently when it fits', () => {
      expect(overrunWarning(office, 10_000, 10_000, 2026, 'categoryId')).toBeNull();
    });

    it('is refused on the field under BLOCK, and only warned about under WARN', () => {
      expect(fieldOf(() => overrunWarning(office, 10_000, 10_001, 2026, 'lines.1.categoryId'))).toBe('lines.1.categoryId');
      expect(overrunWarning(repairs, 10_000, 15_000, 2026, 'categoryId')).toBe(
        "Over budget (allowed by the category's WARN policy): Repairs has 100.00 yuan left in 2026; this needs 150.00.",
      );
    });
  });

  it("the principal's limit is at least the director's", () => {
    expect(fieldOf(() => checkThresholds(300_000, 299_999))).toBe('principalLimit');
    expect(fieldOf(() => checkThresholds(300_000, 300_000))).toBe('none');
  });

  it('a line is re-allocated down to what it committed and spent, not below', () => {
    const line = { allocatedFen: 10_000, committedFen: 2_500, spentFen: 1_000 };
    expect(fieldOf(() => checkReallocation(line, 3_500))).toBe('none');
    expect(fieldOf(() => checkReallocation(line, 3_499))).toBe('allocated');
  });
});
