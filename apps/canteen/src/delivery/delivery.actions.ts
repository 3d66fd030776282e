import { registerEnumType } from 'type-graphql';
import type { Viewer } from '@houqin/auth';
import type { Delivery } from './delivery.entity';
import { DeliveryAction, deliveryFlow } from './delivery.flow';
import { isSameInspector } from './delivery.rules';

/** A workflow mutation of a delivery, as its viewerActions name it. */
export enum DeliveryViewerAction {
  CONFIRM = 'CONFIRM',
  REFUSE = 'REFUSE',
}

registerEnumType(DeliveryViewerAction, {
  name: 'DeliveryViewerAction',
  description: 'A step of a delivery you could take now, by its mutation.',
  valuesConfig: {
    CONFIRM: { description: 'secondInspectDelivery with confirmed: true (复核通过): accepted into stock.' },
    REFUSE: { description: 'secondInspectDelivery with confirmed: false and a reason (复核不通过).' },
  },
});

/**
 * The steps the viewer could take on the delivery now, by the rules secondInspectDelivery checks: the
 * flow's (role at the school, status) and a different person from the first inspector. No statement.
 */
export function deliveryActions(viewer: Viewer | null | undefined, delivery: Delivery): DeliveryViewerAction[] {
  if (!viewer) return [];
  const first = { accountId: delivery.inspectorAccountId, staffId: delivery.inspectorStaffId };
  if (isSameInspector(first, { accountId: viewer.accountId, staffId: viewer.staffId })) return [];
  const allowed: Record<DeliveryViewerAction, boolean> = {
    [DeliveryViewerAction.CONFIRM]: deliveryFlow.allows(viewer, DeliveryAction.SECOND_INSPECTED, delivery),
    [DeliveryViewerAction.REFUSE]: deliveryFlow.allows(viewer, DeliveryAction.REFUSED, delivery),
  };
  return Object.values(DeliveryViewerAction).filter((action) => allowed[action]);
}
