import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import type { FacilitiesPlacesTreeQuery } from '../../graphql/graphql';
import { FacilitiesPlacesTreeQuery as TreeQuery } from './operations';

export type PlacesBuilding = FacilitiesPlacesTreeQuery['buildings']['nodes'][number];

/**
 * Every building of a school with its floors and rooms, for the tree and the label sheets. Asked for
 * 20 buildings at a time (the gateway's cost limit: each brings all its rooms), the next page fetched
 * as soon as one arrives, so a school with many buildings fills in rather than failing.
 */
export function useSchoolPlaces(schoolId: string | undefined) {
  const { data, loading, error, refetch, fetchMore } = useQuery(TreeQuery, { variables: { schoolId }, skip: !schoolId });
  const page = data?.buildings.pageInfo;
  const after = page?.hasNextPage ? page.endCursor : null;
  useEffect(() => {
    if (!after) return;
    void fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        buildings: { ...fetchMoreResult.buildings, nodes: [...previous.buildings.nodes, ...fetchMoreResult.buildings.nodes] },
      }),
    });
  }, [after, fetchMore]);
  const buildings: readonly PlacesBuilding[] = useMemo(() => data?.buildings.nodes ?? [], [data]);
  return { buildings, loading: loading || Boolean(after), error, data, refetch };
}
