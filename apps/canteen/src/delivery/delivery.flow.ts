import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { CanteenStep } from '../workflow-step.entity';
import { Delivery, DeliveryStatus } from './delivery.entity';

const { PENDING_SECOND_INSPECTION, ACCEPTED, REJECTED } = DeliveryStatus;

/** The steps of a delivery's inspection, as recorded in its history. */
export enum DeliveryAction {
  /** Recorded and inspected at the door (查验): accepted, waiting for a second inspector, or refused as a whole. */
  RECORDED = 'RECORDED',
  /** A second, different inspector confirmed the bulk staples (复核通过): accepted into stock. */
  SECOND_INSPECTED = 'SECOND_INSPECTED',
  /** The second inspector refused the delivery (复核不通过): nothing enters stock. */
  REFUSED = 'REFUSED',
}

/**
 * A delivery's receiving inspection (进货查验): recorded by a storekeeper or canteen manager, it is
 * accepted at once, refused when every item was rejected, or waits for a second inspector when an
 * accepted item is a bulk staple (大宗食品). The second inspector is a different person (checked by
 * the service, as bad input naming `id`, since the record alone says who the first was). Nothing
 * else moves it; nothing edits or deletes it.
 */
export const deliveryFlow = defineFlow({
  name: 'Delivery',
  subjectType: 'DELIVERY',
  noun: 'delivery',
  auditPrefix: 'delivery',
  states: Object.values(DeliveryStatus),
  entity: Delivery,
  stepEntity: CanteenStep,
  transitions: {
    [DeliveryAction.RECORDED]: {
      from: [],
      to: [PENDING_SECOND_INSPECTION, ACCEPTED, REJECTED],
      permission: P.recordDelivery,
      audit: 'record',
    },
    [DeliveryAction.SECOND_INSPECTED]: {
      from: [PENDING_SECOND_INSPECTION],
      to: [ACCEPTED],
      permission: P.secondInspectDelivery,
      audit: 'secondInspect',
    },
    [DeliveryAction.REFUSED]: {
      from: [PENDING_SECOND_INSPECTION],
      to: [REJECTED],
      permission: P.secondInspectDelivery,
      audit: 'refuseAtSecondInspection',
    },
  },
});
