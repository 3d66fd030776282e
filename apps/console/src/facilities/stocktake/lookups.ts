import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { collectAllPages, MAX_PAGE_SIZE } from '../../shared/paging';
import { FacilitiesStocktakeRoomsQuery } from './operations';

export interface StocktakeRoom {
  id: string;
  number: string;
  name: string;
  qrCode: string;
  campusId: string;
  building: { name: string };
}

/** How a room is shown: "教学楼A 302 三年级2班". */
export const roomLabel = (r: { number: string; name: string; building: { name: string } }): string =>
  `${r.building.name} ${r.number} ${r.name}`;

/** Every room of a school (walked page by page, at most 3000), for opening a stocktake and picking the room scanned. */
export function useSchoolRooms(schoolId: string | undefined): { rooms: StocktakeRoom[]; loading: boolean } {
  const client = useApolloClient();
  const [loaded, setLoaded] = useState<{ schoolId: string; rooms: StocktakeRoom[] } | null>(null);
  useEffect(() => {
    if (!schoolId) return;
    let live = true;
    void collectAllPages(async (after) => {
      const result = await client.query({ query: FacilitiesStocktakeRoomsQuery, variables: { schoolId, first: MAX_PAGE_SIZE, after } });
      return result.data!.rooms;
    }, 3000).then(
      ({ items }) => live && setLoaded({ schoolId, rooms: items }),
      () => live && setLoaded({ schoolId, rooms: [] }),
    );
    return () => {
      live = false;
    };
  }, [client, schoolId]);
  const current = loaded && loaded.schoolId === schoolId ? loaded.rooms : null;
  return { rooms: current ?? [], loading: !!schoolId && !current };
}
