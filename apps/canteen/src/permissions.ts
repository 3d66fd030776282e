import { definePermissions, Role, SCHOOL_ROLES } from '@houqin/auth';
import { deadLetterPermissions } from '@houqin/events';

/** Who runs a school's canteens (食堂管理员) and who keeps its stores (保管员). */
const KITCHEN = [Role.CANTEEN_MANAGER, Role.STOREKEEPER];
/** School leaders who read every canteen record of their school. */
const LEADERS = [Role.GENERAL_AFFAIRS_DIRECTOR, Role.PRINCIPAL];
/** District roles that read every school's canteen records. */
const DISTRICT_READERS = [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR];

/**
 * Who may do what in the canteen service: the one table. Every Mutation has a key of its own name
 * (test/permissions.spec.ts fails otherwise); reads and inner checks have keys too. School roles
 * count at the school where they are held; district roles only where named.
 *
 * Canteen managers run everything in their school's canteens; storekeepers receive, issue and count;
 * directors approve write-offs and stocktake differences; principals read everything of their school
 * and log accompanied meals; teachers and parents' committee members read published menus and rate
 * dishes; district admins keep the ingredient catalogue and the settings; auditors read.
 */
export const P = definePermissions({
  // ── Reads ───────────────────────────────────────────────────────────────────────────────
  /** The canteen's own records: canteens, deliveries, stock, meal services, samples, health. */
  readCanteen: { doing: 'Reading canteen records', school: [...KITCHEN, ...LEADERS], district: DISTRICT_READERS },
  /** Published menus (食谱公示) and dish ratings: anyone of the school. */
  readMenus: { doing: 'Reading menus', school: SCHOOL_ROLES, district: DISTRICT_READERS },

  /** The district's schools side by side (区级食堂对比): the district's readers only. */
  compareCanteens: { doing: 'Comparing schools’ canteens', district: DISTRICT_READERS },

  // ── Canteens (canteen/) ─────────────────────────────────────────────────────────────────
  createCanteen: { doing: 'Registering a canteen', school: [Role.CANTEEN_MANAGER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  updateCanteen: { doing: 'Changing a canteen', school: [Role.CANTEEN_MANAGER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  addStorageLocation: { doing: 'Adding a storage location', school: [Role.CANTEEN_MANAGER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  // Dead letters of the events the canteen consumes (events/dead-letters.ts): canteenDeadLetters, replayCanteenDeadLetter.
  ...deadLetterPermissions('canteen'),

  // ── Ingredient catalogue and settings (ingredient/, settings/) ─────────────────────────────
  /** The district's ingredient catalogue, its forbidden foods and the canteen settings: every school role and the district's readers. */
  readCatalogue: { doing: 'Reading the ingredient catalogue and canteen settings', school: SCHOOL_ROLES, district: DISTRICT_READERS },
  /** Importing the district's licensed food table (食物成分表导入) into the catalogue. */
  importIngredients: { doing: 'Importing ingredients', district: [Role.DISTRICT_ADMIN] },
  /** Keeping the district's forbidden foods (禁用食品). */
  addForbiddenFood: { doing: 'Adding a forbidden food', district: [Role.DISTRICT_ADMIN] },
  removeForbiddenFood: { doing: 'Removing a forbidden food', district: [Role.DISTRICT_ADMIN] },
  /** The district's canteen settings (bulk staples, food samples, certificate notice, meal end times). */
  updateCanteenSettings: { doing: 'Changing the canteen settings', district: [Role.DISTRICT_ADMIN] },

  // ── Receiving inspection (delivery/) ───────────────────────────────────────────────────────
  /** Storekeepers and canteen managers receive and inspect deliveries (进货查验). */
  recordDelivery: { doing: 'Recording a delivery and its inspection', school: KITCHEN },
  /** The second inspector of bulk staples (大宗食品复核): another kitchen role or a school leader, never the first inspector. */
  secondInspectDelivery: { doing: 'Second inspection of a delivery', school: [...KITCHEN, ...LEADERS] },

  // ── Stock, write-offs and stocktakes (stock/) ──────────────────────────────────────────────
  /** Issuing stock to a meal service (出库), first-expiring-first-out. */
  issueStock: { doing: 'Issuing stock', school: KITCHEN },
  /** Asking to write off (报损) a quantity of a lot, with a reason. */
  requestStockWriteOff: { doing: 'Requesting a write-off', school: KITCHEN },
  /** Approving a write-off: the general-affairs director, never the one who asked. */
  approveStockWriteOff: { doing: 'Approving a write-off', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  rejectStockWriteOff: { doing: 'Rejecting a write-off', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  /** Counting stock (盘点): opening a stocktake, recording counts, submitting it. */
  openStocktake: { doing: 'Opening a stocktake', school: KITCHEN },
  recordStocktakeCounts: { doing: 'Recording stocktake counts', school: KITCHEN },
  submitStocktake: { doing: 'Submitting a stocktake', school: KITCHEN },
  /** Approving a stocktake's differences (盘盈/盘亏): the general-affairs director, never the one who submitted it. */
  approveStocktake: { doing: 'Approving a stocktake', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  rejectStocktake: { doing: 'Rejecting a stocktake', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },

  // ── Recipes and menus (menu/) ──────────────────────────────────────────────────────────────
  // Canteen managers write recipes and plan and publish menus; drafts are read under readCanteen,
  // dishes and published menus under readMenus (anyone of the school).
  createDish: { doing: 'Writing a recipe', school: [Role.CANTEEN_MANAGER] },
  saveMenuWeek: { doing: 'Planning a weekly menu', school: [Role.CANTEEN_MANAGER] },
  publishMenuWeek: { doing: 'Publishing a weekly menu', school: [Role.CANTEEN_MANAGER] },
  /** The public menu (食谱公示): parents read a canteen's published weeks without signing in; nothing else is public. */
  readPublishedMenu: { doing: 'Reading a published menu', open: 'anonymous' },

  // ── Meal services, food samples, traceability (meal/, sample/) ─────────────────────────────
  planMealService: { doing: 'Planning a meal service', school: [Role.CANTEEN_MANAGER] },
  updateMealServicePlan: { doing: "Changing a meal service's plan", school: [Role.CANTEEN_MANAGER] },
  assignMealServiceDuty: { doing: "Putting people on a meal service's duty list", school: [Role.CANTEEN_MANAGER] },
  recordMealCounts: { doing: 'Recording meal counts (locking the production record)', school: [Role.CANTEEN_MANAGER] },
  takeFoodSample: { doing: 'Recording a food sample (留样)', school: KITCHEN },
  disposeFoodSample: { doing: 'Disposing of a food sample (留样销毁)', school: KITCHEN },

  // ── Staff health, accompanied meals, ratings (health/, accompanied/, rating/) ─────────────
  addCanteenStaff: { doing: 'Putting someone on a canteen staff roster', school: [Role.CANTEEN_MANAGER] },
  removeCanteenStaff: { doing: 'Taking someone off a canteen staff roster', school: [Role.CANTEEN_MANAGER] },
  recordHealthCertificate: { doing: 'Recording a health certificate (健康证)', school: [Role.CANTEEN_MANAGER] },
  recordMorningCheck: { doing: 'Recording a morning check (晨检)', school: [Role.CANTEEN_MANAGER] },
  /** Accompanied meals (陪餐): school leaders log the meals they eat with students. */
  logAccompaniedMeal: { doing: 'Logging an accompanied meal (陪餐)', school: LEADERS },
  /** Dish ratings: teachers record their students' ratings; parents' committee members rate themselves. */
  rateDish: { doing: 'Rating a dish', school: [Role.STAFF, Role.PARENT_COMMITTEE] },
  /** Inner checks of rateDish, by whom the rating speaks for. */
  recordStudentDishRating: { doing: "Recording a student's dish rating", school: [Role.STAFF] },
  rateDishAsParentCommittee: { doing: "Rating a dish as a parents' committee member (家长委员会)", school: [Role.PARENT_COMMITTEE] },
});
