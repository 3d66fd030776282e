import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { financeStaff } from '../visibility';
import { ClosedPeriod, Fund, JournalEntry, JournalLine } from './ledger.entity';
import type { JournalEntryFilter } from './ledger.inputs';

/** Journal entries of the books the viewer reads (finance staff of the school, district roles). */
export const entryReader = (ctx: ReadContext) => new ScopedReader(ctx, JournalEntry, 'JournalEntry', 'e', { visibility: financeStaff });

/** The ledgers' hand-written SQL (printed to apps/finance/sql/ledger.sql). */
export const ledgerSql = defineSqlStore(
  'ledger',
  {
    /** Journal entries, narrowed to a school, a fund, a month, a budget category (of any of its lines) and a range of dates. */
    entries: (m, entries: ScopedReader<JournalEntry>, filter: JournalEntryFilter) => {
      const qb = entries.query(m);
      if (filter.schoolId) qb.andWhere('e.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.fund) qb.andWhere('e.fund = :fund', { fund: filter.fund });
      if (filter.period) qb.andWhere('e.period = :period', { period: filter.period });
      if (filter.categoryId)
        qb.andWhere(
          `EXISTS ${qb
            .subQuery()
            .select('1')
            .from(JournalLine, 'cl')
            .where('cl.entryId = e.id AND cl.categoryId = :categoryId')
            .getQuery()}`,
          { categoryId: filter.categoryId },
        );
      if (filter.fromDate) qb.andWhere('e.entryDate >= :fromDate', { fromDate: filter.fromDate });
      if (filter.toDate) qb.andWhere('e.entryDate <= :toDate', { toDate: filter.toDate });
      return qb;
    },
    /**
     * The last closed month of a fund at or after a posting's month (a posting dates after the last
     * closed month), as a locking read: on InnoDB it also locks the range where a concurrent
     * closePeriod of this month or a later one would insert, so a close waits for the posting to commit
     * (or the posting sees the close). The embedded database runs one statement at a time and has no locks.
     */
    closedPeriod: (m, month: { schoolId: string; fund: Fund; period: string }) => {
      const qb = m
        .getRepository(ClosedPeriod)
        .createQueryBuilder('cp')
        .where('cp.schoolId = :schoolId AND cp.fund = :fund AND cp.period >= :period', month)
        .orderBy('cp.period', 'DESC')
        .limit(1);
      return lockRows(qb, 'pessimistic_read');
    },
  },
  {
    entries: [
      entryReader(exampleRequest(Role.ACCOUNTANT)),
      {
        schoolId: 'school-1',
        fund: Fund.CANTEEN,
        period: '2026-03',
        categoryId: 'category-1',
        fromDate: '2026-03-01',
        toDate: '2026-03-31',
      },
    ],
    closedPeriod: [{ schoolId: 'school-1', fund: Fund.SCHOOL, period: '2026-03' }],
  },
);
