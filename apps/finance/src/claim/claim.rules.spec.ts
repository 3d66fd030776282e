import { Fund } from '../ledger/ledger.entity';
import { amountsPerCategory, fundOf, invoiceNumbersOf, requireAmounts } from './claim.rules';
import { fieldOf } from '../../test/thrown';

describe('claim rules', () => {
  it('registers invoice numbers trimmed, and refuses one twice in a claim on its second line', () => {
    expect(invoiceNumbersOf([{ invoiceNumber: ' 44010000001 ' }, { invoiceNumber: '44010000002' }])).toEqual([
      '44010000001',
      '44010000002',
    ]);
    expect(
      fieldOf(() =>
        invoiceNumbersOf([{ invoiceNumber: '44010000001' }, { invoiceNumber: '44010000002' }, { invoiceNumber: '44010000001 ' }]),
      ),
    ).toBe('lines.2.invoiceNumber');
  });

  it('claims something on every invoice', () => {
    expect(fieldOf(() => requireAmounts([100, 0]))).toBe('lines.1.amount');
    expect(fieldOf(() => requireAmounts([100, 1]))).toBe('none');
  });

  it('is paid from one fund: a line of the other is refused', () => {
    expect(fundOf([{ fund: Fund.CANTEEN }, { fund: Fund.CANTEEN }])).toBe(Fund.CANTEEN);
    expect(fieldOf(() => fundOf([{ fund: Fund.SCHOOL }, { fund: Fund.SCHOOL }, { fund: Fund.CANTEEN }]))).toBe('lines.2.categoryId');
  });

  it("sums its amounts per category, remembering each category's first line", () => {
    const office = { id: 'office' };
    const travel = { id: 'travel' };
    expect(amountsPerCategory([office, travel, office], [100, 200, 50])).toEqual([
      { category: office, amountFen: 150, index: 0 },
      { category: travel, amountFen: 200, index: 1 },
    ]);
  });
});
