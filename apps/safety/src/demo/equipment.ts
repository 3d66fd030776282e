import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, type Logger, newId, shiftDate, todayIn } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOLS, demoRoomId } from '@houqin/demo';
import { EquipmentKind, ExtinguisherType, SafetyEquipment } from '../equipment/equipment.entity';
import { dueDays } from '../equipment/equipment.rules';

const BUILDING_A = 'Teaching Building A (教学楼A)';

/** First Primary's register: extinguishers by the stairs (one dry-powder past its scrap age, a CO₂ one in the switch room), a hydrant, an AED, a first-aid kit. */
const ITEMS: {
  code: string;
  kind: EquipmentKind;
  type?: ExtinguisherType;
  location: string;
  room?: string;
  madeYearsAgo: number;
  checkedDaysAgo: number | null;
  passed?: boolean;
  contentsExpireInDays?: number;
}[] = [
  {
    code: 'MHQ-A1-01',
    kind: EquipmentKind.FIRE_EXTINGUISHER,
    type: ExtinguisherType.DRY_POWDER,
    location: '教学楼A一楼东侧楼梯口',
    room: '101',
    madeYearsAgo: 3,
    checkedDaysAgo: 10,
  },
  {
    code: 'MHQ-A1-02',
    kind: EquipmentKind.FIRE_EXTINGUISHER,
    type: ExtinguisherType.DRY_POWDER,
    location: '教学楼A一楼西侧楼梯口',
    room: '103',
    madeYearsAgo: 11,
    checkedDaysAgo: 12,
  },
  {
    code: 'MHQ-A1-03',
    kind: EquipmentKind.FIRE_EXTINGUISHER,
    type: ExtinguisherType.WATER_BASED,
    location: '总务仓库门口',
    room: '121',
    madeYearsAgo: 2,
    checkedDaysAgo: 45,
  },
  {
    code: 'MHQ-A1-04',
    kind: EquipmentKind.FIRE_EXTINGUISHER,
    type: ExtinguisherType.CO2,
    location: '一楼配电间',
    madeYearsAgo: 4,
    checkedDaysAgo: 3,
    passed: false,
  },
  { code: 'XHS-A1-01', kind: EquipmentKind.HYDRANT, location: '教学楼A一楼大厅', madeYearsAgo: 8, checkedDaysAgo: 8 },
  { code: 'AED-01', kind: EquipmentKind.AED, location: '行政楼一楼大厅', madeYearsAgo: 2, checkedDaysAgo: 5, contentsExpireInDays: 200 },
  { code: 'JJX-01', kind: EquipmentKind.FIRST_AID_KIT, location: '校医室', madeYearsAgo: 1, checkedDaysAgo: 20, contentsExpireInDays: 20 },
];

/**
 * The demo's safety equipment at First Experimental Primary (消防器材台账): in order, one expired
 * (a dry-powder extinguisher past ten years), one overdue for its monthly check, a first-aid kit whose contents expire soon. The daily job raises their hazards. Idempotent.
 */
export async function seedEquipmentDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(SafetyEquipment).exists()) return;
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  const campus = DEMO_CAMPUSES.firstPrimaryEast.id;
  const rows = ITEMS.map((item) => {
    const facts = {
      kind: item.kind,
      extinguisherType: item.type ?? null,
      manufacturedOn: shiftDate(today, -Math.round(item.madeYearsAgo * 365.25)),
      contentsExpireOn: item.contentsExpireInDays != null ? shiftDate(today, item.contentsExpireInDays) : null,
      lastCheckedOn: item.checkedDaysAgo != null ? shiftDate(today, -item.checkedDaysAgo) : null,
      lastServicedOn: null,
    };
    const registeredOn = shiftDate(today, -60);
    return {
      id: newId(),
      districtId: DEMO_DISTRICT.id,
      schoolId: DEMO_SCHOOLS.firstPrimary.id,
      code: item.code,
      location: item.location,
      roomId: item.room ? demoRoomId(campus, BUILDING_A, item.room) : null,
      zoneId: null,
      ...facts,
      registeredOn,
      lastCheckPassed: item.checkedDaysAgo != null ? (item.passed ?? true) : null,
      ...dueDays(facts, registeredOn),
      scrapped: false,
      scrapReason: null,
      scrappedOn: null,
    };
  });
  await dataSource.getRepository(SafetyEquipment).insert(rows);
  logger.info({ equipment: rows.length }, 'seeded the demo safety equipment');
}
