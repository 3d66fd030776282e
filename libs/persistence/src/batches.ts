/**
 * Pages through rows by id (keyset, the UUIDv7 creation order) for a job or a backfill: yields each batch
 * `fetch` answers (at most `size` rows after the last one's id), from the start, until a shorter one. A row the
 * loop changes does not move it: the next batch starts after the last id read, whatever was written.
 */
export async function* keysetBatches<T extends { id: string }>(
  fetch: (afterId: string, size: number) => Promise<T[]>,
  size: number,
): AsyncGenerator<T[]> {
  for (let afterId = ''; ;) {
    const batch = await fetch(afterId, size);
    yield batch;
    if (batch.length < size) return;
    afterId = batch[batch.length - 1].id;
  }
}
