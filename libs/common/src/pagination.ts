import 'reflect-metadata';
import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';
import { isId } from './ids';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where this page ends and whether another follows (Relay cursor pagination).' })
@Directive('@shareable') // every subgraph defines the same PageInfo
export class PageInfo {
  @Field({ description: 'True when a further page exists; ask for it with `after: endCursor`.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; null on an empty page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 1 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when omitted.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (a previous page's `endCursor`)." })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
}

/** A keyset window: how many rows to fetch and after which id. */
export interface PageWindow {
  limit: number;
  afterId: string | null;
}

export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** Checks `first` and `after` against the bounds; bad values are BAD_USER_INPUT on that field. */
export function resolvePage(args: PageArgs = {}): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  let afterId: string | null = null;
  if (args.after != null) {
    afterId = Buffer.from(args.after, 'base64url').toString('utf8');
    if (!isId(afterId)) throw badInput('after', 'after is not a cursor returned by this list.');
  }
  return { limit: first, afterId };
}

/**
 * Builds a page from rows fetched with `limit + 1` (the extra row only tells that more exist).
 * Cursors encode each row's keyset key: its `id`, or what `keyOf` returns (e.g. a grouped column).
 */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T>;
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string): Page<T>;
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string = (row) => (row as unknown as { id: string }).id): Page<T> {
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(keyOf(last)) : null },
  };
}

/** The same page with every node mapped; cursors and page info unchanged. */
export function mapPage<T, U>(page: Page<T>, map: (node: T) => U): Page<U> {
  const nodes = page.nodes.map(map);
  return { nodes, edges: page.edges.map((edge, i) => ({ node: nodes[i], cursor: edge.cursor })), pageInfo: page.pageInfo };
}

/**
 * Makes the `XConnection` and `XEdge` object types for a node type. Use as
 * `@ObjectType() class SchoolConnection extends Connection(School, 'School') {}`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => nodeType)
    node: T;

    @Field({ description: 'Opaque position of this item; pass it as `after` to continue.' })
    cursor: string;
  }

  // Not reachable from any resolver by itself, so type-graphql does not emit it; subclasses inherit its fields.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'Items with their cursors.' })
    edges: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page, in order (a shortcut for edges.node).' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}
