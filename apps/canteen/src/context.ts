import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { CanteenService } from './canteen/canteen.service';
import type { DirectoryCopyService } from './directory-copy/directory-copy.service';
import type { SupplierCopyService } from './supplier-copy/supplier-copy.service';
import type { HealthService } from './health/health.service';
import type { StockService } from './stock/stock.service';

/**
 * Per-request context of the canteen subgraph: one instance of each concept's service. Each concept
 * adds its own line (and its construction in subgraph.ts's createContext).
 */
export interface CanteenContext extends SubgraphContext {
  /** The clock every "today" is read from (expiry, morning checks, sample keeping); tests pass a fixed one. */
  now: () => Date;
  /** Canteens and their storage locations (canteen/). */
  canteens: CanteenService;
  /** The canteen's copy of the directory's schools, campuses and staff (directory-copy/). */
  directoryCopy: DirectoryCopyService;
  /** The canteen's copy of finance's suppliers: may goods be received from one (supplier-copy/). */
  supplierCopy: SupplierCopyService;
  /** Stock lots, movements, FEFO issues, write-offs and stocktakes (stock/). */
  stock: StockService;
  /** Canteen staff health: roster, health certificates (健康证), morning checks (晨检) (health/). */
  health: HealthService;
}
