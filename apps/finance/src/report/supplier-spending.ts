import type { EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { runRaw } from '@houqin/persistence';
import { LedgerAccount } from '../ledger/ledger.entity';
import type { PostingLine } from '../ledger/ledger.rules';
import { reportSql } from './report.store';

/** What one posting adds to a supplier's month: paid (net of the bank lines naming it) and payments (bank credits). */
export interface SupplierDelta {
  supplierId: string;
  paidFen: number;
  payments: number;
}

/**
 * The supplier totals a posting changes, one per supplier, in supplier order (so two postings lock
 * the totals' rows in the same order). A payment credits the bank naming the supplier (+paid, +1
 * payment); a reversal or refund debits it (−paid, no payment): the same sums `topSuppliers` read
 * from the journal lines before the totals were kept.
 */
export function supplierDeltas(lines: readonly PostingLine[]): SupplierDelta[] {
  const deltas = new Map<string, SupplierDelta>();
  for (const line of lines) {
    if (line.account !== LedgerAccount.BANK || !line.supplierId) continue;
    const delta = deltas.get(line.supplierId) ?? { supplierId: line.supplierId, paidFen: 0, payments: 0 };
    delta.paidFen += line.creditFen - line.debitFen;
    if (line.creditFen > 0) delta.payments += 1;
    deltas.set(line.supplierId, delta);
  }
  return [...deltas.values()].sort((a, b) => (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0));
}

/** Adds a posted entry's bank lines to its school's and its district's supplier totals for the month, in the posting's transaction. */
export async function recordSupplierSpending(
  manager: EntityManager,
  entry: { districtId: string; schoolId: string; period: string },
  lines: readonly PostingLine[],
): Promise<void> {
  for (const delta of supplierDeltas(lines)) {
    const month = {
      districtId: entry.districtId,
      supplierId: delta.supplierId,
      period: entry.period,
      paidFen: delta.paidFen,
      payments: delta.payments,
    };
    await runRaw(manager, reportSql.addSchoolSupplierMonth(manager, { id: newId(), schoolId: entry.schoolId, ...month }));
    await runRaw(manager, reportSql.addDistrictSupplierMonth(manager, { id: newId(), ...month }));
  }
}

/**
 * The totals rebuilt from the journal lines (MySQL dialect): the migration that created the tables
 * filled them with these, and the benchmark after it writes its lines straight into the database.
 */
export const SUPPLIER_SPENDING_BACKFILL = [
  `INSERT INTO \`supplier_spending\` (\`id\`, \`districtId\`, \`schoolId\`, \`supplierId\`, \`period\`, \`paidFen\`, \`payments\`)
   SELECT UUID(), \`districtId\`, \`schoolId\`, \`supplierId\`, \`period\`, SUM(\`creditFen\`) - SUM(\`debitFen\`), SUM(CASE WHEN \`creditFen\` > 0 THEN 1 ELSE 0 END)
   FROM \`journal_line\` WHERE \`account\` = 'BANK' AND \`supplierId\` IS NOT NULL
   GROUP BY \`districtId\`, \`schoolId\`, \`supplierId\`, \`period\``,
  `INSERT INTO \`district_supplier_spending\` (\`id\`, \`districtId\`, \`supplierId\`, \`period\`, \`paidFen\`, \`payments\`)
   SELECT UUID(), \`districtId\`, \`supplierId\`, \`period\`, SUM(\`paidFen\`), SUM(\`payments\`)
   FROM \`supplier_spending\` GROUP BY \`districtId\`, \`supplierId\`, \`period\``,
];
