import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { Canteen, CanteenOperation, StorageLocation } from './canteen.entity';
import type { CanteenFilter } from './canteen.inputs';

/** Canteens of the viewer's schools (the whole district for district roles): any role of the school sees its canteens. */
export const canteenReader = (ctx: ReadContext) => new ScopedReader(ctx, Canteen, 'Canteen', 'can');

/** Storage locations of the viewer's schools' canteens. */
export const storageLocationReader = (ctx: ReadContext) => new ScopedReader(ctx, StorageLocation, 'StorageLocation', 'loc');

/** The canteens' hand-written SQL (printed to apps/canteen/sql/canteen.sql). */
export const canteenSql = defineSqlStore(
  'canteen',
  {
    /** Canteens in scope, narrowed by school, campus, operation and licence expiry. */
    list: (m, canteens: ScopedReader<Canteen>, filter: CanteenFilter) => {
      const qb = canteens.query(m);
      if (filter.schoolId) qb.andWhere('can.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.campusId) qb.andWhere('can.campusId = :campusId', { campusId: filter.campusId.toLowerCase() });
      if (filter.operation) qb.andWhere('can.operation = :operation', { operation: filter.operation });
      if (filter.licenceExpiresBy) qb.andWhere('can.licenceExpiresOn <= :expiresBy', { expiresBy: filter.licenceExpiresBy });
      return qb;
    },
    /** The canteens in scope of a page of schools (School.canteens): one statement. */
    ofSchools: (m, canteens: ScopedReader<Canteen>, schoolIds: readonly string[]) =>
      canteens.query(m).andWhere('can.schoolId IN (:...schoolIds)', { schoolIds }).orderBy('can.id', 'ASC'),
    /** The storage locations of a page of canteens (Canteen.storageLocations): one statement. */
    locationsOf: (m, locations: ScopedReader<StorageLocation>, canteenIds: readonly string[]) =>
      locations.query(m).andWhere('loc.canteenId IN (:...canteenIds)', { canteenIds }).orderBy('loc.id', 'ASC'),
    /** One storage location of one canteen, in scope (a location a delivery or a lot names). */
    location: (m, locations: ScopedReader<StorageLocation>, canteenId: string, locationId: string) =>
      locations.query(m).andWhere('loc.id = :locationId AND loc.canteenId = :canteenId', { locationId, canteenId }),
  },
  {
    list: [
      canteenReader(exampleRequest()),
      { schoolId: 'school-1', campusId: 'campus-1', operation: CanteenOperation.CONTRACTED, licenceExpiresBy: '2026-12-31' },
    ],
    ofSchools: [canteenReader(exampleRequest()), ['school-1', 'school-2']],
    locationsOf: [storageLocationReader(exampleRequest()), ['canteen-1', 'canteen-2']],
    location: [storageLocationReader(exampleRequest()), 'canteen-1', 'location-1'],
  },
);
