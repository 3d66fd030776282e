import { describe, expect, it } from 'vitest';
import {
  addDays,
  linesText,
  mondayOf,
  receiptLines,
  receiptTotalFen,
  replacementBasisText,
  requisitionLines,
  requisitionWorkItems,
  roomOptionText,
  roomText,
  roundOrder,
  schoolToday,
  type WaitingRequisition,
} from './storeroom';

const zh = (z: string) => z;
const en = (_: string, e: string) => e;

const class32 = { id: 'r1', number: '302', name: 'Class 3-2 (三年级2班)', building: { name: '教学楼A' }, campus: { name: '东校区' } };

describe('rooms and lines as the storeroom pages write them', () => {
  it('names a room by building, number and name, the campus only when asked', () => {
    expect(roomText(class32)).toBe('教学楼A 302 Class 3-2 (三年级2班)');
    expect(roomText({ id: 's', number: '101', name: '101', building: { name: '综合楼' } })).toBe('综合楼 101');
    expect(roomText(null)).toBe('—');
    expect(roomOptionText(class32, true)).toBe('东校区 教学楼A 302 Class 3-2 (三年级2班)');
    expect(roomOptionText(class32, false)).toBe('教学楼A 302 Class 3-2 (三年级2班)');
  });

  it('writes a requisition’s lines with their units in either language', () => {
    const lines = [
      { quantity: 2, item: { name: '白粉笔', unit: 'BOX' } },
      { quantity: 1, item: { name: '扫帚', unit: 'HANDLE' } },
    ];
    expect(linesText(lines, zh)).toBe('白粉笔 2 盒、扫帚 1 把');
    expect(linesText(lines, en)).toBe('白粉笔 2 box, 扫帚 1 handle');
  });
});

describe('the receipt form (入库单) in yuan', () => {
  it('normalises typed prices to the graph’s yuan strings without floats and drops empty lines', () => {
    const result = receiptLines(
      [{ itemId: 'chalk', quantity: 50, unitCost: '12.5' }, {}, { itemId: 'broom', quantity: 3, unitCost: '¥1,200' }],
      zh,
    );
    expect(result.errors).toEqual([]);
    expect(result.lines).toEqual([
      { itemId: 'chalk', quantity: 50, unitCost: '12.50' },
      { itemId: 'broom', quantity: 3, unitCost: '1200.00' },
    ]);
  });

  it('names the field at fault like the graph does (lines.<i>.unitCost) and sends nothing', () => {
    const result = receiptLines(
      [
        { itemId: 'chalk', quantity: 50, unitCost: '12.555' },
        { itemId: 'broom', quantity: 0, unitCost: '3' },
        { quantity: 1, unitCost: '-2' },
      ],
      en,
    );
    expect(result.lines).toEqual([]);
    expect(result.errors.map((e) => e.name.join('.'))).toEqual([
      'lines.0.unitCost',
      'lines.1.quantity',
      'lines.2.itemId',
      'lines.2.unitCost',
    ]);
  });

  it('asks for at least one line', () => {
    expect(receiptLines([{}], en).errors.map((e) => e.name)).toEqual([['lines']]);
  });

  it('totals the typed lines in fen: 0.1 × 3 is exactly 30 fen', () => {
    expect(
      receiptTotalFen([
        { quantity: 3, unitCost: '0.1' },
        { quantity: 50, unitCost: '12.50' },
        { quantity: 2, unitCost: 'x' },
      ]),
    ).toBe(30 + 62_500);
  });
});

describe('the requisition form (领用申请)', () => {
  it('adds up the same item asked twice and drops empty or zero lines', () => {
    expect(
      requisitionLines([
        { itemId: 'chalk', quantity: 1 },
        { itemId: 'broom', quantity: 0 },
        { quantity: 3 },
        { itemId: 'chalk', quantity: 1 },
      ]),
    ).toEqual([{ itemId: 'chalk', quantity: 2 }]);
  });
});

