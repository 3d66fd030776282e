import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * No subgraph field carries a `@cacheControl` hint, and the gateway reads a subgraph answer without a
 * cacheable `cache-control` as uncacheable; yet Apollo Server's default cache-control plugin hooked
 * every resolved field to work that out (its willResolveField: ~1.5% of the directory's CPU under
 * the gateway bench, a staff page resolving some 200 fields). It is off; every GraphQL answer still
 * says `cache-control: no-store`, as the plugin made it say.
 */
export function noCacheHints<C extends BaseContext>(): ApolloServerPlugin<C>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
