import { useCallback, useMemo, useState } from 'react';

/** A page of a Relay connection as every list of the graph answers it. */
export interface ConnectionPage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The graph's bound on `first`; the console asks for pages of 20 unless a page says otherwise. */
export const MAX_PAGE_SIZE = 100;

/**
 * Cursor paging for one list: forward with the page's `endCursor`, back through the cursors already
 * seen. The variables go straight into the query; `reset()` when the filter changes.
 */
export function useCursorPaging(pageSize = 20) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((seen) => [...seen, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return useMemo(
    () => ({ variables: { first: Math.min(pageSize, MAX_PAGE_SIZE), after }, pageNumber: cursors.length, next, previous, reset }),
    [pageSize, after, cursors.length, next, previous, reset],
  );
}

/** Walks every page of a connection (an export of what is filtered), up to `limit` items. */
export async function collectAllPages<T>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<T>>,
  limit = 10_000,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ConnectionPage<T> = await fetchPage(after);
    items.push(...page.nodes);
    if (items.length >= limit) return { items: items.slice(0, limit), truncated: true };
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return { items, truncated: false };
    after = page.pageInfo.endCursor;
  }
}

/**
 * A connection's nodes with every later page's after them (a page already shown, then "load all"):
 * `fetchPage(after)` fetches the page after a cursor; nothing more is fetched when the first has no next page.
 */
export async function withRestOf<T>(
  first: ConnectionPage<T> | undefined,
  fetchPage: (after: string) => Promise<ConnectionPage<T> | undefined>,
): Promise<T[]> {
  const nodes = [...(first?.nodes ?? [])];
  let page = first;
  while (page?.pageInfo.hasNextPage && page.pageInfo.endCursor) {
    page = await fetchPage(page.pageInfo.endCursor);
    nodes.push(...(page?.nodes ?? []));
  }
  return nodes;
}
