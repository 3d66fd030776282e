import { describe, expect, it } from 'vitest';
import { stocktakeWorkItems } from './work-items';

const zh = (z: string) => z;

describe('stocktakeWorkItems', () => {
  it('lists the closed stocktakes the viewer may approve, with their differences counted, and leaves out those they closed', () => {
    const items = stocktakeWorkItems(
      [
        {
          id: 's1',
          scope: 'ROOM',
          note: null,
          closedAt: '2026-12-02T08:00:00.000Z',
          createdAt: '2026-12-01T08:00:00.000Z',
          viewerActions: ['APPROVE', 'REJECT'],
          room: { number: '302', name: '三年级2班', building: { name: '教学楼A' } },
          summary: { missing: 1, wrongRoom: 2, unregistered: 3 },
        },
        { id: 's2', scope: 'SCHOOL', createdAt: '2026-12-01T08:00:00.000Z', viewerActions: [] },
      ],
      zh,
    );
    expect(items).toEqual([
      {
        id: 's1',
        to: '/facilities/stocktakes/s1',
        title: '资产盘点：教学楼A 302 三年级2班',
        tag: { text: '待审批', color: 'gold' },
        subtitle: '盘亏 1 · 位置不符 2 · 无账 3',
        at: '2026-12-02T08:00:00.000Z',
      },
    ]);
  });
});
