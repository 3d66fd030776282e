import { describe, expect, it } from 'vitest';
import { labelSheets } from '../places/qr-sheet';
import { assetLabel } from './asset-labels';
import { disposalWorkItems } from './work-items';

describe('asset labels (资产标签)', () => {
  it('encode the tag number the stocktake scans, printed with the name and the room', () => {
    expect(
      assetLabel({
        id: 'a1',
        tagNumber: 'ZC-2026-0001',
        name: '台式计算机',
        room: {
          number: '302',
          name: 'Class 3-2 (三年级2班)',
          building: { name: 'Teaching Building A (教学楼A)' },
          campus: { name: 'East Campus (东校区)' },
        },
      }),
    ).toEqual({ key: 'a1', payload: 'ZC-2026-0001', title: 'ZC-2026-0001', subtitle: '台式计算机 · 东校区 · 教学楼A 302 三年级2班' });
    expect(assetLabel({ id: 'a2', tagNumber: 'ZC-2', name: '笔记本电脑', room: null })).toMatchObject({
      payload: 'ZC-2',
      subtitle: '笔记本电脑',
    });
  });

  it('fill A4 sheets of 24', () => {
    const labels = Array.from({ length: 50 }, (_, i) => assetLabel({ id: `a${i}`, tagNumber: `ZC-${i}`, name: 'x' }));
    expect(labelSheets(labels).map((s) => s.length)).toEqual([24, 24, 2]);
  });
});

describe('My work: disposals to approve', () => {
  it('open the request, with the method, the asset and the level waited for', () => {
    const items = disposalWorkItems(
      [
        {
          id: 'd1',
          method: 'SCRAPPED',
          createdAt: '2026-11-30T02:00:00Z',
          reason: '主板损坏',
          nextApprovalRole: 'PRINCIPAL',
          netBookValue: { yuan: '120.00', fen: 12000 },
          asset: { tagNumber: 'ZC-7', name: '投影仪' },
        },
      ],
      (zh) => zh,
    );
    expect(items).toEqual([
      {
        id: 'd1',
        to: '/facilities/disposals/d1',
        title: '报废：ZC-7 投影仪',
        tag: { text: '待审批（校长）', color: 'gold' },
        subtitle: '主板损坏',
        amount: { yuan: '120.00', fen: 12000 },
        at: '2026-11-30T02:00:00Z',
      },
    ]);
  });
});
