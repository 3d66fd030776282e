import { describe, expect, it } from 'vitest';
import { LABELS_PER_SHEET, labelSheets, roomLabel } from './qr-sheet';

describe('QR label sheets', () => {
  it('fills A4 sheets of 24 in order and starts a new sheet for the 25th label', () => {
    const labels = Array.from({ length: 50 }, (_, i) => i);
    const sheets = labelSheets(labels);
    expect(LABELS_PER_SHEET).toBe(24);
    expect(sheets.map((s) => s.length)).toEqual([24, 24, 2]);
    expect(sheets.flat()).toEqual(labels);
  });

  it('prints nothing for no labels', () => {
    expect(labelSheets([])).toEqual([]);
  });

  it('labels a room with its QR link, number and name, and where it is', () => {
    expect(roomLabel({ id: 'r1', number: '302', name: 'Class 3-2', qrPayload: 'http://x/r/abc' }, 'Teaching A · 3F')).toEqual({
      key: 'r1',
      payload: 'http://x/r/abc',
      title: '302 Class 3-2',
      subtitle: 'Teaching A · 3F',
    });
  });
});
