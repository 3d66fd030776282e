import { localMinute } from '@houqin/common';
import type { EventEnvelope } from '@houqin/events';
import type { EventPlace } from '../school/event-place';
import { WebhookFormat } from './webhook.entity';

/**
 * What a delivery's body says. JSON: the event envelope itself. 企业微信 / 钉钉 group robots:
 * a short markdown message in Chinese that staff read in the group: a title per event type, the
 * school and time, and the payload's facts with Chinese labels (ids left out).
 */

/** The title of each catalogue type in a robot message; a type not listed gets a generic one. */
export const EVENT_TITLES: Record<string, string> = {
  'directory.school.created': '新建学校',
  'directory.school.changed': '学校信息变更',
  'directory.school.termSaved': '校历学期变更',
  'directory.staff.created': '新增教职工',
  'directory.staff.changed': '教职工信息变更',
  'directory.campus.created': '新建校区',
  'directory.campus.moved': '校区划转',
  'directory.account.created': '新建账号',
  'directory.account.changed': '账号变更',
  'directory.account.deactivated': '账号停用',
  'directory.account.passwordChanged': '账号密码已修改',
  'finance.purchaseRequest.submitted': '物品申报待审批',
  'finance.purchaseRequest.approved': '物品申报已审批',
  'finance.purchaseRequest.rejected': '物品申报被驳回',
  'finance.purchaseRequest.paid': '采购已付款',
  'finance.purchaseRequest.paymentReversed': '采购付款已冲销',
  'finance.expenseClaim.submitted': '报账待审核',
  'finance.expenseClaim.reviewed': '报账已审核',
  'finance.expenseClaim.approved': '报账已审批',
  'finance.expenseClaim.rejected': '报账被驳回',
  'finance.expenseClaim.paid': '报账已付款',
  'finance.expenseClaim.paymentReversed': '报账付款已冲销',
  'finance.supplier.suspended': '供应商已暂停',
  'finance.supplier.changed': '供应商信息变更',
  'finance.supplier.licenceExpiring': '供应商食品经营许可证到期提醒',
  'finance.payment.posted': '付款已入账',
  'finance.month.closed': '月结完成',
  'finance.purchaseRequest.received': '采购已验收入库',
  'canteen.delivery.accepted': '食堂进货验收通过',
  'canteen.sample.missing': '食堂留样缺失',
  'canteen.certificate.expiring': '食堂从业人员健康证到期提醒',
  'facilities.asset.disposed': '固定资产报废处置已批准',
  'facilities.reorder.requested': '低值易耗品补货采购申请',
  'facilities.room.changed': '房间信息登记或变更',
  'facilities.meter.anomaly': '水电表用量异常',
  'facilities.workOrder.accounted': '维修工单决算完成',
  'facilities.workOrder.closed': '维修工单已关闭',
  'facilities.workOrder.overdue': '维修工单超期',
  'facilities.duty.due': '工作叙事表任务提醒',
  'facilities.duty.overdue': '工作叙事表任务逾期',
  'safety.hazard.major': '发现重大安全隐患',
  'safety.hazard.overdue': '安全隐患超期未整改',
  'safety.hazard.repairRequested': '安全隐患报修',
  'safety.training.expiring': '安全培训/证书到期提醒',
  'safety.incident.serious': '发生较大及以上安全事故',
  'safety.incident.reportedToDistrict': '安全事故已上报区教育局',
};

export function eventTitle(type: string): string {
  return EVENT_TITLES[type] ?? `事件通知（${type}）`;
}

