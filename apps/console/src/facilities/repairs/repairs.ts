import { STAFF_POSTS } from '../../directory/registers/staff';
import type { WorkOrderCategory, WorkOrderFilter, WorkOrderPriority, WorkOrderStatus } from '../../graphql/graphql';
import { labelOf, type Label } from '../../shared/labels';
import { fenToYuan, parseYuanToFen, type MoneyValue } from '../../shared/money';
import type { WorkItem } from '../../work/WorkList';
import { roomText, type StoreRoomRef } from '../storeroom/storeroom';
import { WORK_ORDER_ACTION, WORK_ORDER_CATEGORY } from './labels';

type T = (zh: string, en: string) => string;

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

// ── The anonymous path (扫码报修) ───────────────────────────────────────────────────────────────

/** The console's page of a QR report's progress (报修进度): the only way back to it, so it is shown to keep. */
export function repairStatusPath(token: string): string {
  return `/repair-status/${encodeURIComponent(token)}`;
}

/** The status link in full, to copy or bookmark: the console's origin and the path. */
export function repairStatusLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}${repairStatusPath(token)}`;
}

/** The QR report form as typed. */
export interface QrReportValues {
  title?: string;
  description?: string;
  category?: string;
  safety?: boolean;
  urgent?: boolean;
  name?: string;
  phone?: string;
}

/**
 * The anonymous form's values as ReportRepairByQrInput's: text trimmed, the optional name and phone
 * null when left empty, the two boxes false unless ticked, OTHER when no category was chosen.
 */
export function qrReportInput(qrCode: string, values: QrReportValues) {
  const optional = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  return {
    qrCode,
    title: values.title?.trim() ?? '',
    description: values.description?.trim() ?? '',
    category: (values.category ?? 'OTHER') as WorkOrderCategory,
    safety: !!values.safety,
    urgent: !!values.urgent,
    name: optional(values.name),
    phone: optional(values.phone),
  };
}

// ── Amounts (核算, 决算) ────────────────────────────────────────────────────────────────────────

/**
 * Amounts typed in yuan ("120", "¥1,200.5") as the graph's yuan strings ("120.00", "1200.50"), never
 * through a float: each of `keys` must be an amount of at least 0 with at most two decimals, else a
 * field error under that key (the graph names the same fields). An empty field is 0 when `zeroWhenEmpty`.
 */
export function yuanInputs<K extends string>(
  values: Partial<Record<K, string | null>>,
  keys: readonly K[],
  t: T,
  zeroWhenEmpty: readonly K[] = [],
): { input: Record<K, string> | null; errors: FieldError[] } {
  const input = {} as Record<K, string>;
  const errors: FieldError[] = [];
  for (const key of keys) {
    const typed = (values[key] ?? '').trim();
    const fen = typed === '' && zeroWhenEmpty.includes(key) ? 0 : parseYuanToFen(typed);
    if (fen === null || fen < 0)
      errors.push({ name: [key], errors: [t('请输入金额（元，最多两位小数）', 'An amount in yuan, at most 2 decimals')] });
    else input[key] = fenToYuan(fen);
  }
  return { input: errors.length ? null : input, errors };
}

/** The sum in fen of the typed amounts that are amounts (what the form shows as the total before sending). */
export function typedTotalFen(values: readonly (string | null | undefined)[]): number {
  let total = 0;
  for (const value of values) {
    const fen = parseYuanToFen(value ?? '');
    if (fen !== null && fen > 0) total += fen;
  }
  return total;
}

/**
 * Whether a final account needs an explanation (超支说明), as the service decides: more than `percent`
 * above the estimate, compared in whole fen (actual × 100 against estimate × (100 + percent)).
 * Without an estimate the graph decides alone.
 */
export function needsVarianceExplanation(
  estimateFen: number | null | undefined,
  actualFen: number,
  percent: number | null | undefined,
): boolean {
  if (estimateFen === null || estimateFen === undefined || percent === null || percent === undefined) return false;
  return actualFen * 100 > estimateFen * (100 + percent);
}

/**
 * The amounts a work order's timeline shows beside its steps: the estimate beside the last costing
 * (核算; an earlier costing was replaced by it) and the final account beside the last 决算.
 */
export function stepAmounts(
  steps: readonly { id: string; action: string }[],
  order: { estimate?: MoneyValue | null; actualTotal?: MoneyValue | null },
): Map<string, MoneyValue> {
  const amounts = new Map<string, MoneyValue>();
  const last = (action: string) => [...steps].reverse().find((s) => s.action === action);
  const costed = last('COSTED');
  const accounted = last('ACCOUNTED');
  if (costed && order.estimate) amounts.set(costed.id, order.estimate);
  if (accounted && order.actualTotal) amounts.set(accounted.id, order.actualTotal);
  return amounts;
}

/** A step of a work order's timeline: its recorded steps, and the report and rating a QR reporter left on the order itself. */
export interface TimelineStep {
  id: string;
  action: string;
  actorAccountId?: string | null;
  comment?: string | null;
  occurredAt: string;
}

/**
 * A work order's steps as its timeline shows them, oldest first. A report from a QR link has no
 * account to record a step with: its report (reportedAt) and its rating (ratedAt, with the comment)
 * are on the work order itself, so they are put in the timeline where they happened.
 */
export function timelineSteps(order: {
  steps: readonly TimelineStep[];
  reportedAt: string;
  ratedAt?: string | null;
  ratingComment?: string | null;
}): TimelineStep[] {
  const steps = [...order.steps];
  if (!steps.some((s) => s.action === 'REPORTED')) steps.unshift({ id: 'reported', action: 'REPORTED', occurredAt: order.reportedAt });
  if (order.ratedAt && !steps.some((s) => s.action === 'RATED'))
    steps.push({ id: 'rated', action: 'RATED', occurredAt: order.ratedAt, comment: order.ratingComment ?? null });
  return steps.sort((a, b) => new Date(a.occurredAt).getTime() - new Date(b.occurredAt).getTime());
}

// ── Due times (到期时间) ─────────────────────────────────────────────────────────────────────────

export type DueState = 'OVERDUE' | 'DUE_SOON' | 'ON_TIME' | 'DONE' | 'NONE';

/** How a due time reads in a list (超期 red, due within hours orange). */
export const DUE_STATE: Record<DueState, Label & { color?: string }> = {
  OVERDUE: { zh: '已超期', en: 'Overdue', color: 'red' },
  DUE_SOON: { zh: '即将到期', en: 'Due soon', color: 'orange' },
  ON_TIME: { zh: '未到期', en: 'Not due yet' },
  DONE: { zh: '按时完工', en: 'On time', color: 'green' },
  NONE: { zh: '—', en: '—' },
};

const REPAIRED_STATUSES = ['REPAIRED', 'ACCOUNTED', 'CLOSED'];
/** "Due soon": less than this before the due time. */
const DUE_SOON_MS = 4 * 3_600_000;

/**
 * Where a work order stands against its due time: the graph's `overdue` (still open after it, or
 * finished after it) first; a repaired one on time is DONE; a rejected one has none; an open one is
 * DUE_SOON in its last 4 hours.
 */
export function dueState(order: { status: string; dueAt: string; overdue: boolean }, now: Date = new Date()): DueState {
  if (order.overdue) return 'OVERDUE';
  if (order.status === 'REJECTED') return 'NONE';
  if (REPAIRED_STATUSES.includes(order.status)) return 'DONE';
  return new Date(order.dueAt).getTime() - now.getTime() < DUE_SOON_MS ? 'DUE_SOON' : 'ON_TIME';
}

/** Minutes from the report to the finish (维修用时) as people say it: "45 分钟", "3 小时 20 分钟", "2 天 4 小时". */
export function durationText(minutes: number | null | undefined, t: T): string {
  if (minutes === null || minutes === undefined || minutes < 0) return '—';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return t(`${days} 天${hours ? ` ${hours} 小时` : ''}`, `${days} d${hours ? ` ${hours} h` : ''}`);
  if (hours > 0) return t(`${hours} 小时${mins ? ` ${mins} 分钟` : ''}`, `${hours} h${mins ? ` ${mins} min` : ''}`);
  return t(`${mins} 分钟`, `${mins} min`);
}

// ── The list's views ─────────────────────────────────────────────────────────────────────────────

/**
 * The work orders list's views: `queue` (mine to repair: assigneeStaffId = my staff record), `triage`
 * (reported and costed ones, for whoever costs, triages or reviews them) and `all` (the school's for its
 * readers, what I reported and what is assigned to me for anyone else: the graph decides).
 */
export type WorkOrderView = 'queue' | 'triage' | 'all';

export function workOrderViews(viewer: {
  staffId?: string | null;
  canWork: boolean;
  canTriage: boolean;
  canCost: boolean;
}): WorkOrderView[] {
  const views: WorkOrderView[] = [];
  if (viewer.staffId && viewer.canWork) views.push('queue');
  if (viewer.canTriage || viewer.canCost) views.push('triage');
  views.push('all');
  return views;
}

/** The view a viewer starts on: the director's and principal's triage, a maintenance worker's queue, else everything they see. */
export function defaultWorkOrderView(views: readonly WorkOrderView[], viewer: { canTriage: boolean }): WorkOrderView {
  if (viewer.canTriage && views.includes('triage')) return 'triage';
  if (views.includes('queue')) return 'queue';
  return views.includes('triage') ? 'triage' : 'all';
}

export interface WorkOrderFilterValues {
  schoolId?: string;
  status?: string;
  category?: string;
  priority?: string;
  overdue?: boolean;
}

/** The graph's WorkOrderFilter for a view: the queue adds my staff id; `overdue` only when asked (never false). */
export function workOrderFilter(view: WorkOrderView, values: WorkOrderFilterValues, staffId?: string | null): WorkOrderFilter {
  return {
    schoolId: values.schoolId ?? null,
    status: (values.status ?? null) as WorkOrderStatus | null,
    category: (values.category ?? null) as WorkOrderCategory | null,
    priority: (values.priority ?? null) as WorkOrderPriority | null,
    overdue: values.overdue ? true : null,
    assigneeStaffId: view === 'queue' ? (staffId ?? null) : null,
  };
}

// ── Rooms and My work ────────────────────────────────────────────────────────────────────────────

/** Where the problem is: the room, else "—". */
export function workOrderPlace(order: { room?: StoreRoomRef | null }): string {
  return roomText(order.room);
}

/** A work order as My work reads it. */
export interface WaitingWorkOrder {
  id: string;
  title: string;
  status: string;
  category: string;
  reportedAt: string;
  dueAt: string;
  overdue: boolean;
  viewerActions: readonly string[];
  estimate?: MoneyValue | null;
  room?: StoreRoomRef | null;
}

/**
 * Work orders waiting for the viewer (a step among their viewerActions), each once even when two
 * lists hold it, overdue ones first and then by due time, each opening its page.
 */
export function workOrderWorkItems(lists: readonly (readonly WaitingWorkOrder[])[], t: T): WorkItem[] {
  const seen = new Map<string, WaitingWorkOrder>();
  for (const order of lists.flat()) if (order.viewerActions.length && !seen.has(order.id)) seen.set(order.id, order);
  return [...seen.values()]
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt))
    .map((order) => ({
      id: order.id,
      to: `/facilities/work-orders/${order.id}`,
      title: `${t('维修', 'Repair')}：${order.title}`,
      tag: {
        text: order.viewerActions.map((a) => labelOf(WORK_ORDER_ACTION, a, t)).join(' · '),
        color: order.overdue ? 'red' : 'gold',
      },
      subtitle: [
        labelOf(WORK_ORDER_CATEGORY, order.category, t),
        order.room ? roomText(order.room) : null,
        order.overdue ? t('已超期', 'Overdue') : null,
      ]
        .filter(Boolean)
        .join(' · '),
      amount: order.estimate ?? null,
      at: order.reportedAt,
    }));
}

// ── Assignment (派工) ─────────────────────────────────────────────────────────────────────────────

/** The posts that repair things (水电工), listed first in the assignment picker. */
const REPAIR_POSTS: readonly string[] = ['ELECTRICIAN', 'PLUMBER'];

/**
 * The school's staff as the assignment picker lists them: those in a repair post (电工, 水工) first,
 * then everyone else (a contractor's job may be supervised by anyone), each by name, with their posts.
 */
export function assigneeOptions(
  staff: readonly { id: string; name: string; employeeNumber?: string | null; posts?: readonly string[] | null }[],
  t: T,
): { value: string; label: string }[] {
  const repairs = (s: (typeof staff)[number]) => (s.posts ?? []).some((p) => REPAIR_POSTS.includes(p));
  return [...staff]
    .sort((a, b) => Number(repairs(b)) - Number(repairs(a)) || a.name.localeCompare(b.name, 'zh-CN'))
    .map((s) => {
      const posts = (s.posts ?? []).map((p) => {
        const known = STAFF_POSTS.find((k) => k.value === p);
        return known ? t(known.zh, known.en) : p;
      });
      return { value: s.id, label: [s.name, s.employeeNumber, posts.join('、') || null].filter(Boolean).join(' · ') };
    });
}
