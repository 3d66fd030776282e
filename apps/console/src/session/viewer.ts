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
      directoryPermissions {
        action
        everywhere
        schoolIds
      }
      financePermissions {
        action
        everywhere
        schoolIds
      }
      canteenPermissions {
        action
        everywhere
        schoolIds
      }
      facilitiesPermissions {
        action
        everywhere
        schoolIds
      }
      safetyPermissions {
        action
        everywhere
        schoolIds
      }
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

/**
 * Everything the services' permission tables allow the viewer, merged. A new service adds its
 * `<service>Permissions` field to the query above and here (docs/adding-a-subgraph.md).
 */
export function viewerPermissions(viewer: {
  directoryPermissions: readonly PermittedAction[];
  financePermissions: readonly PermittedAction[];
  canteenPermissions: readonly PermittedAction[];
  facilitiesPermissions: readonly PermittedAction[];
  safetyPermissions: readonly PermittedAction[];
}): PermittedAction[] {
  return [
    ...viewer.directoryPermissions,
    ...viewer.financePermissions,
    ...viewer.canteenPermissions,
    ...viewer.facilitiesPermissions,
    ...viewer.safetyPermissions,
  ];
}

export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.me ?? null, loading, error };
}
