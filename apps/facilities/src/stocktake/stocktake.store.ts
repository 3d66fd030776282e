import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { AssetStatus, FixedAsset } from '../asset/asset.entity';
import { P } from '../permissions';
import { Room } from '../place/place.entity';
import {
  AssetStocktake,
  AssetStocktakeDifference,
  AssetStocktakeDifferenceKind,
  AssetStocktakeDifferenceOutcome,
  AssetStocktakeExpected,
  AssetStocktakeScan,
  AssetStocktakeScope,
  AssetStocktakeStatus,
} from './stocktake.entity';
import type { ScopeRef } from './stocktake.rules';

/** Stocktakes are read by the register's readers (readFacilities), within the tenancy scope. */
const facilitiesReaders = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readFacilities);
  if (schools === 'district') return;
  qb.andWhere(schools.length ? `${alias}.schoolId IN (:...facilitiesReadable)` : '1 = 0', { facilitiesReadable: schools });
};

/** Stocktakes as the viewer may read them (readFacilities at the school, or the district's readers). */
export const stocktakeReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, AssetStocktake, 'AssetStocktake', 'st', { visibility: facilitiesReaders });

/** Stocktakes of the viewer's schools, tenancy only: for the steps, whose flow checks the permission at the school. */
export const stocktakeWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, AssetStocktake, 'AssetStocktake', 'st');

/** What narrows the list of stocktakes. */
export interface StocktakeListFilter {
  schoolId?: string | null;
  status?: AssetStocktakeStatus | null;
  scope?: AssetStocktakeScope | null;
}

/**
 * Asset stocktakes' hand-written SQL (printed to apps/facilities/sql/stocktake.sql).
 *
 * Scans never update the stocktake row (no counter, no version): each scan call locks it FOR UPDATE
 * (`lockForStep`) as its first statement and inserts its codes with `insertScans` (one statement; a
 * code already scanned keeps its first scan through a no-op ON DUPLICATE KEY UPDATE). So the calls of
 * one stocktake queue for the few milliseconds of their insert instead of deadlocking on each other's
 * unique-key locks (which overlapping ON DUPLICATE KEY inserts do on InnoDB), and none is lost. Closing
 * takes the same lock as its first statement: it waits for the scans in flight, then reads every
 * committed scan, and a scan arriving later finds the stocktake CLOSED.
 */
