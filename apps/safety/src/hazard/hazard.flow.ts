import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { SafetyStep } from '../workflow-step.entity';
import { Hazard, HazardStatus } from './hazard.entity';

const { REPORTED, ASSIGNED, RECTIFYING, RECTIFIED, VERIFIED, CLOSED } = HazardStatus;

/** The steps of a hazard, as recorded in its history (SafetyStep.action). */
export enum HazardAction {
  /** Reported by someone signed in, or raised by a failed inspection item, a patrol or the equipment register. */
  REPORTED = 'REPORTED',
  /** Given its five fixes (五定) and a responsible person (交办); again to change them before it is rectified. */
  ASSIGNED = 'ASSIGNED',
  /** The responsible person started the rectification (开始整改). */
  STARTED = 'STARTED',
  /** Facilities was asked for a repair (报修): a work order opens and the hazard waits for it. */
  REPAIR_REQUESTED = 'REPAIR_REQUESTED',
  /** Facilities rejected the repair at its review (不予维修): the hazard is the rectifier's again, with the reason. */
  REPAIR_REJECTED = 'REPAIR_REJECTED',
  /** Rectified (整改完成) with evidence, by hand or by the work order's completion. */
  RECTIFIED = 'RECTIFIED',
  /** A second person, not the rectifier, verified the rectification (验收合格). */
  VERIFIED = 'VERIFIED',
  /** The verification failed (验收不合格): back to rectifying. */
  VERIFY_FAILED = 'VERIFY_FAILED',
  /** Closed (销号) after its verification. */
  CLOSED = 'CLOSED',
}

/**
 * A hazard's rectification (隐患整改): reported → assigned → rectifying → rectified → verified → closed.
 * A step out of order is a CONFLICT (a hazard is never closed without its verification); the verifier
 * is never the rectifier (separation of duties, FORBIDDEN). Who may take each step is the permission
 * table's; the service adds what needs the record (the responsible person rectifies their own).
 */
export const hazardFlow = defineFlow({
  name: 'Hazard',
  subjectType: 'HAZARD',
  noun: 'hazard',
  auditPrefix: 'hazard',
  states: Object.values(HazardStatus),
  entity: Hazard,
  stepEntity: SafetyStep,
  transitions: {
    [HazardAction.REPORTED]: { from: [], to: [REPORTED], permission: P.reportHazard, audit: 'report' },
    [HazardAction.ASSIGNED]: { from: [REPORTED, ASSIGNED], to: [ASSIGNED], permission: P.assignHazard, audit: 'assign' },
    [HazardAction.STARTED]: { from: [ASSIGNED], to: [RECTIFYING], permission: P.startHazardRectification, audit: 'start' },
    [HazardAction.REPAIR_REQUESTED]: {
      from: [ASSIGNED, RECTIFYING],
      to: [RECTIFYING],
      permission: P.requestHazardRepair,
      audit: 'requestRepair',
    },
    // Taken by facilities.workOrder.closed (commitAsSystem), never by a person: the permission is the request's.
    [HazardAction.REPAIR_REJECTED]: { from: [RECTIFYING], to: [RECTIFYING], permission: P.requestHazardRepair, audit: 'repairRejected' },
    [HazardAction.RECTIFIED]: { from: [RECTIFYING], to: [RECTIFIED], permission: P.recordHazardRectified, audit: 'rectify' },
    [HazardAction.VERIFIED]: {
      from: [RECTIFIED],
      to: [VERIFIED],
      permission: P.verifyHazard,
      separate: { who: (hazard: Hazard) => hazard.rectifiedByAccountId, reason: 'You rectified this hazard', doing: 'verify' },
      audit: 'verify',
    },
    [HazardAction.VERIFY_FAILED]: {
      from: [RECTIFIED],
      to: [RECTIFYING],
      permission: P.verifyHazard,
      separate: { who: (hazard: Hazard) => hazard.rectifiedByAccountId, reason: 'You rectified this hazard', doing: 'verify' },
      audit: 'failVerification',
    },
    [HazardAction.CLOSED]: { from: [VERIFIED], to: [CLOSED], permission: P.closeHazard, audit: 'close' },
  },
});
