/**
 * The words and colours of the finance workflows, both languages: statuses of purchase requests
 * (采购申请) and expense claims (报销), the steps recorded, and the approval levels.
 */
export interface Label {
  zh: string;
  en: string;
}

export const PURCHASE_STATUS: Record<string, Label & { color: string }> = {
  DRAFT: { zh: '草稿，待提交', en: 'Draft, to submit', color: 'default' },
  PENDING_APPROVAL: { zh: '待审批', en: 'Awaiting approval', color: 'gold' },
  APPROVED: { zh: '已批准，待采购', en: 'Approved, to order', color: 'blue' },
  PENDING_REAPPROVAL: { zh: '超出预估，待重新审批', en: 'Awaiting re-approval', color: 'orange' },
  REJECTED: { zh: '已退回', en: 'Rejected', color: 'red' },
  ORDERED: { zh: '已采购，待验收', en: 'Ordered', color: 'cyan' },
  PARTIALLY_RECEIVED: { zh: '部分验收', en: 'Partly received', color: 'cyan' },
  RECEIVED: { zh: '已验收，待付款', en: 'Received, to pay', color: 'geekblue' },
  PAID: { zh: '已付款', en: 'Paid', color: 'green' },
  PAYMENT_REVERSED: { zh: '付款已冲销，待重新付款', en: 'Payment reversed', color: 'volcano' },
};

export const CLAIM_STATUS: Record<string, Label & { color: string }> = {
  SUBMITTED: { zh: '待审核', en: 'Awaiting review', color: 'gold' },
  REVIEWED: { zh: '已审核，待审批', en: 'Reviewed, awaiting approval', color: 'orange' },
  APPROVED: { zh: '已批准，待付款', en: 'Approved, to pay', color: 'blue' },
  REJECTED: { zh: '已退回', en: 'Rejected', color: 'red' },
  PAID: { zh: '已付款', en: 'Paid', color: 'green' },
  PAYMENT_REVERSED: { zh: '付款已冲销，待重新付款', en: 'Payment reversed', color: 'volcano' },
};

export const STEP_ACTION: Record<string, Label & { color: string }> = {
  SUBMITTED: { zh: '提交申请', en: 'Submitted', color: 'blue' },
  REVIEWED: { zh: '审核通过', en: 'Reviewed', color: 'green' },
  APPROVED: { zh: '审批通过', en: 'Approved', color: 'green' },
  REJECTED: { zh: '退回', en: 'Rejected', color: 'red' },
  ORDERED: { zh: '采购下单', en: 'Ordered', color: 'blue' },
  RECEIVED: { zh: '验收', en: 'Received', color: 'blue' },
  PAID: { zh: '付款', en: 'Paid', color: 'green' },
  PAYMENT_REVERSED: { zh: '付款冲销', en: 'Payment reversed', color: 'orange' },
};

export const APPROVAL_LEVEL: Record<string, Label> = {
  DIRECTOR: { zh: '总务主任', en: 'General-affairs director' },
  PRINCIPAL: { zh: '校长', en: 'Principal' },
  DISTRICT: { zh: '区教育局', en: 'District' },
};

/** A label of one of these tables, or the raw value when the graph adds one the console does not know yet. */
export function labelOf(table: Record<string, Label>, value: string | null | undefined, t: (zh: string, en: string) => string): string {
  if (!value) return '';
  const label = table[value];
  return label ? t(label.zh, label.en) : value;
}
