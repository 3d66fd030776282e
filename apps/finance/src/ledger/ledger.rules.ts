import { badInput } from '@houqin/common';
import { type EntrySource, Fund, LedgerAccount } from './ledger.entity';

/** 'YYYY-MM-DD' → 'YYYY-MM' */
export const periodOf = (date: string) => date.slice(0, 7);

/** 'YYYY-MM-DD' → its calendar (fiscal) year. */
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Accounts whose lines are spending against a budget category. */
export const COST_ACCOUNTS = [LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST];

/** Accounts whose lines may name a supplier: the bank line of a payment, and what is owed to one (应付账款). */
export const SUPPLIER_ACCOUNTS = [LedgerAccount.BANK, LedgerAccount.ACCOUNTS_PAYABLE];

/** Accounts that take income; meal fees apart, income is "other" in the canteen statement. */
export const INCOME_ACCOUNTS = [LedgerAccount.MEAL_FEE_INCOME, LedgerAccount.APPROPRIATION_INCOME, LedgerAccount.OTHER_INCOME];

/**
 * Accounts each fund may use: meal fees and food cost belong to the canteen account only. Both owe
 * suppliers (ACCOUNTS_PAYABLE): the canteen for the deliveries it accepted, the school account for the
 * contractors of repairs (a final account names what the contractor is paid; the accountant pays it later).
 */
export const FUND_ACCOUNTS: Record<Fund, LedgerAccount[]> = {
  [Fund.SCHOOL]: [
    LedgerAccount.BANK,
    LedgerAccount.EXPENSE,
    LedgerAccount.APPROPRIATION_INCOME,
    LedgerAccount.OTHER_INCOME,
    LedgerAccount.INTERNAL_TRANSFER,
    LedgerAccount.ACCOUNTS_PAYABLE,
  ],
  [Fund.CANTEEN]: [
    LedgerAccount.BANK,
    LedgerAccount.EXPENSE,
    LedgerAccount.FOOD_COST,
    LedgerAccount.MEAL_FEE_INCOME,
    LedgerAccount.OTHER_INCOME,
    LedgerAccount.INTERNAL_TRANSFER,
    LedgerAccount.ACCOUNTS_PAYABLE,
  ],
};

/** The school's other account: a transfer leaves one and reaches this one. */
export const otherFund = (fund: Fund): Fund => (fund === Fund.SCHOOL ? Fund.CANTEEN : Fund.SCHOOL);

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

/**
 * The date rule of every posting (payments, receipts, manual entries, refunds, transfers, reversals):
 * inside the open fiscal year (the calendar year of `today`), not after `today` (the school's date,
 * see `todayIn`), and after the last closed month of the fund (`lastClosed`, YYYY-MM, or null), so a
 * month left open before a closed one cannot be written into either. Else BAD_USER_INPUT on `field`.
 */
export function checkEntryDate(date: string, today: string, lastClosed: string | null, fund: Fund, field: string): void {
  if (date > today) throw badInput(field, `${date} is after today (${today}); nothing is posted ahead of its date.`);
  if (yearOf(date) !== yearOf(today))
    throw badInput(field, `${date} is outside the open fiscal year ${yearOf(today)}; post it with a date of this year.`);
  if (lastClosed && periodOf(date) <= lastClosed)
    throw badInput(field, `${periodOf(date)} is closed for the ${fund} account (closed up to ${lastClosed}); post into an open month.`);
}

/**
 * What a manual entry (postJournalEntry) may post, so it cannot invent money or lift a budget line:
 * - nothing on INTERNAL_TRANSFER (a transfer is `transferBetweenFunds`, both halves at once);
 * - no credit to a cost account: spending comes back only by reversing the charge or refunding a
 *   real payment (`postRefund`);
 * - a debit to BANK only in a receipt: every credit of the entry is income. Bank money otherwise
 *   comes from a refund or a transfer, never from a manual entry.
 * - no credit to ACCOUNTS_PAYABLE: payables come from accepted canteen deliveries and repairs' final
 *   accounts only (a wrong one is reversed); a debit to it (paying the supplier) names the supplier, and only BANK and
 *   ACCOUNTS_PAYABLE lines name one.
 * BAD_USER_INPUT names the line at fault (`lines.<i>`).
 */
