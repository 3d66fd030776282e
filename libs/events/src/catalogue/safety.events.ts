import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

const INCIDENT_TYPE = z
  .enum(['INJURY', 'FIRE', 'FOOD_POISONING', 'TRAFFIC', 'VIOLENCE', 'FACILITY', 'OTHER'])
  .describe('What kind of incident (安全事故类型), as SafetyIncident.type.');
const LEVEL = z.enum(['GENERAL', 'SERIOUS', 'MAJOR']).describe('Its level (隐患等级): general (一般), serious (较大), major (重大).');

/**
 * Events safety publishes. Each concept adds its events here under its own heading: a major hazard
 * tells the principal and the district at once; an overdue one escalates; a hazard that needs a
 * repair asks facilities for a work order (whose closing, facilities.workOrder.closed, comes back as
 * the rectification's evidence).
 */
export const safetyEvents = {
  // hazard/:    safety.hazard.major
  hazardMajor: defineEvent({
    type: 'safety.hazard.major',
    version: 1,
    publisher: 'safety',
    description:
      'A major hazard (重大隐患) was reported or raised, or a hazard was re-levelled as major: published once per hazard, in that transaction. The directory tells the school’s principal and the district administrators at once.',
    payload: z.object({
      hazardId: field.id().describe('The hazard (安全隐患).'),
      schoolId: field.id().describe('The school.'),
      title: field.text(200).describe('What is wrong.'),
      location: field.text(200).nullable().describe('Where it is, in words, when given.'),
      reportedAt: z.iso.datetime().describe('When it was reported or found.'),
    }),
  }),
  // hazard/:    safety.hazard.overdue
  hazardOverdue: defineEvent({
    type: 'safety.hazard.overdue',
    version: 1,
    publisher: 'safety',
    description:
      'A hazard is still not rectified after its deadline (超期未整改): the scheduled job escalates it one level a school day — the safety officer, then the general-affairs director, the principal and the district. Published once per hazard and level; the directory tells them.',
    payload: z.object({
      hazardId: field.id().describe('The hazard (安全隐患).'),
      schoolId: field.id().describe('The school.'),
      title: field.text(200).describe('What is wrong.'),
      level: LEVEL,
      deadline: field.date().describe('The day it was due to be rectified (整改期限).'),
      escalatedTo: z
        .enum(['SAFETY_OFFICER', 'DIRECTOR', 'PRINCIPAL', 'DISTRICT'])
        .describe('Whom it is escalated to now: the safety officer, the general-affairs director, the principal, the district.'),
    }),
  }),
  // hazard/:    safety.hazard.repairRequested
  hazardRepairRequested: defineEvent({
    type: 'safety.hazard.repairRequested',
    version: 1,
    publisher: 'safety',
    description:
      'A hazard needs a repair (隐患报修): facilities opens one safety work order for it (source HAZARD, due the same school day) and, when the work order closes, facilities.workOrder.closed comes back and the hazard is recorded rectified with the repair as evidence. Published once per request, in its transaction.',
    payload: z.object({
      hazardId: field.id().describe('The hazard (安全隐患): the work order’s sourceRef.'),
      workOrderId: field
        .id()
        .describe(
          'The id the work order is to have: safety names it so the hazard links to it at once; facilities opens it once with this id.',
        ),
      schoolId: field.id().describe('The school.'),
      title: field.text(200).describe('What is to be repaired.'),
      description: field.text(1000).describe('The hazard and what the repair must do.'),
      roomId: field.id().nullable().describe('The room it is in, when it is in one (a facilities room).'),
      category: z
        .enum(['ELECTRICAL', 'PLUMBING', 'CARPENTRY', 'BUILDING', 'EQUIPMENT', 'OTHER'])
        .describe('The kind of repair (维修类别), as facilities sorts its work orders.'),
      requestedByAccountId: field.id().describe('Who asked for the repair.'),
      requestedByStaffId: field.id().nullable().describe("The requester's staff record; null for an account without one."),
    }),
  }),
  // training/: safety.training.expiring
  trainingExpiring: defineEvent({
    type: 'safety.training.expiring',
    version: 1,
    publisher: 'safety',
    description:
      "A staff member's required training or certificate (培训/证书, e.g. 特种作业操作证) expires within the district's notice days (EXPIRING, default 30) or has expired (EXPIRED): published by the daily job, once per record and state, for the newest record of that person and requirement only (a renewal is no news), and only while they are active at the school. The directory tells the person and the school's safety officers.",
    payload: z.object({
      recordId: field.id().describe('The training record (培训记录) that expires.'),
      staffId: field.id().describe('The directory staff member who holds it.'),
      requirementId: field.id().describe('The requirement it meets (岗位培训要求).'),
      name: field.text(100).describe('What it is, e.g. "食品安全培训（2026年度）".'),
      expiresOn: field.date().describe('Its last valid day.'),
      state: z.enum(['EXPIRING', 'EXPIRED']).describe('Expiring within the notice days, or expired.'),
      daysLeft: z.int().describe('Days from the announcement to the last valid day; negative once expired.'),
    }),
  }),
  // incident/: safety.incident.serious
  incidentSerious: defineEvent({
    type: 'safety.incident.serious',
    version: 1,
    publisher: 'safety',
    description:
      "A serious incident (较大及以上安全事故) was reported at a school: published once, in the report's transaction. The directory tells the school's principal and general-affairs director at once, with the time by which it must reach the district (the district's incidentReportHours).",
    payload: z.object({
      incidentId: field.id().describe('The incident (安全事故).'),
      schoolId: field.id().describe('The school.'),
      type: INCIDENT_TYPE,
      place: field.text(200).describe('Where, in words.'),
      injured: z.int().nonnegative().describe('People injured.'),
      occurredAt: z.iso.datetime().describe('When it happened.'),
      reportDueAt: z.iso.datetime().describe('By when it must be reported to the district.'),
    }),
  }),
  // incident/: safety.incident.reportedToDistrict
  incidentReportedToDistrict: defineEvent({
    type: 'safety.incident.reportedToDistrict',
    version: 1,
    publisher: 'safety',
    description:
      'A school reported a serious incident to the district (事故上报): published once, in that transaction, saying whether it came in time. The directory tells the district administrators.',
    payload: z.object({
      incidentId: field.id().describe('The incident (安全事故).'),
      schoolId: field.id().describe('The school.'),
      type: INCIDENT_TYPE,
      place: field.text(200).describe('Where, in words.'),
      injured: z.int().nonnegative().describe('People injured.'),
      occurredAt: z.iso.datetime().describe('When it happened.'),
      reportDueAt: z.iso.datetime().describe('By when it was due at the district.'),
      reportedAt: z.iso.datetime().describe('When it was reported.'),
      inTime: z.boolean().describe('Whether it was reported by reportDueAt.'),
    }),
  }),
};
