import { ArrayMaxSize } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { EQUIPMENT_CODE_MAX, EQUIPMENT_TEXT_MAX, EquipmentKind, EquipmentStatus, ExtinguisherType } from './equipment.entity';

@InputType({ description: 'Register a piece of safety equipment (登记消防器材) at the school.' })
export class RegisterSafetyEquipmentInput {
  @IdField('The school.')
  schoolId: string;

  @EnumField(EquipmentKind, 'What it is.')
  kind: EquipmentKind;

  @EnumField(ExtinguisherType, 'An extinguisher’s type (required for one, refused for anything else).', { nullable: true })
  extinguisherType?: ExtinguisherType | null;

  @TextField('Its label number, unique in the school, e.g. "MHQ-A2-03".', { max: EQUIPMENT_CODE_MAX })
  code: string;

  @TextField('Where it is, in words.', { max: EQUIPMENT_TEXT_MAX })
  location: string;

  @IdField('The facilities room of the school it is in, when in one (its zone follows).', { nullable: true })
  roomId?: string | null;

  @IdField('The responsibility zone it is in, when no room says it.', { nullable: true })
  zoneId?: string | null;

  @DateField('Its manufacture date (出厂日期), not after today.')
  manufacturedOn: string;

  @DateField('When its contents expire (an AED’s pads, a first-aid kit), if they do.', { nullable: true })
  contentsExpireOn?: string | null;
}

@InputType({ description: 'Change where safety equipment is or what its label says (the version you read).' })
export class UpdateSafetyEquipmentInput {
  @IdField('The equipment.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @TextField('A new label number.', { max: EQUIPMENT_CODE_MAX, nullable: true })
  code?: string | null;

  @TextField('Where it is now.', { max: EQUIPMENT_TEXT_MAX, nullable: true })
  location?: string | null;

  @IdField('The room it is in now.', { nullable: true })
  roomId?: string | null;

  @DateField('A new expiry of its contents (after restocking a first-aid kit, new AED pads).', { nullable: true })
  contentsExpireOn?: string | null;
}

@InputType({ description: 'Record a check (检查) of safety equipment: a failed check raises a hazard at once.' })
export class RecordEquipmentCheckInput {
  @IdField('The equipment.')
  equipmentId: string;

  @DateField('The day of the check, not after today; left out: today.', { nullable: true })
  on?: string | null;

  @Field({ description: 'Whether it passed (合格).' })
  passed: boolean;

  @Field(() => Boolean, { nullable: true, description: 'For an extinguisher: whether the pressure gauge is in the green (压力正常).' })
  pressureOk?: boolean | null;

  @OptionalTextField('What was found.', EQUIPMENT_TEXT_MAX)
  note?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Photo references, at most 6.' })
  @ArrayMaxSize(6)
  photoRefs: string[];
}

@InputType({ description: 'Record a service (维修/再充装) of safety equipment: its next service is due on the GB 50444 schedule from it.' })
export class RecordEquipmentServiceInput {
  @IdField('The equipment.')
  equipmentId: string;

  @DateField('The day of the service, not after today; left out: today.', { nullable: true })
  on?: string | null;

  @OptionalTextField('What was done and by whom (e.g. the service company).', EQUIPMENT_TEXT_MAX)
  note?: string | null;
}

@InputType({ description: 'Scrap safety equipment (报废): kept for history, never deleted.' })
export class ScrapSafetyEquipmentInput {
  @IdField('The equipment.')
  equipmentId: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @TextField('Why (e.g. 达到报废年限, 筒体锈蚀).', { max: EQUIPMENT_TEXT_MAX })
  reason: string;
}

@InputType({ description: 'Filter a school’s safety equipment.' })
export class SafetyEquipmentFilter {
  @EnumField(EquipmentKind, 'Only this kind.', { nullable: true })
  kind?: EquipmentKind | null;

  @EnumField(EquipmentStatus, 'Only equipment in this state today.', { nullable: true })
  status?: EquipmentStatus | null;
}
