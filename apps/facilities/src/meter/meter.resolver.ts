import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { School } from '../federation/school';
import { Building } from '../place/place.entity';
import { MeterAnomaly, UtilityMeter, UtilityTariff } from './meter.entity';
import {
  ImportMeterReadingsInput,
  MeterAnomalyFilter,
  RecordMeterReadingInput,
  RegisterUtilityMeterInput,
  ReplaceUtilityMeterInput,
  SetUtilityTariffInput,
  UtilityMeterFilter,
} from './meter.inputs';
import {
  ConsumptionGranularity,
  ImportMeterReadingsPayload,
  MeterAnomalyConnection,
  MeterConsumption,
  MeterReadingConnection,
  RecordMeterReadingPayload,
  ReplaceUtilityMeterPayload,
  SchoolMeterReport,
  UtilityMeterConnection,
} from './meter.types';

@Resolver(() => UtilityMeter)
export class MeterResolver {
  @Query(() => UtilityMeterConnection, { description: 'Utility meters (水电表) of the schools whose meters you read.' })
  utilityMeters(
    @Args() page: PageArgs,
    @Arg('filter', () => UtilityMeterFilter, { nullable: true, description: 'Narrow by school, campus, building, utility or state.' })
    filter: UtilityMeterFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.meters.list(filter ?? {}, page);
  }

  @Query(() => UtilityMeter, { description: 'One utility meter.' })
  utilityMeter(@Arg('id', () => ID, { description: 'The meter.' }) id: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.get(id);
  }

  @Query(() => MeterReadingConnection, { description: "A meter's readings (抄表记录), newest recorded first." })
  meterReadings(
    @Arg('meterId', () => ID, { description: 'The meter.' }) meterId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.meters.readings(meterId, page);
  }

  @Directive('@cost(weight: 10)')
  @Query(() => MeterConsumption, {
    description:
      "A meter's consumption (用量) per day or month from `from` to `to` (the school's local days, both included), apportioned from its readings by time, × its multiplier, with the cost at the district's tariff.",
  })
  meterConsumption(
    @Arg('meterId', () => ID, { description: 'The meter.' }) meterId: string,
    @Arg('from', { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'Last day, YYYY-MM-DD (at most 366 days for DAY, 1096 for MONTH).' }) to: string,
    @Arg('granularity', () => ConsumptionGranularity, { description: 'Per day or per month.' }) granularity: ConsumptionGranularity,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.meters.consumption(meterId, from, to, granularity);
  }

  @Directive('@cost(weight: 10)')
  @Query(() => SchoolMeterReport, {
    description:
      "A school's monthly meter report (月度水电报表): every meter's consumption and cost, totals per utility. Per-student figures: ask School.meterReport.",
  })
  schoolMeterReport(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.meters.schoolReport(schoolId, month);
  }

  @Query(() => MeterAnomalyConnection, {
    description: 'Meter anomalies (水电表异常), newest first: suspected leaks, night and non-school-day use, readings going backwards.',
  })
  meterAnomalies(
    @Args() page: PageArgs,
    @Arg('filter', () => MeterAnomalyFilter, { nullable: true, description: 'Narrow by school, meter, kind or days.' })
    filter: MeterAnomalyFilter | null,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.meters.anomalies(filter ?? {}, page);
  }

  @Query(() => [UtilityTariff], {
    description: "Your district's price per unit of water, electricity and gas (单价); placeholders until the district sets them.",
  })
  utilityTariffs(@Ctx() ctx: FacilitiesContext) {
    return ctx.meters.tariffs();
  }

  @FieldResolver(() => Building, { nullable: true, description: 'The building it is on; null for a campus meter.' })
  building(@Root() meter: UtilityMeter, @Ctx() ctx: FacilitiesContext) {
    return meter.buildingId ? ctx.places.buildings.byId(meter.buildingId) : null;
  }

  @Mutation(() => UtilityMeter, {
    description: 'Register a utility meter (登记水电表; general-affairs directors) on a building or for a whole campus.',
  })
  registerUtilityMeter(@Arg('input') input: RegisterUtilityMeterInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.register(input);
  }

  @Mutation(() => ReplaceUtilityMeterPayload, {
    description:
      "Replace a meter (换表; general-affairs directors): the old one's final reading closes it, the new one starts from its own first reading.",
  })
  replaceUtilityMeter(@Arg('input') input: ReplaceUtilityMeterInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.replace(input);
  }

  @Mutation(() => RecordMeterReadingPayload, {
    description:
      'Record a meter reading (抄表; directors, storekeepers, maintenance): after the last reading, never edited afterwards. Anomalies it reveals are raised at once.',
  })
  recordMeterReading(@Arg('input') input: RecordMeterReadingInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.record(input);
  }

  @Mutation(() => ImportMeterReadingsPayload, {
    description:
      'Import meter readings in bulk (批量导入读数): each row checked, all bad rows answered at once in extensions.rowErrors, nothing written unless every row is good.',
  })
  importMeterReadings(@Arg('input') input: ImportMeterReadingsInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.import(input);
  }

  @Mutation(() => UtilityTariff, { description: "Set the district's price per unit of a utility (设置单价; district administrators)." })
  setUtilityTariff(@Arg('input') input: SetUtilityTariffInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.setTariff(input);
  }
}

@Resolver(() => MeterAnomaly)
export class MeterAnomalyResolver {
  @FieldResolver(() => UtilityMeter, { nullable: true, description: 'The meter.' })
  meter(@Root() anomaly: MeterAnomaly, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.meters.byId(anomaly.meterId);
  }
}

/** The meter report facilities adds to the directory's School. */
@Resolver(() => School)
export class SchoolMetersResolver {
  @Directive('@requires(fields: "studentCount")')
  @FieldResolver(() => SchoolMeterReport, {
    nullable: true,
    description:
      "The school's monthly meter report (月度水电报表) with per-student figures (生均); null unless you read its meters. Batched: a page of schools costs the same few statements as one.",
  })
  meterReport(@Root() school: School, @Arg('month', { description: 'The month, YYYY-MM.' }) month: string, @Ctx() ctx: FacilitiesContext) {
    return ctx.meters.schoolReportWithStudents(school, month);
  }
}
