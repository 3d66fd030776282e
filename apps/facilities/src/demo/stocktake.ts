import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { Role, Viewer } from '@houqin/auth';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS, demoAccountStaffId } from '@houqin/demo';
import { AssetStatus, FixedAsset } from '../asset/asset.entity';
import { AssetService } from '../asset/asset.service';
import type { FacilitiesContext } from '../context';
import { DisposalService } from '../disposal/disposal.service';
import { RoomKind } from '../place/place.entity';
import { PlaceService } from '../place/place.service';
import { AssetStocktake, AssetStocktakeExpected, AssetStocktakeScope } from '../stocktake/stocktake.entity';
import { StocktakeService } from '../stocktake/stocktake.service';
import { demoRooms } from './place';

/** A demo account of First Experimental Primary as a viewer. */
function account(role: Role): Viewer {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role && a.school === 'firstPrimary');
  if (!found) throw new Error(`No demo account with role ${role} at First Experimental Primary.`);
  return new Viewer({
    accountId: found.id,
    username: found.username,
    staffId: demoAccountStaffId(found),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role, schoolId: DEMO_SCHOOLS.firstPrimary.id }],
  });
}

/** The stocktake service as a request of `viewer` would have it (with the services its steps reach). */
function desk(dataSource: DataSource, logger: Logger, viewer: Viewer): StocktakeService {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now: () => new Date() } as FacilitiesContext;
  ctx.directoryCopy = new DirectoryCopyService(ctx);
  ctx.places = new PlaceService(ctx);
  ctx.assets = new AssetService(ctx);
  ctx.disposals = new DisposalService(ctx);
  ctx.stocktakes = new StocktakeService(ctx);
  return ctx.stocktakes;
}

/** The tag nobody registered that the storekeeper finds on a cabinet (an old label of the former Riverside Primary). */
export const DEMO_UNKNOWN_TAG = 'BJ-2009-0117';

/**
 * Asset stocktakes at First Experimental Primary (资产盘点), through the services as the people would
 * do it: the storekeeper counted the first office room — every asset but the last one scanned, a
 * computer of the next office found there, and an old label nobody registered — and closed it; the
 * general-affairs director approved it, so the computer moved (history source STOCKTAKE) and the
 * missing asset has a disposal request (盘亏, method LOST). A second stocktake, of a classroom, is open
 * with half its assets scanned. Idempotent: a school with stocktakes is left as it is. Needs the asset
 * and disposal demos first.
 */
export async function seedStocktakeDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  if (await dataSource.manager.existsBy(AssetStocktake, { schoolId })) return;
  const places = await demoRooms(dataSource, schoolId);
  const [office, nextOffice] = places.ofKind(RoomKind.OFFICE);
  const classroom = places.ofKind(RoomKind.CLASSROOM)[0];
  if (!office || !nextOffice || !classroom) {
    logger.warn({ schoolId }, 'the stocktake demo found no offices or classrooms; skipped');
    return;
  }
  const storekeeper = desk(dataSource, logger, account(Role.STOREKEEPER));
  const director = desk(dataSource, logger, account(Role.GENERAL_AFFAIRS_DIRECTOR));
  const expectedOf = (stocktakeId: string) =>
    dataSource.manager.find(AssetStocktakeExpected, { where: { stocktakeId }, order: { tagNumber: 'ASC' } });

  const counted = await storekeeper.open({
    schoolId,
    scope: AssetStocktakeScope.ROOM,
    roomId: office.id,
    note: '2026年秋季学期期中资产盘点（办公室）',
  });
  const inOffice = await expectedOf(counted.id);
  const visitor = (
    await dataSource.manager.find(FixedAsset, { where: { schoolId, roomId: nextOffice.id }, order: { tagNumber: 'ASC' } })
  ).find((a) => a.status === AssetStatus.IN_USE || a.status === AssetStatus.IDLE);
  await storekeeper.recordScans({
    stocktakeId: counted.id,
    roomId: office.id,
    codes: [...inOffice.slice(0, -1).map((e) => e.tagNumber), ...(visitor ? [visitor.tagNumber] : []), DEMO_UNKNOWN_TAG],
  });
  await storekeeper.close({ id: counted.id, comment: '已逐件扫码' });
  await director.approve({ id: counted.id, comment: '同意：借用的电脑留在本室，缺失资产按盘亏报废处理；旧标签另行核查' });

  const open = await storekeeper.open({ schoolId, scope: AssetStocktakeScope.ROOM, roomId: classroom.id, note: '教室资产盘点' });
  const inClassroom = await expectedOf(open.id);
  const half = inClassroom.slice(0, Math.ceil(inClassroom.length / 2)).map((e) => e.tagNumber);
  if (half.length) await storekeeper.recordScans({ stocktakeId: open.id, roomId: classroom.id, codes: half });
  logger.info({ approved: counted.id, open: open.id }, 'seeded the demo asset stocktakes');
}
