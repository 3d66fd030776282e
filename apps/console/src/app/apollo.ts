import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client';
import { endSession, readSession } from '../session/token-store';

/**
 * The one client of the console. Every request goes to /graphql on the console's own origin (the
 * server in front proxies it to the gateway) with the session's token; an UNAUTHENTICATED answer
 * (expired or revoked token, deactivated account) ends the session, and the app returns to sign-in
 * with a message rather than showing a blank page.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const session = readSession();
    return session ? { headers: { ...previous.headers, authorization: `Bearer ${session.token}` } } : {};
  });
  const expiry = new ErrorLink(({ error, operation }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => (e.extensions as { code?: string } | undefined)?.code === 'UNAUTHENTICATED');
    // A failed sign-in is the sign-in form's own error, not an expired session.
    if (unauthenticated && operation.operationName !== 'SignIn' && readSession()) endSession('expired');
  });
  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      // Connections are paged by the pages themselves (one page at a time, cursors in the URL state),
      // so the cache keeps each page's result as it came.
      typePolicies: { Money: { keyFields: false }, PageInfo: { keyFields: false } },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
