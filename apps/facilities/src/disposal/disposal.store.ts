import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { FixedAsset } from '../asset/asset.entity';
import { P } from '../permissions';
import { Room } from '../place/place.entity';
import { AssetDisposal, AssetDisposalStatus } from './disposal.entity';
import { DECIDE_AT } from './disposal.actions';
import { AssetDisposalSettings } from './disposal.settings';
import type { DisposalLevel, DisposalValueBasis } from './disposal.rules';

/** Disposal requests are read by the register's readers (readFacilities), within the tenancy scope. */
const facilitiesReaders = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readFacilities);
  if (schools === 'district') return;
  qb.andWhere(schools.length ? `${alias}.schoolId IN (:...disposalReadable)` : '1 = 0', { disposalReadable: schools });
};

/** Disposal requests as the viewer may read them (readFacilities at the school, or the district's readers). */
export const disposalReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, AssetDisposal, 'AssetDisposal', 'ad', { visibility: facilitiesReaders });

/** Disposal requests of the viewer's schools, tenancy only: for the steps, whose flow checks the permission at the school. */
export const disposalWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, AssetDisposal, 'AssetDisposal', 'ad');

/** What narrows the list of disposal requests. */
export interface DisposalListFilter {
  schoolId?: string | null;
  status?: AssetDisposalStatus | null;
  assetId?: string | null;
  /** The viewer, for "waiting for a level I decide at, not mine". */
  awaitingApprovalBy?: Viewer | null;
}

/** SQL condition: requests of `alias` waiting for a level the viewer decides at, at the schools where they may, never their own. */
function awaitingApprovalBy(alias: string, viewer: Viewer): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { awaitingMe: viewer.accountId };
  const levels = Object.entries(DECIDE_AT).flatMap(([role, permission]) => {
    const schools = schoolsAllowed(viewer, permission);
    if (schools !== 'district' && !schools.length) return [];
    params[`await_${role}`] = role;
    if (schools === 'district') return [`${alias}.nextApprovalRole = :await_${role}`];
    params[`await_${role}_schools`] = schools;
    return [`(${alias}.nextApprovalRole = :await_${role} AND ${alias}.schoolId IN (:...await_${role}_schools))`];
  });
  return { sql: `${alias}.requesterAccountId <> :awaitingMe AND (${levels.length ? levels.join(' OR ') : '1 = 0'})`, params };
}

/**
 * Disposal requests' hand-written SQL (printed to apps/facilities/sql/disposal.sql). A step takes the
 * request's row FOR UPDATE first (`lockForStep`); one open request per asset is kept by the unique
 * index on `openAssetId` (set while PENDING_APPROVAL, cleared by the step that decides it).
 */
export const disposalSql = defineSqlStore(
  'disposal',
  {
    /** Requests in the viewer's scope, narrowed by the filter. */
    list: (m, disposals: ScopedReader<AssetDisposal>, filter: DisposalListFilter) => {
      const qb = disposals.query(m);
      if (filter.schoolId) qb.andWhere('ad.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('ad.status = :status', { status: filter.status });
      if (filter.assetId) qb.andWhere('ad.assetId = :assetId', { assetId: filter.assetId });
      if (filter.awaitingApprovalBy) {
        const awaiting = awaitingApprovalBy('ad', filter.awaitingApprovalBy);
        qb.andWhere(`(${awaiting.sql})`, awaiting.params);
      }
      return qb;
    },
    /** The requests of a page of assets, newest first (FixedAsset.disposals), as the viewer may read them. */
    ofAssets: (m, disposals: ScopedReader<AssetDisposal>, assetIds: readonly string[]) =>
      disposals
        .query(m)
        .andWhere('ad.assetId IN (:...assetIds)', { assetIds: [...assetIds] })
        .orderBy('ad.createdAt', 'DESC')
        .addOrderBy('ad.id', 'DESC'),
    /** The open request of an asset, if any (a request must not be filed beside it). */
    openOf: (m, assetId: string) => m.getRepository(AssetDisposal).createQueryBuilder('ad').where('ad.openAssetId = :assetId', { assetId }),
    /** The request a step (approve, reject, cancel) is for, in the viewer's tenancy, locked for update: the step's first statement. */
    lockForStep: (m, disposals: ScopedReader<AssetDisposal>, id: string) => lockRows(disposals.query(m).andWhere('ad.id = :id', { id })),
    /**
     * The waiting requests of assets on a campus whose school is no longer the request's (the asset moved
     * with its campus), with the asset's school as `target`, locked for the move.
     */
    strayedWaiting: (m, campusId: string) => {
      const qb = m
        .getRepository(AssetDisposal)
        .createQueryBuilder('ad')
        .innerJoin(FixedAsset, 'fa', 'fa.id = ad.assetId')
        .innerJoin(Room, 'room', 'room.id = fa.roomId')
        .addSelect('fa.schoolId', 'target')
        .where('room.campusId = :campusId AND ad.status = :waiting AND ad.schoolId <> fa.schoolId', {
          campusId,
          waiting: AssetDisposalStatus.PENDING_APPROVAL,
        })
        .orderBy('ad.id', 'ASC');
      return lockRows(qb);
    },
    /** A waiting request follows its asset to another school (the version moves on: a step read before fails as CONFLICT). */
    toSchool: (m, id: string, schoolId: string) =>
      m.createQueryBuilder().update(AssetDisposal).set({ schoolId }).where('id = :id AND status = :waiting', {
        id,
        waiting: AssetDisposalStatus.PENDING_APPROVAL,
      }),
    /** A district's settings row at the version read (the update's guard). */
    updateSettings: (
      m,
      districtId: string,
      version: number,
      set: { levelsValue?: DisposalLevel[]; basis?: DisposalValueBasis; updatedByAccountId: string },
    ) =>
      m
        .createQueryBuilder()
        .update(AssetDisposalSettings)
        .set(set)
        .where('districtId = :districtId AND version = :version', { districtId, version }),
  },
  {
    list: [
      disposalReader(exampleRequest(Role.PRINCIPAL)),
      {
        schoolId: 'school-1',
        status: AssetDisposalStatus.PENDING_APPROVAL,
        awaitingApprovalBy: exampleRequest(Role.PRINCIPAL).viewer as Viewer,
      },
    ],
    ofAssets: [disposalReader(exampleRequest(Role.PRINCIPAL)), ['asset-1', 'asset-2']],
    openOf: ['asset-1'],
    strayedWaiting: ['campus-1'],
    toSchool: ['disposal-1', 'school-2'],
    lockForStep: [disposalWriteReader(exampleRequest(Role.PRINCIPAL)), 'disposal-1'],
    updateSettings: ['district-1', 1, { basis: 'COST' as DisposalValueBasis, updatedByAccountId: 'account-1' }],
  },
);
