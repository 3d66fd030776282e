import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

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
};
