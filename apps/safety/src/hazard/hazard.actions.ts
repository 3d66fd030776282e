import { registerEnumType } from 'type-graphql';
import { may, type Viewer } from '@houqin/auth';
import { P } from '../permissions';
import type { Hazard } from './hazard.entity';
import { HazardAction, hazardFlow } from './hazard.flow';

/** A step of a hazard, as its viewerActions name it (the mutation that takes it). */
export enum HazardViewerAction {
  ASSIGN = 'ASSIGN',
  START = 'START',
  REQUEST_REPAIR = 'REQUEST_REPAIR',
  RECORD_RECTIFIED = 'RECORD_RECTIFIED',
  VERIFY = 'VERIFY',
  CLOSE = 'CLOSE',
}

registerEnumType(HazardViewerAction, {
  name: 'HazardViewerAction',
  description: 'A step of a hazard you could take now, by its mutation.',
  valuesConfig: {
    ASSIGN: { description: 'assignHazard (交办, 五定): the safety office.' },
    START: { description: 'startHazardRectification (开始整改): the person responsible or the safety office.' },
    REQUEST_REPAIR: { description: 'requestHazardRepair (隐患报修): the person responsible or the safety office, once.' },
    RECORD_RECTIFIED: {
      description: 'recordHazardRectified (整改完成): the person responsible or the safety office, unless it waits for a repair.',
    },
    VERIFY: { description: 'verifyHazard (验收): the safety office, never the rectifier.' },
    CLOSE: { description: 'closeHazard (销号): the safety office, once verified.' },
  },
});

/** Whether the viewer rectifies this hazard: its responsible person, or the school's safety office (the service's rule). */
export const rectifies = (viewer: Viewer, hazard: Hazard): boolean =>
  (viewer.staffId !== null && viewer.staffId === hazard.responsibleStaffId) || may(viewer, P.assignHazard, hazard.schoolId);

/** The steps the viewer could take on the hazard now, by the rules the mutations check. No statement. */
export function hazardActions(viewer: Viewer | null | undefined, hazard: Hazard): HazardViewerAction[] {
  if (!viewer) return [];
  const can = (action: HazardAction) => hazardFlow.allows(viewer, action, hazard);
  const rectifier = rectifies(viewer, hazard);
  const allowed: Record<HazardViewerAction, boolean> = {
    [HazardViewerAction.ASSIGN]: can(HazardAction.ASSIGNED),
    [HazardViewerAction.START]: can(HazardAction.STARTED) && rectifier,
    [HazardViewerAction.REQUEST_REPAIR]: can(HazardAction.REPAIR_REQUESTED) && rectifier && !hazard.awaitingRepair,
    [HazardViewerAction.RECORD_RECTIFIED]: can(HazardAction.RECTIFIED) && rectifier && !hazard.awaitingRepair,
    [HazardViewerAction.VERIFY]: can(HazardAction.VERIFIED),
    [HazardViewerAction.CLOSE]: can(HazardAction.CLOSED),
  };
  return Object.values(HazardViewerAction).filter((action) => allowed[action]);
}