/** Chinese labels of payload fields worth showing; other fields (ids) are left out of robot messages. */
const LABELS: Record<string, string> = {
  name: '名称',
  code: '学校标识码',
  kind: '类型',
  active: '在用',
  posts: '岗位',
  username: '账号',
  displayName: '姓名',
  fiscalYear: '年度',
  fund: '账户',
  estimatedTotalFen: '预计金额',
  totalFen: '报账金额',
  amountFen: '付款金额',
  status: '状态',
  level: '审批级别',
  requiredLevel: '需审批至',
  nextApprovalLevel: '待审批级别',
  comment: '意见',
  paidOn: '付款日期',
  entryDate: '记账日期',
  period: '会计期间',
  sourceType: '来源',
  memo: '摘要',
  reason: '原因',
  reversedOn: '冲销日期',
  foodSupplier: '食品供应商',
  foodLicenceNumber: '许可证号',
  foodLicenceExpiresOn: '许可证到期日',
  creditCode: '统一社会信用代码',
  change: '变更',
  deliveredOn: '进货日期',
  acceptedTotalFen: '验收金额',
  invoiceNumber: '发票号',
  servedOn: '供餐日期',
  meal: '餐次',
  expiresOn: '到期日',
  state: '状态',
  daysLeft: '剩余天数',
  effectiveOn: '生效日期',
  changedFields: '变更字段',
};

/** Chinese words for the enum values payloads carry. */
const VALUES: Record<string, string> = {
  PENDING_APPROVAL: '待审批',
  SUBMITTED: '已提交',
  REVIEWED: '已审核',
  APPROVED: '已批准',
  REJECTED: '已驳回',
  ORDERED: '已下单',
  PARTIALLY_RECEIVED: '部分到货',
  RECEIVED: '已到货',
  PAID: '已付款',
  DIRECTOR: '总务主任',
  PRINCIPAL: '校长',
  DISTRICT: '区教育局',
  SCHOOL: '学校账户',
  CANTEEN: '食堂账户',
  EXPIRING: '即将到期',
  EXPIRED: '已过期',
  PRIMARY: '小学',
  JUNIOR_MIDDLE: '初中',
  NINE_YEAR: '九年一贯制',
  HIGH: '高中',
  MANUAL: '手工记账',
  PURCHASE_REQUEST: '物品采购',
  EXPENSE_CLAIM: '报账',
  ACTIVE: '正常',
  SUSPENDED: '已暂停',
  CREATED: '新登记',
  UPDATED: '信息修改',
  REACTIVATED: '恢复',
  BREAKFAST: '早餐',
  LUNCH: '午餐',
  DINNER: '晚餐',
};

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function shown(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (key.endsWith('Fen') && typeof value === 'number') return yuan(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((item) => VALUES[String(item)] ?? String(item)).join('、') || null;
  if (typeof value === 'object') return null;
  return VALUES[String(value)] ?? String(value);
}

/** Markdown special characters a payload's text must not turn into formatting. */
const plain = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/([*_`#>[\]])/g, '\\$1');

/** The robot message: a title and markdown lines. */
export function robotMarkdown(event: EventEnvelope, context: EventPlace): { title: string; text: string } {
  const title = eventTitle(event.type);
  const payload = event.payload as Record<string, unknown>;
  const when = localMinute(new Date(event.occurredAt), context.timeZone);
  const lines = [`### ${plain(title)}`, ...(context.schoolName ? [`> 学校：${plain(context.schoolName)}`] : []), `> 时间：${when}`, ''];
  for (const [key, label] of Object.entries(LABELS)) {
    const value = shown(key, payload[key]);
    if (value !== null) lines.push(`- ${label}：${plain(value)}`);
  }
  lines.push('', `<font color="comment">houqin 后勤 · ${event.type} · ${event.id}</font>`);
  return { title, text: lines.join('\n') };
}

/** The body sent to an endpoint of `format`, exactly as signed. */
export function renderBody(format: WebhookFormat, event: EventEnvelope, context: EventPlace): string {
  if (format === WebhookFormat.JSON) return JSON.stringify(event);
  const { title, text } = robotMarkdown(event, context);
  if (format === WebhookFormat.WECOM) return JSON.stringify({ msgtype: 'markdown', markdown: { content: text } });
  return JSON.stringify({ msgtype: 'markdown', markdown: { title, text } });
}
