import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { collectAllPages, MAX_PAGE_SIZE } from '../../shared/paging';
import { FacilitiesConsumableItemsQuery, FacilitiesStoreRoomsQuery } from './operations';
import type { StoreRoomRef } from './storeroom';

export interface ConsumableRef {
  id: string;
  name: string;
  unit: string;
  category: string;
  stockQuantity: number;
  atOrBelowReorderPoint: boolean;
  standardUnitCost: { yuan: string; fen: number };
  lastUnitCost?: { yuan: string; fen: number } | null;
}

export interface StoreLookups {
  items: ConsumableRef[];
  rooms: StoreRoomRef[];
  storerooms: StoreRoomRef[];
  loading: boolean;
}

/**
 * What the storeroom pages choose among for a school: its consumables register, its storerooms and
 * (when `withRooms`) every room, walked page by page (at most 3000 each).
 */
export function useStoreLookups(schoolId: string | undefined, withRooms = false): StoreLookups {
  const client = useApolloClient();
  const [state, setState] = useState<(Omit<StoreLookups, 'loading'> & { schoolId: string }) | null>(null);
  useEffect(() => {
    if (!schoolId) return;
    let live = true;
    const rooms = (kind: 'STOREROOM' | null) =>
      collectAllPages(async (after) => {
        const result = await client.query({
          query: FacilitiesStoreRoomsQuery,
          variables: { schoolId, kind, first: MAX_PAGE_SIZE, after },
        });
        return result.data!.rooms;
      }, 3000);
    void Promise.all([
      collectAllPages(async (after) => {
        const result = await client.query({
          query: FacilitiesConsumableItemsQuery,
          variables: { filter: { schoolId }, first: MAX_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        });
        return result.data!.consumableItems;
      }, 3000),
      rooms('STOREROOM'),
      withRooms ? rooms(null) : Promise.resolve({ items: [] as StoreRoomRef[] }),
    ]).then(
      ([items, storerooms, all]) =>
        live && setState({ schoolId, items: items.items as ConsumableRef[], storerooms: storerooms.items, rooms: all.items }),
      () => live && setState({ schoolId, items: [], storerooms: [], rooms: [] }),
    );
    return () => {
      live = false;
    };
  }, [client, schoolId, withRooms]);
  const current = state && state.schoolId === schoolId ? state : null;
  return {
    items: current?.items ?? [],
    rooms: current?.rooms ?? [],
    storerooms: current?.storerooms ?? [],
    loading: !!schoolId && !current,
  };
}
