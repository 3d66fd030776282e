import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { SafetyEquipment } from './equipment.entity';

@ObjectType({ description: 'A page of safety equipment (消防器材).' })
export class SafetyEquipmentConnection extends Connection(SafetyEquipment, 'SafetyEquipment') {}

@ObjectType({ description: 'A school’s safety equipment today (器材完好率): in service, in order, and in each troubled state.' })
export class EquipmentSummary {
  @Field(() => Int, { description: 'Equipment in service (not scrapped).' })
  inService: number;

  @Field(() => Int, { description: 'Of those, in order today.' })
  ok: number;

  @Field(() => Int, { description: 'Past their scrap age or contents’ expiry.' })
  expired: number;

  @Field(() => Int, { description: 'Whose last check failed.' })
  failed: number;

  @Field(() => Int, { description: 'Overdue for their monthly check.' })
  checkOverdue: number;

  @Field(() => Int, { description: 'Due for service (GB 50444).' })
  serviceDue: number;

  @Field({ description: 'ok / inService as a percentage with one decimal; "100.0" with nothing in service.' })
  compliance: string;
}
