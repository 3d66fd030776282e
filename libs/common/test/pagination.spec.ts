import { encodeCursor, newId, resolvePage, toPage } from '../src';

describe('pagination bounds', () => {
  it('defaults to 20 and accepts 1 to 100', () => {
    expect(resolvePage({})).toEqual({ limit: 20, afterId: null });
    expect(resolvePage({ first: 1 }).limit).toBe(1);
    expect(resolvePage({ first: 100 }).limit).toBe(100);
  });

  it.each([0, -1, 101, 10_000])('refuses first = %s naming the field', (first) => {
    expect(() => resolvePage({ first })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
    );
  });

  it('round-trips cursors and refuses forged ones', () => {
    const id = newId();
    expect(resolvePage({ after: encodeCursor(id) }).afterId).toBe(id);
    expect(() => resolvePage({ after: 'garbage' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'after' }) }),
    );
    expect(() => resolvePage({ after: Buffer.from("x' OR 1=1 --").toString('base64url') })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'after' }) }),
    );
  });

  it('builds a page from limit + 1 rows', () => {
    const rows = [newId(), newId(), newId()].map((id) => ({ id }));
    const page = toPage(rows, 2);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(rows[1].id) });
    expect(toPage([], 2).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