describe('weeks of the replacement list', () => {
  it('counts weeks Monday to Sunday, across months and years', () => {
    expect(mondayOf('2026-12-02')).toBe('2026-11-30'); // a Wednesday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // Sunday belongs to the week before
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(addDays('2026-11-30', 6)).toBe('2026-12-06');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('takes today at the school in Shanghai, not in UTC', () => {
    expect(schoolToday(new Date('2026-12-01T17:30:00Z'))).toBe('2026-12-02');
    expect(schoolToday(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-01');
  });

  it('explains a prediction from what the graph gives', () => {
    const basis = {
      requisitionCount: 7,
      intervalsUsed: [20, 21, 21, 22, 21, 20],
      medianDaysPerUnit: 21,
      lastQuantity: 1,
      lastRequisitionedOn: '2026-11-12',
      expectedDays: 21,
      predictedOn: '2026-12-03',
    };
    expect(replacementBasisText(basis, zh)).toBe('7 次领用；每件约 21 天（近 6 次间隔中位数）× 上次 1 = 21 天：2026-11-12 → 2026-12-03');
    expect(replacementBasisText({ ...basis, medianDaysPerUnit: 10.333333 }, en)).toContain('~10.3 days (median of the last 6 intervals)');
  });

  it('orders the round by campus, building, room number (numerically) and item', () => {
    const row = (roomId: string, building: string, number: string, item: string) => ({
      roomId,
      room: { id: roomId, number, name: number, building: { name: building }, campus: { name: '本部' } },
      item: { name: item },
    });
    const ordered = roundOrder([
      row('c', '教学楼A', '310', '扫帚'),
      row('a', '教学楼A', '302', '扫帚'),
      row('b', '教学楼A', '1001', '拖把'),
      row('a', '教学楼A', '302', '拖把'),
    ]);
    expect(ordered.map((r) => `${r.room.number}${r.item.name}`)).toEqual(['302扫帚', '302拖把', '310扫帚', '1001拖把']);
  });
});

describe('requisitions waiting for the viewer in My work', () => {
  const base: WaitingRequisition = {
    id: 'q1',
    status: 'REQUESTED',
    createdAt: '2026-12-02T01:00:00Z',
    purpose: '期末复习',
    viewerActions: [],
    estimatedValue: { yuan: '25.00', fen: 2500 },
    requester: { name: '周静' },
    room: class32,
    lines: [{ quantity: 2, item: { name: '白粉笔', unit: 'BOX' } }],
  };

  it('lists each requisition once with what the viewer does, leaving out those they can only reject or not touch', () => {
    const items = requisitionWorkItems(
      [
        [{ ...base, id: 'mine', status: 'ISSUED', viewerActions: ['CONFIRM_RECEIPT'] }],
        [
          { ...base, id: 'q1', viewerActions: ['ISSUE', 'REJECT'] },
          { ...base, id: 'q2', viewerActions: ['REJECT'] },
          { ...base, id: 'q3', viewerActions: [] },
          { ...base, id: 'q4', viewerActions: ['APPROVE', 'REJECT'] },
        ],
        [{ ...base, id: 'q1', viewerActions: ['ISSUE', 'REJECT'] }],
      ],
      zh,
    );
    expect(items.map((i) => [i.id, i.tag?.text])).toEqual([
      ['mine', '待签收'],
      ['q1', '待发放'],
      ['q4', '待审批'],
    ]);
    expect(items[0]).toMatchObject({
      to: '/facilities/requisitions/mine',
      title: '教学楼A 302 Class 3-2 (三年级2班)：白粉笔 2 盒',
      subtitle: '周静 · 期末复习',
      amount: { yuan: '25.00', fen: 2500 },
    });
  });

  it('names a department when the requisition is for one', () => {
    const [item] = requisitionWorkItems([[{ ...base, room: null, department: { name: '总务处' }, viewerActions: ['APPROVE'] }]], en);
    expect(item.title).toBe('总务处：白粉笔 2 box');
    expect(item.tag?.text).toBe('To approve');
  });
});
