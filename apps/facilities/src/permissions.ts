import { definePermissions, Role, SCHOOL_STAFF_ROLES } from '@houqin/auth';
import { deadLetterPermissions } from '@houqin/events';

/** School leaders who manage places and assets and approve (总务主任, 校长). */
const LEADERS = [Role.GENERAL_AFFAIRS_DIRECTOR, Role.PRINCIPAL];
/** Maintenance staff (水电工) and the director do the repair work: start and finish an assigned work order (the service checks it is theirs). */
const REPAIR_WORK = { doing: 'Working on a repair', school: [Role.MAINTENANCE, Role.GENERAL_AFFAIRS_DIRECTOR] };
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
  updateBuilding: { doing: 'Changing a building', school: LEADERS },
  createRoom: { doing: 'Registering a room', school: LEADERS },
  updateRoom: { doing: 'Changing a room', school: LEADERS },
  createDepartment: { doing: 'Registering a department', school: LEADERS },
  renameDepartment: { doing: 'Renaming a department', school: LEADERS },

  // ── Fixed assets and settings (asset/) ─────────────────────────────────────────────────
  // Fixed assets: directors and principals manage the register; the storekeeper (保管员), who receives
  // what is bought (验收), registers, moves and sets the status of assets too, but does not bulk-import
  // a register; any staff member reads the assets in their own custody (asset.store.ts's visibility).
  /** Any staff member: the assets in their own custody (保管人), besides readFacilities' whole register. */
  readAssetsInCustody: { doing: 'Reading the assets in your custody', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  /** The district's asset settings (thresholds, useful lives): the school's staff and the district. */
  readAssetSettings: { doing: 'Reading the asset settings', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  registerAsset: { doing: 'Registering a fixed asset', school: [...LEADERS, Role.STOREKEEPER] },
  importAssets: { doing: 'Importing a school’s asset register', school: LEADERS },
  moveAsset: { doing: 'Moving a fixed asset', school: [...LEADERS, Role.STOREKEEPER] },
  changeAssetStatus: { doing: 'Changing a fixed asset’s status', school: [...LEADERS, Role.STOREKEEPER] },
  updateAsset: { doing: 'Correcting a fixed asset’s card', school: [...LEADERS, Role.STOREKEEPER] },
  updateAssetSettings: { doing: 'Changing the asset settings', district: [Role.DISTRICT_ADMIN] },

  // ── Disposal (disposal/) ───────────────────────────────────────────────────────────────
  // The general-affairs director or the storekeeper (保管员, who finds what is broken) files a disposal
  // request; the levels the district's settings name approve it in order (never the requester: the
  // flow's separation of duties), each by its own key below; the requester may withdraw it while it
  // waits. Reads: readFacilities (disposals and FixedAsset.disposals).
  requestAssetDisposal: { doing: 'Requesting an asset disposal', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  /** Whoever approves at some level; the service checks the level the request waits for (approveAssetDisposalAs…). */
  approveAssetDisposal: {
    doing: 'Approving an asset disposal',
    school: LEADERS,
    district: [Role.DISTRICT_ADMIN],
    alsoUnder: ['approveAssetDisposalAsDirector', 'approveAssetDisposalAsPrincipal', 'approveAssetDisposalAsDistrict'],
  },
  /** Rejected, with a reason, at the level it waits for (the same people as approval). */
  rejectAssetDisposal: { doing: 'Rejecting an asset disposal', school: LEADERS, district: [Role.DISTRICT_ADMIN] },
  /** The requester withdraws their own request before its last approval (the service checks it is theirs). */
  cancelAssetDisposal: { doing: 'Withdrawing an asset disposal request', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  /** The levels of the district's settings (AssetDisposalApproverRole): who decides at each. */
  approveAssetDisposalAsDirector: { doing: 'Deciding a disposal at the director level', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  approveAssetDisposalAsPrincipal: { doing: 'Deciding a disposal at the principal level', school: [Role.PRINCIPAL] },
  approveAssetDisposalAsDistrict: { doing: 'Deciding a disposal at the district level', district: [Role.DISTRICT_ADMIN] },
  /** The district's disposal approval settings: the school's staff and the district read them; district administrators change them. */
  readAssetDisposalSettings: { doing: 'Reading the disposal settings', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  updateAssetDisposalSettings: { doing: 'Changing the disposal settings', district: [Role.DISTRICT_ADMIN] },

  // ── Asset stocktake (stocktake/) ───────────────────────────────────────────────────────
  // Storekeepers and the director run a stocktake (open, scan, close); the director decides it, never
  // on one they closed (the flow's separation of duties). Reads: readFacilities.
  openAssetStocktake: { doing: 'Opening an asset stocktake', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  recordAssetScans: { doing: 'Scanning asset tags in a stocktake', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  closeAssetStocktake: { doing: 'Closing an asset stocktake', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  approveAssetStocktake: { doing: 'Approving an asset stocktake’s differences', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  rejectAssetStocktake: { doing: 'Rejecting an asset stocktake', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },

  // ── Consumables storeroom and requisitions (storeroom/) ──────────────────────────────────
  /** The storeroom's stock, movements and receipts, and every requisition of the school: the general-affairs office and the district. */
  readStoreroom: {
    doing: 'Reading the storeroom',
    school: [...LEADERS, Role.STOREKEEPER, Role.ACCOUNTANT],
    district: DISTRICT_READERS,
  },
  /** Every requisition of the school (anyone else sees only their own): the general-affairs office and the district. */
  readRequisitions: {
    doing: 'Reading the school’s requisitions',
    school: [...LEADERS, Role.STOREKEEPER, Role.ACCOUNTANT],
    district: DISTRICT_READERS,
  },
  /** The consumables register and the storeroom settings: every staff member (they requisition) and the district. */
  readConsumableItems: { doing: 'Reading the consumables register', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  createConsumableItem: { doing: 'Registering a consumable item', school: [Role.STOREKEEPER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  updateConsumableItem: { doing: 'Changing a consumable item', school: [Role.STOREKEEPER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  recordStoreReceipt: { doing: 'Receiving goods into a storeroom', school: [Role.STOREKEEPER] },
  /** Any staff member requisitions (领用) for a room or a department. */
  requestRequisition: { doing: 'Requisitioning consumables', school: SCHOOL_STAFF_ROLES },
  /** Above the district's value: the general-affairs director approves (never their own). */
  approveRequisition: { doing: 'Approving a requisition', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  /** The director (at approval) or the storekeeper (before issue) rejects, with a reason. */
  rejectRequisition: { doing: 'Rejecting a requisition', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  issueRequisition: { doing: 'Issuing a requisition from a storeroom', school: [Role.STOREKEEPER] },
  /** The requester confirms receipt (签收); the service checks it is theirs. */
  confirmRequisitionReceipt: { doing: 'Confirming receipt of a requisition', school: SCHOOL_STAFF_ROLES },
  updateStoreroomSettings: { doing: 'Changing the storeroom settings', district: [Role.DISTRICT_ADMIN] },
  /** The requester rates the service of a requisition they received (服务评价); the service checks it is theirs. */
  rateRequisition: { doing: 'Rating a requisition', school: SCHOOL_STAFF_ROLES },

  // ── Reorder and replacement (reorder/, replacement/) ────────────────────────────────────
  // Reads (reorderSuggestions, reorderRequests, dueReplacements): readFacilities. The storekeeper
  // (保管员) or the director sends the reorder list to finance and cancels an open reorder.
  requestReorderPurchase: { doing: 'Requesting a reorder purchase', school: [Role.STOREKEEPER, Role.GENERAL_AFFAIRS_DIRECTOR] },
  cancelReorderRequest: { doing: 'Cancelling a reorder request', school: [Role.STOREKEEPER, Role.GENERAL_AFFAIRS_DIRECTOR] },

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

  // ── Repairs (repair/): 申报—核算—研究—维修—决算 ─────────────────────────────────────────
  // Any staff member reports and sees their own reports; maintenance staff cost them and see the
  // school's queue; the director triages, reviews (the principal above the district's limit), assigns
  // and records the final account; the reporter rates. Auditors and district readers read.
  /** Every work order of the school (anyone else sees only what they reported). */
  readWorkOrders: {
    doing: 'Reading the school’s work orders',
    school: [...LEADERS, Role.MAINTENANCE, Role.ACCOUNTANT],
    district: DISTRICT_READERS,
  },
  reportWorkOrder: { doing: 'Reporting a repair', school: SCHOOL_STAFF_ROLES },
  triageWorkOrder: { doing: 'Triaging a work order', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  costWorkOrder: { doing: 'Costing a work order', school: [Role.MAINTENANCE, Role.GENERAL_AFFAIRS_DIRECTOR] },
  reviewWorkOrder: { doing: 'Reviewing a work order', school: LEADERS },
  /** An estimate above the district's limit (WorkOrderSettings.principalReviewAbove): the principal only. */
  reviewCostlyWorkOrder: { doing: 'Reviewing a work order above the director’s limit', school: [Role.PRINCIPAL] },
  assignWorkOrder: { doing: 'Assigning a work order', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  startWorkOrder: REPAIR_WORK,
  finishWorkOrder: REPAIR_WORK,
  accountWorkOrder: { doing: 'Recording a work order’s final account', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  /** The reporter rates the repair (the service checks it is theirs). */
  rateWorkOrder: { doing: 'Rating a repair', school: SCHOOL_STAFF_ROLES },
  /** Anyone holding a room's QR code reports a repair without an account (rate-limited per room and client), and rates it through its secret status link. */
  reportRepairByQr: { doing: 'Reporting a repair from a room’s QR link', open: 'anonymous' },
  rateRepairByToken: { doing: 'Rating a repair through its status link', open: 'anonymous' },
  /** Preventive maintenance (maintenance/): the director keeps the schedules; whoever works a maintenance work order records its checklist. Reads: readWorkOrders. */
  createMaintenanceSchedule: { doing: 'Making a maintenance schedule', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  setMaintenanceScheduleActive: { doing: 'Pausing or resuming a maintenance schedule', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  recordMaintenanceChecklist: REPAIR_WORK,
  recordMaintenanceMeterReading: {
    doing: 'Reading the meter of a maintenance schedule',
    school: [Role.MAINTENANCE, Role.GENERAL_AFFAIRS_DIRECTOR],
  },
  /** Patrols (patrol/): the director sets routes; any staff member of the school walks one (a guard, an electrician); the walker scans and finishes it. */
  createPatrolRoute: { doing: 'Setting a patrol route', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  startPatrol: { doing: 'Starting a patrol', school: SCHOOL_STAFF_ROLES },
  recordPatrolScan: { doing: 'Scanning a patrol checkpoint', school: SCHOOL_STAFF_ROLES },
  finishPatrol: { doing: 'Finishing a patrol', school: SCHOOL_STAFF_ROLES },
  readWorkOrderSettings: { doing: 'Reading the repair settings', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  updateWorkOrderSettings: { doing: 'Changing the repair settings', district: [Role.DISTRICT_ADMIN] },

  // ── Print centre (print/) ────────────────────────────────────────────────────────────────
  /** The prices per page: anyone of the school (they see what a job will cost before asking) and the district's readers. */
  readPrintPrices: { doing: 'Reading the print centre’s prices', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  /** Prices per page are the general-affairs director's (总务主任) to set; print jobs, charges and the double-sided ratio are read under readFacilities. */
  setPrintPrices: { doing: 'Setting the print centre’s prices', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  /** The print-centre operator (文印员, held as STOREKEEPER: the general-affairs office's keeper of paper and stores) and the director record jobs. */
  recordPrintJob: { doing: 'Recording a print job', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },
  /** The same people void a mistaken job, with a reason, by a reversing record. */
  voidPrintJob: { doing: 'Voiding a print job', school: [Role.GENERAL_AFFAIRS_DIRECTOR, Role.STOREKEEPER] },

  // ── Duty task sheet and appraisal (duty/, appraisal/): 工作叙事表, 考核 ─────────────────────
  // The director and the principal set, change, end and plan the tasks; the responsible person marks
  // an occurrence done and the checker checks it (the service checks it is theirs); anyone else reads
  // the tasks they are responsible for or check. The director proposes a term's grade, the principal
  // confirms it (never the proposer); the person appraised reads their own. Auditors read.
  /** Every duty task and occurrence of the school (anyone else sees the ones they are responsible for or check). */
  readDutyTasks: { doing: 'Reading the school’s duty task sheet', school: LEADERS, district: DISTRICT_READERS },
  createDutyTask: { doing: 'Setting a duty task', school: LEADERS },
  updateDutyTask: { doing: 'Changing a duty task', school: LEADERS },
  endDutyTask: { doing: 'Ending a duty task', school: LEADERS },
  planDutyTasks: { doing: 'Planning the duty task sheet', school: LEADERS },
  /** The responsible person (the service checks it is theirs). */
  markDutyOccurrenceDone: { doing: 'Marking a duty task done', school: SCHOOL_STAFF_ROLES },
  /** The checker (the service checks it is theirs). */
  checkDutyOccurrence: { doing: 'Checking a duty task', school: SCHOOL_STAFF_ROLES },
  /** Every appraisal and appraisal figure of the school (the person appraised reads their own). */
  readStaffAppraisals: {
    doing: 'Reading the school’s staff appraisals',
    school: LEADERS,
    district: DISTRICT_READERS,
  },
  proposeStaffAppraisal: { doing: 'Proposing a staff member’s term grade', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  confirmStaffAppraisal: { doing: 'Confirming a staff member’s term grade', school: [Role.PRINCIPAL] },
});
