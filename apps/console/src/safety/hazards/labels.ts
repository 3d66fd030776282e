import type { HazardLevel, HazardRepairCategory, HazardSource, HazardStatus, HazardViewerAction } from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** Where a hazard stands (隐患状态), as the graph's HazardStatus: reported → assigned → rectifying → rectified → verified → closed. */
export const HAZARD_STATUS: Record<string, Label> = {
  REPORTED: { zh: '已上报', en: 'Reported' },
  ASSIGNED: { zh: '已交办', en: 'Assigned' },
  RECTIFYING: { zh: '整改中', en: 'Rectifying' },
  RECTIFIED: { zh: '已整改', en: 'Rectified' },
  VERIFIED: { zh: '已验收', en: 'Verified' },
  CLOSED: { zh: '已销号', en: 'Closed' },
} satisfies Record<HazardStatus, Label>;

export const HAZARD_STATUS_COLOR: Record<string, string> = {
  REPORTED: 'gold',
  ASSIGNED: 'orange',
  RECTIFYING: 'processing',
  RECTIFIED: 'cyan',
  VERIFIED: 'blue',
  CLOSED: 'green',
};

/** How serious (隐患等级). */
export const HAZARD_LEVEL: Record<string, Label> = {
  GENERAL: { zh: '一般', en: 'General' },
  SERIOUS: { zh: '较大', en: 'Serious' },
  MAJOR: { zh: '重大', en: 'Major' },
} satisfies Record<HazardLevel, Label>;

export const HAZARD_LEVEL_COLOR: Record<string, string> = { GENERAL: 'default', SERIOUS: 'orange', MAJOR: 'red' };

/** What found it (隐患来源). */
export const HAZARD_SOURCE: Record<string, Label> = {
  REPORT: { zh: '随手报', en: 'Reported' },
  INSPECTION: { zh: '安全检查', en: 'Inspection' },
  PATROL: { zh: '巡查', en: 'Patrol' },
  EQUIPMENT: { zh: '消防器材', en: 'Equipment' },
} satisfies Record<HazardSource, Label>;

/** The buttons of the steps the viewer may take (Hazard.viewerActions). */
export const HAZARD_ACTION_BUTTON: Record<string, Label> = {
  ASSIGN: { zh: '交办（五定）', en: 'Assign (five fixes)' },
  START: { zh: '开始整改', en: 'Start' },
  REQUEST_REPAIR: { zh: '报修', en: 'Ask for a repair' },
  RECORD_RECTIFIED: { zh: '整改完成', en: 'Rectified' },
  VERIFY: { zh: '验收', en: 'Verify' },
  CLOSE: { zh: '销号', en: 'Close' },
} satisfies Record<HazardViewerAction, Label>;

/** The steps of a hazard's record (its timeline), as SafetyStep.action names them. */
export const HAZARD_STEP: Record<string, Label> = {
  REPORTED: { zh: '上报', en: 'Reported' },
  ASSIGNED: { zh: '交办', en: 'Assigned' },
  STARTED: { zh: '开始整改', en: 'Started' },
  REPAIR_REQUESTED: { zh: '报修', en: 'Repair asked for' },
  REPAIR_REJECTED: { zh: '维修不予受理', en: 'Repair rejected' },
  RECTIFIED: { zh: '整改完成', en: 'Rectified' },
  VERIFIED: { zh: '验收合格', en: 'Verified' },
  VERIFY_FAILED: { zh: '验收不合格', en: 'Verification failed' },
  CLOSED: { zh: '销号', en: 'Closed' },
};

/** The kind of repair a hazard needs (维修类别). */
export const HAZARD_REPAIR_CATEGORY: Record<string, Label> = {
  ELECTRICAL: { zh: '电路', en: 'Electrical' },
  PLUMBING: { zh: '水暖', en: 'Plumbing' },
  CARPENTRY: { zh: '木工', en: 'Carpentry' },
  BUILDING: { zh: '土建', en: 'Building' },
  EQUIPMENT: { zh: '设备', en: 'Equipment' },
  OTHER: { zh: '其他', en: 'Other' },
} satisfies Record<HazardRepairCategory, Label>;
