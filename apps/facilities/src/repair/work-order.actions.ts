import { registerEnumType } from 'type-graphql';
import { may, Role, type Viewer } from '@houqin/auth';
import { P } from '../permissions';
import type { WorkOrder } from './work-order.entity';
import { WorkOrderAction, workOrderFlow } from './work-order.flow';

/** A step of a work order, as its viewerActions name it (the mutation that takes it). */
export enum WorkOrderViewerAction {
  TRIAGE = 'TRIAGE',
  COST = 'COST',
  REVIEW = 'REVIEW',
  ASSIGN = 'ASSIGN',
  START = 'START',
  FINISH = 'FINISH',
  ACCOUNT = 'ACCOUNT',
  RATE = 'RATE',
}

registerEnumType(WorkOrderViewerAction, {
  name: 'WorkOrderViewerAction',
  description: 'A step of a work order you could take now, by its mutation.',
  valuesConfig: {
    TRIAGE: { description: 'triageWorkOrder (分诊).' },
    COST: { description: 'costWorkOrder (核算).' },
    REVIEW: { description: 'reviewWorkOrder (研究): approve in house, give to a contractor, or reject.' },
    ASSIGN: { description: 'assignWorkOrder (派工).' },
    START: { description: 'startWorkOrder (开工): its assignees and the director.' },
    FINISH: { description: 'finishWorkOrder (完工): its assignees and the director.' },
    ACCOUNT: { description: 'accountWorkOrder (决算).' },
    RATE: { description: 'rateWorkOrder (评价): the reporter only.' },
  },
});

/**
 * The steps the viewer could take on the work order now, by the rules the mutations check (the
 * principal's review limit is left to the mutation: it needs the district's settings). `assignees`
 * are the work order's assigned staff ids. No statement.
 */
export function workOrderActions(
  viewer: Viewer | null | undefined,
  order: WorkOrder,
  assignees: readonly string[],
): WorkOrderViewerAction[] {
  if (!viewer) return [];
  const can = (action: WorkOrderAction) => workOrderFlow.allows(viewer, action, order);
  const works =
    viewer.hasRoleAt(order.schoolId, Role.GENERAL_AFFAIRS_DIRECTOR) || (viewer.staffId != null && assignees.includes(viewer.staffId));
  const allowed: Record<WorkOrderViewerAction, boolean> = {
    [WorkOrderViewerAction.TRIAGE]: can(WorkOrderAction.TRIAGED),
    [WorkOrderViewerAction.COST]: can(WorkOrderAction.COSTED),
    [WorkOrderViewerAction.REVIEW]: can(WorkOrderAction.APPROVED) || can(WorkOrderAction.REJECTED),
    [WorkOrderViewerAction.ASSIGN]: can(WorkOrderAction.ASSIGNED),
    [WorkOrderViewerAction.START]: can(WorkOrderAction.STARTED) && works,
    [WorkOrderViewerAction.FINISH]: can(WorkOrderAction.FINISHED) && works,
    [WorkOrderViewerAction.ACCOUNT]: can(WorkOrderAction.ACCOUNTED),
    [WorkOrderViewerAction.RATE]:
      can(WorkOrderAction.RATED) && may(viewer, P.rateWorkOrder, order.schoolId) && order.reporterAccountId === viewer.accountId,
  };
  return Object.values(WorkOrderViewerAction).filter((action) => allowed[action]);
}
