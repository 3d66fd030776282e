/** The accounts of a write-off voucher under the government accounting rules (政府会计制度, financial accounting). */
export enum WriteOffAccount {
  /** 1601 固定资产: credited with the cost. */
  FIXED_ASSETS = 'FIXED_ASSETS',
  /** 1602 固定资产累计折旧: debited with the depreciation accumulated. */
  ACCUMULATED_DEPRECIATION = 'ACCUMULATED_DEPRECIATION',
  /** 5xxx 资产处置费用: debited with the net book value. */
  ASSET_DISPOSAL_EXPENSE = 'ASSET_DISPOSAL_EXPENSE',
}

/** One line of a write-off voucher. */
export interface WriteOffLine {
  account: WriteOffAccount;
  debitFen: number;
  creditFen: number;
}

/** The amounts of a write-off, as facilities.asset.disposed carries them. */
export interface WriteOffAmounts {
  costFen: number;
  accumulatedDepreciationFen: number;
  netBookValueFen: number;
}

/**
 * Checks the event's amounts add up (cost = accumulated depreciation + net book value, none negative):
 * else an error (the event is retried, then parked as a dead letter).
 */
export function checkWriteOffAmounts(amounts: WriteOffAmounts): void {
  const { costFen, accumulatedDepreciationFen, netBookValueFen } = amounts;
  if (costFen < 0 || accumulatedDepreciationFen < 0 || netBookValueFen < 0) throw new Error('A write-off has no negative amounts.');
  if (accumulatedDepreciationFen + netBookValueFen !== costFen)
    throw new Error(`Cost ${costFen} ≠ accumulated depreciation ${accumulatedDepreciationFen} + net book value ${netBookValueFen}.`);
}

/**
 * The write-off voucher (资产核销凭证): Dr 固定资产累计折旧 (accumulated depreciation), Dr 资产处置费用
 * (the net book value) / Cr 固定资产 (the cost). Balanced by construction; a line of 0 is left out.
 */
export function writeOffLines(amounts: WriteOffAmounts): WriteOffLine[] {
  return [
    { account: WriteOffAccount.ACCUMULATED_DEPRECIATION, debitFen: amounts.accumulatedDepreciationFen, creditFen: 0 },
    { account: WriteOffAccount.ASSET_DISPOSAL_EXPENSE, debitFen: amounts.netBookValueFen, creditFen: 0 },
    { account: WriteOffAccount.FIXED_ASSETS, debitFen: 0, creditFen: amounts.costFen },
  ].filter((line) => line.debitFen > 0 || line.creditFen > 0);
}
