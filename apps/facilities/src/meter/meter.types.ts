import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { MeterAnomaly, MeterReading, Utility, UtilityMeter } from './meter.entity';

export enum ConsumptionGranularity {
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(ConsumptionGranularity, {
  name: 'ConsumptionGranularity',
  description: 'Periods consumption is added up by.',
  valuesConfig: { DAY: { description: 'Per local day (日).' }, MONTH: { description: 'Per calendar month (月).' } },
});

@ObjectType({ description: 'A page of utility meters.' })
export class UtilityMeterConnection extends Connection(UtilityMeter, 'UtilityMeter') {}

@ObjectType({ description: 'A page of meter readings, newest recorded first.' })
export class MeterReadingConnection extends Connection(MeterReading, 'MeterReading') {}

@ObjectType({ description: 'A page of meter anomalies, newest first.' })
export class MeterAnomalyConnection extends Connection(MeterAnomaly, 'MeterAnomaly') {}

@ObjectType({ description: 'Consumption of a meter in one day or month (用量), apportioned from its readings by time.' })
@MoneyFields({ cost: ['costFen', 'Its cost at the district’s tariff (费用), rounded half up to the fen on the period’s total.'] })
export class MeterConsumptionPeriod {
  @Field({ description: 'The day (YYYY-MM-DD) or month (YYYY-MM).' })
  period: string;

  @Field({ description: 'Consumption in the meter’s unit (× multiplier), exact with 3 decimals, e.g. "12.345".' })
  consumption: string;

  @Field({
    description: 'True when readings cover the whole period (one at or before its start, one at or after its end); else a partial figure.',
  })
  complete: boolean;

  costFen: number;
}

@ObjectType({ description: 'A meter’s consumption by day or month over a range (用量统计).' })
@MoneyFields({ cost: ['costFen', 'Cost of the whole range at the district’s tariff.'] })
export class MeterConsumption {
  @Field(() => UtilityMeter, { description: 'The meter.' })
  meter: UtilityMeter;

  @Field({ description: 'Its unit.' })
  unit: string;

  @Field({ description: 'The district’s price per unit used, yuan with 4 decimals.' })
  unitPriceYuan: string;

  @Field(() => [MeterConsumptionPeriod], {
    description: 'Each day or month of the range, in order (a month cut by the range counts its days in it).',
  })
  periods: MeterConsumptionPeriod[];

  @Field({ description: 'Consumption over the whole range, exact.' })
  total: string;

  costFen: number;
}

@ObjectType({ description: 'One meter in a school’s monthly meter report.' })
@MoneyFields({ cost: ['costFen', 'Its cost in the month at the district’s tariff.'] })
export class MeterMonthLine {
  @Field(() => ID, { description: 'The meter.' })
  meterId: string;

  @Field(() => UtilityMeter, { description: 'The meter.' })
  meter: UtilityMeter;

  @Field(() => Utility, { description: 'What it measures.' })
  utility: Utility;

  @Field({ description: 'Its unit.' })
  unit: string;

  @Field({ description: 'Consumption in the month (× multiplier), exact.' })
  consumption: string;

  @Field({ description: 'True when readings cover the whole month.' })
  complete: boolean;

  costFen: number;
}

@ObjectType({ description: 'A utility’s total in a school’s monthly meter report.' })
@MoneyFields({
  cost: ['costFen', 'Cost of the month for this utility.'],
  costPerStudent: [
    'costPerStudentFen',
    'Cost per enrolled student (生均), rounded half up; null without a student count.',
    { nullable: true },
  ],
})
export class UtilityMonthTotal {
  @Field(() => Utility, { description: 'The utility.' })
  utility: Utility;

  @Field({ description: 'Its unit.' })
  unit: string;

  @Field({ description: 'Consumption of all the school’s meters of this utility in the month, exact.' })
  consumption: string;

  @Field(() => String, {
    nullable: true,
    description: 'Consumption per enrolled student (生均用量), exact with 3 decimals (rounded half up); null without a student count.',
  })
  consumptionPerStudent: string | null;

  @Field(() => Int, { description: 'How many meters it adds up.' })
  meterCount: number;

  costFen: number;
  costPerStudentFen: number | null;
}

@ObjectType({ description: 'A school’s monthly meter report (月度水电报表): every meter’s consumption and cost, and totals per utility.' })
@MoneyFields({ cost: ['costFen', 'Cost of every utility in the month.'] })
export class SchoolMeterReport {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Enrolled students (from the directory) the per-student figures divide by; null when asked as Query.schoolMeterReport (ask School.meterReport for them).',
  })
  studentCount: number | null;

  @Field(() => [MeterMonthLine], {
    description: 'Every meter of the school (replaced ones too, when they had readings), by utility and name.',
  })
  lines: MeterMonthLine[];

  @Field(() => [UtilityMonthTotal], { description: 'Totals per utility (water, electricity, gas), those with meters only.' })
  totals: UtilityMonthTotal[];

  costFen: number;
}

@ObjectType({ description: 'What importMeterReadings wrote (批量导入读数).' })
export class ImportMeterReadingsPayload {
  @Field(() => Int, { description: 'Readings imported, or that would be with validateOnly.' })
  count: number;

  @Field(() => Int, { description: 'Meters they were for.' })
  meterCount: number;

  @Field(() => [MeterAnomaly], { description: 'Anomalies the readings revealed (none with validateOnly).' })
  anomalies: MeterAnomaly[];
}

@ObjectType({ description: 'A recorded reading and the anomalies it revealed.' })
export class RecordMeterReadingPayload {
  @Field(() => MeterReading, { description: 'The reading.' })
  reading: MeterReading;

  @Field(() => UtilityMeter, { description: 'The meter, with its latest reading.' })
  meter: UtilityMeter;

  @Field(() => [MeterAnomaly], { description: 'Anomalies it revealed (夜间用量/非上学日用量/读数倒退), each raised once.' })
  anomalies: MeterAnomaly[];
}

@ObjectType({ description: 'A meter swap (换表): the old meter closed, the new one in its place.' })
export class ReplaceUtilityMeterPayload {
  @Field(() => UtilityMeter, { description: 'The meter taken out (inactive now).' })
  replaced: UtilityMeter;

  @Field(() => UtilityMeter, { description: 'The new meter.' })
  meter: UtilityMeter;
}
