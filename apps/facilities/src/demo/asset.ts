import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import type { Logger } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_SCHOOL_ORDER, DEMO_SCHOOLS, demoStaffIdFor, type DemoSchoolKey } from '@houqin/demo';
import { AssetEvent, AssetEventKind, AssetEventSource, AssetStatus, FixedAsset } from '../asset/asset.entity';
import { usefulLifeYearsOf } from '../asset/classification';
import { RoomKind, type Room } from '../place/place.entity';
import { demoRooms } from './place';

/** Tag prefixes of the demo schools (资产编号前缀). */
const TAG_PREFIX: Record<DemoSchoolKey, string> = {
  firstPrimary: 'SY',
  secondJunior: 'DE',
  yucaiNineYear: 'YC',
  riversidePrimary: 'BJ',
  firstHigh: 'YZ',
};

interface Plan {
  classCode: string;
  name: string;
  model: string | null;
  costFen: number;
  room: Room | null;
  custodian: string | null;
}

/** What a room of each kind holds: (class, name, model, cost in fen, how many). */
const ROOM_CONTENTS: Partial<Record<RoomKind, [string, string, string | null, number, number][]>> = {
  [RoomKind.CLASSROOM]: [
    ['2020300', '交互式电子白板一体机', 'Seewo F86EA', 1_280_000, 1],
    ['2200100', '空调机（柜式）', 'Gree KFR-72LW', 680_000, 1],
    ['6010100', '课桌椅（45套）', '升降式 单人', 1_125_000, 1],
  ],
  [RoomKind.OFFICE]: [
    ['2010100', '台式计算机', 'Lenovo ThinkCentre M920t', 560_000, 2],
    ['2010500', '激光打印机', 'HP LaserJet Pro M404dn', 198_000, 1],
    ['6010200', '办公桌椅', null, 150_000, 2],
    ['2200100', '空调机（挂式）', 'Midea KFR-35GW', 320_000, 1],
  ],
  [RoomKind.LAB]: [
    ['3400100', '生物显微镜', 'Motic BA210', 260_000, 6],
    ['3400100', '电子天平', 'Sartorius BSA224S', 185_000, 2],
    ['3400200', '人体骨骼模型', '170cm', 160_000, 1],
    ['2020200', '投影仪', 'Epson CB-X50', 420_000, 1],
    ['6010300', '实验器材柜', null, 210_000, 2],
  ],
  [RoomKind.CANTEEN]: [
    ['3140100', '商用蒸饭柜', '24盘', 880_000, 1],
    ['3140100', '商用洗碗机', 'Hobart AM15', 3_600_000, 1],
    ['2200200', '商用冷藏柜', '四门', 950_000, 2],
  ],
  [RoomKind.SPORTS]: [
    ['3420000', '篮球架（移动式）', null, 980_000, 2],
    ['3420000', '乒乓球台', '红双喜 T2023', 230_000, 4],
  ],
  [RoomKind.STOREROOM]: [['6010300', '货架', '重型 4层', 160_000, 2]],
};

/** A deterministic day in 2014 … 2026 for the n-th asset (never after September 2026). */
function acquiredOn(n: number): string {
  const year = 2014 + (n % 13);
  const month = year === 2026 ? 1 + (n % 9) : 1 + ((n * 5) % 12);
  return `${year}-${String(month).padStart(2, '0')}-${String(1 + ((n * 7) % 28)).padStart(2, '0')}`;
}

/** Statuses across the register: mostly in use, some idle, under repair, lent (disposals are disposal/'s). */
function statusOf(n: number): AssetStatus {
  if (n % 17 === 5) return AssetStatus.UNDER_REPAIR;
  if (n % 11 === 3) return AssetStatus.IDLE;
  if (n % 29 === 7) return AssetStatus.LENT;
  return AssetStatus.IN_USE;
}

/**
 * The demo district's fixed assets (固定资产): at each active school a few hundred cards across the
 * classes — each classroom's whiteboard, air conditioner and desks, the offices' computers and printers,
 * the labs' microscopes and balances, the canteen's kitchen equipment, sports equipment, the library's
 * books, the teaching building itself — in the custody of the school's staff, in several statuses, and
 * with histories: every fifth asset came in through the storeroom and was moved to its room later.
 * Idempotent: a school with assets is left as it is. Needs the places demo (seedPlacesDemo) first.
 */
