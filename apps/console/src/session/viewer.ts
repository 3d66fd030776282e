import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql';
import type { PermittedAction } from '../shared/permissions';

/** Who is signed in and what they hold: read once per session, used by the menu and every gate. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      username
      displayName
      districtId
      staffId
      roles {
        role
        schoolId
        school {
          id
          name
          timeZone
        }
      }
    }
  }
`);

/** Everything the services' permission tables allow the viewer, merged. */
export function viewerPermissions(_viewer: object): PermittedAction[] {
  return [];
}

export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.me ?? null, loading, error };
}
