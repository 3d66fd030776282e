import { definePermissions, Role, SCHOOL_STAFF_ROLES } from '@houqin/auth';
import { deadLetterPermissions } from '@houqin/events';

/** School leaders who manage places and assets and approve (总务主任, 校长). */
const LEADERS = [Role.GENERAL_AFFAIRS_DIRECTOR, Role.PRINCIPAL];
/** District roles that read every school's facilities records. */
const DISTRICT_READERS = [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR];

/**
 * Who may do what in the facilities service: the one table. Every Mutation has a key of its own name
 * (test/permissions.spec.ts fails otherwise); reads and inner checks have keys too. School roles count
 * at the school where they are held; district roles only where named.
 *
 * General-affairs directors manage places, assets, disposals and approvals; storekeepers keep the
 * storeroom and run stocktakes; custodians see the assets in their custody; any staff member
 * requisitions for their rooms and sees their own; principals and district roles approve above
 * thresholds and read; auditors read everything and change nothing.
 */
export const P = definePermissions({
  // ── Reads ───────────────────────────────────────────────────────────────────────────────
  /** Places (buildings, rooms): every staff member of the school (they pick rooms for requisitions, part 2 for repairs). */
  readPlaces: { doing: 'Reading buildings and rooms', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  /** The asset register, stocktakes, the storeroom's stock, meters and printing: the general-affairs office and the district. */
  readFacilities: {
    doing: 'Reading facilities records',
    school: [...LEADERS, Role.STOREKEEPER, Role.ACCOUNTANT],
    district: DISTRICT_READERS,
  },
  /** The district's schools side by side (区级对比): the district's readers only. */
  compareFacilities: { doing: 'Comparing schools’ facilities', district: DISTRICT_READERS },
  // Dead letters of the events facilities consumes (events/dead-letters.ts): facilitiesDeadLetters, replayFacilitiesDeadLetter.
  ...deadLetterPermissions('facilities'),

  // ── Places (place/) ─────────────────────────────────────────────────────────────────────
  createBuilding: { doing: 'Registering a building', school: LEADERS },

  // ── Fixed assets and settings (asset/) ─────────────────────────────────────────────────

  // ── Disposal (disposal/) ───────────────────────────────────────────────────────────────

  // ── Asset stocktake (stocktake/) ───────────────────────────────────────────────────────

  // ── Consumables storeroom and requisitions (storeroom/) ──────────────────────────────────

  // ── Reorder and replacement (reorder/, replacement/) ────────────────────────────────────

  // ── Utility meters (meter/) ──────────────────────────────────────────────────────────────
  /** Meters, readings, consumption, anomalies and tariffs: readFacilities' readers and the maintenance staff (水电工) who read the meters. */
  readMeters: {
    doing: 'Reading utility meters',
    school: [...LEADERS, Role.STOREKEEPER, Role.ACCOUNTANT, Role.MAINTENANCE],
    district: DISTRICT_READERS,
  },
  registerUtilityMeter: { doing: 'Registering a utility meter', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  replaceUtilityMeter: { doing: 'Replacing a utility meter', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  recordMeterReading: {
    doing: 'Recording a meter reading',
    school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER, Role.MAINTENANCE],
  },
  importMeterReadings: {
    doing: 'Importing meter readings',
    school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER, Role.MAINTENANCE],
  },
  setUtilityTariff: { doing: "Setting the district's utility tariffs", district: [Role.DISTRICT_ADMIN] },

  // ── Print centre (print/) ────────────────────────────────────────────────────────────────
});
