import type { Label } from '../../shared/labels';

/** Where a requisition (领用单) stands, as the graph's RequisitionStatus. */
export const REQUISITION_STATUS: Record<string, Label> = {
  REQUESTED: { zh: '已申请', en: 'Requested' },
  APPROVED: { zh: '已审批', en: 'Approved' },
  ISSUED: { zh: '已发放', en: 'Issued' },
  RECEIVED: { zh: '已签收', en: 'Received' },
  REJECTED: { zh: '已驳回', en: 'Rejected' },
};

/** The steps of a requisition's record (its timeline). */
export const REQUISITION_STEP: Record<string, Label> = {
  REQUESTED: { zh: '提交申请', en: 'Requested' },
  APPROVED: { zh: '审批通过', en: 'Approved' },
  ISSUED: { zh: '发放', en: 'Issued' },
  RECEIVED: { zh: '签收', en: 'Received' },
  REJECTED: { zh: '驳回', en: 'Rejected' },
};

export const REQUISITION_STATUS_COLOR: Record<string, string> = {
  REQUESTED: 'gold',
  APPROVED: 'blue',
  ISSUED: 'cyan',
  RECEIVED: 'green',
  REJECTED: 'red',
};

/** What the viewer may do to a requisition now (RequisitionViewerAction). */
export const REQUISITION_ACTION: Record<string, Label> = {
  APPROVE: { zh: '待审批', en: 'To approve' },
  REJECT: { zh: '可驳回', en: 'May reject' },
  ISSUE: { zh: '待发放', en: 'To issue' },
  CONFIRM_RECEIPT: { zh: '待签收', en: 'To confirm' },
};

/** The unit a consumable is counted in (计量单位). */
export const CONSUMABLE_UNIT: Record<string, Label> = {
  PIECE: { zh: '个', en: 'piece' },
  BOX: { zh: '盒', en: 'box' },
  STICK: { zh: '支', en: 'stick' },
  HANDLE: { zh: '把', en: 'handle' },
  BOTTLE: { zh: '瓶', en: 'bottle' },
  PACK: { zh: '包', en: 'pack' },
  ROLL: { zh: '卷', en: 'roll' },
  REAM: { zh: '令', en: 'ream' },
  BAG: { zh: '袋', en: 'bag' },
  BARREL: { zh: '桶', en: 'barrel' },
  SET: { zh: '套', en: 'set' },
  PAIR: { zh: '双', en: 'pair' },
};

/** The category of a consumable (低值易耗品类别). */
export const CONSUMABLE_CATEGORY: Record<string, Label> = {
  CHALK_STATIONERY: { zh: '粉笔文具', en: 'Chalk & stationery' },
  PAPER: { zh: '纸张', en: 'Paper' },
  LIGHTING: { zh: '照明', en: 'Lighting' },
  CLEANING: { zh: '清洁用品', en: 'Cleaning' },
  TOOLS: { zh: '工具', en: 'Tools' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Why storeroom stock moved (出入库类型). */
export const MOVEMENT_KIND: Record<string, Label> = {
  RECEIPT: { zh: '入库', en: 'Received' },
  ISSUE: { zh: '领用出库', en: 'Issued' },
  ADJUSTMENT: { zh: '盘点调整', en: 'Adjustment' },
};

/** Whether a predicted replacement falls this week or is already late (ReplacementDueState). */
export const REPLACEMENT_STATE: Record<string, Label> = {
  DUE: { zh: '本周到期', en: 'Due this week' },
  OVERDUE: { zh: '已逾期', en: 'Overdue' },
};

export const REPLACEMENT_STATE_COLOR: Record<string, string> = { DUE: 'blue', OVERDUE: 'red' };

/** How sure a prediction is (ReplacementConfidence). */
export const REPLACEMENT_CONFIDENCE: Record<string, Label> = {
  HIGH: { zh: '高', en: 'High' },
  MEDIUM: { zh: '中', en: 'Medium' },
  LOW: { zh: '低', en: 'Low' },
};
