import { describe, expect, it } from 'vitest';
import { CHECKPOINT_STATE, CHECKPOINT_STATE_COLOR, PATROL_STATUS, PATROL_STATUS_COLOR } from './labels';
import {
  checkpointViews,
  moveRoom,
  nextCheckpoint,
  offRouteScans,
  ownOpenPatrol,
  patrolQrCode,
  patrolResultText,
  routeInputProblems,
  walkCounts,
  walkPath,
  windowText,
} from './patrols';

const zh = (z: string) => z;
const en = (_: string, e: string) => e;
const ROUTE = [1, 2, 3, 4].map((order) => ({ order, roomId: `r${order}` }));
const scan = (order: number | null, outOfOrder = false, extra: { issue?: string; workOrderId?: string; at?: string } = {}) => ({
  roomId: order ? `r${order}` : 'elsewhere',
  checkpointOrder: order,
  outOfOrder,
  issue: extra.issue ?? null,
  workOrderId: extra.workOrderId ?? null,
  scannedAt: extra.at ?? `2026-03-01T10:0${order ?? 9}:00.000Z`,
});

describe('labels', () => {
  it('names each patrol status and checkpoint state, with a colour', () => {
    expect(Object.keys(PATROL_STATUS)).toEqual(['IN_PROGRESS', 'FINISHED']);
    for (const s of Object.keys(PATROL_STATUS)) expect(PATROL_STATUS_COLOR[s]).toBeTruthy();
    expect(Object.keys(CHECKPOINT_STATE)).toEqual(['SCANNED', 'OUT_OF_ORDER', 'PENDING', 'MISSED']);
    expect(CHECKPOINT_STATE_COLOR.MISSED).toBe('red');
    expect(CHECKPOINT_STATE_COLOR.OUT_OF_ORDER).toBe('orange');
  });
});

describe('what a scan names', () => {
  it('reads a room’s code from its door label’s link or the code itself, case kept', () => {
    expect(patrolQrCode('https://houqin.example.edu.cn/r/Ab3_x-9KqZ12')).toBe('Ab3_x-9KqZ12');
    expect(patrolQrCode('http://localhost:4200/r/Ab3_x-9KqZ12/?from=label')).toBe('Ab3_x-9KqZ12');
    expect(patrolQrCode('  Ab3_x-9KqZ12 ')).toBe('Ab3_x-9KqZ12');
    expect(patrolQrCode('ＡＢＣＤＥＦＧＨＩＪＫＬ')).toBe('ABCDEFGHIJKL');
  });

  it('refuses anything else: an asset tag, a short code, blank', () => {
    expect(patrolQrCode('ZC-2024-00001')).toBeNull();
    expect(patrolQrCode('abc')).toBeNull();
    expect(patrolQrCode('https://x/r/short')).toBeNull();
    expect(patrolQrCode('   ')).toBeNull();
  });
});

