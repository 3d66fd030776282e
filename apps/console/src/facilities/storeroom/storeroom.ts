import { labelOf } from '../../shared/labels';
import { normalizeYuan, parseYuanToFen, type MoneyValue } from '../../shared/money';
import type { WorkItem } from '../../work/WorkList';
import { CONSUMABLE_UNIT, REQUISITION_ACTION } from './labels';

type T = (zh: string, en: string) => string;

/** A room as these pages name it. */
export interface StoreRoomRef {
  id: string;
  number: string;
  name: string;
  building?: { name: string } | null;
  campus?: { name: string } | null;
}

/** "教学楼A 302 Class 3-2 (三年级2班)": the building, the number and the name, without repeating the number. */
export function roomText(room: StoreRoomRef | null | undefined): string {
  if (!room) return '—';
  const parts = [room.building?.name, room.number, room.name !== room.number ? room.name : null];
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(' ');
}

/** A room with its campus in front when the school has several ("东校区 教学楼A 302 …"). */
export function roomOptionText(room: StoreRoomRef, withCampus: boolean): string {
  const text = roomText(room);
  return withCampus && room.campus?.name ? `${room.campus.name} ${text}` : text;
}

/** A consumable's quantity with its unit: "2 盒" / "2 box". */
export function quantityText(quantity: number, unit: string | null | undefined, t: T): string {
  return `${quantity} ${labelOf(CONSUMABLE_UNIT, unit, t)}`;
}

/** A requisition's lines in one line: "白粉笔 2 盒、扫帚 1 把". */
export function linesText(lines: readonly { quantity: number; item?: { name: string; unit: string } | null }[], t: T): string {
  return lines.map((l) => `${l.item?.name ?? '?'} ${quantityText(l.quantity, l.item?.unit, t)}`).join(t('、', ', '));
}

/** A line of the receipt form (入库单明细) as typed: the unit price in yuan as the user wrote it. */
export interface ReceiptFormLine {
  itemId?: string;
  quantity?: number | null;
  unitCost?: string;
}

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * The receipt form's lines as RecordStoreReceiptInput's: each unit price normalised to the graph's
 * yuan string ("12.5" → "12.50", "¥1,200" → "1200.00"), never through a float. Lines the user left
 * entirely empty are dropped; a half-filled line or a price that is not an amount gives a field error
 * named like the graph's own (lines.<i>.unitCost) so the form shows it under that field.
 */
export function receiptLines(
  lines: readonly ReceiptFormLine[],
  t: T,
): { lines: { itemId: string; quantity: number; unitCost: string }[]; errors: FieldError[] } {
  const out: { itemId: string; quantity: number; unitCost: string }[] = [];
  const errors: FieldError[] = [];
  lines.forEach((line, i) => {
    const empty = !line.itemId && (line.quantity === null || line.quantity === undefined) && !line.unitCost?.trim();
    if (empty) return;
    if (!line.itemId) errors.push({ name: ['lines', i, 'itemId'], errors: [t('请选择物品', 'Choose an item')] });
    if (!line.quantity || !Number.isInteger(line.quantity) || line.quantity <= 0)
      errors.push({ name: ['lines', i, 'quantity'], errors: [t('数量须为正整数', 'A whole number above 0')] });
    const unitCost = normalizeYuan(line.unitCost ?? '');
    if (unitCost === null || unitCost.startsWith('-'))
      errors.push({ name: ['lines', i, 'unitCost'], errors: [t('请输入单价（元，最多两位小数）', 'A price in yuan, at most 2 decimals')] });
    if (line.itemId && line.quantity && unitCost !== null) out.push({ itemId: line.itemId, quantity: line.quantity, unitCost });
  });
  if (!out.length && !errors.length) errors.push({ name: ['lines'], errors: [t('至少一行', 'At least one line')] });
  return { lines: errors.length ? [] : out, errors };
}

/** A receipt's total in fen, from the typed lines (shown before it is sent; the graph computes its own). */
export function receiptTotalFen(lines: readonly ReceiptFormLine[]): number {
  let total = 0;
  for (const line of lines) {
    const fen = parseYuanToFen(line.unitCost ?? '');
    if (fen === null || fen < 0 || !line.quantity || !Number.isInteger(line.quantity)) continue;
    total += line.quantity * fen;
  }
  return total;
}