export async function seedAssetsDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  let assets = 0;
  for (const school of DEMO_SCHOOL_ORDER) {
    const schoolId = DEMO_SCHOOLS[school].id;
    if (!DEMO_SCHOOLS[school].active || (await dataSource.manager.existsBy(FixedAsset, { schoolId }))) continue;
    const places = await demoRooms(dataSource, schoolId);
    if (!places.rooms.length) continue;
    const staff = (post: string) => demoStaffIdFor(school, post);
    const plans: Plan[] = [];
    for (const room of places.rooms) {
      const custodian =
        room.kind === RoomKind.CLASSROOM || room.kind === RoomKind.LAB
          ? staff('TEACHER')
          : room.kind === RoomKind.CANTEEN
            ? staff('CANTEEN_MANAGER')
            : room.kind === RoomKind.STOREROOM
              ? staff('STOREKEEPER')
              : room.kind === RoomKind.SPORTS
                ? staff('TEACHER')
                : staff('GENERAL_AFFAIRS_DIRECTOR');
      for (const [classCode, name, model, costFen, count] of ROOM_CONTENTS[room.kind] ?? [])
        for (let i = 0; i < count; i++) plans.push({ classCode, name, model, costFen, room, custodian });
    }
    const office = places.ofKind(RoomKind.OFFICE)[0] ?? places.rooms[0];
    plans.push(
      {
        classCode: '2010300',
        name: '服务器',
        model: 'Dell PowerEdge R740',
        costFen: 3_850_000,
        room: office,
        custodian: staff('GENERAL_AFFAIRS_DIRECTOR'),
      },
      { classCode: '2010200', name: '便携式计算机', model: 'ThinkPad E14', costFen: 520_000, room: null, custodian: staff('PRINCIPAL') },
      {
        classCode: '2020100',
        name: '数码复印机',
        model: 'Ricoh MP 2555SP',
        costFen: 1_650_000,
        room: office,
        custodian: staff('ACCOUNTANT'),
      },
      { classCode: '5010000', name: '图书（2016年入藏一批）', model: null, costFen: 8_600_000, room: office, custodian: staff('TEACHER') },
      { classCode: '5010000', name: '图书（2023年入藏一批）', model: null, costFen: 3_200_000, room: office, custodian: staff('TEACHER') },
      {
        classCode: '1020100',
        name: `${DEMO_SCHOOLS[school].name} 教学楼`,
        model: '钢筋混凝土结构 5层',
        costFen: 1_860_000_000,
        room: null,
        custodian: staff('GENERAL_AFFAIRS_DIRECTOR'),
      },
    );
    if (school === 'firstHigh')
      plans.push({
        classCode: '2030100',
        name: '校车',
        model: '宇通 ZK6729DX',
        costFen: 42_000_000,
        room: null,
        custodian: staff('GENERAL_AFFAIRS_DIRECTOR'),
      });
    const storeroom = places.ofKind(RoomKind.STOREROOM)[0] ?? null;
    await dataSource.transaction((manager) => insertPlans(manager, school, schoolId, plans, storeroom));
    assets += plans.length;
  }
  logger.info({ assets }, 'seeded the demo fixed assets');
}

async function insertPlans(manager: EntityManager, school: DemoSchoolKey, schoolId: string, plans: Plan[], storeroom: Room | null) {
  const rows: FixedAsset[] = [];
  const events: AssetEvent[] = [];
  const serial = school.length * 1000;
  plans.forEach((plan, i) => {
    const n = i + 1;
    const on =
      plan.classCode === '1020100'
        ? '2012-08-30'
        : plan.name.includes('2016')
          ? '2016-09-01'
          : plan.name.includes('2023')
            ? '2023-09-01'
            : acquiredOn(n);
    const status = plan.classCode.startsWith('1') || plan.classCode.startsWith('5') ? AssetStatus.IN_USE : statusOf(n);
    const asset = manager.create(FixedAsset, {
      id: newId(),
      districtId: DEMO_DISTRICT.id,
      schoolId,
      tagNumber: `${TAG_PREFIX[school]}-${on.slice(0, 4)}-${String(n).padStart(4, '0')}`,
      name: plan.name,
      classCode: plan.classCode,
      model: plan.model,
      serialNumber: plan.model ? `SN${serial + n}` : null,
      acquiredOn: on,
      costFen: plan.costFen,
      usefulLifeMonths: usefulLifeYearsOf(plan.classCode, []) * 12,
      purchaseRequestId: null,
      roomId: plan.room?.id ?? null,
      custodianStaffId: status === AssetStatus.LENT ? null : plan.custodian,
      status,
      disposedOn: null,
    });
    rows.push(asset);
    const at = (days: number) => new Date(Date.parse(`${on}T09:00:00+08:00`) + days * 86_400_000);
    const event = (kind: AssetEventKind, days: number, values: Partial<AssetEvent>) =>
      events.push(
        manager.create(AssetEvent, {
          id: newId(),
          districtId: DEMO_DISTRICT.id,
          schoolId,
          assetId: asset.id,
          kind,
          fromRoomId: null,
          toRoomId: null,
          fromCustodianStaffId: null,
          toCustodianStaffId: null,
          fromStatus: null,
          toStatus: null,
          reason: null,
          source: AssetEventSource.MANUAL,
          actorAccountId: null,
          occurredAt: at(days),
          ...values,
        }),
      );
    // Every fifth asset came in through the storeroom (验收入库) and was moved to its room a week later.
    const viaStore = n % 5 === 0 && storeroom && plan.room && plan.room.id !== storeroom.id;
    event(AssetEventKind.REGISTERED, 0, {
      toRoomId: viaStore ? storeroom.id : asset.roomId,
      toCustodianStaffId: viaStore ? demoStaffIdFor(school, 'STOREKEEPER') : plan.custodian,
      toStatus: AssetStatus.IN_USE,
    });
    if (viaStore)
      event(AssetEventKind.MOVED, 7, {
        fromRoomId: storeroom.id,
        toRoomId: asset.roomId,
        fromCustodianStaffId: demoStaffIdFor(school, 'STOREKEEPER'),
        toCustodianStaffId: plan.custodian,
        reason: '验收后领用到位',
      });
    if (status !== AssetStatus.IN_USE)
      event(AssetEventKind.STATUS_CHANGED, 400, {
        fromStatus: AssetStatus.IN_USE,
        toStatus: status,
        reason: status === AssetStatus.UNDER_REPAIR ? '故障送修' : status === AssetStatus.IDLE ? '班级合并，暂时闲置' : '借给兄弟学校使用',
      });
    if (status === AssetStatus.LENT && plan.custodian)
      event(AssetEventKind.MOVED, 400, {
        fromCustodianStaffId: plan.custodian,
        toCustodianStaffId: null,
        fromRoomId: asset.roomId,
        toRoomId: asset.roomId,
        reason: '出借',
      });
  });
  for (let i = 0; i < rows.length; i += 100) await manager.insert(FixedAsset, rows.slice(i, i + 100));
  for (let i = 0; i < events.length; i += 100) await manager.insert(AssetEvent, events.slice(i, i + 100));
}
