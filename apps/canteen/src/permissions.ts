import { definePermissions, Role, SCHOOL_ROLES } from '@houqin/auth';

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

  // ── Canteens (canteen/) ─────────────────────────────────────────────────────────────────
  createCanteen: { doing: 'Registering a canteen', school: [Role.CANTEEN_MANAGER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  updateCanteen: { doing: 'Changing a canteen', school: [Role.CANTEEN_MANAGER, Role.GENERAL_AFFAIRS_DIRECTOR] },

  // ── Ingredient catalogue and settings (ingredient/, settings/) ─────────────────────────────

  // ── Receiving inspection (delivery/) ───────────────────────────────────────────────────────

  // ── Stock, write-offs and stocktakes (stock/) ──────────────────────────────────────────────

  // ── Recipes and menus (menu/) ──────────────────────────────────────────────────────────────

  // ── Meal services, food samples, traceability (meal/, sample/) ─────────────────────────────

  // ── Staff health, accompanied meals, ratings (health/, accompanied/, rating/) ─────────────
});
