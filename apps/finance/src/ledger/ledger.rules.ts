import { badInput } from '@houqin/common';
import { type EntrySource, Fund, LedgerAccount } from './ledger.entity';

/** 'YYYY-MM-DD' → 'YYYY-MM' */
export const periodOf = (date: string) => date.slice(0, 7);

/** 'YYYY-MM-DD' → its calendar (fiscal) year. */
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Accounts whose lines are spending against a budget category. */
export const COST_ACCOUNTS = [LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST];

/** Accounts that take income; meal fees apart, income is "other" in the canteen statement. */
export const INCOME_ACCOUNTS = [LedgerAccount.MEAL_FEE_INCOME, LedgerAccount.APPROPRIATION_INCOME, LedgerAccount.OTHER_INCOME];

/** Accounts each fund may use: meal fees and food cost belong to the canteen account only. */
export const FUND_ACCOUNTS: Record<Fund, LedgerAccount[]> = {
  [Fund.SCHOOL]: [LedgerAccount.BANK, LedgerAccount.EXPENSE, LedgerAccount.APPROPRIATION_INCOME, LedgerAccount.OTHER_INCOME],
  [Fund.CANTEEN]: [
    LedgerAccount.BANK,
    LedgerAccount.EXPENSE,
    LedgerAccount.FOOD_COST,
    LedgerAccount.MEAL_FEE_INCOME,
    LedgerAccount.OTHER_INCOME,
  ],
};

/** The account a payment's cost is posted to: food cost for the canteen account, expense otherwise. */
export function costAccountFor(fund: Fund): LedgerAccount {
  return fund === Fund.CANTEEN ? LedgerAccount.FOOD_COST : LedgerAccount.EXPENSE;
}

/** A line to post: exactly one of debit and credit is positive. */
export interface PostingLine {
  account: LedgerAccount;
  debitFen: number;
  creditFen: number;
  categoryId?: string | null;
  supplierId?: string | null;
}

const yuanText = (fen: number) => (fen / 100).toFixed(2);

/**
 * Double entry (记账凭证): two or more lines, each a debit or a credit of a positive amount to an
 * account of the fund, debits equal to credits. Else BAD_USER_INPUT naming the line (`lines.<i>`).
 */
export function checkBalanced(fund: Fund, lines: PostingLine[]): void {
  const field = 'lines';
  if (lines.length < 2) throw badInput(field, 'An entry needs at least two lines.');
  for (const [i, line] of lines.entries()) {
    const oneSided = line.debitFen > 0 !== line.creditFen > 0 && line.debitFen >= 0 && line.creditFen >= 0;
    if (!oneSided) throw badInput(`${field}.${i}`, 'Each line is either a debit or a credit, of a positive amount.');
    if (!FUND_ACCOUNTS[fund].includes(line.account))
      throw badInput(`${field}.${i}.account`, `${line.account} is not an account of the ${fund} fund.`);
  }
  const debits = lines.reduce((sum, l) => sum + l.debitFen, 0);
  const credits = lines.reduce((sum, l) => sum + l.creditFen, 0);
  if (debits !== credits) throw badInput(field, `Debits (${yuanText(debits)}) must equal credits (${yuanText(credits)}).`);
}

/** The lines that undo `lines` (红字冲销): each debit becomes a credit and the other way round. */
export function reversalOf(lines: PostingLine[]): PostingLine[] {
  return lines.map((l) => ({
    account: l.account,
    debitFen: l.creditFen,
    creditFen: l.debitFen,
    categoryId: l.categoryId,
    supplierId: l.supplierId,
  }));
}

/** Net spending (debits − credits) of the cost lines per budget category; categories that net to zero are left out. */
export function spendingByCategory(lines: PostingLine[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const l of lines)
    if (l.categoryId && COST_ACCOUNTS.includes(l.account)) net.set(l.categoryId, (net.get(l.categoryId) ?? 0) + l.debitFen - l.creditFen);
  for (const [categoryId, fen] of net) if (fen === 0) net.delete(categoryId);
  return net;
}

/** What a posting pays out, when it is a payment (see `paymentOf`). */
export interface Payment {
  sourceType: Exclude<EntrySource, 'REVERSAL'>;
  /** BANK credits less BANK debits. */
  amountFen: number;
  /** The supplier named on the first BANK credit line, if any. */
  supplierId: string | null;
}

/**
 * A posting is a payment (付款, `finance.payment.posted`) when it takes money out of the fund's bank
 * account: more credited to BANK than debited. A reversal is a correction, not a payment, whichever
 * way its money goes; income and transfers into the bank are not payments.
 */
export function paymentOf(sourceType: EntrySource, lines: PostingLine[]): Payment | null {
  if (sourceType === 'REVERSAL') return null;
  const bank = lines.filter((l) => l.account === LedgerAccount.BANK);
  const amountFen = bank.reduce((sum, l) => sum + l.creditFen - l.debitFen, 0);
  if (amountFen <= 0) return null;
  const supplierId = bank.find((l) => l.creditFen > 0 && l.supplierId)?.supplierId ?? null;
  return { sourceType, amountFen, supplierId };
}
