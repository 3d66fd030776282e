import { describe, expect, it } from 'vitest';
import { secondInspectionItems, stockDecisionItems } from './canteen-stores-items';

const t = (zh: string) => zh;
const delivery = (id: string, inspectorAccountId: string) => ({
  id,
  deliveredOn: '2026-12-02',
  createdAt: '2026-12-02T01:00:00Z',
  inspectorAccountId,
  acceptedTotal: { yuan: '210.00', fen: 21000 },
  supplier: { name: '丰收粮油' },
  canteen: { name: '本部食堂' },
  school: { name: '第一实验小学' },
});

describe('the canteen’s work', () => {
  it('gives the second inspection of every waiting delivery but the viewer’s own, linking to it', () => {
    const items = secondInspectionItems([delivery('d1', 'storekeeper'), delivery('d2', 'director')], 'director', t);
    expect(items.map((i) => i.id)).toEqual(['d1']);
    expect(items[0]).toMatchObject({
      to: '/canteen/deliveries/d1',
      title: '丰收粮油 2026-12-02 到货',
      subtitle: '本部食堂 · 第一实验小学',
      amount: { fen: 21000 },
    });
  });

  it('gives the director stocktakes and write-offs others submitted, counting the lots with a difference', () => {
    const items = stockDecisionItems(
      [
        {
          id: 's1',
          canteenId: 'c1',
          createdAt: 'x',
          submittedByAccountId: 'storekeeper',
          counts: [{ difference: 0 }, { difference: -200 }, { difference: 50 }],
        },
        { id: 's2', canteenId: 'c1', createdAt: 'x', submittedByAccountId: 'director', counts: [] },
      ],
      [
        {
          id: 'w1',
          createdAt: 'x',
          requestedByAccountId: 'storekeeper',
          reason: '霉变',
          quantityToWriteOff: { display: '2 kg' },
          lotId: 'l1',
        },
        {
          id: 'w2',
          createdAt: 'x',
          requestedByAccountId: 'director',
          reason: '过期',
          quantityToWriteOff: { display: '1 kg' },
          lotId: 'l2',
        },
      ],
      'director',
      (id) => (id === 'c1' ? '本部食堂' : undefined),
      t,
    );
    expect(items.map((i) => [i.id, i.to, i.title])).toEqual([
      ['s1', '/canteen/stocktakes/s1', '盘点：2 个批次有差异'],
      ['w1', '/canteen/write-offs/w1', '报损 2 kg：霉变'],
    ]);
    expect(items[0].subtitle).toBe('本部食堂');
  });
});