export const stocktakeSql = defineSqlStore(
  'stocktake',
  {
    /** Stocktakes in the viewer's scope, narrowed by the filter. */
    list: (m, stocktakes: ScopedReader<AssetStocktake>, filter: StocktakeListFilter) => {
      const qb = stocktakes.query(m);
      if (filter.schoolId) qb.andWhere('st.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('st.status = :status', { status: filter.status });
      if (filter.scope) qb.andWhere('st.scope = :scope', { scope: filter.scope });
      return qb;
    },
    /** The stocktake a scan call or a step (close, approve, reject) is for, in the viewer's tenancy, locked for update: its first statement. */
    lockForStep: (m, stocktakes: ScopedReader<AssetStocktake>, id: string) =>
      lockRows(stocktakes.query(m).andWhere('st.id = :id', { id }), 'pessimistic_write'),
    /** A school's stocktakes still running (OPEN or CLOSED): an opening must not overlap one. */
    running: (m, schoolId: string) =>
      m
        .getRepository(AssetStocktake)
        .createQueryBuilder('st')
        .where('st.schoolId = :schoolId AND st.status IN (:...running)', {
          schoolId,
          running: [AssetStocktakeStatus.OPEN, AssetStocktakeStatus.CLOSED],
        }),
    /**
     * The assets a new stocktake expects: the school's assets in a room of the scope, neither disposed
     * nor lent (a lent asset is away; an asset with no room, e.g. a building, is not counted by scan).
     */
    assetsInScope: (m, schoolId: string, scope: ScopeRef) => {
      const qb = m
        .getRepository(FixedAsset)
        .createQueryBuilder('fa')
        .innerJoin(Room, 'room', 'room.id = fa.roomId')
        .select(['fa.id', 'fa.tagNumber', 'fa.name', 'fa.roomId'])
        .where('fa.schoolId = :schoolId AND fa.status NOT IN (:...away)', { schoolId, away: [AssetStatus.DISPOSED, AssetStatus.LENT] })
        .orderBy('fa.id', 'ASC');
      if (scope.scope === AssetStocktakeScope.CAMPUS) qb.andWhere('room.campusId = :campusId', { campusId: scope.campusId });
      if (scope.scope === AssetStocktakeScope.ROOM) qb.andWhere('fa.roomId = :roomId', { roomId: scope.roomId });
      return qb;
    },
    /** Every asset of the school with its tag, room and status (closing matches the codes nobody expected). */
    registerOf: (m, schoolId: string) =>
      m
        .getRepository(FixedAsset)
        .createQueryBuilder('fa')
        .select(['fa.id', 'fa.tagNumber', 'fa.roomId', 'fa.status'])
        .where('fa.schoolId = :schoolId', { schoolId }),
    /**
     * Records scans: one row per code, first scan wins. A code already scanned in this stocktake (by
     * anyone, in any room) gets a no-op update instead of a duplicate-key error, so parallel scanners
     * never fail each other and never lose a code.
     */
    insertScans: (m, rows: readonly AssetStocktakeScan[]) =>
      m
        .createQueryBuilder()
        .insert()
        .into(AssetStocktakeScan)
        .values(rows as AssetStocktakeScan[])
        .orUpdate(['stocktakeId'], ['stocktakeId', 'code']),
    /** The stored scans of these codes of a stocktake (after insertScans: who scanned each first). */
    scansOfCodes: (m, stocktakeId: string, codes: readonly string[]) =>
      m
        .getRepository(AssetStocktakeScan)
        .createQueryBuilder('sc')
        .where('sc.stocktakeId = :stocktakeId AND sc.code IN (:...codes)', { stocktakeId, codes }),
    /** Every scan of a stocktake (closing). */
    allScans: (m, stocktakeId: string) =>
      m.getRepository(AssetStocktakeScan).createQueryBuilder('sc').where('sc.stocktakeId = :stocktakeId', { stocktakeId }),
    /** A page of a stocktake's scans in scan order, optionally of one room (AssetStocktake.scans). */
    scans: (m, stocktakeId: string, roomId: string | null) => {
      const qb = m.getRepository(AssetStocktakeScan).createQueryBuilder('sc').where('sc.stocktakeId = :stocktakeId', { stocktakeId });
      if (roomId) qb.andWhere('sc.roomId = :roomId', { roomId });
      return qb;
    },
    /** How many codes each of these stocktakes has scanned so far (a page of stocktakes: one statement). */
    scanCounts: (m, stocktakeIds: readonly string[]) =>
      m
        .getRepository(AssetStocktakeScan)
        .createQueryBuilder('sc')
        .select('sc.stocktakeId', 'stocktakeId')
        .addSelect('COUNT(*)', 'scanned')
        .where('sc.stocktakeId IN (:...stocktakeIds)', { stocktakeIds })
        .groupBy('sc.stocktakeId'),
    /** Every expected asset of a stocktake (closing). */
    allExpected: (m, stocktakeId: string) =>
      m.getRepository(AssetStocktakeExpected).createQueryBuilder('ex').where('ex.stocktakeId = :stocktakeId', { stocktakeId }),
    /** A page of a stocktake's expected assets (AssetStocktake.expectedAssets). */
    expected: (m, stocktakeId: string) =>
      m.getRepository(AssetStocktakeExpected).createQueryBuilder('ex').where('ex.stocktakeId = :stocktakeId', { stocktakeId }),
    /** A page of a stocktake's differences, optionally of one kind (AssetStocktake.differences). */
    differences: (m, stocktakeId: string, kind: AssetStocktakeDifferenceKind | null) => {
      const qb = m.getRepository(AssetStocktakeDifference).createQueryBuilder('df').where('df.stocktakeId = :stocktakeId', { stocktakeId });
      if (kind) qb.andWhere('df.kind = :kind', { kind });
      return qb;
    },
    /** Every difference of a stocktake (approval). */
    allDifferences: (m, stocktakeId: string) =>
      m
        .getRepository(AssetStocktakeDifference)
        .createQueryBuilder('df')
        .where('df.stocktakeId = :stocktakeId', { stocktakeId })
        .orderBy('df.id', 'ASC'),
    /** The decision on some differences of a stocktake, once (only where none was taken yet). */
    decide: (m, stocktakeId: string, ids: readonly string[], outcome: AssetStocktakeDifferenceOutcome) =>
      m
        .createQueryBuilder()
        .update(AssetStocktakeDifference)
        .set({ outcome })
        .where({ stocktakeId, id: In([...ids]) })
        .andWhere('outcome IS NULL'),
    /** The disposal request an accepted MISSING difference filed. */
    linkDisposal: (m, differenceId: string, disposalId: string) =>
      m.createQueryBuilder().update(AssetStocktakeDifference).set({ disposalId }).where('id = :differenceId', { differenceId }),
  },
  {
    list: [stocktakeReader(exampleRequest(Role.STOREKEEPER)), { schoolId: 'school-1', status: AssetStocktakeStatus.CLOSED, scope: null }],
    lockForStep: [stocktakeWriteReader(exampleRequest(Role.STOREKEEPER)), 'stocktake-1'],
    running: ['school-1'],
    assetsInScope: ['school-1', { scope: AssetStocktakeScope.CAMPUS, campusId: 'campus-1', roomId: null }],
    registerOf: ['school-1'],
    insertScans: [
      [
        Object.assign(new AssetStocktakeScan(), {
          id: 'scan-1',
          stocktakeId: 'stocktake-1',
          code: 'ZC-0001',
          roomId: 'room-1',
          scannedByAccountId: 'account-1',
          scannedAt: new Date('2026-11-16T02:00:00Z'),
        }),
      ],
    ],
    scansOfCodes: ['stocktake-1', ['ZC-0001', 'ZC-0002']],
    allScans: ['stocktake-1'],
    scans: ['stocktake-1', 'room-1'],
    scanCounts: [['stocktake-1', 'stocktake-2']],
    allExpected: ['stocktake-1'],
    expected: ['stocktake-1'],
    differences: ['stocktake-1', AssetStocktakeDifferenceKind.MISSING],
    allDifferences: ['stocktake-1'],
    decide: ['stocktake-1', ['difference-1', 'difference-2'], AssetStocktakeDifferenceOutcome.ACCEPTED],
    linkDisposal: ['difference-1', 'disposal-1'],
  },
);
