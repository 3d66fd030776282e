/** What a GraphQL endpoint answered, with the HTTP status and headers for assertions on them. */
export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface GraphQLClient {
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** A tiny GraphQL-over-HTTP client (real HTTP, JSON body, as a frontend would send). */
export function graphqlClient(url: string, headers: Record<string, string> = {}): GraphQLClient {
  return {
    async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
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
