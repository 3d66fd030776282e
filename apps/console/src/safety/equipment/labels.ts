import type { EquipmentKind, EquipmentStatus, ExtinguisherType } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** What a piece of safety equipment is (器材类型). */
export const EQUIPMENT_KIND: Record<string, Label> = {
  FIRE_EXTINGUISHER: { zh: '灭火器', en: 'Extinguisher' },
  HYDRANT: { zh: '消火栓', en: 'Hydrant' },
  EMERGENCY_LIGHT: { zh: '应急照明', en: 'Emergency light' },
  AED: { zh: 'AED除颤仪', en: 'AED' },
  FIRST_AID_KIT: { zh: '急救箱', en: 'First-aid kit' },
} satisfies Record<EquipmentKind, Label>;

/** An extinguisher's type (灭火器类型), which sets its GB 50444 service and scrap years. */
export const EXTINGUISHER_TYPE: Record<string, Label> = {
  WATER_BASED: { zh: '水基型（6年报废）', en: 'Water-based (scrapped at 6 years)' },
  DRY_POWDER: { zh: '干粉（10年报废）', en: 'Dry powder (scrapped at 10 years)' },
  CO2: { zh: '二氧化碳（12年报废）', en: 'CO₂ (scrapped at 12 years)' },
  CLEAN_AGENT: { zh: '洁净气体（10年报废）', en: 'Clean agent (scrapped at 10 years)' },
} satisfies Record<ExtinguisherType, Label>;

/** Where it stands today (器材状态). */
export const EQUIPMENT_STATUS: Record<string, Label> = {
  OK: { zh: '完好', en: 'In order' },
  SERVICE_DUE: { zh: '到期待维修', en: 'Service due' },
  CHECK_OVERDUE: { zh: '检查逾期', en: 'Check overdue' },
  FAILED: { zh: '检查不合格', en: 'Failed check' },
  EXPIRED: { zh: '已过期/达报废年限', en: 'Expired' },
  SCRAPPED: { zh: '已报废', en: 'Scrapped' },
} satisfies Record<EquipmentStatus, Label>;

export const EQUIPMENT_STATUS_COLOR: Record<string, string> = {
  OK: 'green',
  SERVICE_DUE: 'orange',
  CHECK_OVERDUE: 'orange',
  FAILED: 'red',
  EXPIRED: 'red',
  SCRAPPED: 'default',
};
