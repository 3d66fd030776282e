import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@houqin/common';

export enum ReplacementDueState {
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(ReplacementDueState, {
  name: 'ReplacementDueState',
  description: 'Why a replacement is listed for the week (本周待更换).',
  valuesConfig: {
    DUE: { description: 'Predicted for a day of the week not yet past (本周到期).' },
    OVERDUE: { description: 'Predicted for a day already past and not requisitioned since (已逾期未领).' },
  },
});

export enum ReplacementConfidenceLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(ReplacementConfidenceLevel, {
  name: 'ReplacementConfidence',
  description: 'How regular the room’s history is: the median absolute deviation of its intervals against their median.',
  valuesConfig: {
    HIGH: { description: 'Deviation at most 10 % of the median interval (规律).' },
    MEDIUM: { description: 'Deviation at most 25 % of the median interval.' },
    LOW: { description: 'Deviation above 25 %: a rough guess (不规律).' },
  },
});

/**
 * An item to bring to a room this week before anyone asks (预测更换): predicted from the room's
 * requisition history of the item (replacement.rules.ts says how).
 */
@ObjectType({ description: 'An item to bring to a room this week before anyone asks (预测更换), from the room’s requisition history.' })
export class ReplacementDue {
  /** The last requisition line's id: the cursor's key. */
  id: string;

  @Field(() => ID, { description: 'The room (e.g. class 3-2’s classroom).' })
  roomId: string;

  @Field(() => ID, { description: 'The consumable item (e.g. a broom).' })
  itemId: string;

  @Field(() => ReplacementDueState, { description: 'Due this week, or overdue.' })
  state: ReplacementDueState;

  @Field({ description: 'The day the room last received it (last issued requisition), in the school’s zone, YYYY-MM-DD.' })
  lastRequisitionedOn: string;

  @Field(() => Int, { description: 'Units issued by that last requisition.' })
  lastQuantity: number;

  @Field({ description: 'The predicted day it is needed again (预计更换日), YYYY-MM-DD: last day + median days per unit × last quantity.' })
  predictedOn: string;

  @Field(() => Int, { description: 'Days expected from the last requisition to the next.' })
  expectedDays: number;

  @Field(() => Float, { description: 'Median days one unit lasts in this room (the prediction’s centre).' })
  medianDaysPerUnit: number;

  @Field(() => [Float], { description: 'The basis: the per-unit intervals (days) the median was taken over, oldest first (at most 6).' })
  intervalsUsed: number[];

  @Field(() => Int, { description: 'Requisitions the prediction rests on (same-day ones count once).' })
  requisitionCount: number;

  @Field(() => ReplacementConfidenceLevel, { description: 'How regular the history is.' })
  confidence: ReplacementConfidenceLevel;

  @Field(() => Int, { description: 'Units to bring: the median quantity of the room’s recent requisitions.' })
  quantityToBring: number;
}

@ObjectType({ description: 'A page of replacements due.' })
export class ReplacementDueConnection extends Connection(ReplacementDue, 'ReplacementDue') {}
