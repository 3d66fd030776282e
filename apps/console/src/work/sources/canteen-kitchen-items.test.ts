import { describe, expect, it } from 'vitest';
import { openMealServiceItems } from './canteen-kitchen-items';

const t = (zh: string) => zh;

describe('open meal services as work', () => {
  it('lists the oldest first, missing samples first in the tag, overdue counts marked', () => {
    const items = openMealServiceItems(
      [
        {
          id: 'b',
          servedOn: '2026-03-02',
          meal: 'LUNCH',
          createdAt: '2026-03-02T00:00:00Z',
          canteen: { name: '东校区食堂' },
          missingSamples: [],
        },
        {
          id: 'a',
          servedOn: '2026-03-01',
          meal: 'LUNCH',
          createdAt: '2026-03-01T00:00:00Z',
          canteen: null,
          missingSamples: [{ problem: 'UNSAMPLED' }, { problem: 'SHORT' }],
        },
        { id: 'c', servedOn: '2026-03-01', meal: 'DINNER', createdAt: '2026-03-01T00:00:00Z', missingSamples: [] },
      ],
      '2026-03-02',
      t,
    );
    expect(items.map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(items[0]).toMatchObject({
      to: '/canteen/meal-services/a',
      title: '2026-03-01 午餐',
      tag: { text: '2 道菜未留样/不足', color: 'red' },
    });
    expect(items[1].tag).toEqual({ text: '逾期未记录人数', color: 'orange' });
    expect(items[2]).toMatchObject({ subtitle: '东校区食堂', tag: { text: '待记录人数', color: 'blue' } });
  });
});
