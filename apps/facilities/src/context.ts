import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { DirectoryCopyService } from '@houqin/directory-copy';
import type { PlaceService } from './place/place.service';

/**
 * Per-request context of the facilities subgraph: one instance of each concept's service. Each
 * concept adds its own line (and its construction in subgraph.ts's createContext).
 */
export interface FacilitiesContext extends SubgraphContext {
  /** The clock every "today" is read from (depreciation months, due replacements, meter days); tests pass a fixed one. */
  now: () => Date;
  /** Facilities' copy of the directory's schools, campuses and staff (@houqin/directory-copy). */
  directoryCopy: DirectoryCopyService;
  /** Buildings and rooms, with their QR links (place/). */
  places: PlaceService;
}
