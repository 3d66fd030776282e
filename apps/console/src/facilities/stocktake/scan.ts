/**
 * The pure parts of the stocktake scanning page (盘点扫码): what a scanned text is (a room's QR link or
 * an asset's tag number), and the queue of scanned codes sent in small batches with recordAssetScans,
 * each code kept until the graph has answered for it (never lost: a failed batch goes back to the queue).
 */

/** What one scan read: the room the scanner stands in (its QR link …/r/<code>), or an asset's tag. */
export type Scanned = { kind: 'room'; qrCode: string } | { kind: 'tag'; code: string };

/** A room label's link: …/r/<12-character code>, optionally with a query or a trailing slash. */
const ROOM_LINK = /\/r\/([A-Za-z0-9_-]{12})\/?(?:[?#].*)?$/;

/** A tag number as the graph compares it: NFKC (a full-width ＺＣ－００１ is ZC-001), trimmed, upper-cased. */
export function normaliseCode(text: string): string {
  return text.normalize('NFKC').trim().toUpperCase();
}

/** Reads a scanned or typed text: a room QR link sets the room; any other text is a tag number; blank is nothing. */
export function classifyScan(text: string): Scanned | null {
  const trimmed = text.normalize('NFKC').trim();
  if (!trimmed) return null;
  const room = ROOM_LINK.exec(trimmed);
  if (room) return { kind: 'room', qrCode: room[1] };
  return { kind: 'tag', code: normaliseCode(trimmed) };
}

/**
 * Where a scanned code is: queued (not sent yet), sending, failed (sent, no answer: sent again),
 * refused (the graph said no, e.g. the stocktake was closed), sent (recorded first by this scan) or
 * already (someone had scanned it before: the first scan counts).
 */
export type ScanState = 'queued' | 'sending' | 'failed' | 'refused' | 'sent' | 'already';

export interface ScanEntry {
  code: string;
  /** The room the scanner stood in when scanning it. */
  roomId: string;
  state: ScanState;
  /** How many times a batch with it failed. */
  attempts: number;
  /** The school's asset with this tag: undefined while unknown, null when the tag is unregistered (无账). */
  asset?: { name: string; roomId?: string | null } | null;
  /** Why it was refused. */
  message?: string;
}

/** The scanned codes of one stocktake, in scan order. */
export type ScanQueue = readonly ScanEntry[];

/** Adds a scanned code unless it is already in the queue (a repeat scan counts once: the first scan wins). */
export function enqueue(queue: ScanQueue, code: string, roomId: string): { queue: ScanQueue; added: boolean } {
  const normal = normaliseCode(code);
  if (!normal || queue.some((e) => e.code === normal)) return { queue, added: false };
  return { queue: [...queue, { code: normal, roomId, state: 'queued', attempts: 0 }], added: true };
}

/** A batch for one recordAssetScans call: codes of one room. */
export interface ScanBatch {
  roomId: string;
  codes: string[];
}

const waiting = (e: ScanEntry) => e.state === 'queued' || e.state === 'failed';

/**
 * The next batch to send (null when nothing waits or a batch is in flight): the oldest waiting codes
 * of the room of the oldest waiting one, at most `max`, marked sending.
 */
export function takeBatch(queue: ScanQueue, max = 20): { queue: ScanQueue; batch: ScanBatch | null } {
  if (queue.some((e) => e.state === 'sending')) return { queue, batch: null };
  const first = queue.find(waiting);
  if (!first) return { queue, batch: null };
  const codes: string[] = [];
  for (const e of queue) if (codes.length < max && waiting(e) && e.roomId === first.roomId) codes.push(e.code);
  const batch = { roomId: first.roomId, codes };
  return { queue: markSending(queue, batch), batch };
}

/** Marks a batch's codes as sending (applied to the newest queue, so no scan made meanwhile is lost). */
export function markSending(queue: ScanQueue, batch: ScanBatch): ScanQueue {
  const taken = new Set(batch.codes);
  return queue.map((e) => (taken.has(e.code) && waiting(e) ? { ...e, state: 'sending' } : e));
}

/** The graph's answer to a batch (AssetScanResult): how many it recorded first and each code's stored scan. */
export interface ScanAnswer {
  recorded: number;
  alreadyScanned: number;
  scans: readonly { code: string; scannedAt: string; scannedByAccountId?: string }[];
}

/**
 * The codes a batch recorded first. The answer counts them; the stored scans of one call share the
 * call's time, so when some were recorded and some were already there, the recorded ones are those
 * scanned latest.
 */
export function recordedCodes(answer: ScanAnswer): Set<string> {
  if (answer.recorded === 0) return new Set();
  if (answer.alreadyScanned === 0) return new Set(answer.scans.map((s) => normaliseCode(s.code)));
  const latest = answer.scans.reduce((max, s) => (s.scannedAt > max ? s.scannedAt : max), '');
  return new Set(answer.scans.filter((s) => s.scannedAt === latest).map((s) => normaliseCode(s.code)));
}

/**
 * Marks a batch's codes as the graph answered: sent (recorded first by this batch, or by this viewer
 * earlier: a batch sent again after a lost answer) or already counted (someone else scanned it first).
 */
export function settleBatch(queue: ScanQueue, batch: ScanBatch, answer: ScanAnswer, viewerAccountId?: string): ScanQueue {
  const recorded = recordedCodes(answer);
  if (viewerAccountId) for (const s of answer.scans) if (s.scannedByAccountId === viewerAccountId) recorded.add(normaliseCode(s.code));
  const inBatch = new Set(batch.codes);
  return queue.map((e) => (inBatch.has(e.code) ? { ...e, state: recorded.has(e.code) ? 'sent' : 'already' } : e));
}

/** A batch that got no answer goes back to the queue (failed), to be sent again: no code is lost. */
export function failBatch(queue: ScanQueue, batch: ScanBatch): ScanQueue {
  const inBatch = new Set(batch.codes);
  return queue.map((e) => (inBatch.has(e.code) ? { ...e, state: 'failed', attempts: e.attempts + 1 } : e));
}

/** A batch the graph refused (a closed stocktake, a room outside it): kept on screen with why, not sent again. */
export function refuseBatch(queue: ScanQueue, batch: ScanBatch, message: string): ScanQueue {
  const inBatch = new Set(batch.codes);
  return queue.map((e) => (inBatch.has(e.code) ? { ...e, state: 'refused', message } : e));
}

/** Sending batches that a reload interrupted are sent again. */
export function resumeQueue(queue: ScanQueue): ScanQueue {
  return queue.map((e) => (e.state === 'sending' ? { ...e, state: 'queued' } : e));
}

/** Notes what the register says of a code: its asset, or null for an unregistered tag (无账). */
export function markAsset(queue: ScanQueue, code: string, asset: ScanEntry['asset']): ScanQueue {
  return queue.map((e) => (e.code === code ? { ...e, asset } : e));
}

/** The waiting time before sending a failed batch again: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempts: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** The running count of the scanning page. */
export function scanCounts(queue: ScanQueue): { scanned: number; sent: number; already: number; pending: number; unregistered: number } {
  return {
    scanned: queue.length,
    sent: queue.filter((e) => e.state === 'sent').length,
    already: queue.filter((e) => e.state === 'already').length,
    pending: queue.filter((e) => e.state === 'queued' || e.state === 'sending' || e.state === 'failed').length,
    unregistered: queue.filter((e) => e.asset === null).length,
  };
}
