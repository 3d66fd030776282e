import { describe, expect, it } from 'vitest';
import {
  classifyScan,
  enqueue,
  failBatch,
  recordedCodes,
  refuseBatch,
  resumeQueue,
  retryDelay,
  scanCounts,
  settleBatch,
  takeBatch,
  type ScanQueue,
} from './scan';

describe('classifyScan', () => {
  it('reads a room label’s QR link as the room, whatever the host', () => {
    expect(classifyScan('https://houqin.example.cn/r/AbCdEf123456')).toEqual({ kind: 'room', qrCode: 'AbCdEf123456' });
    expect(classifyScan('  http://localhost:4200/r/abcdefghijkl/ ')).toEqual({ kind: 'room', qrCode: 'abcdefghijkl' });
    expect(classifyScan('https://x.cn/r/abcdefghijkl?from=label')).toEqual({ kind: 'room', qrCode: 'abcdefghijkl' });
  });

  it('reads anything else as a tag number, normalised as the graph compares it', () => {
    expect(classifyScan(' zc-2024-001 ')).toEqual({ kind: 'tag', code: 'ZC-2024-001' });
    expect(classifyScan('ＺＣ－００１')).toEqual({ kind: 'tag', code: 'ZC-001' });
    // A link with a short code is not a room label.
    expect(classifyScan('https://x.cn/r/abc')).toEqual({ kind: 'tag', code: 'HTTPS://X.CN/R/ABC' });
  });

  it('reads a blank scan as nothing', () => {
    expect(classifyScan('   ')).toBeNull();
  });
});

describe('the scan queue', () => {
  it('keeps a repeated code once, whatever its case or room', () => {
    let q: ScanQueue = [];
    q = enqueue(q, 'zc-1', 'r1').queue;
    const again = enqueue(q, ' ZC-1', 'r2');
    expect(again.added).toBe(false);
    expect(again.queue).toHaveLength(1);
  });

  it('sends small batches of one room, one batch at a time, and marks each code as the graph answers', () => {
    let q: ScanQueue = [];
    for (const [code, room] of [
      ['A', 'r1'],
      ['B', 'r1'],
      ['C', 'r2'],
      ['D', 'r1'],
    ])
      q = enqueue(q, code, room).queue;
    const first = takeBatch(q, 2);
    expect(first.batch).toEqual({ roomId: 'r1', codes: ['A', 'B'] });
    q = first.queue;
    expect(takeBatch(q).batch).toBeNull(); // one in flight
    q = settleBatch(q, first.batch!, {
      recorded: 1,
      alreadyScanned: 1,
      scans: [
        { code: 'A', scannedAt: '2026-12-02T08:00:00.000Z' },
        { code: 'B', scannedAt: '2026-12-02T08:05:00.000Z' },
      ],
    });
    expect(q.map((e) => e.state)).toEqual(['already', 'sent', 'queued', 'queued']);
    const second = takeBatch(q, 20);
    expect(second.batch).toEqual({ roomId: 'r2', codes: ['C'] });
  });

  it('puts a failed batch back and sends it again: no code is lost', () => {
    let q: ScanQueue = enqueue([], 'A', 'r1').queue;
    const taken = takeBatch(q);
    q = failBatch(taken.queue, taken.batch!);
    expect(q[0]).toMatchObject({ state: 'failed', attempts: 1 });
    expect(scanCounts(q).pending).toBe(1);
    expect(takeBatch(q).batch).toEqual({ roomId: 'r1', codes: ['A'] });
    expect(retryDelay(1)).toBe(1000);
    expect(retryDelay(3)).toBe(4000);
    expect(retryDelay(20)).toBe(30_000);
  });

  it('keeps a refused batch on screen without sending it again, and resumes batches a reload interrupted', () => {
    const taken = takeBatch(enqueue([], 'A', 'r1').queue);
    expect(resumeQueue(taken.queue)[0].state).toBe('queued');
    const refused = refuseBatch(taken.queue, taken.batch!, 'closed');
    expect(refused[0]).toMatchObject({ state: 'refused', message: 'closed' });
    expect(takeBatch(refused).batch).toBeNull();
  });

  it('counts the codes recorded first: all, none, or the latest of a mixed answer', () => {
    const scans = [
      { code: 'a', scannedAt: '2026-12-02T08:00:00.000Z' },
      { code: 'b', scannedAt: '2026-12-02T08:00:00.000Z' },
    ];
    expect([...recordedCodes({ recorded: 2, alreadyScanned: 0, scans })]).toEqual(['A', 'B']);
    expect(recordedCodes({ recorded: 0, alreadyScanned: 2, scans }).size).toBe(0);
  });

  it('counts a code the viewer had recorded (a batch sent again after a lost answer) as sent, not as counted by someone else', () => {
    const taken = takeBatch(enqueue(enqueue([], 'A', 'r1').queue, 'B', 'r1').queue);
    const answer = {
      recorded: 0,
      alreadyScanned: 2,
      scans: [
        { code: 'A', scannedAt: '2026-12-02T08:00:00.000Z', scannedByAccountId: 'me' },
        { code: 'B', scannedAt: '2026-12-02T07:00:00.000Z', scannedByAccountId: 'other' },
      ],
    };
    expect(settleBatch(taken.queue, taken.batch!, answer, 'me').map((e) => e.state)).toEqual(['sent', 'already']);
  });
});
