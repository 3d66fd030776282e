import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { MeterAnomalyKind, METER_NAME_MAX, METER_SERIAL_MAX, READING_NOTE_MAX, Utility } from './meter.entity';

/** Most rows one importMeterReadings takes. */
export const MAX_READING_IMPORT_ROWS = 1000;
/** The largest multiplier (CT ratio) accepted. */
export const MAX_MULTIPLIER = 100_000;

const READING_VALUE_HELP =
  'The register value as read, a decimal string in the meter’s unit (e.g. "1234.56"): not negative, at most 3 decimals for water and gas, 2 for electricity.';

@InputType({ description: 'Register a utility meter (登记水电表) on a building or for a whole campus.' })
export class RegisterUtilityMeterInput {
  @IdField('The school it belongs to.')
  schoolId: string;

  @EnumField(Utility, 'What it measures.')
  utility: Utility;

  @TextField('Its name, e.g. "East Campus main water meter (东校区总水表)".', { max: METER_NAME_MAX })
  name: string;

  @TextField('The serial number on the meter (表号).', { max: METER_SERIAL_MAX })
  serialNumber: string;

  @IdField('The building it is on (a building of the school); give this or campusId.', { nullable: true })
  buildingId?: string | null;

  @IdField('The campus it measures as a whole (a campus meter, 总表), when it is on no one building.', { nullable: true })
  campusId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Multiplier (倍率, e.g. the CT ratio of an electricity meter); 1 when omitted.' })
  @IsOptional()
  @IsInt({ message: 'multiplier must be a whole number' })
  @Min(1, { message: 'multiplier must be at least 1' })
  @Max(MAX_MULTIPLIER, { message: `multiplier must be at most ${MAX_MULTIPLIER}` })
  multiplier?: number | null;

  @DateField('The day it was installed (安装日期), not in the future.')
  installedOn: string;

  @Field(() => String, { nullable: true, description: `Its first reading at installation, when known. ${READING_VALUE_HELP}` })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  initialValue?: string | null;
}

@InputType({
  description:
    'Replace a meter (换表): the old meter’s final reading closes it, and a new meter takes its place (same building or campus, utility and multiplier unless given) starting from its own first reading.',
})
export class ReplaceUtilityMeterInput {
  @IdField('The meter taken out.')
  meterId: string;

  @Field(() => Date, { description: 'When the swap happened: after the old meter’s last reading, not in the future.' })
  @IsDate({ message: 'replacedAt must be an instant' })
  replacedAt: Date;

  @Field({ description: `The old meter’s final reading at the swap. ${READING_VALUE_HELP}` })
  @IsString()
  @MaxLength(20)
  finalValue: string;

  @TextField('The new meter’s serial number (表号).', { max: METER_SERIAL_MAX })
  serialNumber: string;

  @Field({ description: `The new meter’s reading at the swap (usually 0). ${READING_VALUE_HELP}` })
  @IsString()
  @MaxLength(20)
  initialValue: string;

  @Field(() => Int, { nullable: true, description: 'The new meter’s multiplier; the old one’s when omitted.' })
  @IsOptional()
  @IsInt({ message: 'multiplier must be a whole number' })
  @Min(1, { message: 'multiplier must be at least 1' })
  @Max(MAX_MULTIPLIER, { message: `multiplier must be at most ${MAX_MULTIPLIER}` })
  multiplier?: number | null;
}

@InputType({ description: 'Record a meter reading (抄表).' })
export class RecordMeterReadingInput {
  @IdField('The meter read.')
  meterId: string;

  @Field(() => Date, { description: 'When it was read: after the meter’s last reading and not in the future.' })
  @IsDate({ message: 'readAt must be an instant' })
  readAt: Date;

  @Field({ description: READING_VALUE_HELP })
  @IsString()
  @MaxLength(20)
  value: string;

  @OptionalTextField('A note (备注).', READING_NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'One row of a readings file.' })
export class MeterReadingRowInput {
  @IdField('The meter read.')
  meterId: string;

  @Field({ description: 'When it was read, an ISO 8601 instant with its offset (e.g. "2026-11-16T07:00:00+08:00").' })
  @IsString({ message: 'readAt must be an instant' })
  @MaxLength(40)
  readAt: string;

  @Field({ description: READING_VALUE_HELP })
  @IsString({ message: 'value must be a decimal string' })
  @MaxLength(20)
  value: string;

  @OptionalTextField('A note (备注).', READING_NOTE_MAX)
  note?: string | null;
}

@InputType({
  description: `Import meter readings in bulk (批量导入读数): all or nothing, at most ${MAX_READING_IMPORT_ROWS} rows, any meters of the schools you record readings at.`,
})
export class ImportMeterReadingsInput {
  // Not validated here: the service checks every row and answers all bad rows at once (rowErrors).
  @Field(() => [MeterReadingRowInput], {
    description: `The rows, 1 to ${MAX_READING_IMPORT_ROWS}, in any order: each meter's rows must be later than its last reading and than each other.`,
  })
  rows: MeterReadingRowInput[];

  @Field({ defaultValue: false, description: 'True to check the file only (校验): the same answer and errors, nothing written.' })
  validateOnly: boolean;
}

@InputType({ description: 'Set the district’s price of a utility (设置单价; district administrators).' })
export class SetUtilityTariffInput {
  @EnumField(Utility, 'The utility.')
  utility: Utility;

  @Field({ description: 'Price per unit in yuan with at most 4 decimals, e.g. "4.10" (yuan per m³) or "0.7500" (yuan per kWh).' })
  @IsString()
  @MaxLength(12)
  unitPriceYuan: string;

  @Field(() => Int, { description: 'The version you read (0 while the default applies): a stale one is a CONFLICT.' })
  @IsInt()
  @Min(0)
  version: number;
}

@InputType({ description: 'Which meters to list.' })
export class UtilityMeterFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only this campus.', { nullable: true })
  campusId?: string | null;

  @IdField('Only this building.', { nullable: true })
  buildingId?: string | null;

  @EnumField(Utility, 'Only this utility.', { nullable: true })
  utility?: Utility | null;

  @Field(() => Boolean, { nullable: true, description: 'True for meters in use only, false for replaced ones only.' })
  @IsOptional()
  active?: boolean | null;
}

@InputType({ description: 'Which meter anomalies to list.' })
export class MeterAnomalyFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only this meter.', { nullable: true })
  meterId?: string | null;

  @EnumField(MeterAnomalyKind, 'Only this kind.', { nullable: true })
  kind?: MeterAnomalyKind | null;

  @DateField('Only intervals starting on or after this day (a day in China Standard Time, UTC+8).', { nullable: true })
  from?: string | null;

  @DateField('Only intervals starting on or before this day.', { nullable: true })
  to?: string | null;
}
