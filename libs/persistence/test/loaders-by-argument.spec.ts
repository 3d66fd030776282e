import DataLoader from 'dataloader';
import { LoadersByArgument } from '../src';

describe('a batched field asked for a page of schools with its arguments (LoadersByArgument)', () => {
  it('batches the schools asked with the same month into one fetch, and another month into its own', async () => {
    const fetched: string[][] = [];
    const loaders = new LoadersByArgument<string, DataLoader<string, string>>();
    const figureOf = (schoolId: string, month: string) =>
      loaders
        .get(
          month,
          () =>
            new DataLoader<string, string>(async (ids) => {
              fetched.push([month, ...ids]);
              return ids.map((id) => `${id}@${month}`);
            }),
        )
        .load(schoolId);
    const figures = await Promise.all([figureOf('s1', '2026-11'), figureOf('s2', '2026-11'), figureOf('s1', '2026-10')]);
    expect(figures).toEqual(['s1@2026-11', 's2@2026-11', 's1@2026-10']);
    expect(fetched).toEqual([
      ['2026-11', 's1', 's2'],
      ['2026-10', 's1'],
    ]);
  });
  it('makes each loader once, however often it is asked for', () => {
    let made = 0;
    const loaders = new LoadersByArgument<number, object>();
    const first = loaders.get(2026, () => ({ made: ++made }));
    expect(loaders.get(2026, () => ({ made: ++made }))).toBe(first);
    expect(loaders.get(2027, () => ({ made: ++made }))).not.toBe(first);
    expect(made).toBe(2);
  });
});
