import type { ChecklistItemKind, MaintenanceBasis, MaintenanceFrequency } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** The unit of a schedule's interval (RFC 5545 FREQ), as "every N …". */
export const MAINTENANCE_FREQUENCY: Record<string, Label> = {
  DAILY: { zh: '天', en: 'days' },
  WEEKLY: { zh: '周', en: 'weeks' },
  MONTHLY: { zh: '个月', en: 'months' },
  YEARLY: { zh: '年', en: 'years' },
} satisfies Record<MaintenanceFrequency, Label>;

/** What a schedule's interval counts from (计算方式). */
export const MAINTENANCE_BASIS: Record<string, Label> = {
  PLAN: { zh: '按计划', en: 'From the plan' },
  LAST_COMPLETION: { zh: '按上次完成', en: 'From the last completion' },
  METER: { zh: '按计量（运行小时/次数）', en: 'By a meter (hours or units)' },
} satisfies Record<MaintenanceBasis, Label>;

/** How a checklist item (检查项) is answered. */
export const CHECKLIST_KIND: Record<string, Label> = {
  PASS_FAIL: { zh: '合格/不合格', en: 'Pass or fail' },
  NUMBER: { zh: '数值', en: 'Number' },
  READING: { zh: '读数', en: 'Reading' },
  PHOTO: { zh: '拍照', en: 'Photo' },
} satisfies Record<ChecklistItemKind, Label>;

/** The templates (维保模板: statutory ones and the generator's hours) by code; an unknown code is shown as the graph names it. */
export const MAINTENANCE_TEMPLATE: Record<string, Label> = {
  LIFT_15_DAYS: { zh: '电梯半月维保', en: 'Lift, every 15 days' },
  FIRE_SYSTEM_YEARLY: { zh: '消防设施年度检测', en: 'Fire system, yearly' },
  WATER_TANK_HALF_YEARLY: { zh: '水箱半年清洗', en: 'Water tank, twice a year' },
  GENERATOR_250_HOURS: { zh: '备用发电机每 250 运行小时保养', en: 'Standby generator, every 250 running hours' },
};

/** Where a due day (维保日) stands: done on time, done late, still open, open past its day (逾期). */
export type OccurrenceState = 'DONE' | 'LATE' | 'OPEN' | 'OVERDUE';

export const OCCURRENCE_STATE: Record<OccurrenceState, Label> = {
  DONE: { zh: '按时完成', en: 'Done on time' },
  LATE: { zh: '逾期完成', en: 'Done late' },
  OPEN: { zh: '待完成', en: 'Open' },
  OVERDUE: { zh: '已逾期', en: 'Overdue' },
};

export const OCCURRENCE_STATE_COLOR: Record<OccurrenceState, string> = {
  DONE: 'green',
  LATE: 'orange',
  OPEN: 'blue',
  OVERDUE: 'red',
};

/** A schedule running or paused (暂停). */
export const SCHEDULE_ACTIVE: Record<'active' | 'paused', Label & { color: string }> = {
  active: { zh: '执行中', en: 'Active', color: 'green' },
  paused: { zh: '已暂停', en: 'Paused', color: 'default' },
};
