import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { collectAllPages, MAX_PAGE_SIZE } from '../../shared/paging';
import { FacilitiesAssetClassesQuery, FacilitiesAssetRoomsQuery, FacilitiesAssetStaffQuery } from './operations';
import type { RegisterLookups, RoomRef, StaffRef } from './register';

/**
 * What a school's register chooses among: the asset classes, every room and every current staff
 * member of the school (walked page by page, at most 3000 each), for the filters, the form, the moves,
 * the import's choice columns and the export.
 */
export function useRegisterLookups(schoolId: string | undefined): RegisterLookups & { loading: boolean } {
  const client = useApolloClient();
  const classes = useQuery(FacilitiesAssetClassesQuery);
  const [places, setPlaces] = useState<{ schoolId: string; rooms: RoomRef[]; staff: StaffRef[] } | null>(null);
  useEffect(() => {
    if (!schoolId) return;
    let live = true;
    void Promise.all([
      collectAllPages(async (after) => {
        const result = await client.query({ query: FacilitiesAssetRoomsQuery, variables: { schoolId, first: MAX_PAGE_SIZE, after } });
        return result.data!.rooms;
      }, 3000),
      collectAllPages(async (after) => {
        const result = await client.query({ query: FacilitiesAssetStaffQuery, variables: { schoolId, first: MAX_PAGE_SIZE, after } });
        return result.data!.staff;
      }, 3000),
    ]).then(
      ([rooms, staff]) => live && setPlaces({ schoolId, rooms: rooms.items, staff: staff.items }),
      () => live && setPlaces({ schoolId, rooms: [], staff: [] }),
    );
    return () => {
      live = false;
    };
  }, [client, schoolId]);
  const current = places && places.schoolId === schoolId ? places : null;
  return {
    classes: classes.data?.assetClasses ?? [],
    rooms: current?.rooms ?? [],
    staff: current?.staff ?? [],
    loading: classes.loading || (!!schoolId && !current),
  };
}
