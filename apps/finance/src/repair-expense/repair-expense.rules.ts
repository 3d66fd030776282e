import { GraphQLError } from 'graphql';
import { overrunWarning, remainingOf } from '../budget/budget.rules';
import type { BudgetCategory } from '../budget/budget.entity';
import type { BudgetFen } from '../budget/budget.types';
import { LedgerAccount } from '../ledger/ledger.entity';
import type { PostingLine } from '../ledger/ledger.rules';

/** The amounts of a repair's final account, as facilities.workOrder.accounted carries them (fen). */
export interface RepairAmounts {
  labourFen: number;
  materialsFen: number;
  contractorFen: number;
  totalFen: number;
  contractorSupplierId: string | null;
}

/**
 * Checks the event's amounts: none negative, the total their sum, and a contractor named whenever one
 * is paid (what is owed is owed to someone). Else an error: the event is retried, then parked as a
 * dead letter.
 */
export function checkRepairAmounts(amounts: RepairAmounts): void {
  const { labourFen, materialsFen, contractorFen, totalFen, contractorSupplierId } = amounts;
  if ([labourFen, materialsFen, contractorFen, totalFen].some((fen) => fen < 0)) throw new Error('A repair has no negative amounts.');
  if (labourFen + materialsFen + contractorFen !== totalFen)
    throw new Error(`Total ${totalFen} ≠ labour ${labourFen} + materials ${materialsFen} + contractor ${contractorFen}.`);
  if (contractorFen > 0 && !contractorSupplierId) throw new Error(`A contractor is paid ${contractorFen} fen but none is named.`);
}

/**
 * The journal entry of a repair's final account (维修决算), in the fund of the REPAIRS category:
 * - Dr EXPENSE, the whole total, naming the REPAIRS category: the line's spending, as a paid claim's.
 * - Cr ACCOUNTS_PAYABLE for the contractor's part, naming the contractor: the final account is the
 *   contractor's bill, not its payment, so the school owes it (应付账款) until the accountant pays it
 *   (a manual Dr ACCOUNTS_PAYABLE / Cr BANK naming the supplier, which is the payment: it publishes
 *   finance.payment.posted and counts in topSuppliers). This is what finance already does for a
 *   delivery the canteen accepted; crediting BANK here would show money leaving before the
 *   contractor is paid, and again when it is.
 * - Cr BANK for the in-house part (labour and materials): the school's own outlay, paid out of its
 *   account like a paid claim (Dr EXPENSE / Cr BANK); there is nobody to owe it to.
 * A part of 0 has no line; the entry balances by construction.
 */
export function repairLines(amounts: RepairAmounts, categoryId: string): PostingLine[] {
  const inHouseFen = amounts.labourFen + amounts.materialsFen;
  const lines: PostingLine[] = [{ account: LedgerAccount.EXPENSE, debitFen: amounts.totalFen, creditFen: 0, categoryId }];
  if (amounts.contractorFen > 0)
    lines.push({
      account: LedgerAccount.ACCOUNTS_PAYABLE,
      debitFen: 0,
      creditFen: amounts.contractorFen,
      supplierId: amounts.contractorSupplierId,
    });
  if (inHouseFen > 0) lines.push({ account: LedgerAccount.BANK, debitFen: 0, creditFen: inHouseFen });
  return lines;
}

/** Whether a repair's expense may be posted now: `post` with the WARN policy's warning (or null), or held with the reason. */
export type RepairDecision = { post: true; warning: string | null } | { post: false; reason: string };

/**
 * Applies the REPAIRS category's overrun policy (budget.rules' `overrunWarning`, as requests and claims
 * do) to a repair of `totalFen` in `fiscalYear`: held when the district has no active REPAIRS
 * category, or the school no REPAIRS line for that year (whatever the policy: nothing is spent
 * without a line the district set), or when it exceeds what is left of a BLOCK line; posted, with the
 * warning, beyond a WARN line.
 */
export function repairDecision(
  category: Pick<BudgetCategory, 'name' | 'overrunPolicy' | 'active'> | null,
  line: BudgetFen | null,
  totalFen: number,
  fiscalYear: number,
): RepairDecision {
  if (!category?.active)
    return { post: false, reason: 'The district has no active REPAIRS budget category (预算科目 REPAIRS) to charge repairs to.' };
  if (!line)
    return {
      post: false,
      reason: `No ${category.name} budget line for this school in ${fiscalYear}: once the district allocates one, the accountant posts it.`,
    };
  try {
    return { post: true, warning: overrunWarning(category, remainingOf(line), totalFen, fiscalYear, 'id') };
  } catch (error) {
    // BLOCK: overrunWarning refuses (BAD_USER_INPUT); the repair already happened, so it waits instead.
    if (error instanceof GraphQLError) return { post: false, reason: error.message };
    throw error;
  }
}