describe('a walk’s checkpoints', () => {
  it('are scanned, out of order, or pending while walking; missed once finished', () => {
    const scans = [scan(1), scan(3, false, { issue: '窗户未关', workOrderId: 'wo1' }), scan(2, true)];
    const walking = checkpointViews(ROUTE, scans, false);
    expect(walking.map((v) => v.state)).toEqual(['SCANNED', 'OUT_OF_ORDER', 'SCANNED', 'PENDING']);
    expect(walking[2].issues).toEqual([{ text: '窗户未关', workOrderId: 'wo1' }]);
    expect(walking[0].scannedAt).toBe('2026-03-01T10:01:00.000Z');
    expect(walking[3].scannedAt).toBeNull();
    expect(walkCounts(walking)).toEqual({ scanned: 3, outOfOrder: 1, pending: 1, missed: 0 });
    const finished = checkpointViews(ROUTE, scans, true);
    expect(finished.map((v) => v.state)).toEqual(['SCANNED', 'OUT_OF_ORDER', 'SCANNED', 'MISSED']);
    expect(walkCounts(finished)).toEqual({ scanned: 3, outOfOrder: 1, pending: 0, missed: 1 });
  });

  it('count a checkpoint out of order when any of its scans was (as the service does), and keep its first scan’s time', () => {
    const views = checkpointViews(
      ROUTE,
      [scan(2, false, { at: '2026-03-01T10:05:00.000Z' }), scan(3), scan(2, true, { at: '2026-03-01T10:09:00.000Z' })],
      false,
    );
    expect(views[1].state).toBe('OUT_OF_ORDER');
    expect(views[1].scannedAt).toBe('2026-03-01T10:05:00.000Z');
  });

  it('set apart scans of rooms off the route', () => {
    expect(offRouteScans([scan(1), scan(null)]).map((s) => s.roomId)).toEqual(['elsewhere']);
  });

  it('point to the next checkpoint after the furthest scanned, then back to what was skipped', () => {
    expect(nextCheckpoint(checkpointViews(ROUTE, [], false))?.order).toBe(1);
    expect(nextCheckpoint(checkpointViews(ROUTE, [scan(1), scan(3)], false))?.order).toBe(4);
    expect(nextCheckpoint(checkpointViews(ROUTE, [scan(1), scan(3), scan(4)], false))?.order).toBe(2);
    expect(nextCheckpoint(checkpointViews(ROUTE, [scan(1), scan(2), scan(3), scan(4)], false))).toBeNull();
  });
});

describe('the walk page', () => {
  it('resumes the viewer’s own newest walk in progress, never someone else’s or a finished one', () => {
    const walks = [
      { id: 'a', status: 'IN_PROGRESS', patrollerAccountId: 'me', startedAt: '2026-03-01T10:00:00Z' },
      { id: 'b', status: 'IN_PROGRESS', patrollerAccountId: 'me', startedAt: '2026-03-02T10:00:00Z' },
      { id: 'c', status: 'IN_PROGRESS', patrollerAccountId: 'other', startedAt: '2026-03-03T10:00:00Z' },
      { id: 'd', status: 'FINISHED', patrollerAccountId: 'me', startedAt: '2026-03-04T10:00:00Z' },
    ];
    expect(ownOpenPatrol(walks, 'me')?.id).toBe('b');
    expect(ownOpenPatrol(walks, 'nobody')).toBeNull();
  });

  it('links a route’s walk with its school, and says the window and a result', () => {
    expect(walkPath('route 1', 's1')).toBe('/facilities/patrols/routes/route%201/walk?school=s1');
    expect(windowText({ windowStart: '17:30', windowEnd: '19:00' })).toBe('17:30–19:00');
    expect(patrolResultText({ expectedCount: 4, scannedCount: 3, missedCount: 1, outOfOrderCount: 1 }, zh)).toBe(
      '扫码 3/4 · 漏检 1 · 顺序错误 1',
    );
    expect(patrolResultText({ expectedCount: 4, scannedCount: 4, missedCount: 0, outOfOrderCount: 0 }, en)).toBe('scanned 4/4');
    expect(patrolResultText({ expectedCount: 4, scannedCount: null }, zh)).toBe('共 4 个巡视点');
  });
});

describe('the route form', () => {
  it('moves a room up or down, and leaves the ends alone', () => {
    expect(moveRoom(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRoom(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRoom(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRoom(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('places the graph’s errors: a room by its place in the order, the window under its field, the rest above', () => {
    const placed = routeInputProblems(
      [
        { code: 'BAD_USER_INPUT', field: 'roomIds.2', message: 'Not a room of the school.' },
        { code: 'BAD_USER_INPUT', field: 'windowEnd', message: 'windowEnd must be after windowStart.' },
        { code: 'FORBIDDEN', message: 'Not yours.' },
      ],
      (i) => `room ${i}`,
      zh,
    );
    expect(placed.fields).toEqual([
      { name: ['roomIds'], errors: ['第 3 个巡视点（room 2）：Not a room of the school.'] },
      { name: ['windowEnd'], errors: ['windowEnd must be after windowStart.'] },
    ]);
    expect(placed.general).toEqual(['Not yours.']);
  });
});
