import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { Role, Viewer } from '@houqin/auth';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS, demoAccountStaffId } from '@houqin/demo';
import { AssetStatus, FixedAsset } from '../asset/asset.entity';
import { AssetService } from '../asset/asset.service';
import type { FacilitiesContext } from '../context';
import { AssetDisposal, AssetDisposalMethod } from '../disposal/disposal.entity';
import { DisposalService } from '../disposal/disposal.service';
import { PlaceService } from '../place/place.service';

/** A demo account of First Experimental Primary (or the district's administrator) as a viewer. */
function account(role: Role): Viewer {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role && (a.school === 'firstPrimary' || a.school === null));
  if (!found) throw new Error(`No demo account with role ${role}.`);
  return new Viewer({
    accountId: found.id,
    username: found.username,
    staffId: demoAccountStaffId(found),
    districtId: DEMO_DISTRICT.id,
    grants: [{ role, schoolId: found.school ? DEMO_SCHOOLS[found.school].id : null }],
  });
}

/** The services a disposal step uses, as a request of `viewer` would have them. */
function desk(dataSource: DataSource, logger: Logger, viewer: Viewer): FacilitiesContext {
  const ctx = { viewer, requestId: 'seed-demo', logger, dataSource, now: () => new Date() } as FacilitiesContext;
  ctx.directoryCopy = new DirectoryCopyService(ctx);
  ctx.places = new PlaceService(ctx);
  ctx.assets = new AssetService(ctx);
  ctx.disposals = new DisposalService(ctx);
  return ctx;
}

/**
 * Disposals at First Experimental Primary (资产处置): a lab projector scrapped with the principal's
 * approval (DISPOSED; facilities.asset.disposed goes to finance, which writes it off); the 2016 batch
 * of library books (¥86,000, 图书剔旧) approved by the principal and waiting for the district bureau;
 * an office printer the principal refused to scrap (a new drum will do); and an office computer the
 * storekeeper asked to sell, waiting for the principal. Through the services, as the people would do
 * it, so steps, history, audit and the event are all there. Idempotent: a school with disposals is left
 * as it is. Needs the asset demo (seedAssetsDemo) first.
 */
export async function seedDisposalDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  if (await dataSource.manager.existsBy(AssetDisposal, { schoolId })) return;
  const candidates = await dataSource.manager.find(FixedAsset, { where: { schoolId }, order: { tagNumber: 'ASC' } });
  const pick = (name: string) =>
    candidates.find((a) => a.name === name && a.status !== AssetStatus.DISPOSED && a.status !== AssetStatus.LENT);
  const projector = pick('投影仪');
  const books = pick('图书（2016年入藏一批）');
  const printer = pick('激光打印机');
  const computer = pick('台式计算机');
  if (!projector || !books || !printer || !computer) {
    logger.warn({ schoolId }, 'the disposal demo found no demo assets to dispose of; skipped');
    return;
  }
  const director = desk(dataSource, logger, account(Role.GENERAL_AFFAIRS_DIRECTOR));
  const storekeeper = desk(dataSource, logger, account(Role.STOREKEEPER));
  const principal = desk(dataSource, logger, account(Role.PRINCIPAL));

  const scrapped = await director.disposals.request({
    assetId: projector.id,
    reason: '灯泡老化、主板故障，维修费用高于残值，申请报废',
    method: AssetDisposalMethod.SCRAPPED,
    expectedProceeds: '30.00',
  });
  await principal.disposals.approve({ id: scrapped.id, comment: '同意报废，残值交回收站' });

  const weeded = await director.disposals.request({
    assetId: books.id,
    reason: '图书剔旧：破损、内容陈旧，已按馆藏剔旧标准清点',
    method: AssetDisposalMethod.SCRAPPED,
  });
  await principal.disposals.approve({ id: weeded.id, comment: '同意，报区教育局审批' });

  const refused = await storekeeper.disposals.request({
    assetId: printer.id,
    reason: '打印有横纹，申请报废',
    method: AssetDisposalMethod.SCRAPPED,
  });
  await principal.disposals.reject({ id: refused.id, reason: '更换硒鼓后可继续使用' });

  await storekeeper.disposals.request({
    assetId: computer.id,
    reason: '配置过低，无法运行教学软件，拟公开处置',
    method: AssetDisposalMethod.SOLD,
    expectedProceeds: '200.00',
  });
  logger.info({ disposals: 4 }, 'seeded the demo disposals');
}
