import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { FacilitiesStep } from '../workflow-step.entity';
import { WorkOrder, WorkOrderStatus } from './work-order.entity';

const { REPORTED, COSTED, APPROVED, ASSIGNED, IN_PROGRESS, REPAIRED, ACCOUNTED, CLOSED, REJECTED } = WorkOrderStatus;

/** The steps of a work order, as recorded in its history (FacilitiesStep.action). */
export enum WorkOrderAction {
  /** Reported (申报) by a staff member, or from a room's QR link. */
  REPORTED = 'REPORTED',
  /** The director corrected what was reported (分诊): category, priority, safety, room or asset. */
  TRIAGED = 'TRIAGED',
  /** Maintenance staff estimated labour and materials (核算); again before the review if it changes. */
  COSTED = 'COSTED',
  /** Reviewed and approved (研究): in house or by a contractor; above the district's limit by the principal. */
  APPROVED = 'APPROVED',
  /** Reviewed and rejected with a reason (不予维修). */
  REJECTED = 'REJECTED',
  /** Assigned to people (派工); again to change them before the work starts. */
  ASSIGNED = 'ASSIGNED',
  /** The repair started (开工). */
  STARTED = 'STARTED',
  /** The repair was finished (完工). */
  FINISHED = 'FINISHED',
  /** The final account was recorded (决算): actual labour, materials and contractor cost. */
  ACCOUNTED = 'ACCOUNTED',
  /** The reporter rated the result (评价); it closes. */
  RATED = 'RATED',
}

/**
 * A repair work order (维修工单): 申报 → 核算 → 研究 → 维修 → 决算 → 评价. Any step out of its order is a
 * CONFLICT (a skipped step is refused); who may take each is the permission table's, and the service
 * adds the rules that need the record: the principal above the district's review limit, an assignee
 * to start and finish, the reporter to rate.
 */
export const workOrderFlow = defineFlow({
  name: 'WorkOrder',
  subjectType: 'WORK_ORDER',
  noun: 'work order',
  auditPrefix: 'workOrder',
  states: Object.values(WorkOrderStatus),
  entity: WorkOrder,
  stepEntity: FacilitiesStep,
  transitions: {
    [WorkOrderAction.REPORTED]: { from: [], to: [REPORTED], permission: P.reportWorkOrder, audit: 'report' },
    [WorkOrderAction.TRIAGED]: { from: [REPORTED, COSTED], to: [REPORTED, COSTED], permission: P.triageWorkOrder, audit: 'triage' },
    [WorkOrderAction.COSTED]: { from: [REPORTED, COSTED], to: [COSTED], permission: P.costWorkOrder, audit: 'cost' },
    [WorkOrderAction.APPROVED]: { from: [COSTED], to: [APPROVED], permission: P.reviewWorkOrder, audit: 'approve' },
    [WorkOrderAction.REJECTED]: { from: [REPORTED, COSTED], to: [REJECTED], permission: P.reviewWorkOrder, audit: 'reject' },
    [WorkOrderAction.ASSIGNED]: { from: [APPROVED, ASSIGNED], to: [ASSIGNED], permission: P.assignWorkOrder, audit: 'assign' },
    [WorkOrderAction.STARTED]: { from: [ASSIGNED], to: [IN_PROGRESS], permission: P.startWorkOrder, audit: 'start' },
    [WorkOrderAction.FINISHED]: { from: [IN_PROGRESS], to: [REPAIRED], permission: P.finishWorkOrder, audit: 'finish' },
    // Closed at once when nobody reported it to rate it (a meter's leak, a safety hazard).
    [WorkOrderAction.ACCOUNTED]: { from: [REPAIRED], to: [ACCOUNTED, CLOSED], permission: P.accountWorkOrder, audit: 'account' },
    [WorkOrderAction.RATED]: { from: [ACCOUNTED], to: [CLOSED], permission: P.rateWorkOrder, audit: 'rate' },
  },
});
