import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Room } from '../place/place.entity';
import { P } from '../permissions';
import { AssetEvent, AssetStatus, FixedAsset } from './asset.entity';

/** What narrows the asset register (assets query). */
export interface AssetListFilter {
  schoolId?: string | null;
  roomId?: string | null;
  custodianStaffId?: string | null;
  status?: AssetStatus | null;
  classCode?: string | null;
  search?: string | null;
}

/**
 * Who sees which assets, within the tenancy scope: the register's readers (readFacilities: directors,
 * principals, storekeepers, accountants of the school; the district's readers) see all of a school's
 * assets; any other staff member only the assets in their own custody (custodianStaffId = their staff id).
 */
export function registerReadersOrCustodian<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readFacilities);
  if (schools === 'district') return;
  const conditions = [
    ...(schools.length ? [`${alias}.schoolId IN (:...registerSchools)`] : []),
    ...(viewer.staffId ? [`${alias}.custodianStaffId = :viewerStaffId`] : []),
  ];
  qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', {
    registerSchools: schools,
    viewerStaffId: viewer.staffId,
  });
}

/** The register as the viewer may read it (see registerReadersOrCustodian). */
export const assetReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, FixedAsset, 'FixedAsset', 'fa', { visibility: registerReadersOrCustodian });

/** The viewer's schools' assets, tenancy only: for writes, whose callers check their permission at the asset's school. */
export const assetWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, FixedAsset, 'FixedAsset', 'fa');

/** A teacher (no register role) with a staff record: the custodian's view in the printed SQL. */
const exampleCustodian = (): ReadContext => ({
  viewer: new Viewer({
    accountId: 'account-1',
    username: 'example',
    staffId: 'staff-1',
    districtId: 'district-1',
    grants: [{ role: Role.STAFF, schoolId: 'school-1' }],
  }),
  dataSource: undefined as unknown as ReadContext['dataSource'],
});

