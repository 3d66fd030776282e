import { defineSqlStore, exampleRequest, type ScopedReader } from '@houqin/persistence';
import { type FixedAsset } from '../asset/asset.entity';
import { assetWriteReader } from '../asset/asset.store';
import { type StoreMovement, type StoreStock } from '../storeroom/storeroom.entity';
import { movementReader, stockReader } from '../storeroom/storeroom.store';
import { accumulatedDepreciationSql } from './asset-value.sql';

/** One aggregate row of the asset report: a school, a top-level class (门类, the code's first digit) and a status. */
export interface AssetValueRow {
  schoolId: string;
  classTop: string;
  status: string;
  count: string | number;
  costFen: string | number;
  accumulatedFen: string | number;
}

/**
 * Facilities' reports (aggregate SQL, batched over a page of schools): printed to apps/facilities/sql/facilitiesReport.sql.
 * Each statement groups in the database; none reads a row per asset or per movement into the service.
 */
export const facilitiesReportSql = defineSqlStore(
  'facilitiesReport',
  {
    /**
     * Cost and accumulated depreciation at the end of month `asOfIndex` of the assets acquired before
     * `acquiredBefore` (the next month's first day), per school, top-level class and status.
     */
    assetValues: (m, assets: ScopedReader<FixedAsset>, schoolIds: readonly string[], asOfIndex: number, acquiredBefore: string) =>
      assets
        .query(m)
        .select('fa.schoolId', 'schoolId')
        .addSelect('SUBSTR(fa.classCode, 1, 1)', 'classTop')
        .addSelect('fa.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .addSelect('SUM(fa.costFen)', 'costFen')
        .addSelect(`SUM(${accumulatedDepreciationSql('fa')})`, 'accumulatedFen')
        .andWhere('fa.schoolId IN (:...schoolIds)', { schoolIds })
        .andWhere('fa.acquiredOn < :acquiredBefore', { acquiredBefore })
        .setParameter('asOfIndex', asOfIndex)
        .groupBy('fa.schoolId')
        .addGroupBy('SUBSTR(fa.classCode, 1, 1)')
        .addGroupBy('fa.status'),
    /** The value of the stock in every storeroom of a page of schools, now. */
    stockValues: (m, stock: ScopedReader<StoreStock>, schoolIds: readonly string[]) =>
      stock
        .query(m)
        .select('stk.schoolId', 'schoolId')
        .addSelect('SUM(stk.valueFen)', 'valueFen')
        .andWhere('stk.schoolId IN (:...schoolIds)', { schoolIds })
        .groupBy('stk.schoolId'),
    /** What the storerooms of a page of schools issued in [from, to): value, lines and rooms served. */
    issuesOf: (m, movements: ScopedReader<StoreMovement>, schoolIds: readonly string[], from: Date, to: Date) =>
      movements
        .query(m)
        .select('mv.schoolId', 'schoolId')
        .addSelect('SUM(mv.valueFen)', 'valueFen')
        .addSelect('COUNT(*)', 'lines')
        .addSelect('COUNT(DISTINCT mv.roomId)', 'rooms')
        .andWhere('mv.schoolId IN (:...schoolIds)', { schoolIds })
        .andWhere('mv.kind = :issue', { issue: 'ISSUE' })
        .andWhere('mv.occurredAt >= :from AND mv.occurredAt < :to', { from, to })
        .groupBy('mv.schoolId'),
    /** What each room of a school received in [from, to), a page of rooms in room-id order after `after`. */
    issuesByRoom: (
      m,
      movements: ScopedReader<StoreMovement>,
      schoolId: string,
      from: Date,
      to: Date,
      after: string | null,
      take: number,
    ) => {
      const qb = movements
        .query(m)
        .select('mv.roomId', 'roomId')
        .addSelect('SUM(mv.valueFen)', 'valueFen')
        .addSelect('COUNT(*)', 'lines')
        .addSelect('SUM(mv.quantity)', 'units')
        .andWhere('mv.schoolId = :schoolId', { schoolId })
        .andWhere('mv.kind = :issue', { issue: 'ISSUE' })
        .andWhere('mv.roomId IS NOT NULL')
        .andWhere('mv.occurredAt >= :from AND mv.occurredAt < :to', { from, to });
      if (after) qb.andWhere('mv.roomId > :after', { after });
      return qb.groupBy('mv.roomId').orderBy('mv.roomId', 'ASC').limit(take);
    },
  },
  {
    assetValues: [assetWriteReader(exampleRequest()), ['school-1', 'school-2'], 2026 * 12 + 10, '2026-12-01'],
    stockValues: [stockReader(exampleRequest()), ['school-1', 'school-2']],
    issuesOf: [
      movementReader(exampleRequest()),
      ['school-1', 'school-2'],
      new Date('2026-10-31T16:00:00Z'),
      new Date('2026-11-30T16:00:00Z'),
    ],
    issuesByRoom: [
      movementReader(exampleRequest()),
      'school-1',
      new Date('2026-10-31T16:00:00Z'),
      new Date('2026-11-30T16:00:00Z'),
      null,
      21,
    ],
  },
);
