/**
 * A test's view of a GraphQL answer: untyped by default, so a story reads `data.purchaseRequest.status`
 * without declaring each operation's shape (the schema tests check the shapes).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyData = any;

/** What a GraphQL endpoint answered, with the HTTP status and headers for assertions on them. */
export interface GraphQLResponse<T = AnyData> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, AnyData> }[];
}

export interface GraphQLClient {
  request<T = AnyData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** A tiny GraphQL-over-HTTP client (real HTTP, JSON body, as a frontend would send). */
export function graphqlClient(url: string, headers: Record<string, string> = {}): GraphQLClient {
  return {
    async request<T = AnyData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: { data?: T; errors?: GraphQLResponse['errors'] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`Not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
      }
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
  };
}

/** The error codes of a response, for `expect(codes(r)).toEqual(['NOT_FOUND'])`. */
export function codes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}
