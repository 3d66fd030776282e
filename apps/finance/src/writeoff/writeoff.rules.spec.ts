import { checkWriteOffAmounts, WriteOffAccount, writeOffLines } from './writeoff.rules';

describe('the write-off voucher (资产核销凭证)', () => {
  it('a ¥7,200 projector with ¥6,200 depreciated: Dr 累计折旧 6,200, Dr 资产处置费用 1,000 / Cr 固定资产 7,200', () => {
    const lines = writeOffLines({ costFen: 720_000, accumulatedDepreciationFen: 620_000, netBookValueFen: 100_000 });
    expect(lines).toEqual([
      { account: WriteOffAccount.ACCUMULATED_DEPRECIATION, debitFen: 620_000, creditFen: 0 },
      { account: WriteOffAccount.ASSET_DISPOSAL_EXPENSE, debitFen: 100_000, creditFen: 0 },
      { account: WriteOffAccount.FIXED_ASSETS, debitFen: 0, creditFen: 720_000 },
    ]);
    expect(lines.reduce((s, l) => s + l.debitFen - l.creditFen, 0)).toBe(0);
  });

  it('fully depreciated: no expense line; never depreciated (books): no depreciation line', () => {
    expect(writeOffLines({ costFen: 500_000, accumulatedDepreciationFen: 500_000, netBookValueFen: 0 }).map((l) => l.account)).toEqual([
      WriteOffAccount.ACCUMULATED_DEPRECIATION,
      WriteOffAccount.FIXED_ASSETS,
    ]);
    expect(writeOffLines({ costFen: 500_000, accumulatedDepreciationFen: 0, netBookValueFen: 500_000 }).map((l) => l.account)).toEqual([
      WriteOffAccount.ASSET_DISPOSAL_EXPENSE,
      WriteOffAccount.FIXED_ASSETS,
    ]);
  });

  it('amounts that do not add up, or negative ones, are refused', () => {
    expect(() => checkWriteOffAmounts({ costFen: 720_000, accumulatedDepreciationFen: 620_000, netBookValueFen: 100_000 })).not.toThrow();
    expect(() => checkWriteOffAmounts({ costFen: 720_000, accumulatedDepreciationFen: 620_000, netBookValueFen: 100_001 })).toThrow();
    expect(() => checkWriteOffAmounts({ costFen: 720_000, accumulatedDepreciationFen: 820_000, netBookValueFen: -100_000 })).toThrow();
  });
});