/** The requisition form's lines: one per item (the same item twice adds up), zero quantities dropped. */
export function requisitionLines(lines: readonly { itemId?: string; quantity?: number | null }[]): { itemId: string; quantity: number }[] {
  const byItem = new Map<string, number>();
  for (const line of lines) {
    if (!line.itemId || !line.quantity || line.quantity <= 0) continue;
    byItem.set(line.itemId, (byItem.get(line.itemId) ?? 0) + line.quantity);
  }
  return [...byItem].map(([itemId, quantity]) => ({ itemId, quantity }));
}

/** "2026-12-02" as the UTC midnight of that day (dates here are calendar days, not instants). */
function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day moved by `days`. */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** The Monday of the week (Monday–Sunday) holding `day`, as the graph's dueReplacements counts weeks. */
export function mondayOf(day: string): string {
  const weekday = parseDay(day).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? -6 : 1 - weekday);
}

/** Today at the school (Asia/Shanghai) as YYYY-MM-DD. */
export function schoolToday(now: Date = new Date(), zone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** What the graph gives about one predicted replacement. */
export interface ReplacementBasis {
  requisitionCount: number;
  intervalsUsed: readonly number[];
  medianDaysPerUnit: number;
  lastQuantity: number;
  lastRequisitionedOn: string;
  expectedDays: number;
  predictedOn: string;
}

function days(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * How a replacement was predicted, in a sentence: the median days one unit lasted over the intervals
 * used, times the last quantity, from the last requisition's day. E.g. "3 次领用；每件约 14 天（近 2
 * 次间隔中位数）× 上次 1 = 14 天：2026-11-20 → 2026-12-04".
 */
export function replacementBasisText(r: ReplacementBasis, t: T): string {
  const n = r.intervalsUsed.length;
  return t(
    `${r.requisitionCount} 次领用；每件约 ${days(r.medianDaysPerUnit)} 天（近 ${n} 次间隔中位数）× 上次 ${r.lastQuantity} = ${r.expectedDays} 天：${r.lastRequisitionedOn} → ${r.predictedOn}`,
    `${r.requisitionCount} requisitions; one unit lasts ~${days(r.medianDaysPerUnit)} days (median of the last ${n} intervals) × last ${r.lastQuantity} = ${r.expectedDays} days: ${r.lastRequisitionedOn} → ${r.predictedOn}`,
  );
}

/** The storekeeper's round (巡回路线): by campus, building, then room number, then item. */
export function roundOrder<R extends { room?: StoreRoomRef | null; item?: { name: string } | null; roomId: string }>(
  rows: readonly R[],
): R[] {
  const key = (r: R) => [r.room?.campus?.name ?? '', r.room?.building?.name ?? '', r.room?.number ?? r.roomId, r.item?.name ?? ''];
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const c = ka[i].localeCompare(kb[i], 'zh-CN', { numeric: true });
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** A requisition as My work reads it. */
export interface WaitingRequisition {
  id: string;
  status: string;
  createdAt: string;
  purpose?: string | null;
  viewerActions: readonly string[];
  estimatedValue: MoneyValue;
  requester?: { name: string } | null;
  room?: StoreRoomRef | null;
  department?: { name: string } | null;
  lines: readonly { quantity: number; item?: { name: string; unit: string } | null }[];
}

/** What waits for the viewer on a requisition, most pressing first: confirm, issue, approve. */
const WAITING = ['CONFIRM_RECEIPT', 'ISSUE', 'APPROVE'] as const;

/**
 * Requisitions waiting for the viewer (to approve for the director, to issue for the storekeeper, to
 * confirm for the requester), each once, from the lists My work reads; those the viewer can only
 * reject or nothing are left out.
 */
export function requisitionWorkItems(lists: readonly (readonly WaitingRequisition[])[], t: T): WorkItem[] {
  const seen = new Set<string>();
  const items: WorkItem[] = [];
  for (const r of lists.flat()) {
    if (seen.has(r.id)) continue;
    const action = WAITING.find((a) => r.viewerActions.includes(a));
    if (!action) continue;
    seen.add(r.id);
    const label = REQUISITION_ACTION[action];
    items.push({
      id: r.id,
      to: `/facilities/requisitions/${r.id}`,
      title: `${r.room ? roomText(r.room) : (r.department?.name ?? '')}：${linesText(r.lines, t)}`,
      tag: { text: t(label.zh, label.en), color: action === 'APPROVE' ? 'gold' : action === 'ISSUE' ? 'blue' : 'cyan' },
      subtitle: [r.requester?.name, r.purpose].filter(Boolean).join(' · '),
      amount: r.estimatedValue,
      at: r.createdAt,
    });
  }
  return items;
}
