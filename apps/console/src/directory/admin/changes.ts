/**
 * The fields of an edit form that differ from the record as read, for an update mutation whose
 * omitted fields "stay as they are": only what changed is sent, so a field someone else changed
 * meanwhile is not written back (the version still catches a stale read).
 * A text cleared in the form is sent as null when `nullable` lists it (e.g. an address), else left out.
 */
export function changedFields<T extends object>(
  original: Partial<Record<keyof T, unknown>>,
  values: Partial<T>,
  nullable: readonly (keyof T)[] = [],
): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    let value = values[key] as unknown;
    if (value === undefined) continue;
    if (typeof value === 'string') value = value.trim();
    if (value === '' || value === null) {
      if (!nullable.includes(key)) continue;
      value = null;
    }
    const before = original[key] ?? null;
    if (sameValue(before, value)) continue;
    changes[key] = value as T[keyof T];
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  return a === b;
}