export function checkManualEntry(lines: PostingLine[]): void {
  for (const [i, line] of lines.entries())
    if (line.account === LedgerAccount.INTERNAL_TRANSFER)
      throw badInput(`lines.${i}.account`, 'Only a transfer between the two accounts (transferBetweenFunds) posts to INTERNAL_TRANSFER.');
  for (const [i, line] of lines.entries())
    if (COST_ACCOUNTS.includes(line.account) && line.creditFen > 0)
      throw badInput(
        `lines.${i}`,
        `A credit to ${line.account} gives spending back: reverse the charge (reverseJournalEntry) or refund the payment (postRefund).`,
      );
  for (const [i, line] of lines.entries())
    if (line.account === LedgerAccount.ACCOUNTS_PAYABLE && line.creditFen > 0)
      throw badInput(
        `lines.${i}`,
        "Payables (ACCOUNTS_PAYABLE) come from the deliveries the canteen accepts and repairs' final accounts; a wrong one is corrected by reversing its entry (reverseJournalEntry).",
      );
  for (const [i, line] of lines.entries()) {
    if (line.supplierId && !SUPPLIER_ACCOUNTS.includes(line.account))
      throw badInput(`lines.${i}.supplierId`, 'Only BANK and ACCOUNTS_PAYABLE lines name a supplier.');
    if (line.account === LedgerAccount.ACCOUNTS_PAYABLE && !line.supplierId)
      throw badInput(`lines.${i}.supplierId`, 'An ACCOUNTS_PAYABLE line names the supplier paid (supplierId).');
  }
  const receipt = lines.every((l) => l.creditFen === 0 || INCOME_ACCOUNTS.includes(l.account));
  for (const [i, line] of lines.entries())
    if (line.account === LedgerAccount.BANK && line.debitFen > 0 && !receipt)
      throw badInput(
        `lines.${i}`,
        'A debit to BANK is money received: its entry credits income only (a receipt). A refund is postRefund, a transfer transferBetweenFunds.',
      );
}

/** What a payment charged to one cost account and category, less what was refunded of it. */
export interface Charge {
  account: LedgerAccount;
  categoryId: string | null;
  fen: number;
}

/**
 * What is left to refund of a payment, per cost account and category: its cost debits less the cost
 * credits of its refunds so far (refunds that were reversed left out by the caller).
 */
export function refundableCharges(payment: PostingLine[], refunds: PostingLine[]): Charge[] {
  const charges: Charge[] = [];
  const find = (l: PostingLine) => charges.find((c) => c.account === l.account && c.categoryId === (l.categoryId ?? null));
  for (const l of payment.filter((p) => COST_ACCOUNTS.includes(p.account) && p.debitFen > 0)) {
    const charge = find(l);
    if (charge) charge.fen += l.debitFen;
    else charges.push({ account: l.account, categoryId: l.categoryId ?? null, fen: l.debitFen });
  }
  for (const l of refunds.filter((r) => COST_ACCOUNTS.includes(r.account))) {
    const charge = find(l);
    if (charge) charge.fen -= l.creditFen - l.debitFen;
  }
  return charges;
}

/**
 * The lines of a refund of `amountFen` of a payment (退款): money back into the bank (naming the
 * supplier the payment paid), spending taken off the charge it refunds. The charge is the payment's
 * only one, or the one of `categoryId`; the amount at most what is left of it. BAD_USER_INPUT on
 * `categoryId` or `amount`.
 */
export function refundLines(charges: Charge[], categoryId: string | null, amountFen: number, supplierId: string | null): PostingLine[] {
  if (amountFen <= 0) throw badInput('amount', 'amount must be more than zero.');
  const candidates = categoryId ? charges.filter((c) => c.categoryId === categoryId) : charges;
  if (candidates.length === 0) throw badInput('categoryId', 'categoryId names no category this payment charged.');
  if (candidates.length > 1) throw badInput('categoryId', 'The payment charged several categories: name the one refunded.');
  const [charge] = candidates;
  if (amountFen > charge.fen)
    throw badInput('amount', `amount is more than is left to refund of this payment's charge (${yuanText(Math.max(charge.fen, 0))}).`);
  return [
    { account: LedgerAccount.BANK, debitFen: amountFen, creditFen: 0, supplierId },
    { account: charge.account, debitFen: 0, creditFen: amountFen, categoryId: charge.categoryId },
  ];
}