/** Assets' hand-written SQL (printed to apps/facilities/sql/asset.sql). */
export const assetSql = defineSqlStore(
  'asset',
  {
    /** The register, narrowed by school, room, custodian, status, class (and its subclasses) and a search of tag, name, model, serial. */
    list: (m, assets: ScopedReader<FixedAsset>, filter: AssetListFilter) => {
      const qb = assets.query(m);
      if (filter.schoolId) qb.andWhere('fa.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.roomId) qb.andWhere('fa.roomId = :roomId', { roomId: filter.roomId });
      if (filter.custodianStaffId) qb.andWhere('fa.custodianStaffId = :custodianStaffId', { custodianStaffId: filter.custodianStaffId });
      if (filter.status) qb.andWhere('fa.status = :status', { status: filter.status });
      if (filter.classCode) {
        // A class and the classes under it: codes share the prefix left of the trailing zeros.
        const prefix = filter.classCode.replace(/0+$/, '');
        qb.andWhere('fa.classCode LIKE :classPrefix', { classPrefix: `${prefix}%` });
      }
      const search = filter.search?.trim();
      if (search) {
        qb.andWhere(
          new Brackets((or) => {
            for (const column of ['tagNumber', 'name', 'model', 'serialNumber']) {
              const [like, params] = likeContains(`fa.${column}`, `search_${column}`, search);
              or.orWhere(like, params);
            }
          }),
        );
      }
      return qb;
    },
    /** Moves an asset or changes its status, only at the version read (else nothing: CONFLICT). */
    change: (
      m,
      assetId: string,
      version: number,
      set: Partial<Pick<FixedAsset, 'roomId' | 'custodianStaffId' | 'status' | 'disposedOn'>>,
    ) => m.createQueryBuilder().update(FixedAsset).set(set).where('id = :assetId AND version = :version', { assetId, version }),
    /** The name, model and serial of an asset (updateAsset), at the version read. */
    edit: (m, assetId: string, version: number, set: Partial<Pick<FixedAsset, 'name' | 'model' | 'serialNumber'>>) =>
      m.createQueryBuilder().update(FixedAsset).set(set).where('id = :assetId AND version = :version', { assetId, version }),
    /** A school's assets with any of these tag numbers (an import refuses tags already used): one statement per file. */
    withTags: (m, schoolId: string, tagNumbers: readonly string[]) =>
      m
        .getRepository(FixedAsset)
        .createQueryBuilder('fa')
        .where('fa.schoolId = :schoolId AND fa.tagNumber IN (:...tagNumbers)', { schoolId, tagNumbers }),
    /** Assets just written, by id (an import reads its rows back in one statement). */
    byIds: (m, ids: readonly string[]) => m.getRepository(FixedAsset).createQueryBuilder('fa').where('fa.id IN (:...ids)', { ids }),
    /** The history of a page of assets (FixedAsset.history), oldest first: one statement. The assets were read in scope. */
    historyOf: (m, assetIds: readonly string[]) =>
      m
        .getRepository(AssetEvent)
        .createQueryBuilder('ev')
        .where('ev.assetId IN (:...assetIds)', { assetIds })
        .orderBy('ev.occurredAt', 'ASC')
        .addOrderBy('ev.id', 'ASC'),
    /** The assets in the custody of a page of staff members (Staff.assetsInCustody), as the viewer may read them. */
    inCustodyOf: (m, assets: ScopedReader<FixedAsset>, staffIds: readonly string[]) =>
      assets
        .query(m)
        .andWhere('fa.custodianStaffId IN (:...staffIds)', { staffIds })
        .andWhere('fa.status <> :disposed', { disposed: AssetStatus.DISPOSED })
        .orderBy('fa.tagNumber', 'ASC'),
    /**
     * The assets in rooms that now belong to another school than the asset (after places moved a campus's
     * rooms with it): the assets that follow their campus. Locked for the move.
     */
    strayedFromCampus: (m, campusId: string) => {
      const qb = m
        .getRepository(FixedAsset)
        .createQueryBuilder('fa')
        .innerJoin(Room, 'room', 'room.id = fa.roomId')
        .where('room.campusId = :campusId AND room.schoolId <> fa.schoolId', { campusId })
        .orderBy('fa.id', 'ASC');
      return lockRows(qb);
    },
    /** The rooms of a school an import names, by id or by QR code: one statement per file. */
    roomsByRef: (m, schoolId: string, refs: readonly string[]) =>
      m
        .getRepository(Room)
        .createQueryBuilder('room')
        .where('room.schoolId = :schoolId AND (room.id IN (:...refs) OR room.qrCode IN (:...refs))', { schoolId, refs }),
    /** Moves an asset to its room's new school (a campus move): the tag must be free there (unique index). */
    toSchool: (m, assetId: string, schoolId: string) =>
      m.createQueryBuilder().update(FixedAsset).set({ schoolId }).where('id = :assetId', { assetId }),
  },
  {
    list: [
      assetReader(exampleRequest(Role.GENERAL_AFFAIRS_DIRECTOR)),
      {
        schoolId: 'school-1',
        roomId: 'room-1',
        custodianStaffId: 'staff-1',
        status: AssetStatus.IN_USE,
        classCode: '2010000',
        search: '联想',
      },
    ],
    change: ['asset-1', 3, { roomId: 'room-2', custodianStaffId: 'staff-2' }],
    edit: ['asset-1', 3, { name: '台式计算机', model: 'ThinkCentre M920', serialNumber: 'SN123' }],
    withTags: ['school-1', ['ZC-0001', 'ZC-0002']],
    byIds: [['asset-1', 'asset-2']],
    historyOf: [['asset-1', 'asset-2']],
    inCustodyOf: [assetReader(exampleCustodian()), ['staff-1', 'staff-2']],
    strayedFromCampus: ['campus-1'],
    roomsByRef: ['school-1', ['room-1', 'Qx7kP2mN9aBc']],
    toSchool: ['asset-1', 'school-2'],
  },
);
