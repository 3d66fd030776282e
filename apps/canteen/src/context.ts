import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { CanteenService } from './canteen/canteen.service';
import type { DirectoryCopyService } from '@houqin/directory-copy';
import type { SupplierCopyService } from '@houqin/supplier-copy';
import type { DeliveryService } from './delivery/delivery.service';
import type { HealthService } from './health/health.service';
import type { AccompaniedMealService } from './accompanied/accompanied.service';
import type { DishRatingService } from './rating/rating.service';
import type { StockService } from './stock/stock.service';
import type { MenuService } from './menu/menu.service';
import type { MealServiceService } from './meal/meal.service';
import type { FoodSampleService } from './sample/sample.service';
import type { IngredientService } from './ingredient/ingredient.service';
import type { SettingsService } from './settings/settings.service';
import type { CanteenReportService } from './report/report.service';

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
  /** The canteen's copy of finance's suppliers: may goods be received from one (@houqin/supplier-copy). */
  supplierCopy: SupplierCopyService;
  /** Receiving inspection (进货查验): deliveries, their items and second inspections (delivery/). */
  deliveries: DeliveryService;
  /** Stock lots, movements, FEFO issues, write-offs and stocktakes (stock/). */
  stock: StockService;
  /** Canteen staff health: roster, health certificates (健康证), morning checks (晨检) (health/). */
  health: HealthService;
  /** Accompanied meals (陪餐) and their gaps (accompanied/). */
  accompaniedMeals: AccompaniedMealService;
  /** Dish ratings and their roll-up per dish (rating/). */
  ratings: DishRatingService;
  /** Recipes, weekly menus, their nutrition check and the public menu (menu/). */
  menus: MenuService;
  /** Meal services (餐次生产记录): plans, duty lists, meal counts, cost per meal, traceability (meal/). */
  meals: MealServiceService;
  /** Food samples (留样) and their disposal (sample/). */
  samples: FoodSampleService;
  /** The district's ingredient catalogue and forbidden foods; `assertUsable` for recipes and deliveries (ingredient/). */
  ingredients: IngredientService;
  /** The district's canteen settings, with the national defaults (settings/). */
  settings: SettingsService;
  reports: CanteenReportService;
}