/** A transfer's two entries: out of the paying account's bank, into the other's, through INTERNAL_TRANSFER (内部往来). */
export function transferLines(amountFen: number): { from: PostingLine[]; to: PostingLine[] } {
  if (amountFen <= 0) throw badInput('amount', 'amount must be more than zero.');
  return {
    from: [
      { account: LedgerAccount.INTERNAL_TRANSFER, debitFen: amountFen, creditFen: 0 },
      { account: LedgerAccount.BANK, debitFen: 0, creditFen: amountFen },
    ],
    to: [
      { account: LedgerAccount.BANK, debitFen: amountFen, creditFen: 0 },
      { account: LedgerAccount.INTERNAL_TRANSFER, debitFen: 0, creditFen: amountFen },
    ],
  };
}

/**
 * Sources that are never payments: corrections, money coming back, money staying in the school, and
 * food received on credit (a canteen delivery: the cost and the payable, no money moves). A repair's
 * final account is posted by the system from facilities' event: its contractor's part is a payable
 * (the payment comes when the accountant pays it), and its in-house part, though credited to BANK, is
 * not announced as finance.payment.posted because that event's `sourceType` knows no REPAIR_EXPENSE
 * yet (a catalogue change, docs/finance.md "Repair expenses").
 */
const NOT_PAYMENTS: EntrySource[] = ['REVERSAL', 'REFUND', 'TRANSFER', 'CANTEEN_DELIVERY', 'REPAIR_EXPENSE'];

/** What a posting pays out, when it is a payment (see `paymentOf`). */
export interface Payment {
  sourceType: Exclude<EntrySource, 'REVERSAL' | 'REFUND' | 'TRANSFER' | 'CANTEEN_DELIVERY' | 'REPAIR_EXPENSE'>;
  /** BANK credits less BANK debits. */
  amountFen: number;
  /** The supplier named on the first BANK credit line, if any. */
  supplierId: string | null;
}

/**
 * A posting is a payment (付款, `finance.payment.posted`) when it takes money out of the fund's bank
 * account: more credited to BANK than debited. A reversal is a correction, not a payment, whichever
 * way its money goes; income and refunds (money coming back) are not payments, nor is a transfer
 * between the school's two accounts (the money stays in the school).
 */
export function paymentOf(sourceType: EntrySource, lines: PostingLine[]): Payment | null {
  if (NOT_PAYMENTS.includes(sourceType)) return null;
  const bank = lines.filter((l) => l.account === LedgerAccount.BANK);
  const amountFen = bank.reduce((sum, l) => sum + l.creditFen - l.debitFen, 0);
  if (amountFen <= 0) return null;
  const supplierId = bank.find((l) => l.creditFen > 0 && l.supplierId)?.supplierId ?? null;
  return { sourceType: sourceType as Payment['sourceType'], amountFen, supplierId };
}

/** A range of dates (a filter's fromDate and toDate, either may be open) that does not end before it starts, else BAD_USER_INPUT on toDate. */
export function checkDateRange(fromDate: string | null | undefined, toDate: string | null | undefined): void {
  if (fromDate && toDate && toDate < fromDate) throw badInput('toDate', 'toDate must not be before fromDate.');
}

/**
 * The entry of a delivery the canteen accepted (canteen.delivery.accepted): the food cost and what is
 * owed to the supplier (Dr FOOD_COST / Cr ACCOUNTS_PAYABLE naming the supplier), in the canteen
 * account. No budget category: the food is paid from the canteen's meal fees, and the payable's
 * later payment (Dr ACCOUNTS_PAYABLE / Cr BANK) is no cost.
 */
export function deliveryLines(acceptedTotalFen: number, supplierId: string): PostingLine[] {
  return [
    { account: LedgerAccount.FOOD_COST, debitFen: acceptedTotalFen, creditFen: 0 },
    { account: LedgerAccount.ACCOUNTS_PAYABLE, debitFen: 0, creditFen: acceptedTotalFen, supplierId },
  ];
}

/**
 * The date a delivery's payable is posted on: the day it was delivered, unless that cannot take
 * entries: delivered in a month of the canteen account already closed (`lastClosed`, the last closed
 * month at or after the delivery's, or null), or in an earlier fiscal year, it is posted on the first
 * day that is open: the 1st of the month after the last closed one, or 1 January of today's year,
 * never after `today` (a delivery dated after the school's today, by a clock ahead, is posted today).
 * The entry's memo says the delivery date either way.
 */
export function deliveryEntryDate(deliveredOn: string, today: string, lastClosed: string | null): string {
  let date = deliveredOn > today ? today : deliveredOn;
  const yearStart = `${yearOf(today)}-01-01`;
  if (date < yearStart) date = yearStart;
  if (lastClosed && periodOf(date) <= lastClosed) {
    const [y, m] = lastClosed.split('-').map(Number);
    date = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return date > today ? today : date;
}
