import { keysetBatches } from '../src';

/** A job's table of ids in creation order, answered `size` at a time after an id, with the statements counted. */
function table(count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({ id: `row-${String(i).padStart(4, '0')}` }));
  const asked: string[] = [];
  const fetch = async (afterId: string, size: number) => {
    asked.push(afterId);
    return rows.filter((r) => r.id > afterId).slice(0, size);
  };
  return { asked, fetch };
}

async function readAll(count: number, size: number) {
  const { asked, fetch } = table(count);
  const seen: string[] = [];
  for await (const batch of keysetBatches(fetch, size)) seen.push(...batch.map((r) => r.id));
  return { seen, asked };
}

describe('a job reading its rows batch by batch (keysetBatches)', () => {
  it('reads every row once, in order, each batch after the last id read', async () => {
    const { seen, asked } = await readAll(1203, 500);
    expect(seen).toHaveLength(1203);
    expect(new Set(seen).size).toBe(1203);
    expect(seen).toEqual([...seen].sort());
    expect(asked).toEqual(['', 'row-0499', 'row-0999']);
  });
  it('stops after a short batch, and asks once more after a full last one (it cannot know it was the last)', async () => {
    expect((await readAll(0, 500)).asked).toEqual(['']);
    expect((await readAll(499, 500)).asked).toEqual(['']);
    expect((await readAll(1000, 500)).asked).toEqual(['', 'row-0499', 'row-0999']);
  });
  it('stops early when the reader breaks out', async () => {
    const { asked, fetch } = table(2000);
    for await (const batch of keysetBatches(fetch, 100)) if (batch[0].id >= 'row-0200') break;
    expect(asked).toEqual(['', 'row-0099', 'row-0199']);
  });
});
