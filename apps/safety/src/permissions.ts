import { definePermissions, Role, SCHOOL_STAFF_ROLES } from '@houqin/auth';
import { deadLetterPermissions } from '@houqin/events';

/** The safety officer (安全员) runs inspections, hazards, equipment and training records. */
const OFFICER = [Role.SAFETY_OFFICER];
/** School leaders (总务主任, 校长): assign, verify and read everything of their school's safety. */
const LEADERS = [Role.GENERAL_AFFAIRS_DIRECTOR, Role.PRINCIPAL];
/** Who runs the school's safety work day to day: the officer and the leaders. */
const SAFETY_OFFICE = [...OFFICER, ...LEADERS];
/** District roles that read every school's safety records. */
const DISTRICT_READERS = [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR];

/**
 * Who may do what in the safety service (安全管理): the one table. Every Mutation has a key of its own
 * name (test/permissions.spec.ts fails otherwise); reads and inner checks have keys too. School roles
 * count at the school where they are held; district roles only where named.
 *
 * Safety officers run inspections, hazards, equipment and training records; the people responsible
 * for a zone or a hazard see and rectify what is theirs (the services check it is theirs); anyone
 * signed in at a school reports a hazard and sees their own reports; directors and principals assign,
 * verify and read; district administrators keep the district's templates and settings and see every
 * school; auditors read everything and change nothing. No mutation deletes a hazard, a round or an
 * incident: history is kept.
 */
