import { describe, expect, it } from 'vitest';
import { withRestOf } from './paging';

describe('withRestOf', () => {
  it('appends every later page after the one shown, asking from each end cursor', async () => {
    const asked: string[] = [];
    const pages: Record<string, { nodes: number[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = {
      c1: { nodes: [3, 4], pageInfo: { hasNextPage: true, endCursor: 'c2' } },
      c2: { nodes: [5], pageInfo: { hasNextPage: false, endCursor: 'c3' } },
    };
    const all = await withRestOf({ nodes: [1, 2], pageInfo: { hasNextPage: true, endCursor: 'c1' } }, async (after) => {
      asked.push(after);
      return pages[after];
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual(['c1', 'c2']);
  });

  it('fetches nothing when the page shown is the last, and stops when a fetch answers nothing', async () => {
    let fetched = 0;
    const fetchPage = async () => {
      fetched += 1;
      return undefined;
    };
    expect(await withRestOf({ nodes: [1], pageInfo: { hasNextPage: false, endCursor: 'c1' } }, fetchPage)).toEqual([1]);
    expect(fetched).toBe(0);
    expect(await withRestOf({ nodes: [1], pageInfo: { hasNextPage: true, endCursor: 'c1' } }, fetchPage)).toEqual([1]);
    expect(fetched).toBe(1);
    expect(await withRestOf(undefined, fetchPage)).toEqual([]);
  });
});
