import { LedgerAccount } from '../ledger/ledger.entity';
import { supplierDeltas } from './supplier-spending';

describe('supplierDeltas', () => {
  it('adds what each bank line naming a supplier paid: a credit is a payment, a debit (reversal, refund) takes it back', () => {
    expect(
      supplierDeltas([
        { account: LedgerAccount.EXPENSE, debitFen: 500, creditFen: 0, categoryId: 'c', supplierId: 'z' },
        { account: LedgerAccount.BANK, debitFen: 0, creditFen: 300, supplierId: 'z' },
        { account: LedgerAccount.BANK, debitFen: 0, creditFen: 200, supplierId: 'a' },
        { account: LedgerAccount.BANK, debitFen: 50, creditFen: 0, supplierId: 'a' },
        { account: LedgerAccount.BANK, debitFen: 0, creditFen: 70 },
      ]),
    ).toEqual([
      { supplierId: 'a', paidFen: 150, payments: 1 },
      { supplierId: 'z', paidFen: 300, payments: 1 },
    ]);
  });

  it('gives nothing for a posting without a supplier on the bank', () => {
    expect(supplierDeltas([{ account: LedgerAccount.BANK, debitFen: 100, creditFen: 0 }])).toEqual([]);
  });
});
