import { eventEntities, eventsExtension } from '@houqin/events';
import { schedulerEntities, schedulerExtension } from '@houqin/scheduler';
import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import { CANTEEN_PORT } from './config';
import type { CanteenContext } from './context';
import { School } from './federation/school';
import { Staff } from './federation/staff';
import { Supplier } from './federation/supplier';
import { UserAccount, UserAccountCanteenResolver } from './federation/user-account';
import { canteenMigrations } from './migrations';
import { P } from './permissions';
import { seedCanteenDemo } from './demo/seed';
import { CanteenStep } from './workflow-step.entity';
// Each concept adds its imports below its own heading (resolvers load in this order: it is the schema's field order).
// canteen/
import { Canteen, StorageLocation } from './canteen/canteen.entity';
import { CanteenResolver } from './canteen/canteen.resolver';
import { CanteenService } from './canteen/canteen.service';
import { canteenSql } from './canteen/canteen.store';
import { SchoolCanteensResolver } from './canteen/school-canteens.resolver';
// directory-copy/, supplier-copy/, events/
import { directoryCopyEntities } from '@houqin/directory-copy';
import { DirectoryCopyService } from '@houqin/directory-copy';
import { directoryCopySql } from '@houqin/directory-copy';
import { KnownSupplier, SupplierCopyService, supplierCopySql } from '@houqin/supplier-copy';
import { canteenConsumer } from './events/canteen.consumer';
import { CanteenDeadLetterResolver } from './events/dead-letters';
// ingredient/, settings/, quantity/
import { ForbiddenFood, Ingredient } from './ingredient/ingredient.entity';
import { IngredientResolver } from './ingredient/ingredient.resolver';
import { IngredientService } from './ingredient/ingredient.service';
import { ingredientSql } from './ingredient/ingredient.store';
import { CanteenSettings } from './settings/settings.entity';
import { SettingsResolver } from './settings/settings.resolver';
import { SettingsService } from './settings/settings.service';
// delivery/
import { Delivery, DeliveryItem } from './delivery/delivery.entity';
import { DeliveryItemResolver, DeliveryResolver } from './delivery/delivery.resolver';
import { DeliverySupplierResolver, SupplierDeliveriesResolver } from './delivery/supplier-deliveries.resolver';
import { DeliveryService } from './delivery/delivery.service';
import { deliverySql } from './delivery/delivery.store';
// stock/
import { StockLot, StockMovement } from './stock/stock.entity';
import { StockService } from './stock/stock.service';
import { StockWriteOff, Stocktake, StocktakeCount } from './stock/stock-review.entity';
import { StockLotResolver, StockWriteOffResolver, StocktakeResolver } from './stock/stock.resolver';
import { CanteenStockResolver, StockMovementResolver } from './stock/stock-links.resolver';
import { stockSql } from './stock/stock.store';
// menu/
import { Dish, DishIngredient } from './menu/dish.entity';
import { MenuItem, MenuWeek } from './menu/menu.entity';
import { DishResolver, MenuWeekResolver, RecipeLineResolver } from './menu/menu.resolver';
import { MenuService } from './menu/menu.service';
import { menuSql } from './menu/menu.store';
// meal/, sample/
import { MealService, MealServiceDish, MealServiceDuty } from './meal/meal-service.entity';
import { mealResolvers } from './meal/meal.resolver';
import { MealServiceService } from './meal/meal.service';
import { mealSql } from './meal/meal.store';
import { FoodSample, FoodSampleDisposal } from './sample/sample.entity';
import { FoodSampleResolver } from './sample/sample.resolver';
import { FoodSampleService } from './sample/sample.service';
import { sampleSql } from './sample/sample.store';
import { sampleMissingJob } from './sample/sample-missing.job';
// health/, accompanied/, rating/
import { CanteenStaffMember, HealthCertificate, HealthCertificateAnnouncement, MorningCheck } from './health/health.entity';
import { HealthService } from './health/health.service';
import { healthSql } from './health/health.store';
import { CanteenStaffResolver, HealthCertificateResolver, MorningCheckResolver } from './health/health.resolver';
import { StaffHealthResolver } from './health/staff-health.resolver';
import { certificateExpiryJob } from './health/certificate-expiry.job';
import { certificateExpirySql } from './health/certificate-expiry.store';
import { AccompaniedMeal } from './accompanied/accompanied.entity';
import { AccompaniedMealResolver } from './accompanied/accompanied.resolver';
import { AccompaniedMealService } from './accompanied/accompanied.service';
import { accompaniedSql } from './accompanied/accompanied.store';
import { DishRating } from './rating/rating.entity';
import { DishRatingResolver, DishRatingSummaryResolver } from './rating/rating.resolver';
import { DishRatingService } from './rating/rating.service';
import { ratingSql } from './rating/rating.store';
// report/
import { MenuDayCheck } from './report/menu-day-check.entity';
import { CanteenReportResolver, SchoolCanteenComplianceResolver } from './report/report.resolver';
import { CanteenReportService } from './report/report.service';
import { reportSql } from './report/report.store';

