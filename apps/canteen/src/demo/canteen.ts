import type { DataSource } from 'typeorm';
import { Role, Viewer } from '@houqin/auth';
import { shiftDate, todayIn } from '@houqin/common';
import type { Logger } from '@houqin/common';
import {
  DEMO_ACCOUNTS,
  DEMO_CAMPUSES,
  DEMO_DISTRICT,
  DEMO_SCHOOL_ORDER,
  DEMO_SCHOOLS,
  demoAccountId,
  demoAccountStaffId,
  demoStaffIdFor,
  demoStaffNumber,
  type DemoSchoolKey,
} from '@houqin/demo';
import { Canteen, CanteenOperation, StorageKind, StorageLocation } from '../canteen/canteen.entity';
import { CanteenService } from '../canteen/canteen.service';
import type { CanteenContext } from '../context';
import { canteenConsumer } from '../events/canteen.consumer';
import { applyDemoDirectory } from '@houqin/directory-copy';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { applyDemoSuppliers, SupplierCopyService } from '@houqin/supplier-copy';

export type DemoCampusKey = keyof typeof DEMO_CAMPUSES;

/** A demo canteen and its storage locations by kind, for the demo parts that follow (deliveries, stock, menus …). */
export interface DemoCanteen {
  campus: DemoCampusKey;
  school: DemoSchoolKey;
  canteen: Canteen;
  locations: Record<StorageKind, StorageLocation>;
}

/** Licence per campus: its number and the days from today to its last valid day (the west campus's is due for renewal). */
const LICENCES: Record<DemoCampusKey, { number: string; days: number; name: string }> = {
  firstPrimaryEast: { number: 'JY13301020010001', days: 900, name: 'East campus canteen (东校区食堂)' },
  firstPrimaryWest: { number: 'JY13301020010002', days: 25, name: 'West campus canteen (西校区食堂)' },
  secondJuniorMain: { number: 'JY13301040020001', days: 700, name: 'Second Junior canteen (第二中学食堂)' },
  yucaiMain: { number: 'JY13301060030001', days: 1000, name: 'Yucai canteen (育才学校食堂)' },
  firstHighMain: { number: 'JY13301080050001', days: 450, name: 'No. 1 High canteen (第一高级中学食堂)' },
};

const LOCATIONS = [
  { name: 'Dry store (干货库)', kind: StorageKind.DRY },
  { name: 'Chiller (冷藏库)', kind: StorageKind.CHILLED },
  { name: 'Freezer (冷冻库)', kind: StorageKind.FROZEN },
];

const schoolKeyOf = (schoolId: string): DemoSchoolKey => DEMO_SCHOOL_ORDER.find((key) => DEMO_SCHOOLS[key].id === schoolId)!;

/** The school's canteen manager: the demo account at First Experimental Primary, a synthetic account numbered like the staff elsewhere. */
function managerViewer(school: DemoSchoolKey): Viewer {
  const schoolId = DEMO_SCHOOLS[school].id;
  const account = DEMO_ACCOUNTS.find((a) => a.school === school && a.role === Role.CANTEEN_MANAGER);
  const n = demoStaffNumber(school, 'CANTEEN_MANAGER');
  return new Viewer({
    accountId: account?.id ?? demoAccountId(n),
    username: account?.username ?? `demo-${n}`,
    staffId: account ? demoAccountStaffId(account) : demoStaffIdFor(school, 'CANTEEN_MANAGER'),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role: Role.CANTEEN_MANAGER, schoolId }],
  });
}

/** The canteen services as a request of `viewer` would have them (only those the canteen part uses). */
function desk(dataSource: DataSource, logger: Logger, viewer: Viewer, now: () => Date): CanteenContext {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now } as CanteenContext;
  ctx.canteens = new CanteenService(ctx);
  ctx.directoryCopy = new DirectoryCopyService(ctx);
  ctx.supplierCopy = new SupplierCopyService(ctx);
  return ctx;
}

/**
 * The canteen part of the demo, first of all: the canteen's copies of the directory (schools,
 * campuses, staff) and of finance's suppliers, as their events would fill them, then a school-run
 * canteen for every campus of an open demo school, registered by its canteen manager through the real
 * service, with a dry store, a chiller and a freezer; the west campus's licence is due for renewal.
 * Idempotent: a campus that has a canteen keeps it. Returns the canteens for the parts that follow.
 */
export async function seedCanteensDemo(dataSource: DataSource, logger: Logger, now: () => Date = () => new Date()): Promise<DemoCanteen[]> {
  const today = todayIn(DEMO_DISTRICT.timeZone, now());
  await applyDemoDirectory(dataSource, logger, canteenConsumer);
  await applyDemoSuppliers(dataSource, logger, today, canteenConsumer);
  const result: DemoCanteen[] = [];
  for (const [campus, facts] of Object.entries(DEMO_CAMPUSES) as [DemoCampusKey, (typeof DEMO_CAMPUSES)[DemoCampusKey]][]) {
    const school = schoolKeyOf(facts.schoolId);
    if (!DEMO_SCHOOLS[school].active) continue;
    let canteen = await dataSource.manager.findOne(Canteen, { where: { campusId: facts.id } });
    if (!canteen) {
      const licence = LICENCES[campus];
      canteen = await desk(dataSource, logger, managerViewer(school), now).canteens.create({
        schoolId: facts.schoolId,
        campusId: facts.id,
        name: licence.name,
        licenceNumber: licence.number,
        licenceExpiresOn: shiftDate(today, licence.days),
        foodSafetyManagerStaffId: demoStaffIdFor(school, 'CANTEEN_MANAGER'),
        operation: CanteenOperation.SCHOOL_RUN,
        contractorSupplierId: null,
        storageLocations: LOCATIONS,
      });
    }
    const locations = await dataSource.manager.find(StorageLocation, { where: { canteenId: canteen.id }, order: { id: 'ASC' } });
    const byKind = Object.fromEntries(Object.values(StorageKind).map((kind) => [kind, locations.find((l) => l.kind === kind)!])) as Record<
      StorageKind,
      StorageLocation
    >;
    result.push({ campus, school, canteen, locations: byKind });
  }
  logger.info({ canteens: result.length }, 'seeded the demo canteens');
  return result;
}
