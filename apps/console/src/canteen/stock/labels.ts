/** The words and colours of receiving, stock and stocktakes, both languages. */
export interface Label {
  zh: string;
  en: string;
}

export const DELIVERY_STATUS: Record<string, Label & { color: string }> = {
  PENDING_SECOND_INSPECTION: { zh: '待复核', en: 'Awaiting second inspection', color: 'gold' },
  ACCEPTED: { zh: '已验收入库', en: 'Accepted into stock', color: 'green' },
  REJECTED: { zh: '已拒收', en: 'Refused', color: 'red' },
};

export const ITEM_STATUS: Record<string, Label & { color: string }> = {
  ACCEPTED: { zh: '合格', en: 'Accepted', color: 'green' },
  REJECTED: { zh: '拒收', en: 'Rejected', color: 'red' },
};

export const STORAGE_KIND: Record<string, Label> = {
  DRY: { zh: '常温', en: 'Dry' },
  CHILLED: { zh: '冷藏', en: 'Chilled' },
  FROZEN: { zh: '冷冻', en: 'Frozen' },
};

export const MOVEMENT_KIND: Record<string, Label & { color: string }> = {
  RECEIPT: { zh: '入库', en: 'Received', color: 'green' },
  ISSUE: { zh: '出库', en: 'Issued', color: 'blue' },
  WRITE_OFF: { zh: '报损', en: 'Written off', color: 'red' },
  STOCKTAKE_GAIN: { zh: '盘盈', en: 'Stocktake gain', color: 'cyan' },
  STOCKTAKE_LOSS: { zh: '盘亏', en: 'Stocktake loss', color: 'orange' },
};

export const STOCKTAKE_STATUS: Record<string, Label & { color: string }> = {
  OPEN: { zh: '盘点中', en: 'Counting', color: 'blue' },
  SUBMITTED: { zh: '待审批', en: 'Awaiting approval', color: 'gold' },
  APPROVED: { zh: '已调整', en: 'Approved', color: 'green' },
  REJECTED: { zh: '已驳回', en: 'Rejected', color: 'red' },
};

export const WRITE_OFF_STATUS: Record<string, Label & { color: string }> = {
  PENDING: { zh: '待审批', en: 'Awaiting approval', color: 'gold' },
  APPROVED: { zh: '已报损', en: 'Written off', color: 'green' },
  REJECTED: { zh: '已驳回', en: 'Rejected', color: 'red' },
};

export const MEAL: Record<string, Label> = {
  BREAKFAST: { zh: '早餐', en: 'Breakfast' },
  LUNCH: { zh: '午餐', en: 'Lunch' },
  DINNER: { zh: '晚餐', en: 'Dinner' },
};

/** The steps of a delivery and a stocktake as recorded (CanteenStep.action). */
export const STEP_ACTION: Record<string, Label> = {
  RECORDED: { zh: '查验登记', en: 'Recorded and inspected' },
  SECOND_INSPECTED: { zh: '复核通过', en: 'Second inspection passed' },
  REFUSED_AT_SECOND_INSPECTION: { zh: '复核不通过', en: 'Refused at second inspection' },
  OPENED: { zh: '开始盘点', en: 'Opened' },
  COUNTED: { zh: '录入盘点数', en: 'Counted' },
  SUBMITTED: { zh: '提交审批', en: 'Submitted' },
  APPROVED: { zh: '审批通过', en: 'Approved' },
  REJECTED: { zh: '驳回', en: 'Rejected' },
  REQUESTED: { zh: '申请报损', en: 'Requested' },
};

export function labelOf(table: Record<string, Label>, key: string | null | undefined, t: (zh: string, en: string) => string): string {
  if (!key) return '—';
  const label = table[key];
  return label ? t(label.zh, label.en) : key;
}
