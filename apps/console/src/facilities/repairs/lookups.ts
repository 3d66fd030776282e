import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { collectAllPages, MAX_PAGE_SIZE } from '../../shared/paging';
import type { StoreRoomRef } from '../storeroom/storeroom';
import { FacilitiesRepairRoomsQuery, FacilitiesRepairStaffQuery } from './operations';

export interface RepairStaffRef {
  id: string;
  name: string;
  employeeNumber: string;
  posts: readonly string[];
}

/**
 * Every item of a school's list, walked page by page (at most 3000) while `schoolId` is set; an empty
 * list when it cannot be read (the form still works, the graph refuses what it must).
 */
function useSchoolList<T>(
  schoolId: string | undefined,
  fetchPage: (
    schoolId: string,
    after: string | null,
  ) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>,
) {
  const [state, setState] = useState<{ schoolId: string; items: T[] } | null>(null);
  useEffect(() => {
    if (!schoolId) return;
    let live = true;
    void collectAllPages((after) => fetchPage(schoolId, after), 3000).then(
      (all) => live && setState({ schoolId, items: all.items }),
      () => live && setState({ schoolId, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [schoolId, fetchPage]);
  const current = state && state.schoolId === schoolId ? state : null;
  return { items: current?.items ?? [], loading: !!schoolId && !current };
}

/** The school's rooms (where a problem is: the report and triage forms). */
export function useRepairRooms(schoolId: string | undefined): { rooms: StoreRoomRef[]; loading: boolean } {
  const client = useApolloClient();
  const [fetchPage] = useState(() => async (id: string, after: string | null) => {
    const result = await client.query({ query: FacilitiesRepairRoomsQuery, variables: { schoolId: id, first: MAX_PAGE_SIZE, after } });
    return result.data!.rooms;
  });
  const { items, loading } = useSchoolList<StoreRoomRef>(schoolId, fetchPage);
  return { rooms: items, loading };
}

/** The school's current staff with their posts (the assignment picker, 派工). */
export function useRepairStaff(schoolId: string | undefined): { staff: RepairStaffRef[]; loading: boolean } {
  const client = useApolloClient();
  const [fetchPage] = useState(() => async (id: string, after: string | null) => {
    const result = await client.query({ query: FacilitiesRepairStaffQuery, variables: { schoolId: id, first: MAX_PAGE_SIZE, after } });
    return result.data!.staff;
  });
  const { items, loading } = useSchoolList<RepairStaffRef>(schoolId, fetchPage);
  return { staff: items, loading };
}
