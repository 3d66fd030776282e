import { describe, expect, it } from 'vitest';
import { numberedSections, roundProgress } from './inspections';

describe('a round on the page', () => {
  it('numbers items across sections as the graph does', () => {
    const sections = numberedSections([
      { title: '消防', items: [{ text: 'a' }, { text: 'b' }] },
      { title: '用电', items: [{ text: 'c' }] },
    ]);
    expect(sections.map((s) => s.items.map((i) => i.index))).toEqual([[0, 1], [2]]);
  });

  it('counts required answers and names what keeps it from submission', () => {
    const items = [
      { required: true, photoRequired: false },
      { required: true, photoRequired: true },
      { required: false, photoRequired: false },
    ];
    expect(roundProgress(items, [{ itemIndex: 1, result: 'FAIL', photoRefs: [] }])).toEqual({
      answered: 1,
      required: 2,
      missing: [0],
      withoutPhoto: [1],
    });
    expect(roundProgress(items, [{ itemIndex: 1, result: 'NOT_APPLICABLE', photoRefs: [] }]).withoutPhoto).toEqual([]);
  });
});
