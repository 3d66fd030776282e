import type {
  WorkOrderCategory,
  WorkOrderDecision,
  WorkOrderPriority,
  WorkOrderResolution,
  WorkOrderSource,
  WorkOrderStatus,
  WorkOrderViewerAction,
} from '../../graphql/graphql';
import type { Label } from '../../shared/labels';

/** Where a work order stands (工单状态), as the graph's WorkOrderStatus: 申报 → 核算 → 研究 → 维修 → 决算 → 评价. */
export const WORK_ORDER_STATUS: Record<string, Label> = {
  REPORTED: { zh: '已申报', en: 'Reported' },
  COSTED: { zh: '已核算', en: 'Costed' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  ASSIGNED: { zh: '已派工', en: 'Assigned' },
  IN_PROGRESS: { zh: '维修中', en: 'In progress' },
  REPAIRED: { zh: '已完工', en: 'Repaired' },
  ACCOUNTED: { zh: '已决算', en: 'Accounted' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
  REJECTED: { zh: '不予维修', en: 'Rejected' },
} satisfies Record<WorkOrderStatus, Label>;

export const WORK_ORDER_STATUS_COLOR: Record<string, string> = {
  REPORTED: 'gold',
  COSTED: 'orange',
  APPROVED: 'blue',
  ASSIGNED: 'geekblue',
  IN_PROGRESS: 'processing',
  REPAIRED: 'cyan',
  ACCOUNTED: 'purple',
  CLOSED: 'green',
  REJECTED: 'red',
};

/** The steps of a work order's record (its timeline), as FacilitiesStep.action and RepairStatusStep.action name them. */
export const WORK_ORDER_STEP: Record<string, Label> = {
  REPORTED: { zh: '申报', en: 'Reported' },
  TRIAGED: { zh: '分诊', en: 'Triaged' },
  COSTED: { zh: '核算', en: 'Costed' },
  APPROVED: { zh: '研究通过', en: 'Approved' },
  REJECTED: { zh: '不予维修', en: 'Rejected' },
  ASSIGNED: { zh: '派工', en: 'Assigned' },
  STARTED: { zh: '开工', en: 'Started' },
  FINISHED: { zh: '完工', en: 'Finished' },
  ACCOUNTED: { zh: '决算', en: 'Final account' },
  RATED: { zh: '评价', en: 'Rated' },
};

/** What kind of repair it is (维修类别). */
export const WORK_ORDER_CATEGORY: Record<string, Label> = {
  ELECTRICAL: { zh: '电', en: 'Electrical' },
  PLUMBING: { zh: '水', en: 'Plumbing' },
  CARPENTRY: { zh: '木工', en: 'Carpentry' },
  BUILDING: { zh: '土建', en: 'Building' },
  EQUIPMENT: { zh: '设备', en: 'Equipment' },
  OTHER: { zh: '其他', en: 'Other' },
} satisfies Record<WorkOrderCategory, Label>;

/** How soon it must be repaired (优先级). */
export const WORK_ORDER_PRIORITY: Record<string, Label> = {
  SAFETY: { zh: '安全隐患', en: 'Safety' },
  URGENT: { zh: '紧急', en: 'Urgent' },
  NORMAL: { zh: '一般', en: 'Normal' },
} satisfies Record<WorkOrderPriority, Label>;

export const WORK_ORDER_PRIORITY_COLOR: Record<string, string> = { SAFETY: 'red', URGENT: 'orange', NORMAL: 'default' };

/** How it was reported (报修渠道), or what opened it. */
export const WORK_ORDER_SOURCE: Record<string, Label> = {
  STAFF: { zh: '教职工报修', en: 'Staff report' },
  QR: { zh: '扫码报修', en: 'QR report' },
  METER: { zh: '水电表异常', en: 'Meter anomaly' },
  HAZARD: { zh: '安全隐患', en: 'Safety hazard' },
  PM: { zh: '预防性维护', en: 'Preventive maintenance' },
} satisfies Record<WorkOrderSource, Label>;

/** Who repairs it, as the review decided (研究结论). */
export const WORK_ORDER_RESOLUTION: Record<string, Label> = {
  IN_HOUSE: { zh: '自修', en: 'In house' },
  CONTRACTOR: { zh: '外包', en: 'Contractor' },
} satisfies Record<WorkOrderResolution, Label>;

/** The review's decision (研究结论), WorkOrderDecision. */
export const WORK_ORDER_DECISION: Record<string, Label> = {
  IN_HOUSE: { zh: '自修', en: 'In house' },
  CONTRACTOR: { zh: '外包', en: 'Contractor' },
  REJECT: { zh: '不予维修', en: 'Reject' },
} satisfies Record<WorkOrderDecision, Label>;

/** What the viewer may do to a work order now (WorkOrderViewerAction), as a to-do tag and a button. */
export const WORK_ORDER_ACTION: Record<string, Label> = {
  TRIAGE: { zh: '待分诊', en: 'To triage' },
  COST: { zh: '待核算', en: 'To cost' },
  REVIEW: { zh: '待研究', en: 'To review' },
  ASSIGN: { zh: '待派工', en: 'To assign' },
  START: { zh: '待开工', en: 'To start' },
  FINISH: { zh: '待完工', en: 'To finish' },
  ACCOUNT: { zh: '待决算', en: 'To account' },
  RATE: { zh: '待评价', en: 'To rate' },
} satisfies Record<WorkOrderViewerAction, Label>;

/** The buttons of the detail page, one per WorkOrderViewerAction. */
export const WORK_ORDER_ACTION_BUTTON: Record<string, Label> = {
  TRIAGE: { zh: '分诊', en: 'Triage' },
  COST: { zh: '核算', en: 'Cost' },
  REVIEW: { zh: '研究', en: 'Review' },
  ASSIGN: { zh: '派工', en: 'Assign' },
  START: { zh: '开工', en: 'Start' },
  FINISH: { zh: '完工', en: 'Finish' },
  ACCOUNT: { zh: '决算', en: 'Final account' },
  RATE: { zh: '评价', en: 'Rate' },
} satisfies Record<WorkOrderViewerAction, Label>;

/** A rating's words (1 poor … 5 excellent), shown beside the stars. */
export const RATING_TEXT: Label[] = [
  { zh: '很差', en: 'Poor' },
  { zh: '较差', en: 'Fair' },
  { zh: '一般', en: 'Good' },
  { zh: '满意', en: 'Very good' },
  { zh: '非常满意', en: 'Excellent' },
];
