import { createContext, useContext } from 'react';
import { DEFAULT_SCHOOL_ZONE } from '../shared/dates';

/** The zone the viewer's dates are shown in: their school's, or the district default. */
export const SchoolZoneContext = createContext<string>(DEFAULT_SCHOOL_ZONE);

export function useSchoolZone(): string {
  return useContext(SchoolZoneContext);
}
