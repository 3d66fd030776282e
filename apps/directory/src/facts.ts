/**
 * What the directory tells other services (docs/events.md, "What the directory publishes"): each
 * concept's `<concept>.events.ts` builds its facts from its rows and publishes them in the mutation's
 * transaction, so a refused or rolled-back change publishes nothing.
 */

/** The names of the facts whose values differ (compared as JSON, so lists compare by content). */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(String);
}
