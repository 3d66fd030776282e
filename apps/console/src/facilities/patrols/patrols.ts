/**
 * The pure parts of the patrol pages (巡视): what a scanned text names (a room's QR code), where each
 * checkpoint of a walk stands, and the route form's ordered rooms.
 */

/** A room label's link: …/r/<12-character code>, optionally with a query or a trailing slash. */
const ROOM_LINK = /\/r\/([A-Za-z0-9_-]{12})\/?(?:[?#].*)?$/;
const QR_CODE = /^[A-Za-z0-9_-]{12}$/;

/**
 * The room QR code in a scanned or typed text: the door label's link (…/r/<code>) or the 12 characters
 * themselves; null for anything else (an asset tag, a stray barcode). Codes are case-sensitive.
 */
export function patrolQrCode(text: string): string | null {
  const trimmed = text.normalize('NFKC').trim();
  if (!trimmed) return null;
  const link = ROOM_LINK.exec(trimmed);
  if (link) return link[1];
  return QR_CODE.test(trimmed) ? trimmed : null;
}

/** A checkpoint during a walk: scanned in order, scanned after a later one (顺序错误), still to scan, or missed once finished (漏检). */
export type CheckpointState = 'SCANNED' | 'OUT_OF_ORDER' | 'PENDING' | 'MISSED';

export interface ScanRef {
  roomId: string;
  checkpointOrder?: number | null;
  outOfOrder: boolean;
  issue?: string | null;
  workOrderId?: string | null;
  scannedAt: string;
}

export interface CheckpointView {
  order: number;
  roomId: string;
  state: CheckpointState;
  /** When it was first scanned. */
  scannedAt: string | null;
  /** The issues found there, with the work order each opened. */
  issues: { text: string; workOrderId: string | null }[];
}

/**
 * Each checkpoint of the route as the walk stands: scanned (its first scan), out of order when a scan
 * of it came after a later checkpoint's (as the service counts it), pending, or missed once the patrol
 * is finished.
 */
export function checkpointViews(
  checkpoints: readonly { order: number; roomId: string }[],
  scans: readonly ScanRef[],
  finished: boolean,
): CheckpointView[] {
  return [...checkpoints]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const mine = scans.filter((s) => s.checkpointOrder === c.order);
      const state: CheckpointState = mine.length
        ? mine.some((s) => s.outOfOrder)
          ? 'OUT_OF_ORDER'
          : 'SCANNED'
        : finished
          ? 'MISSED'
          : 'PENDING';
      return {
        order: c.order,
        roomId: c.roomId,
        state,
        scannedAt: mine.length ? mine.map((s) => s.scannedAt).sort()[0] : null,
        issues: mine.filter((s) => s.issue).map((s) => ({ text: s.issue!, workOrderId: s.workOrderId ?? null })),
      };
    });
}

/** Scans of rooms that are not checkpoints of the route (scanned by mistake, or an issue found on the way). */
export function offRouteScans<S extends ScanRef>(scans: readonly S[]): S[] {
  return scans.filter((s) => s.checkpointOrder == null);
}

/** The checkpoint to walk to next: the first pending one after the furthest scanned, else the first pending. */
export function nextCheckpoint(views: readonly CheckpointView[]): CheckpointView | null {
  const furthest = Math.max(0, ...views.filter((v) => v.state !== 'PENDING' && v.state !== 'MISSED').map((v) => v.order));
  const pending = views.filter((v) => v.state === 'PENDING');
  return pending.find((v) => v.order > furthest) ?? pending[0] ?? null;
}

/** The walk's counts as the page shows them while walking. */
export function walkCounts(views: readonly CheckpointView[]): { scanned: number; outOfOrder: number; pending: number; missed: number } {
  const count = (state: CheckpointState) => views.filter((v) => v.state === state).length;
  return {
    scanned: count('SCANNED') + count('OUT_OF_ORDER'),
    outOfOrder: count('OUT_OF_ORDER'),
    pending: count('PENDING'),
    missed: count('MISSED'),
  };
}

/** The viewer's own walk of a route still in progress (the newest), to resume it after a reload. */
export function ownOpenPatrol<P extends { status: string; patrollerAccountId: string; startedAt: string }>(
  patrols: readonly P[],
  accountId: string,
): P | null {
  return (
    [...patrols]
      .filter((p) => p.status === 'IN_PROGRESS' && p.patrollerAccountId === accountId)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0] ?? null
  );
}

/** The route form's rooms in order: one moved up (-1) or down (+1), the list unchanged at either end. */
export function moveRoom(roomIds: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= roomIds.length || to < 0 || to >= roomIds.length) return [...roomIds];
  const next = [...roomIds];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** A route's daily window: "17:30–19:00". */
export function windowText(route: { windowStart: string; windowEnd: string }): string {
  return `${route.windowStart}–${route.windowEnd}`;
}

/** A finished patrol's result in one line: "扫码 3/4 · 漏检 1 · 顺序错误 1". */
export function patrolResultText(
  patrol: { expectedCount: number; scannedCount?: number | null; missedCount?: number | null; outOfOrderCount?: number | null },
  t: (zh: string, en: string) => string,
): string {
  if (patrol.scannedCount == null) return t(`共 ${patrol.expectedCount} 个巡视点`, `${patrol.expectedCount} checkpoints`);
  const parts = [t(`扫码 ${patrol.scannedCount}/${patrol.expectedCount}`, `scanned ${patrol.scannedCount}/${patrol.expectedCount}`)];
  if (patrol.missedCount) parts.push(t(`漏检 ${patrol.missedCount}`, `missed ${patrol.missedCount}`));
  if (patrol.outOfOrderCount) parts.push(t(`顺序错误 ${patrol.outOfOrderCount}`, `out of order ${patrol.outOfOrderCount}`));
  return parts.join(' · ');
}

/** The walk page of a route (phone-first), with its school so the page finds the route among the school's. */
export function walkPath(routeId: string, schoolId: string): string {
  return `/facilities/patrols/routes/${encodeURIComponent(routeId)}/walk?school=${encodeURIComponent(schoolId)}`;
}

/**
 * The graph's BAD_USER_INPUT on a new route, placed in its form: `roomIds.N` (a room of another school,
 * a room twice) under the checkpoints, naming the Nth room; `name`, `windowStart`, `windowEnd` and
 * `roomIds` under their fields; anything else (FORBIDDEN, a closed school) above the button.
 */
export function routeInputProblems(
  problems: readonly { message: string; code: string; field?: string }[],
  roomName: (index: number) => string,
  t: (zh: string, en: string) => string,
): { fields: { name: string[]; errors: string[] }[]; general: string[] } {
  const fields = new Map<string, string[]>();
  const general: string[] = [];
  const add = (name: string, error: string) => fields.set(name, [...(fields.get(name) ?? []), error]);
  for (const problem of problems) {
    const field = problem.field ?? '';
    const room = /^roomIds\.(\d+)$/.exec(field);
    if (room) {
      const index = Number(room[1]);
      add(
        'roomIds',
        t(
          `第 ${index + 1} 个巡视点（${roomName(index)}）：${problem.message}`,
          `Checkpoint ${index + 1} (${roomName(index)}): ${problem.message}`,
        ),
      );
    } else if (['roomIds', 'name', 'windowStart', 'windowEnd'].includes(field)) add(field, problem.message);
    else general.push(problem.message);
  }
  return { fields: [...fields].map(([name, errors]) => ({ name: [name], errors })), general };
}