export const P = definePermissions({
  // ── Reads ───────────────────────────────────────────────────────────────────────────────
  /** Every safety record of the school (zones, rounds, hazards, equipment, trainings, meetings, incidents). */
  readSafety: { doing: 'Reading safety records', school: SAFETY_OFFICE, district: DISTRICT_READERS },
  /** Any staff member: the zones they answer for, the hazards they reported or must rectify, their rounds and trainings (each service's visibility). */
  readOwnSafety: { doing: 'Reading your own safety records', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  /** The district's schools side by side (区级对比) and the hazard register across schools (隐患台账). */
  compareSafety: { doing: 'Comparing schools’ safety', district: DISTRICT_READERS },
  /** The district's safety settings (hazard levels, escalation, drill frequency, reporting deadlines): every staff member and the district. */
  readSafetySettings: { doing: 'Reading the safety settings', school: SCHOOL_STAFF_ROLES, district: DISTRICT_READERS },
  updateSafetySettings: { doing: 'Changing the safety settings', district: [Role.DISTRICT_ADMIN] },
  // Dead letters of the events safety consumes (events/dead-letters.ts): safetyDeadLetters, replaySafetyDeadLetter.
  ...deadLetterPermissions('safety'),

  // ── Responsibility zones (zone/) ───────────────────────────────────────────────────────
  createSafetyZone: { doing: 'Creating a responsibility zone', school: SAFETY_OFFICE },
  updateSafetyZone: { doing: 'Changing a responsibility zone', school: SAFETY_OFFICE },
  /** A patrol of a zone (区域巡查): its responsible person or the safety office (the service checks which). */
  recordSafetyPatrol: { doing: 'Recording a zone patrol', school: SCHOOL_STAFF_ROLES },

  // ── Inspection templates, schedules and rounds (inspection/) ────────────────────────────
  /** District templates by district administrators; a school's own by its officer and leaders (the service checks which). */
  createInspectionTemplate: { doing: 'Creating an inspection template', school: SAFETY_OFFICE, district: [Role.DISTRICT_ADMIN] },
  /** A new version of a template (a completed round keeps the version it used). */
  reviseInspectionTemplate: { doing: 'Revising an inspection template', school: SAFETY_OFFICE, district: [Role.DISTRICT_ADMIN] },
  createInspectionSchedule: { doing: 'Scheduling inspection rounds', school: SAFETY_OFFICE },
  updateInspectionSchedule: { doing: 'Changing an inspection schedule', school: SAFETY_OFFICE },
  /** An unscheduled round (临时检查), assigned to someone. */
  startInspectionRound: { doing: 'Starting an inspection round', school: SAFETY_OFFICE },
  /** The round's inspector fills it in item by item and submits it (the service checks it is theirs). */
  answerInspectionItems: { doing: 'Filling in an inspection round', school: SCHOOL_STAFF_ROLES },
  submitInspectionRound: { doing: 'Submitting an inspection round', school: SCHOOL_STAFF_ROLES },

  // ── Hazards and rectification (hazard/) ───────────────────────────────────────────────
  /** Anyone signed in at the school reports a hazard (隐患上报). */
  reportHazard: { doing: 'Reporting a hazard', school: SCHOOL_STAFF_ROLES },
  /** The five fixes (五定) and the person responsible: the officer and the leaders. */
  assignHazard: { doing: 'Assigning a hazard’s rectification', school: SAFETY_OFFICE },
  /** The person responsible (or the officer) starts, records the rectification with evidence, or asks facilities for a repair. */
  startHazardRectification: { doing: 'Starting a rectification', school: SCHOOL_STAFF_ROLES },
  requestHazardRepair: { doing: 'Asking facilities to repair a hazard', school: SCHOOL_STAFF_ROLES },
  recordHazardRectified: { doing: 'Recording a hazard rectified', school: SCHOOL_STAFF_ROLES },
  /** A second person, never the rectifier (the flow's separation of duties), verifies or fails the rectification. */
  verifyHazard: { doing: 'Verifying a rectification', school: SAFETY_OFFICE },
  closeHazard: { doing: 'Closing a hazard', school: SAFETY_OFFICE },

  // ── Safety equipment (equipment/) ──────────────────────────────────────────────────────
  registerSafetyEquipment: { doing: 'Registering safety equipment', school: SAFETY_OFFICE },
  updateSafetyEquipment: { doing: 'Changing safety equipment', school: SAFETY_OFFICE },
  recordEquipmentCheck: { doing: 'Checking safety equipment', school: [...SAFETY_OFFICE, Role.MAINTENANCE] },
  recordEquipmentService: { doing: 'Recording a service of safety equipment', school: [...SAFETY_OFFICE, Role.MAINTENANCE] },
  scrapSafetyEquipment: { doing: 'Scrapping safety equipment', school: SAFETY_OFFICE },

  // ── Training and drills (training/) ────────────────────────────────────────────────────
  /** Required trainings per post (岗位培训要求): district ones by district administrators, a school's own by its office. */
  defineTrainingRequirement: { doing: 'Defining a required training', school: SAFETY_OFFICE, district: [Role.DISTRICT_ADMIN] },
  updateTrainingRequirement: { doing: 'Changing a required training', school: SAFETY_OFFICE, district: [Role.DISTRICT_ADMIN] },
  recordTraining: { doing: 'Recording a training', school: SAFETY_OFFICE },
  recordDrill: { doing: 'Recording a drill', school: SAFETY_OFFICE },

  // ── Safety meetings (meeting/) ─────────────────────────────────────────────────────────
  recordSafetyMeeting: { doing: 'Recording a safety meeting', school: SAFETY_OFFICE },
  /** The owner of an action item (or the office) marks it done (the service checks it is theirs). */
  completeSafetyActionItem: { doing: 'Completing a meeting action item', school: SCHOOL_STAFF_ROLES },

  // ── Incidents (incident/) ──────────────────────────────────────────────────────────────
  reportIncident: { doing: 'Reporting an incident', school: SAFETY_OFFICE },
  investigateIncident: { doing: 'Recording an incident’s investigation', school: SAFETY_OFFICE },
  reportIncidentToDistrict: { doing: 'Reporting an incident to the district', school: LEADERS },
  /** The owner of a corrective action (or the office) marks it done (the service checks it is theirs). */
  completeIncidentAction: { doing: 'Completing an incident action', school: SCHOOL_STAFF_ROLES },
  closeIncident: { doing: 'Closing an incident', school: LEADERS },
});
