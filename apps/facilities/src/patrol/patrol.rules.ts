import { badInput, isTimeOfDay } from '@houqin/common';
import type { PatrolCheckpoint } from './patrol.entity';

/** A route has 2 to 50 checkpoints; a patrol at most 200 scans. */
export const CHECKPOINTS_MIN = 2;
export const CHECKPOINTS_MAX = 50;
export const SCANS_MAX = 200;

/** A route's window: HH:MM to HH:MM, start before end (a night patrol past midnight is two windows). BAD_USER_INPUT on the field. */
export function checkWindow(start: string, end: string): void {
  if (!isTimeOfDay(start)) throw badInput('windowStart', 'windowStart must be a time HH:MM, e.g. 21:00.');
  if (!isTimeOfDay(end)) throw badInput('windowEnd', 'windowEnd must be a time HH:MM, e.g. 22:00.');
  if (end <= start) throw badInput('windowEnd', 'windowEnd must be after windowStart.');
}

/** Checkpoints: CHECKPOINTS_MIN to CHECKPOINTS_MAX rooms, each once. BAD_USER_INPUT on roomIds. */
export function checkCheckpoints(roomIds: readonly string[]): PatrolCheckpoint[] {
  if (roomIds.length < CHECKPOINTS_MIN || roomIds.length > CHECKPOINTS_MAX)
    throw badInput('roomIds', `A route has ${CHECKPOINTS_MIN} to ${CHECKPOINTS_MAX} checkpoints.`);
  const seen = new Set<string>();
  roomIds.forEach((id, i) => {
    if (seen.has(id)) throw badInput(`roomIds.${i}`, 'A room is a checkpoint once.');
    seen.add(id);
  });
  return roomIds.map((roomId, i) => ({ order: i + 1, roomId }));
}

/** True when `time` (HH:MM) is inside [start, end]. */
export const inWindow = (time: string, start: string, end: string) => time >= start && time <= end;

/** A scan is out of order when a later checkpoint of the route had already been scanned. */
export const isOutOfOrder = (order: number | null, scannedOrders: readonly number[]) =>
  order != null && scannedOrders.some((o) => o > order);

/** The result of a finished patrol: each checkpoint scanned (first scan), missed, or scanned out of order. */
export function patrolResult(
  checkpoints: readonly PatrolCheckpoint[],
  scans: readonly { checkpointOrder: number | null; outOfOrder: boolean }[],
): { scanned: number; missed: number; outOfOrder: number; missedOrders: number[] } {
  const scannedOrders = new Set(scans.map((s) => s.checkpointOrder).filter((o): o is number => o != null));
  const missedOrders = checkpoints.filter((c) => !scannedOrders.has(c.order)).map((c) => c.order);
  return {
    scanned: scannedOrders.size,
    missed: missedOrders.length,
    outOfOrder: new Set(scans.filter((s) => s.outOfOrder).map((s) => s.checkpointOrder)).size,
    missedOrders,
  };
}