export { canteenEnvSpec, loadCanteenConfig } from './config';
export type { CanteenContext } from './context';
// report/: the report statements and the school-day calendar, for the benchmark (tools/bench/canteen.ts) to EXPLAIN and generate with
export { reportSql } from './report/report.store';
export { schoolDaysBetween } from '@houqin/common';

/** Every table of the canteen database. */
export const canteenEntities = [
  CanteenStep,
  // canteen/
  Canteen,
  StorageLocation,
  // directory-copy/, supplier-copy/
  ...directoryCopyEntities,
  KnownSupplier,
  // ingredient/, settings/
  Ingredient,
  ForbiddenFood,
  CanteenSettings,
  // delivery/
  Delivery,
  DeliveryItem,
  // stock/
  StockLot,
  StockMovement,
  StockWriteOff,
  Stocktake,
  StocktakeCount,
  // menu/
  Dish,
  DishIngredient,
  MenuWeek,
  MenuItem,
  // meal/, sample/
  MealService,
  MealServiceDish,
  MealServiceDuty,
  FoodSample,
  FoodSampleDisposal,
  // health/, accompanied/, rating/
  CanteenStaffMember,
  HealthCertificate,
  MorningCheck,
  HealthCertificateAnnouncement,
  AccompaniedMeal,
  DishRating,
  // report/: each published menu day's nutrition check
  MenuDayCheck,
  // The outbox it publishes from and the inbox of what it consumed; its scheduled jobs' leases.
  ...eventEntities,
  ...schedulerEntities,
];

/** The canteen's scheduled jobs (docs/scheduler.md). */
export const canteenJobs = [
  // health/ (certificates expiring), sample/ (samples missing at the end of a service)
  certificateExpiryJob,
  sampleMissingJob,
];

/**
 * The canteen subgraph: canteens, the ingredient catalogue, receiving inspection, stock lots, menus
 * and nutrition, meal services, food samples and canteen staff health. Extends the directory's
 * `School`, `Staff` and `UserAccount` and finance's `Supplier`.
 */
export interface CanteenOptions {
  /** The clock "today" is read from; the real one by default. */
  now?: () => Date;
}

export function createCanteenSubgraph(options: CanteenOptions = {}): SubgraphDefinition<CanteenContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'canteen',
    defaultPort: CANTEEN_PORT,
    resolvers: [
      // canteen/
      CanteenResolver,
      SchoolCanteensResolver,
      // ingredient/, settings/
      IngredientResolver,
      SettingsResolver,
      // delivery/
      DeliveryResolver,
      DeliveryItemResolver,
      DeliverySupplierResolver,
      SupplierDeliveriesResolver,
      // stock/
      StockLotResolver,
      StockWriteOffResolver,
      StocktakeResolver,
      CanteenStockResolver,
      StockMovementResolver,
      // menu/
      DishResolver,
      RecipeLineResolver,
      MenuWeekResolver,
      // meal/, sample/
      ...mealResolvers,
      FoodSampleResolver,
      // health/, accompanied/, rating/
      CanteenStaffResolver,
      HealthCertificateResolver,
      MorningCheckResolver,
      StaffHealthResolver,
      AccompaniedMealResolver,
      DishRatingResolver,
      DishRatingSummaryResolver,
      // report/
      CanteenReportResolver,
      SchoolCanteenComplianceResolver,
      UserAccountCanteenResolver,
      // events/: the dead letters of what the canteen consumed
      CanteenDeadLetterResolver,
    ],
    orphanedTypes: [School, Staff, Supplier, UserAccount],
    entities: canteenEntities,
    migrations: canteenMigrations,
    sqlStores: [
      // one per concept store
      canteenSql,
      directoryCopySql,
      supplierCopySql,
      ingredientSql,
      deliverySql,
      stockSql,
      menuSql,
      healthSql,
      certificateExpirySql,
      accompaniedSql,
      ratingSql,
      mealSql,
      sampleSql,
      reportSql,
    ],
    permissions: P,
    createContext(base) {
      // Services reach each other through ctx at call time (delivery → stock), so the order here does not matter.
      const ctx = { ...base, now } as CanteenContext;
      // ctx.canteens = new CanteenService(ctx);  (one line per concept)
      ctx.canteens = new CanteenService(ctx);
      ctx.directoryCopy = new DirectoryCopyService(ctx);
      ctx.supplierCopy = new SupplierCopyService(ctx);
      ctx.ingredients = new IngredientService(ctx);
      ctx.settings = new SettingsService(ctx);
      ctx.deliveries = new DeliveryService(ctx);
      ctx.stock = new StockService(ctx);
      ctx.menus = new MenuService(ctx);
      ctx.health = new HealthService(ctx);
      ctx.accompaniedMeals = new AccompaniedMealService(ctx);
      ctx.ratings = new DishRatingService(ctx);
      ctx.meals = new MealServiceService(ctx);
      ctx.samples = new FoodSampleService(ctx);
      ctx.reports = new CanteenReportService(ctx);
      return ctx;
    },
    seedDemo: seedCanteenDemo,
    extensions: [
      // The relay delivers the canteen's outbox; the consumer keeps its copies of the directory's and finance's facts.
      eventsExtension({ consumer: canteenConsumer }),
      schedulerExtension({ jobs: canteenJobs }),
    ],
  };
}
